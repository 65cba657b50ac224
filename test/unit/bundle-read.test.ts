/**
 * TensorBundle.readMany (a model's variables in a few coalesced reads, each entry CRC-checked while the next
 * piece is read) against read (one entry at a time), and its errors on damaged shards and indexes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isMdeployError } from '../../src/errors.js';
import { tf } from '../../src/proto/index.js';
import { TensorBundle, variablesPrefix } from '../../src/savedmodel/bundle/bundle.js';
import { readTable } from '../../src/savedmodel/bundle/table.js';
import { CORPUS_DIR, describeWith } from '../helpers/env.js';
import { VARIABLES_DATA, VARIABLES_INDEX, writeTable } from '../helpers/mutants.js';

// Several MB of variables: more than one read piece, many entries per coalesced range.
const MODEL = join(CORPUS_DIR, 'mobilenetv2', '1');

let tmp: string;
let n = 0;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mdeploy-bundle-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copy(): string {
  const dir = join(tmp, `m${n++}`);
  cpSync(MODEL, dir, { recursive: true });
  return dir;
}

async function withBundle<T>(dir: string, fn: (b: TensorBundle) => Promise<T>): Promise<T> {
  const b = TensorBundle.open(variablesPrefix(dir));
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}

const bytesOf = (t: { data: unknown }): Uint8Array => {
  const d = t.data as ArrayBufferView;
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
};

describeWith(['corpus'], 'TensorBundle.readMany', () => {
  it('gives what read gives, for every variable, in the order asked', async () => {
    await withBundle(MODEL, async (b) => {
      const keys = b.variables().map((v) => v.key).reverse();
      const many = await b.readMany(keys);
      expect(many).toHaveLength(keys.length);
      for (const [i, key] of keys.entries()) {
        const one = await b.read(key);
        expect(many[i]!.value.dtype, key).toBe(one.dtype);
        expect(many[i]!.value.shape, key).toEqual(one.shape);
        expect(Buffer.compare(bytesOf(many[i]!.value), bytesOf(one)), key).toBe(0);
        expect(many[i]!.ownBytes, key).toBe(true);
      }
    });
  });

  it('hands out a key asked for twice as shared bytes', async () => {
    await withBundle(MODEL, async (b) => {
      const [k0, k1] = b.variables().map((v) => v.key);
      const many = await b.readMany([k0!, k1!, k0!]);
      expect(many.map((m) => m.ownBytes)).toEqual([false, true, false]);
    });
  });

  it('names the damaged tensor when a byte of the shard is flipped', async () => {
    const dir = copy();
    const big = await withBundle(dir, async (b) => b.variables().reduce((x, v) => (v.size > x.size ? v : x)));
    const data = join(dir, VARIABLES_DATA);
    const bytes = readFileSync(data);
    bytes[big.offset + Math.floor(big.size / 2)]! ^= 0x10;
    writeFileSync(data, bytes);
    const err = await withBundle(dir, (b) => b.readMany(b.variables().map((v) => v.key))).catch((e: unknown) => e);
    expect(isMdeployError(err)).toBe(true);
    expect((err as { code: string }).code).toBe('E_BUNDLE_CORRUPT');
    expect((err as Error).message).toContain(`"${big.key}" fails its CRC32C check`);
  });

  it('refuses a shard cut short before reading it', async () => {
    const dir = copy();
    const last = await withBundle(dir, async (b) => b.variables().reduce((x, v) => (v.offset > x.offset ? v : x)));
    truncateSync(join(dir, VARIABLES_DATA), last.offset + 10);
    const err = await withBundle(dir, (b) => b.readMany(b.variables().map((v) => v.key))).catch((e: unknown) => e);
    expect((err as { code: string }).code).toBe('E_BUNDLE_CORRUPT');
    expect((err as Error).message).toMatch(/needs bytes \[\d+, \d+\) but the file has \d+ \(truncated\?\)/);
  });

  it('treats every tensor of a shard as shared when the index makes two entries overlap', async () => {
    const dir = copy();
    const entries = readTable(readFileSync(join(dir, VARIABLES_INDEX))).map((e) => ({ key: e.key, value: e.value }));
    // Point the second variable at the first one's bytes (same size), with the first one's CRC.
    const vars = entries.filter((e) => e.key.length > 0 && Buffer.from(e.key).toString() !== '_CHECKPOINTABLE_OBJECT_GRAPH');
    const protos = vars.map((e) => tf.BundleEntryProto.decode(e.value));
    const j = protos.findIndex((p, k) => k > 0 && Number(p.size) === Number(protos[0]!.size) && p.dtype === protos[0]!.dtype);
    expect(j).toBeGreaterThan(0);
    protos[j]!.offset = protos[0]!.offset;
    protos[j]!.crc32c = protos[0]!.crc32c;
    vars[j]!.value = tf.BundleEntryProto.encode(protos[j]!).finish();
    writeFileSync(join(dir, VARIABLES_INDEX), writeTable(entries));
    const keys = vars.map((e) => Buffer.from(e.key).toString());
    const many = await withBundle(dir, (b) => b.readMany(keys));
    expect(Buffer.compare(bytesOf(many[j]!.value), bytesOf(many[0]!.value))).toBe(0);
    expect(many.every((m) => !m.ownBytes)).toBe(true);
  });
});
