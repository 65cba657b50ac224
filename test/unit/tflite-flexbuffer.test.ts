/**
 * The FlexBuffer map reader behind `signature_defs_metadata`: TF Serving's own fixture (written by TF's
 * converter), maps written by the flatbuffers package's encoder (strings and blobs, widths 1..4), and every
 * truncation or corruption of the fixture's bytes failing as FlexBufferError or as a checked decode, never
 * as a read past the buffer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'flatbuffers/mjs/flexbuffers.js';
import { describe, expect, it } from 'vitest';
import { isMdeployError } from '../../src/errors.js';
import { FlexBufferError, readFlexStringMap } from '../../src/tflite/flexbuffer.js';
import { readTfliteModel } from '../../src/tflite/reader.js';
import { metadataSignatureDefs, SIGNATURE_DEFS_METADATA, tfliteSignatures } from '../../src/tflite/signatures.js';
import { FIXTURES_DIR } from '../helpers/env.js';

const SIGDEF = join(FIXTURES_DIR, 'saved_model_half_plus_two_tflite_with_sigdef', '00000123', 'model.tflite');

function metadataBytes(file: string): Uint8Array {
  const m = readTfliteModel(new Uint8Array(readFileSync(file)));
  const entry = m.metadata.find((e) => e.name === SIGNATURE_DEFS_METADATA)!;
  return m.buffers[entry.buffer]!.data!;
}

describe('signature_defs_metadata', () => {
  it("decodes TF Serving's fixture: serving_default maps x → tflite_input:0 and y → y:0", () => {
    const defs = metadataSignatureDefs(readTfliteModel(new Uint8Array(readFileSync(SIGDEF))))!;
    expect([...defs.keys()]).toEqual(['serving_default']);
    const def = defs.get('serving_default')!;
    expect(def.methodName).toBe('tensorflow/serving/predict');
    expect(Object.fromEntries(Object.entries(def.inputs).map(([k, v]) => [k, v.name]))).toEqual({ x: 'tflite_input:0' });
    expect(Object.fromEntries(Object.entries(def.outputs).map(([k, v]) => [k, v.name]))).toEqual({ y: 'y:0' });
  });

  it('signatures from metadata run on the main subgraph under the SignatureDef keys', () => {
    const sigs = tfliteSignatures(readTfliteModel(new Uint8Array(readFileSync(SIGDEF))));
    expect(sigs['serving_default']).toMatchObject({ source: 'metadata', signatureKey: null, subgraphIndex: 0 });
    expect(Object.keys(sigs['serving_default']!.inputs)).toEqual(['x']);
  });

  it('reads maps the flatbuffers encoder writes: strings, blobs with any byte, small and wide offsets', () => {
    const blob = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    const wide = 'w'.repeat(70_000);
    const bytes = encode({ a: 'text', b: blob, c: '', wide });
    const map = readFlexStringMap(new Uint8Array(bytes));
    expect(new TextDecoder().decode(map.get('a'))).toBe('text');
    expect([...map.get('b')!]).toEqual([...blob]);
    expect(map.get('c')!.length).toBe(0);
    expect(map.get('wide')!.length).toBe(70_000);
  });

  it('refuses a root that is not a map, and values that are not strings or blobs', () => {
    expect(() => readFlexStringMap(new Uint8Array(encode([1, 2, 3])))).toThrow(FlexBufferError);
    expect(() => readFlexStringMap(new Uint8Array(encode({ n: 5 })))).toThrow(/not a string or blob/);
    expect(() => readFlexStringMap(new Uint8Array(2))).toThrow(FlexBufferError);
  });

  it('every truncation and every single-byte corruption of the fixture fails cleanly', () => {
    const good = metadataBytes(SIGDEF);
    const attempt = (b: Uint8Array): void => {
      try {
        readFlexStringMap(b);
      } catch (err) {
        expect(err, String(err)).toBeInstanceOf(FlexBufferError);
      }
    };
    for (let n = 0; n < good.length; n++) attempt(good.slice(0, n));
    for (let i = 0; i < good.length; i++) {
      for (const v of [0x00, 0x7f, 0xff]) {
        const b = good.slice();
        b[i] = v;
        attempt(b);
      }
    }
  });

  it('a SignatureDef that does not parse is a typed error', () => {
    const bytes = new Uint8Array(encode({ serving_default: Uint8Array.of(0x0a, 0xff, 0xff, 0xff) }));
    const model = readTfliteModel(new Uint8Array(readFileSync(SIGDEF)));
    const entry = model.metadata.find((e) => e.name === SIGNATURE_DEFS_METADATA)!;
    model.buffers[entry.buffer] = { data: bytes, offset: 0, size: 0 };
    let caught: unknown;
    try {
      metadataSignatureDefs(model);
    } catch (err) {
      caught = err;
    }
    expect(isMdeployError(caught) && caught.code).toBe('E_PB_CORRUPT');
  });
});
