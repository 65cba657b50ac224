/**
 * TensorBundle (`variables/variables.index` + `variables.data-NNNNN-of-MMMMM`): TensorFlow's checkpoint
 * format. The index is read eagerly (it is small); tensor bytes are read from the data shards only when
 * asked for, so listing a 1 GB model reads a few KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MdeployError } from '../../errors.js';
import { tf } from '../../proto/index.js';
import { baseDtype, dtypeByteSize, dtypeName, type DTypeName } from '../../tensor/dtypes.js';
import { numElements, typedArrayFromBytes, type HostTensor } from '../../tensor/host.js';
import { MAX_RANK } from '../../tensor/limits.js';
import { crc32cExtend, unmaskCrc } from '../../util/crc32c.js';
import { decodeProto } from '../decode.js';
import { ByteReader } from '../../util/varint.js';
import { readTable, TableFormatError } from './table.js';

/** The bundle key that holds a TF2 model's serialized TrackableObjectGraph. */
export const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH';

export interface BundleEntry {
  key: string;
  dtype: DTypeName;
  /** -1 never appears: checkpoints store concrete shapes. */
  shape: number[];
  shardId: number;
  offset: number;
  size: number;
  /** Masked CRC32C of the stored bytes, as written. */
  crc32c: number;
  /** Partitioned variables store slices under other keys; their values are not readable here yet. */
  sliced: boolean;
}

export interface BundleHeader {
  numShards: number;
  endianness: 'LITTLE' | 'BIG';
  producer: number;
}

const textDecoder = new TextDecoder('utf-8', { fatal: false });
/** Bytes per read() call: Node's fs.read aborts the process (not throws) on lengths past int32. */
const READ_CHUNK = 1 << 30;
/** readMany: entries closer than this in a shard are read with one call (the bytes between are read too). */
const COALESCE_GAP = 64 * 1024;
/** readMany: the most bytes one coalesced read holds in one buffer (a larger entry is a read of its own). */
const COALESCE_MAX = 256 * 1024 * 1024;
/** readMany: bytes per read call; each entry read is checked while the next piece comes in. */
const READ_PIECE = 4 * 1024 * 1024;

/**
 * An int64 field as protobufjs decodes it: a number, or a long.js Long, whose toNumber() is exact up to 2^53
 * (and ≥ 2^53 beyond, which the safe-integer checks refuse). Number(Long) would go through its decimal string,
 * an emulated 64-bit division per six digits: tens of ms on a model's index.
 */
function int64(v: number | { toNumber(): number } | null | undefined): number {
  return typeof v === 'number' ? v : v ? v.toNumber() : 0;
}

interface Shard {
  fh: FileHandle;
  bytes: number;
}

function corrupt(file: string, message: string, cause?: unknown): MdeployError {
  return new MdeployError('E_BUNDLE_CORRUPT', message, { file, cause });
}

export class TensorBundle {
  private readonly shards = new Map<number, Promise<Shard>>();

  private constructor(
    /** The path prefix: `<dir>/variables/variables`. */
    readonly prefix: string,
    readonly header: BundleHeader,
    readonly entries: ReadonlyMap<string, BundleEntry>,
    readonly indexBytes: number,
  ) {}

  /** True when `<prefix>.index` exists. TF1 graphs without variables have no bundle at all. */
  static exists(prefix: string): boolean {
    return existsSync(`${prefix}.index`);
  }

