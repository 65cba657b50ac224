/**
 * The tensor channel between the inference pool and its worker processes: a byte stream (a socket pair set up
 * by fork's stdio) carrying framed messages whose tensors travel as raw bytes.
 *
 * Node's own IPC channel serializes a whole message, typed arrays included, synchronously on the sender's
 * event loop and parses it in one piece on the receiver's: for a 12 MB tensor that was ~45 ms each way on the
 * server's main thread, during which no other connection was served. Here the sender writes a small JSON
 * header and then hands the tensors' own memory to the socket (no copy, no serialization), and the receiver
 * copies each incoming chunk straight into the tensor it belongs to, allocated once from the header: every
 * step is bounded by one socket read (64 KiB), whatever the tensor's size. Each numeric tensor received owns
 * its ArrayBuffer, so it can be transferred on to a codec thread without a copy.
 *
 * Frame: u32 LE header length, u32 LE 0 (reserved), the header (UTF-8 JSON: the message's own fields plus
 * `$t`, the tensors' names, dtypes, shapes and byte sizes), then each tensor's payload in header order: a
 * numeric tensor's little-endian elements; a string tensor's element lengths (u32 LE each) then its bytes.
 */
import type { Duplex } from 'node:stream';
import type { HostTensor, NumericArray } from '../tensor/host.js';
import { typedArrayFromBytes } from '../tensor/host.js';

/** A message's fields (JSON-able) and its tensors. */
export interface ChannelMessage<H = Record<string, unknown>> {
  head: H;
  tensors: Record<string, HostTensor>;
}

interface TensorEntry {
  name: string;
  dtype: HostTensor['dtype'];
  shape: number[];
  /** Payload bytes: the elements, or for strings the lengths table plus the bytes. */
  bytes: number;
  /** String tensors: number of elements (the lengths table holds this many u32). */
  strings?: number;
}

/** The tensor channel's file descriptor in a worker process (its index in fork's stdio). */
export const TENSOR_CHANNEL_FD = 4;

const PREFIX = 8;
/** Headers are small (names, dtypes, shapes); anything past this is a corrupt stream, not a message. */
const MAX_HEADER_BYTES = 16 * 1024 * 1024;

