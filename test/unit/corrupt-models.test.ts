/**
 * One hand-made model per crash class the fuzz test (test/integration/mutation.test.ts) found: each used to
 * end in a TypeError, RangeError, stack overflow or a native abort, and must now be a typed error that says
 * what is wrong. The fuzz test finds new classes; these keep the known ones fixed without relying on a seed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import { isMdeployError, type ErrorCode } from '../../src/errors.js';
import { OpRegistry } from '../../src/graph/opdefs.js';
import { inspectSavedModel } from '../../src/inspect/inspect.js';
import { tf } from '../../src/proto/index.js';
import { readTable } from '../../src/savedmodel/bundle/table.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import { tensorflowHazard } from '../../src/validate/preflight.js';
import { FIXTURES_DIR } from '../helpers/env.js';
import { patchUtf8, UTF8_MARK, VARIABLES_INDEX, writeTable } from '../helpers/mutants.js';

const TF1 = join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu', '00000123');
const TF2 = join(FIXTURES_DIR, 'saved_model_half_plus_two_tf2_cpu', '00000123');
const MATRIX = join(FIXTURES_DIR, 'matrix_half_plus_two', '1');

let tmp: string;
let n = 0;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mdeploy-corrupt-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of `model` whose saved_model.pb went through `edit` (the serve MetaGraph, decoded in full). */
function withGraph(model: string, edit: (mg: tf.MetaGraphDef) => void, utf8 = false): string {
  const dir = join(tmp, `m${n++}`);
  cpSync(model, dir, { recursive: true });
  const sm = tf.SavedModel.decode(readFileSync(join(model, 'saved_model.pb')));
  edit(sm.metaGraphs[0] as tf.MetaGraphDef);
  const bytes = tf.SavedModel.encode(sm).finish();
  writeFileSync(join(dir, 'saved_model.pb'), utf8 ? patchUtf8(bytes) : bytes);
  return dir;
}

/** A copy of `model` whose variables.index entries went through `edit` (re-written with valid CRCs). */
function withIndex(model: string, edit: (entries: Array<{ key: Uint8Array; value: Uint8Array }>) => void): string {
  const dir = join(tmp, `m${n++}`);
  cpSync(model, dir, { recursive: true });
  const entries = readTable(readFileSync(join(model, VARIABLES_INDEX))).map((e) => ({ key: e.key, value: e.value }));
  edit(entries);
  writeFileSync(join(dir, VARIABLES_INDEX), writeTable(entries));
  return dir;
}

const nodes = (mg: tf.MetaGraphDef): tf.NodeDef[] => mg.graphDef!.node as tf.NodeDef[];
const node = (mg: tf.MetaGraphDef, name: string): tf.NodeDef => nodes(mg).find((x) => x.name === name)!;
const constShape = (mg: tf.MetaGraphDef, name: string, dim: number[], extra: Partial<tf.ITensorProto> = {}): void => {
  const t = node(mg, name).attr['value']!.tensor as tf.TensorProto;
  t.tensorShape = tf.TensorShapeProto.fromObject({ dim: dim.map((size) => ({ size })) });
  t.tensorContent = new Uint8Array(0);
  Object.assign(t, extra);
};

async function failure(dir: string, step: 'inspect' | 'convert'): Promise<unknown> {
  const output = join(tmp, `out${n++}`);
  try {
    if (step === 'inspect') await inspectSavedModel({ path: dir });
    else await convertModel({ model: dir, to: 'onnx', output: join(output, 'model.onnx'), validate: false });
  } catch (err) {
    expect(existsSync(output), 'a failed conversion leaves nothing behind').toBe(false);
    return err;
  }
  return undefined;
}

