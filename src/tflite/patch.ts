/**
 * Edits of a .tflite file that keep its layout: values rewritten in place, in a copy of the bytes.
 */
import { FlatBufferReader } from './flatbuffer.js';
import { Field, TFLITE_FILE_IDENTIFIER } from './schema.js';

/**
 * A copy of `bytes` in which tensors of subgraph `subgraphIndex` have the given concrete shapes, in both
 * `shape` and `shape_signature`. A runtime that checks a feed's shape against the model's declared one (as
 * LiteRT does, -1 included) then takes a feed of that shape; operators compute the other tensors' shapes
 * when the model is prepared. Each new shape must have the tensor's rank, and be validated by the caller
 * against the signature (this only writes it).
 */
export function withTensorShapes(bytes: Uint8Array, subgraphIndex: number, shapes: ReadonlyMap<number, readonly number[]>): Uint8Array {
  const copy = new Uint8Array(bytes);
  const r = new FlatBufferReader(copy);
  const subgraph = r.root(TFLITE_FILE_IDENTIFIER).tableVector(Field.Model.subgraphs, 'subgraphs')[subgraphIndex];
  if (!subgraph) throw new RangeError(`no subgraph ${subgraphIndex}`);
  const tensors = subgraph.tableVector(Field.SubGraph.tensors, 'tensors');
  for (const [index, shape] of shapes) {
    const t = tensors[index];
    if (!t) throw new RangeError(`no tensor ${index} in subgraph ${subgraphIndex}`);
    for (const id of [Field.Tensor.shape, Field.Tensor.shapeSignature]) {
      const v = t.vector(id, 4, `tensors[${index}] shape`);
      if (!v) continue;
      if (v.length !== shape.length) throw new RangeError(`tensor ${index} has rank ${v.length}, not ${shape.length}`);
      shape.forEach((d, i) => r.bb.writeInt32(v.start + 4 * i, d));
    }
  }
  return copy;
}
