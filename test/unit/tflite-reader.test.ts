/**
 * The TFLite reader against TensorFlow's own reading of the same files: test/fixtures/tflite/expectations.json
 * is written by scripts/tflite_expectations.py with TF 2.21 (TF's flatbuffer_utils.read_model, which uses
 * TF's generated schema code, and tf.lite.Interpreter). Also: hostile files give a typed error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMdeployError } from '../../src/errors.js';
import { readTfliteModel, type TfliteTensor } from '../../src/tflite/reader.js';
import { withTensorShapes } from '../../src/tflite/patch.js';
import { BUILTIN_OPERATORS, BUILTIN_OPTIONS, BUILTIN_OPTIONS_2, DTYPE_OF_TENSOR_TYPE, TENSOR_TYPES } from '../../src/tflite/schema.js';
import { tfliteSignatures } from '../../src/tflite/signatures.js';
import { ROOT } from '../helpers/env.js';

interface GoldenTensor { name: string; type: number; shape: number[]; shape_signature: number[] | null; buffer: number; is_variable: boolean; quantization: { scale: number[] | null; zero_point: number[] | null; quantized_dimension: number } | null }
interface Golden {
  enums: Record<'TensorType' | 'BuiltinOperator' | 'BuiltinOptions' | 'BuiltinOptions2', Record<string, number>>;
  models: Record<string, {
    bytes: number;
    model: {
      version: number;
      description: string | null;
      operator_codes: Array<{ deprecated_builtin_code: number; builtin_code: number; custom_code: string | null; version: number }>;
      subgraphs: Array<{ name: string; inputs: number[]; outputs: number[]; tensors: GoldenTensor[]; operators: Array<{ opcode_index: number; inputs: number[]; outputs: number[]; builtin_options_type: number }> }>;
      buffers: Array<{ data_bytes: number; offset: number; size: number }>;
      metadata: Array<{ name: string; buffer: number }>;
      signature_defs: Array<{ signature_key: string; subgraph_index: number; inputs: Array<{ name: string; tensor_index: number }>; outputs: Array<{ name: string; tensor_index: number }> }>;
    };
    signatures: Record<string, { inputs: string[]; outputs: string[] }>;
    input_details: Array<{ name: string; dtype: string; shape: number[]; shape_signature: number[] }>;
    output_details: Array<{ name: string; dtype: string; shape: number[]; shape_signature: number[] }>;
    ops: string[];
  }>;
}

const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'tflite', 'expectations.json'), 'utf8')) as Golden;
const files = Object.keys(golden.models);
const bytesOf = (rel: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, rel)));

function tensorAsTf(t: TfliteTensor): GoldenTensor {
  const q = t.quantization;
  return {
    name: t.name,
    type: t.type,
    shape: t.shape,
    shape_signature: t.shapeSignature,
    buffer: t.buffer,
    is_variable: t.isVariable,
    // TF's object API gives None for an empty vector.
    quantization: q ? { scale: q.scale.length ? q.scale : null, zero_point: q.zeroPoint.length ? q.zeroPoint : null, quantized_dimension: q.quantizedDimension } : null,
  };
}

describe('TFLite schema enums equal TensorFlow\'s', () => {
  const byValue = (m: Record<string, number>): string[] => Object.entries(m).sort((a, b) => a[1] - b[1]).map(([k]) => k);
  it('TensorType', () => expect([...TENSOR_TYPES]).toEqual(byValue(golden.enums.TensorType)));
  it('BuiltinOperator (every name, by code)', () => expect([...BUILTIN_OPERATORS]).toEqual(byValue(golden.enums.BuiltinOperator)));
  it('BuiltinOptions and BuiltinOptions2', () => {
    expect([...BUILTIN_OPTIONS]).toEqual(byValue(golden.enums.BuiltinOptions));
    expect([...BUILTIN_OPTIONS_2]).toEqual(byValue(golden.enums.BuiltinOptions2));
  });
  it('every tensor type has a TF dtype name', () => {
    for (const t of TENSOR_TYPES) expect(DTYPE_OF_TENSOR_TYPE[t]).toMatch(/^DT_[A-Z0-9_]+$/);
  });
});

describe.each(files.map((f) => [f]))('%s as TensorFlow reads it', (rel) => {
  const want = golden.models[rel]!;
  const m = readTfliteModel(bytesOf(rel), { file: rel });

  it('model header, operator codes, buffers, metadata and SignatureDefs', () => {
    expect(m.byteLength).toBe(want.bytes);
    expect(m.version).toBe(want.model.version);
    expect(m.description).toBe(want.model.description);
    expect(m.operatorCodes.map((c) => ({ deprecated_builtin_code: c.deprecatedBuiltinCode, builtin_code: c.builtinCode, custom_code: c.customCode, version: c.version }))).toEqual(want.model.operator_codes);
    expect(m.buffers.map((b) => ({ data_bytes: b.data?.byteLength ?? 0, offset: b.offset, size: b.size }))).toEqual(want.model.buffers);
    expect(m.metadata).toEqual(want.model.metadata);
    expect(m.signatureDefs.map((s) => ({ signature_key: s.signatureKey, subgraph_index: s.subgraphIndex, inputs: s.inputs.map((t) => ({ name: t.name, tensor_index: t.tensorIndex })), outputs: s.outputs.map((t) => ({ name: t.name, tensor_index: t.tensorIndex })) }))).toEqual(want.model.signature_defs);
  });

  it('subgraphs, tensors (shape, shape_signature, quantization) and operators', () => {
    expect(m.subgraphs.map((sg) => ({
      // The reader gives '' for an absent name, TF's object API None.
      name: sg.name || null,
      inputs: sg.inputs,
      outputs: sg.outputs,
      tensors: sg.tensors.map(tensorAsTf),
      operators: sg.operators.map((o) => ({ opcode_index: o.opcodeIndex, inputs: o.inputs, outputs: o.outputs, builtin_options_type: o.builtinOptionsType })),
    }))).toEqual(want.model.subgraphs);
  });

  it('op names as tf.lite.Interpreter resolves them (the deprecated_builtin_code / builtin_code rule)', () => {
    const sg = m.subgraphs[0]!;
    expect(sg.operators.map((o) => m.operatorCodes[o.opcodeIndex]!.name)).toEqual(want.ops);
  });

  it('signatures, inputs and outputs as tf.lite.Interpreter lists them', () => {
    const sigs = tfliteSignatures(m);
    if (Object.keys(want.signatures).length) {
      expect(Object.fromEntries(Object.entries(sigs).map(([k, s]) => [k, { inputs: Object.keys(s.inputs), outputs: Object.keys(s.outputs) }]))).toEqual(want.signatures);
    } else {
      // No SignatureDefs: the interpreter lists the main subgraph's tensors; mdeploy calls that serving_default.
      expect(Object.keys(sigs)).toEqual(['serving_default']);
    }
    // get_input_details()/get_output_details() describe the main subgraph.
    const main = m.subgraphs[0]!;
    const detail = (i: number): { name: string; dtype: string; shape: number[]; shape_signature: number[] } => {
      const t = main.tensors[i]!;
      return { name: t.name, dtype: DTYPE_OF_TENSOR_TYPE[t.typeName as keyof typeof DTYPE_OF_TENSOR_TYPE], shape: t.shape, shape_signature: t.shapeSignature ?? t.shape };
    };
    expect(main.inputs.map(detail)).toEqual(want.input_details.map(({ name, dtype, shape, shape_signature }) => ({ name, dtype, shape, shape_signature })));
    expect(main.outputs.map(detail)).toEqual(want.output_details.map(({ name, dtype, shape, shape_signature }) => ({ name, dtype, shape, shape_signature })));
  });
});

describe('withTensorShapes', () => {
  it('rewrites shape and shape_signature in a copy and leaves the original alone', () => {
    const rel = 'test/fixtures/tflite/dynamic_batch.tflite';
    const bytes = bytesOf(rel);
    const patched = withTensorShapes(bytes, 0, new Map([[0, [5, 8, 8, 3]]]));
    const t = readTfliteModel(patched).subgraphs[0]!.tensors[0]!;
    expect(t.shape).toEqual([5, 8, 8, 3]);
    expect(t.shapeSignature).toEqual([5, 8, 8, 3]);
    expect(readTfliteModel(bytes).subgraphs[0]!.tensors[0]!.shapeSignature).toEqual([-1, 8, 8, 3]);
    expect(() => withTensorShapes(bytes, 0, new Map([[0, [5, 8]]]))).toThrow(/rank/);
  });
});

describe('hostile .tflite files give a typed error, never a crash or a hang', () => {
  const good = bytesOf('test/fixtures/tflite/dynamic_batch.tflite');

  function expectCorrupt(bytes: Uint8Array): void {
    let err: unknown;
    try {
      readTfliteModel(bytes, { file: 'bad.tflite' });
    } catch (e) {
      err = e;
    }
    expect(isMdeployError(err), String(err)).toBe(true);
    expect((err as { code: string }).code).toMatch(/^E_(PB_CORRUPT|UNSUPPORTED_MODEL)$/);
    expect((err as Error).message).toContain('bad.tflite');
  }

  it.each([0, 4, 7, 8, 16, 100, 1000, good.length - 1])('truncated to %i bytes', (n) => expectCorrupt(good.subarray(0, n)));

  it('a wrong file identifier', () => {
    const b = new Uint8Array(good);
    b.set([0x58, 0x58, 0x58, 0x58], 4);
    expectCorrupt(b);
  });

  it('a root offset past the end', () => {
    const b = new Uint8Array(good);
    new DataView(b.buffer).setUint32(0, b.length + 100, true);
    expectCorrupt(b);
  });

  it('every 4-byte word overwritten with a huge offset, one at a time', () => {
    // Each position either still parses (it was data) or fails with a typed error; nothing else.
    for (let at = 8; at + 4 <= good.length; at += 4) {
      const b = new Uint8Array(good);
      new DataView(b.buffer).setUint32(at, 0x7ffffff0, true);
      try {
        readTfliteModel(b, { file: 'bad.tflite' });
      } catch (err) {
        expect(isMdeployError(err), `offset ${at}: ${String(err)}`).toBe(true);
      }
    }
  });

  it('random byte corruption (seeded) never escapes as a non-mdeploy error', () => {
    let seed = 12345;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 300; trial++) {
      const b = new Uint8Array(good);
      for (let k = 0; k < 4; k++) b[8 + Math.floor(rand() * (b.length - 8))] = Math.floor(rand() * 256);
      try {
        readTfliteModel(b, { file: 'bad.tflite' });
      } catch (err) {
        expect(isMdeployError(err), `trial ${trial}: ${String(err)}`).toBe(true);
      }
    }
  });

  it('an operator naming a tensor out of range', () => {
    // subgraphs[0].operators[0].inputs[0] of the half_plus_two fixture, found by the value TF reports (0) next to
    // its vector length (2); set it to 99.
    const rel = 'test/fixtures/tfserving/saved_model_half_plus_two_tflite_with_sigdef/00000123/model.tflite';
    const model = readTfliteModel(bytesOf(rel));
    expect(model.subgraphs[0]!.operators[0]!.inputs).toEqual([0, 1]);
    const b = bytesOf(rel);
    const dv = new DataView(b.buffer, b.byteOffset);
    let patched = 0;
    for (let at = 8; at + 12 <= b.length; at += 4) {
      if (dv.getUint32(at, true) === 2 && dv.getInt32(at + 4, true) === 0 && dv.getInt32(at + 8, true) === 1) {
        const copy = new Uint8Array(b);
        new DataView(copy.buffer).setInt32(at + 4, 99, true);
        try {
          const m = readTfliteModel(copy);
          // The match was another [0, 1] vector (subgraph inputs are length 1, so this is an operator's).
          expect(m.subgraphs[0]!.operators.some((o) => o.inputs.includes(99))).toBe(false);
        } catch (err) {
          expect(isMdeployError(err)).toBe(true);
          expect((err as Error).message).toMatch(/names tensor 99 of 5/);
          patched++;
        }
      }
    }
    expect(patched).toBeGreaterThan(0);
  });
});