interface Case {
  name: string;
  make: () => string;
  step?: 'inspect' | 'convert';
  code: ErrorCode;
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: 'invalid UTF-8 in the stripped op list (was a TypeError from TextDecoder)',
    make: () => withGraph(MATRIX, (mg) => void ((mg.metaInfoDef!.strippedOpList!.op![0] as tf.OpDef).name = UTF8_MARK), true),
    code: 'E_PB_CORRUPT',
    message: /stripped op list does not parse \(a string field is not valid UTF-8\)/,
  },
  {
    name: 'a function that calls itself (was "Maximum call stack size exceeded")',
    make: () =>
      withGraph(TF2, (mg) => {
        const fname = node(mg, 'StatefulPartitionedCall_5').attr['f']!.func!.name!;
        const fn = mg.graphDef!.library!.function!.find((f) => f.signature?.name === fname) as tf.FunctionDef;
        const out = fn.signature!.outputArg![0]!.name!;
        fn.nodeDef.push(tf.NodeDef.fromObject({ name: 'again', op: fname, input: fn.signature!.inputArg!.map((a) => a.name!) }));
        fn.ret[out] = `again:${out}:0`;
      }),
    code: 'E_UNSUPPORTED_MODEL',
    message: /calls itself \(.* → .*\); recursive functions cannot be frozen/,
  },
  {
    name: 'a constant broadcast to 2^40 elements (was a RangeError: invalid typed array length)',
    make: () => withGraph(MATRIX, (mg) => constShape(mg, 'Const', [2 ** 40], { floatVal: [1] })),
    code: 'E_UNSUPPORTED_MODEL',
    message: /node "Const" \(Const\) has an unusable attr "value": a DT_FLOAT\[1099511627776\] tensor .* is more than mdeploy holds/,
  },
  {
    name: 'a negative dimension in a constant',
    make: () => withGraph(MATRIX, (mg) => constShape(mg, 'Const', [-3], { floatVal: [1] })),
    code: 'E_PB_CORRUPT',
    message: /attr "value": a shape has dimension -3/,
  },
  {
    name: 'a constant whose value is not its dtype (was converted as if it were)',
    make: () => withGraph(MATRIX, (mg) => void ((node(mg, 'Const').attr['value']!.tensor as tf.TensorProto).dtype = tf.DataType.DT_INT32)),
    code: 'E_PB_CORRUPT',
    message: /"Const" \(Const\) holds a DT_INT32 value but its dtype attr says DT_FLOAT/,
  },
  {
    name: 'an input that names a missing node',
    make: () => withGraph(MATRIX, (mg) => void (node(mg, 'y').input[0] = 'missing_node')),
    code: 'E_PB_CORRUPT',
    message: /refers to node "missing_node", which does not exist/,
  },
  {
    name: 'a node without the attr its op declares (was "missing type attr" from the passes)',
    make: () => withGraph(MATRIX, (mg) => void delete node(mg, 'Const').attr['dtype']),
    code: 'E_PB_CORRUPT',
    message: /node "Const" \(Const\) lacks its attr "dtype"/,
  },
  {
    name: 'a control input as a signature output (was Error: control inputs are not values)',
    make: () => withGraph(MATRIX, (mg) => void (Object.values(mg.signatureDef)[0]!.outputs!['y']!.name = '^y')),
    code: 'E_PB_CORRUPT',
    message: /tensor "y" names "\^y", which is not a tensor name/,
  },
  {
    name: 'ONNX values computed from a filter of the wrong rank (was a TypeError in the encoder)',
    make: () => withGraph(MATRIX, (mg) => void (node(mg, 'y').op = 'DepthwiseConv2dNative')),
    code: 'E_UNSUPPORTED_MODEL',
    message: /ONNX export failed at node y \(DepthwiseConv2dNative\): y: DepthwiseConv2dNative needs a constant 4-D filter, not one of shape \[\]/,
  },
  {
    name: 'an ONNX attribute left undefined by a short attr list (was a TypeError in the protobuf encoder)',
    make: () =>
      withGraph(MATRIX, (mg) => {
        const y = node(mg, 'y');
        y.op = 'MaxPool';
        y.attr['ksize'] = tf.AttrValue.fromObject({ list: { i: [1] } });
      }),
    code: 'E_UNSUPPORTED_MODEL',
    message: /ONNX export failed at node y \(MaxPool\): MaxPool attribute kernel_shape must be integers, got \[missing, missing\]/,
  },
  {
    name: 'a variable the object graph maps to a key the bundle lacks (was a TypeError in freeze)',
    make: () => withIndex(TF2, (entries) => entries.splice(entries.findIndex((e) => Buffer.from(e.key).toString() === 'a/.ATTRIBUTES/VARIABLE_VALUE'), 1)),
    code: 'E_BUNDLE_CORRUPT',
    message: /reads checkpoint key "a\/\.ATTRIBUTES\/VARIABLE_VALUE", which is not in the variables bundle/,
  },
  {
    name: 'a bundle entry longer than its data shard (was a RangeError, or past 2 GiB a native fs.read assertion that killed the process)',
    make: () =>
      withIndex(TF1, (entries) => {
        const e = entries.find((x) => x.key.length > 0)!;
        const p = tf.BundleEntryProto.decode(e.value);
        p.shape = tf.TensorShapeProto.fromObject({ dim: [{ size: 2 ** 40 }] });
        p.size = 4 * 2 ** 40;
        e.value = tf.BundleEntryProto.encode(p).finish();
      }),
    code: 'E_BUNDLE_CORRUPT',
    message: /needs bytes \[\d+, \d+\) but the file has \d+/,
  },
  {
    name: 'text format nested 5,000 deep (was a stack overflow, reported as a syntax error)',
    make: () => {
      const dir = join(tmp, `m${n++}`);
      cpSync(MATRIX, dir, { recursive: true, filter: (src) => !src.endsWith('saved_model.pb') });
      writeFileSync(join(dir, 'saved_model.pbtxt'), `meta_graphs { graph_def { library { function { node_def { attr { key: "a" value { ${'func { attr { key: "b" value { '.repeat(5000)}`);
      return dir;
    },
    step: 'inspect',
    code: 'E_PBTXT_SYNTAX',
    message: /messages nested more than 100 deep/,
  },
];