function asBuffer(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * Payloads are written in pieces of at most this size, one piece per event-loop turn. A socket pair's reader
 * drains it as fast as the sender fills it, so a single write of a 12 MB tensor is one system call that copies
 * all of it (tens of ms on a busy machine, during which the sender's event loop serves nobody).
 */
export const WRITE_PIECE_BYTES = 256 * 1024;

/** Frames waiting to go out on one stream, in order, as pieces (views of the tensors' memory). */
class FrameWriter {
  private readonly queue: Buffer[] = [];
  private writing = false;

  constructor(private readonly out: Duplex) {}

  push(pieces: Buffer[]): void {
    for (const p of pieces) {
      for (let at = 0; at < p.length; at += WRITE_PIECE_BYTES) this.queue.push(at === 0 && p.length <= WRITE_PIECE_BYTES ? p : p.subarray(at, at + WRITE_PIECE_BYTES));
    }
    if (!this.writing) this.pump();
  }

  /** Writes what fits in one piece's budget (small frames together), then yields until the socket took it. */
  private pump(): void {
    if (this.queue.length === 0 || this.out.destroyed) {
      this.writing = false;
      this.queue.length = 0;
      return;
    }
    this.writing = true;
    let bytes = 0;
    const batch: Buffer[] = [];
    while (this.queue.length > 0 && (batch.length === 0 || bytes + this.queue[0]!.length <= WRITE_PIECE_BYTES)) {
      const p = this.queue.shift()!;
      bytes += p.length;
      batch.push(p);
    }
    this.out.cork();
    for (const p of batch.slice(0, -1)) this.out.write(p);
    // setImmediate: the next piece waits for the event loop's next turn even when the write completed at once.
    this.out.write(batch[batch.length - 1]!, (err) => (err ? ((this.writing = false), (this.queue.length = 0)) : setImmediate(() => this.pump())));
    this.out.uncork();
  }
}

const writers = new WeakMap<Duplex, FrameWriter>();

/**
 * Writes one message. Numeric payloads are handed to the socket as views of the tensors' memory; the caller
 * must not change those arrays afterwards (the pool and the worker never do: a request's tensors are its own).
 * Messages go out whole and in order; a large one is spread over event-loop turns (WRITE_PIECE_BYTES).
 */
export function writeMessage(out: Duplex, head: Record<string, unknown>, tensors: Record<string, HostTensor> = {}): void {
  const entries: TensorEntry[] = [];
  const payloads: Buffer[] = [];
  for (const [name, t] of Object.entries(tensors)) {
    if (t.dtype === 'DT_STRING') {
      const items = t.data as Uint8Array[];
      const lengths = new Uint32Array(items.length);
      let total = 0;
      for (let i = 0; i < items.length; i++) total += lengths[i] = items[i]!.byteLength;
      payloads.push(asBuffer(lengths), Buffer.concat(items, total));
      entries.push({ name, dtype: t.dtype, shape: t.shape, bytes: lengths.byteLength + total, strings: items.length });
    } else {
      const data = t.data as NumericArray;
      payloads.push(asBuffer(data));
      entries.push({ name, dtype: t.dtype, shape: t.shape, bytes: data.byteLength });
    }
  }
  const header = Buffer.from(JSON.stringify({ ...head, $t: entries }));
  const prefix = Buffer.alloc(PREFIX);
  prefix.writeUInt32LE(header.length, 0);
  let w = writers.get(out);
  if (!w) writers.set(out, (w = new FrameWriter(out)));
  w.push([prefix, header, ...payloads.filter((p) => p.length > 0)]);
}

/** A payload destination: bytes still to come go to `target` at `filled`. */
interface Sink {
  target: Uint8Array;
  filled: number;
}

/**
 * Reassembles messages from a byte stream. Feed it every chunk in order; it calls `onMessage` for each complete
 * message and `onError` once if the stream is not made of frames (then it ignores the rest).
 */
export class MessageReader<H = Record<string, unknown>> {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private headerLength = -1;
  private head?: H & { $t: TensorEntry[] };
  private sinks: Sink[] = [];
  private sinkIndex = 0;
  private failed = false;

  constructor(
    private readonly onMessage: (m: ChannelMessage<H>) => void,
    private readonly onError: (err: Error) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.failed) return;
    let c = chunk;
    while (c.length > 0 || (this.head && this.sinkIndex >= this.sinks.length)) {
      if (this.head) {
        if (this.sinkIndex < this.sinks.length) {
          const s = this.sinks[this.sinkIndex]!;
          const n = Math.min(c.length, s.target.byteLength - s.filled);
          s.target.set(n === c.length ? c : c.subarray(0, n), s.filled);
          s.filled += n;
          c = c.subarray(n);
          if (s.filled === s.target.byteLength) this.skipFilled();
          continue;
        }
        this.finish();
        continue;
      }
      // Prefix and header: small, gathered from as many chunks as it takes.
      const want = this.headerLength < 0 ? PREFIX : this.headerLength;
      const n = Math.min(c.length, want - this.pendingBytes);
      this.pending.push(c.subarray(0, n));
      this.pendingBytes += n;
      c = c.subarray(n);
      if (this.pendingBytes < want) continue;
      const bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
      if (this.headerLength < 0) {
        this.headerLength = bytes.readUInt32LE(0);
        if (this.headerLength === 0 || this.headerLength > MAX_HEADER_BYTES) return this.fail(`a frame header of ${this.headerLength} bytes`);
        continue;
      }
      try {
        this.startPayload(JSON.parse(bytes.toString('utf8')) as H & { $t: TensorEntry[] });
      } catch (err) {
        return this.fail(`an unreadable frame header (${(err as Error).message})`);
      }
    }
  }

  private startPayload(head: H & { $t: TensorEntry[] }): void {
    if (!Array.isArray(head.$t)) throw new Error('no tensor table');
    this.head = head;
    this.sinks = [];
    this.sinkIndex = 0;
    for (const e of head.$t) {
      if (e.strings !== undefined) {
        // One buffer for the lengths table and the bytes; the lengths start it, 4-byte aligned.
        this.sinks.push({ target: new Uint8Array(e.bytes), filled: 0 });
      } else {
        // Its own ArrayBuffer, so the tensor can be transferred onwards whole.
        this.sinks.push({ target: new Uint8Array(new ArrayBuffer(e.bytes)), filled: 0 });
      }
    }
    this.skipFilled();
  }

  /** Moves past payloads that are complete (empty ones are complete from the start). */
  private skipFilled(): void {
    while (this.sinkIndex < this.sinks.length && this.sinks[this.sinkIndex]!.filled === this.sinks[this.sinkIndex]!.target.byteLength) this.sinkIndex++;
  }

  private finish(): void {
    const head = this.head!;
    const tensors: Record<string, HostTensor> = Object.create(null) as Record<string, HostTensor>;
    head.$t.forEach((e, i) => {
      const raw = this.sinks[i]!.target;
      if (e.strings !== undefined) {
        const lengths = new Uint32Array(raw.buffer, raw.byteOffset, e.strings);
        const items: Uint8Array[] = new Array(e.strings);
        let at = e.strings * 4;
        for (let k = 0; k < e.strings; k++) {
          items[k] = raw.subarray(at, at + lengths[k]!);
          at += lengths[k]!;
        }
        tensors[e.name] = { dtype: e.dtype, shape: e.shape, data: items };
      } else {
        tensors[e.name] = { dtype: e.dtype, shape: e.shape, data: typedArrayFromBytes(e.dtype, raw) };
      }
    });
    const { $t: _table, ...fields } = head;
    this.head = undefined;
    this.headerLength = -1;
    this.sinks = [];
    this.sinkIndex = 0;
    this.onMessage({ head: fields as unknown as H, tensors });
  }

  private fail(what: string): void {
    this.failed = true;
    this.onError(new Error(`the tensor channel carried ${what}`));
  }
}