  /** Reads and verifies `<prefix>.index`. Throws E_BUNDLE_CORRUPT naming the file on any damage. */
  static open(prefix: string): TensorBundle {
    const indexPath = `${prefix}.index`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(indexPath);
    } catch (err) {
      throw new MdeployError('E_PATH_NOT_FOUND', `cannot read the variables index (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: indexPath });
    }
    let table;
    try {
      table = readTable(bytes);
    } catch (err) {
      if (err instanceof TableFormatError) throw corrupt(indexPath, err.message, err);
      throw err;
    }
    const first = table[0];
    if (!first || first.key.length !== 0) throw corrupt(indexPath, 'the bundle header entry (empty key) is missing');
    const h = decodeProto(tf.BundleHeaderProto, first.value, { file: indexPath, what: 'the bundle header', code: 'E_BUNDLE_CORRUPT' });
    const header: BundleHeader = { numShards: h.numShards, endianness: h.endianness === 1 ? 'BIG' : 'LITTLE', producer: h.version?.producer ?? 0 };
    if (header.numShards < 1 || header.numShards > 100000) throw corrupt(indexPath, `the bundle header claims ${header.numShards} data shards`);
    if (header.endianness === 'BIG') {
      throw new MdeployError('E_BUNDLE_UNSUPPORTED', 'this checkpoint was written on a big-endian machine', { file: indexPath });
    }
    const entries = new Map<string, BundleEntry>();
    for (const { key, value } of table.slice(1)) {
      const name = textDecoder.decode(key);
      const e = decodeProto(tf.BundleEntryProto, value, { file: indexPath, what: `the entry for "${name}"`, code: 'E_BUNDLE_CORRUPT' });
      const shape = (e.shape?.dim ?? []).map((d) => int64(d.size));
      const entry: BundleEntry = {
        key: name,
        dtype: dtypeName(e.dtype) as DTypeName,
        shape,
        shardId: e.shardId,
        offset: int64(e.offset),
        size: int64(e.size),
        crc32c: e.crc32c >>> 0,
        sliced: e.slices.length > 0,
      };
      if (entry.shardId < 0 || entry.shardId >= header.numShards) throw corrupt(indexPath, `"${name}" points at shard ${entry.shardId} of ${header.numShards}`);
      if (shape.length > MAX_RANK) throw corrupt(indexPath, `"${name}" has ${shape.length} dimensions`);
      if (![entry.offset, entry.size, ...shape].every((n) => Number.isSafeInteger(n) && n >= 0)) {
        throw corrupt(indexPath, `"${name}" has a negative or out-of-range offset, size or dimension`);
      }
      const width = dtypeByteSize(entry.dtype);
      if (width !== undefined && !entry.sliced && entry.size !== width * numElements(shape)) {
        throw corrupt(indexPath, `"${name}" is ${entry.size} bytes but ${entry.dtype}${JSON.stringify(shape)} needs ${width * numElements(shape)}`);
      }
      entries.set(name, entry);
    }
    return new TensorBundle(prefix, header, entries, bytes.length);
  }

  /** The data shard file for a shard id. */
  shardPath(shardId: number): string {
    const n = String(this.header.numShards).padStart(5, '0');
    return `${this.prefix}.data-${String(shardId).padStart(5, '0')}-of-${n}`;
  }

  /** Every stored tensor except the object graph, in key order. */
  variables(): BundleEntry[] {
    return [...this.entries.values()].filter((e) => e.key !== OBJECT_GRAPH_KEY);
  }

  get(key: string): BundleEntry {
    const e = this.entries.get(key);
    if (!e) throw corrupt(`${this.prefix}.index`, `no tensor named "${key}" in the bundle`);
    return e;
  }

  /** Reads an entry's stored bytes and verifies their CRC32C. */
  async readRaw(key: string): Promise<Uint8Array> {
    const e = this.checked(key, await this.shard(this.get(key).shardId));
    const buf = new Uint8Array(e.size);
    await this.readInto(e.shardId, buf, e.offset, key);
    this.verify(e, buf);
    return buf;
  }

  /** Reads an entry as a host tensor (numbers as a typed array, strings as byte arrays). */
  async read(key: string): Promise<HostTensor> {
    return this.decode(this.get(key), await this.readRaw(key));
  }

  /**
   * Reads several entries (a model's variables) as host tensors, in the order of `keys`. Entries that lie
   * close together in a shard are read with one call into one buffer, and numeric tensors are views of it
   * where their bytes are aligned: a few large reads and allocations instead of one per tensor. Every entry
   * is checked (bounds, CRC32C) as `read` checks it. `ownBytes`: no other entry's bytes overlap this one's
   * (a damaged or crafted index can make two keys share bytes), so its data may be written in place.
   */
  async readMany(keys: readonly string[]): Promise<Array<{ value: HostTensor; ownBytes: boolean }>> {
    const entries: BundleEntry[] = [];
    for (const key of keys) entries.push(this.checked(key, await this.shard(this.get(key).shardId)));
    const raw = new Map<BundleEntry, Uint8Array>();
    /** Entries in a shard where some entries share bytes. */
    const overlapping = new Set<BundleEntry>();
    const byShard = new Map<number, BundleEntry[]>();
    for (const e of new Set(entries)) byShard.set(e.shardId, [...(byShard.get(e.shardId) ?? []), e]);
    for (const [shardId, list] of byShard) {
      list.sort((a, b) => a.offset - b.offset);
      // Entries of a checkpoint never share bytes; if some in this shard do, the index is damaged or crafted,
      // and none of the shard's tensors is handed out as writable.
      let reach = 0;
      let shared = false;
      for (const e of list) {
        if (e.size === 0) continue;
        if (e.offset < reach) shared = true;
        reach = Math.max(reach, e.offset + e.size);
      }
      if (shared) for (const e of list) overlapping.add(e);
      for (let i = 0; i < list.length; ) {
        // A range starts 16-byte aligned in the file, so a view keeps the alignment the writer gave the entry.
        const start = list[i]!.offset - (list[i]!.offset % 16);
        let end = list[i]!.offset + list[i]!.size;
        let j = i + 1;
        for (; j < list.length; j++) {
          const next = list[j]!;
          const nextEnd = Math.max(end, next.offset + next.size);
          if (next.offset > end + COALESCE_GAP || nextEnd - start > COALESCE_MAX) break;
          end = nextEnd;
        }
        // Not zero-filled: every byte is read from the file (readInto throws when the file ends first).
        const slow = Buffer.allocUnsafeSlow(end - start);
        const range = new Uint8Array(slow.buffer, slow.byteOffset, slow.byteLength);
        const inRange = list.slice(i, j);
        for (const e of inRange) raw.set(e, range.subarray(e.offset - start, e.offset - start + e.size));
        await this.readVerifying(shardId, range, start, inRange, raw);
        i = j;
      }
    }
    const asked = new Map<BundleEntry, number>();
    for (const e of entries) asked.set(e, (asked.get(e) ?? 0) + 1);
    // A key asked for twice gets the same bytes twice: neither may be written.
    return entries.map((e) => ({ value: this.decode(e, raw.get(e)!), ownBytes: !overlapping.has(e) && asked.get(e) === 1 }));
  }

  /**
   * Fills `range` (the bytes of `entries`, sorted by offset, from file offset `start`) piece by piece, and
   * checks each entry's CRC32C as soon as its bytes are in, while the next piece is being read: the check
   * runs on this thread while the read runs on libuv's, so the two overlap instead of adding up.
   */
  private async readVerifying(shardId: number, range: Uint8Array, start: number, entries: readonly BundleEntry[], raw: ReadonlyMap<BundleEntry, Uint8Array>): Promise<void> {
    const piece = (at: number): Promise<void> => this.readInto(shardId, range.subarray(at, Math.min(range.length, at + READ_PIECE)), start + at, entries[0]!.key);
    let pending: Promise<void> | undefined = piece(0);
    let next = 0;
    const verifyUpTo = (done: number): void => {
      for (; next < entries.length && entries[next]!.offset + entries[next]!.size - start <= done; next++) this.verify(entries[next]!, raw.get(entries[next]!)!);
    };
    try {
      for (let done = 0; pending; ) {
        await pending;
        done = Math.min(range.length, done + READ_PIECE);
        pending = done < range.length ? piece(done) : undefined;
        verifyUpTo(done);
      }
    } finally {
      // A failed check leaves a read in flight: let it settle (and drop its error) rather than go unhandled.
      await pending?.catch(() => undefined);
    }
  }

  /** The entry for `key`, checked against its shard before anything is allocated for it. */
  private checked(key: string, shard: Shard): BundleEntry {
    const e = this.get(key);
    if (e.sliced) {
      throw new MdeployError('E_BUNDLE_UNSUPPORTED', `"${key}" is a partitioned (sliced) variable`, { file: `${this.prefix}.index` });
    }
    // Checked before allocating: a damaged index can claim petabytes.
    if (e.offset + e.size > shard.bytes) {
      throw corrupt(this.shardPath(e.shardId), `"${key}" needs bytes [${e.offset}, ${e.offset + e.size}) but the file has ${shard.bytes} (truncated?)`);
    }
    return e;
  }

  /** Fills `buf` from a shard starting at `offset`; `key` names the (first) entry read, for the error. */
  private async readInto(shardId: number, buf: Uint8Array, offset: number, key: string): Promise<void> {
    const shard = await this.shard(shardId);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await shard.fh.read(buf, got, Math.min(buf.length - got, READ_CHUNK), offset + got);
      if (bytesRead === 0) throw corrupt(this.shardPath(shardId), `"${key}" needs bytes [${offset}, ${offset + buf.length}) but the file ends first (truncated?)`);
      got += bytesRead;
    }
  }

  private verify(e: BundleEntry, bytes: Uint8Array): void {
    if (baseDtype(e.dtype) !== 'DT_STRING' && unmaskCrc(e.crc32c) !== crc32cExtend(0, bytes)) {
      throw corrupt(this.shardPath(e.shardId), `"${e.key}" fails its CRC32C check; the data shard is damaged`);
    }
  }

  private decode(e: BundleEntry, raw: Uint8Array): HostTensor {
    const dtype = baseDtype(e.dtype);
    if (dtype === 'DT_STRING') return { dtype, shape: e.shape, data: decodeStrings(raw, numElements(e.shape), e, this.shardPath(e.shardId)) };
    if (dtypeByteSize(dtype) === undefined) {
      throw new MdeployError('E_BUNDLE_UNSUPPORTED', `"${e.key}" has dtype ${dtype}, which mdeploy cannot read`, { file: this.shardPath(e.shardId) });
    }
    return { dtype, shape: e.shape, data: typedArrayFromBytes(dtype, raw) };
  }

  private shard(id: number): Promise<Shard> {
    let p = this.shards.get(id);
    if (!p) {
      const path = this.shardPath(id);
      p = (async () => {
        const fh = await open(path, 'r');
        try {
          return { fh, bytes: (await fh.stat()).size };
        } catch (err) {
          await fh.close();
          throw err;
        }
      })().catch((err: NodeJS.ErrnoException) => {
        this.shards.delete(id);
        throw new MdeployError('E_BUNDLE_CORRUPT', `cannot open data shard ${id} (${err.code ?? err.message})`, { file: path });
      });
      this.shards.set(id, p);
    }
    return p;
  }

  /** Closes any data shards opened by reads. */
  async close(): Promise<void> {
    const handles = [...this.shards.values()];
    this.shards.clear();
    await Promise.all(handles.map(async (p) => (await p.catch(() => undefined))?.fh.close()));
  }
}

/**
 * DT_STRING layout: varint64 length per element, a masked CRC32C of the lengths (each as little-endian
 * uint32), then the bytes. The entry's CRC covers lengths-as-uint32, the stored length CRC, and the bytes.
 */
function decodeStrings(raw: Uint8Array, count: number, e: BundleEntry, file: string): Uint8Array[] {
  try {
    const r = new ByteReader(raw);
    const lengths: number[] = [];
    let crc = 0;
    const le = new Uint8Array(8);
    const view = new DataView(le.buffer);
    for (let i = 0; i < count; i++) {
      const n = r.varint();
      lengths.push(n);
      if (n <= 0xffffffff) {
        view.setUint32(0, n, true);
        crc = crc32cExtend(crc, le.subarray(0, 4));
      } else {
        view.setBigUint64(0, BigInt(n), true);
        crc = crc32cExtend(crc, le);
      }
    }
    const storedLengthCrc = r.take(4);
    if (unmaskCrc(new DataView(storedLengthCrc.buffer, storedLengthCrc.byteOffset, 4).getUint32(0, true)) !== crc) {
      throw corrupt(file, `"${e.key}" string lengths fail their CRC32C check`);
    }
    crc = crc32cExtend(crc, storedLengthCrc);
    const out = lengths.map((n) => r.take(n));
    for (const s of out) crc = crc32cExtend(crc, s);
    if (crc !== unmaskCrc(e.crc32c)) throw corrupt(file, `"${e.key}" fails its CRC32C check; the data shard is damaged`);
    return out;
  } catch (err) {
    if (err instanceof MdeployError) throw err;
    throw corrupt(file, `"${e.key}" is not a valid string tensor (${(err as Error).message})`, err);
  }
}

/** `<modelDir>/variables/variables`, the prefix SavedModels use. */
export function variablesPrefix(modelDir: string): string {
  return join(modelDir, 'variables', 'variables');
}

export function describePrefix(prefix: string): string {
  return join(basename(dirname(prefix)), basename(prefix));
}