describe('models that used to crash mdeploy give typed errors', () => {
  it.each(CASES)('$name', async ({ make, step, code, message }) => {
    const err = await failure(make(), step ?? 'convert');
    expect(isMdeployError(err), String((err as Error | undefined)?.stack)).toBe(true);
    expect((err as { code: string }).code).toBe(code);
    expect((err as Error).message).toMatch(message);
  });
});

describe('what would make TensorFlow abort is found before it sees the model', () => {
  // libtensorflow CHECK-fails (aborting the process) on these, or materializes them until the OOM killer
  // comes; validation must not hand them over. Unreachable nodes count: TensorFlow loads every node.
  const hazard = (dir: string): string | undefined => {
    const mg = SavedModel.load(dir).metaGraph();
    return tensorflowHazard(mg, new OpRegistry(mg.strippedOps, mg.graphDef.library?.function ?? []));
  };
  const saverConst = 'save/filename/input';

  it('passes the unmodified model', () => {
    expect(hazard(TF1)).toBeUndefined();
  });
  it('a shape with more than 254 dims', () => {
    expect(hazard(withGraph(TF1, (mg) => constShape(mg, saverConst, Array.from({ length: 300 }, () => 1))))).toMatch(/"save\/filename\/input" .* 300 dims/);
  });
  it('dims whose product overflows int64 before a zero', () => {
    expect(hazard(withGraph(TF1, (mg) => constShape(mg, saverConst, [2 ** 40, 2 ** 40, 0])))).toMatch(/multiply past int64/);
  });
  it('a string constant broadcast to a billion elements in the Saver', () => {
    expect(hazard(withGraph(TF1, (mg) => constShape(mg, saverConst, [1_000_000_007])))).toMatch(/a constant of 1000000007 elements/);
  });
  it("a constant whose value is not its dtype (StridedSlice's CHECK)", () => {
    expect(hazard(withGraph(TF1, (mg) => void ((node(mg, saverConst).attr['value']!.tensor as tf.TensorProto).dtype = tf.DataType.DT_FLOAT)))).toMatch(/value is DT_FLOAT but its dtype attr says DT_STRING/);
  });
});
