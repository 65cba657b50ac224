/**
 * `mdeploy inspect` on .tflite models against TensorFlow's reading of them
 * (test/fixtures/tflite/expectations.json, from scripts/tflite_expectations.py), the JSON Schema, and the
 * human view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { inspectTflite, findTfliteModel } from '../../src/inspect/tflite.js';
import { renderTfliteInspect } from '../../src/inspect/render.js';
import { ROOT } from '../helpers/env.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'inspect.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

interface GoldenModel {
  model: { version: number; operator_codes: Array<{ deprecated_builtin_code: number; builtin_code: number; custom_code: string | null }>; subgraphs: Array<{ tensors: unknown[]; operators: Array<{ opcode_index: number }> }>; buffers: unknown[]; metadata?: Array<{ name: string; buffer: number }> };
  signatures: Record<string, { inputs: string[]; outputs: string[] }>;
  input_details: Array<{ name: string; dtype: string; shape_signature: number[] }>;
  ops: string[];
}
const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'tflite', 'expectations.json'), 'utf8')) as { models: Record<string, GoldenModel> };

// Base paths as TF Serving is given them, and the generated file itself.
const inputs: Array<[string, string]> = [
  ['test/fixtures/tfserving/saved_model_half_plus_two_tflite', 'test/fixtures/tfserving/saved_model_half_plus_two_tflite/00000123/model.tflite'],
  ['test/fixtures/tfserving/saved_model_half_plus_two_tflite_with_sigdef', 'test/fixtures/tfserving/saved_model_half_plus_two_tflite_with_sigdef/00000123/model.tflite'],
  ['test/fixtures/tfserving/parse_example_tflite', 'test/fixtures/tfserving/parse_example_tflite/00000123/model.tflite'],
  ['test/fixtures/tflite/dynamic_batch.tflite', 'test/fixtures/tflite/dynamic_batch.tflite'],
];

describe.each(inputs)('inspect %s', (input, rel) => {
  const want = golden.models[rel]!;

  it('reports what TensorFlow reads, and follows docs/inspect.schema.json', async () => {
    const r = await inspectTflite({ path: join(ROOT, input) });
    const ok = validate(JSON.parse(JSON.stringify(r)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
    expect(r.kind).toBe('tflite');
    expect(r.path).toBe(join(ROOT, rel));
    if (input !== rel) {
      expect(r.basePath).toBe(join(ROOT, input));
      expect(r.version).toBe(123);
    }
    expect(r.tfliteSchemaVersion).toBe(want.model.version);
    expect(r.tensors).toBe(want.model.subgraphs.reduce((n, s) => n + s.tensors.length, 0));
    expect(r.buffers.count).toBe(want.model.buffers.length);
    expect(r.ops.total).toBe(want.model.subgraphs.reduce((n, sg) => n + sg.operators.length, 0));
    // The main subgraph's op names equal the interpreter's.
    for (const op of want.ops) expect(r.ops.histogram[op], op).toBeGreaterThan(0);
    expect(r.ops.custom).toEqual([...new Set(want.model.operator_codes.filter((c) => c.custom_code).map((c) => c.custom_code!))]);
    if (Object.keys(want.signatures).length) {
      expect(r.hasSignatureDefs).toBe(true);
      for (const [k, s] of Object.entries(want.signatures)) {
        expect(Object.keys(r.signatures[k]!.inputs)).toEqual(s.inputs);
        expect(Object.keys(r.signatures[k]!.outputs)).toEqual(s.outputs);
      }
    } else {
      expect(r.hasSignatureDefs).toBe(false);
      const sig = r.signatures['serving_default']!;
      // Keyed by tensor name, or (signature_defs_metadata, as TF Serving reads it) by SignatureDef key with the
      // tensor's name beside it: the interpreter's input details either way.
      const hasMetadata = want.model.metadata?.some((m) => m.name === 'signature_defs_metadata') ?? false;
      expect(r.signatureSource).toBe(hasMetadata ? 'metadata' : 'main_subgraph');
      expect(Object.entries(sig.inputs).map(([k, t]) => ({ name: hasMetadata ? t.name : k, dtype: t.dtype, shape_signature: t.shape }))).toEqual(want.input_details.map(({ name, dtype, shape_signature }) => ({ name, dtype, shape_signature })));
    }
    const text = renderTfliteInspect(r);
    for (const key of Object.keys(r.signatures)) expect(text).toContain(key);
    for (const op of want.ops) expect(text).toContain(op);
  });
});

describe('inspect tflite details', () => {
  it('shows the dynamic batch as -1 and the file\'s concrete shape next to it', async () => {
    const r = await inspectTflite({ path: join(ROOT, 'test/fixtures/tflite/dynamic_batch.tflite') });
    expect(r.signatures['serving_default']!.inputs['image']).toMatchObject({ dtype: 'DT_FLOAT', shape: [-1, 8, 8, 3], tfliteShape: [1, 8, 8, 3] });
    expect(r.operatorCodes.find((c) => c.name === 'GELU')).toMatchObject({ code: 150, custom: false });
    expect(renderTfliteInspect(r)).toContain('[-1, 8, 8, 3]');
  });

  it('flags custom ops', async () => {
    const r = await inspectTflite({ path: join(ROOT, 'test/fixtures/tfserving/parse_example_tflite') });
    expect(r.ops.custom).toEqual(['ParseExampleV2']);
    expect(renderTfliteInspect(r)).toMatch(/ParseExampleV2 \(custom\)/);
  });

  it('--signature restricts the list; an unknown one is E_UNKNOWN_SIGNATURE', async () => {
    const path = join(ROOT, 'test/fixtures/tflite/dynamic_batch.tflite');
    expect(Object.keys((await inspectTflite({ path, signature: 'twice' })).signatures)).toEqual(['twice']);
    await expect(inspectTflite({ path, signature: 'nope' })).rejects.toMatchObject({ code: 'E_UNKNOWN_SIGNATURE' });
  });

  it('SavedModel paths are not taken for TFLite ones', () => {
    expect(findTfliteModel(join(ROOT, 'test/fixtures/tfserving/saved_model_half_plus_two_cpu'))).toBeNull();
    expect(findTfliteModel(join(ROOT, 'test/fixtures/tfserving/saved_model_half_plus_two_tflite'))?.version).toBe(123);
  });
});
