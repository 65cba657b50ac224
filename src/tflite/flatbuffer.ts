/**
 * A flatbuffer reader that checks every offset before it follows it. The `flatbuffers` package reads
 * whatever bytes an offset points at (out of range reads give undefined, then NaN or 0), which is right for
 * trusted buffers; a .tflite file handed to `inspect` or `serve` is not trusted, so each table, vector and
 * string is bounds-checked here, and the number of elements decoded is capped so that shared sub-tables
 * cannot turn a small file into a long walk.
 */
import { ByteBuffer } from 'flatbuffers';

/** A structural problem in the buffer, with the byte position where it was found when there is one. */
export class FlatBufferError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(at === undefined ? message : `${message} (at byte ${at})`);
    this.name = 'FlatBufferError';
  }
}

const utf8 = new TextDecoder('utf-8');

/** The bytes plus a budget of elements that reads may still decode. */
export class FlatBufferReader {
  readonly bb: ByteBuffer;
  readonly size: number;
  private budget: number;

  constructor(readonly bytes: Uint8Array) {
    this.bb = new ByteBuffer(bytes);
    this.size = bytes.byteLength;
    // Every element of a well-formed file occupies its own bytes, so a few times the file size is generous;
    // the constant covers tiny files.
    this.budget = 4 * this.size + 1_000_000;
  }

  /** Fails when a read would take `n` bytes from `at` past the end of the buffer. */
  need(at: number, n: number, what: string): void {
    if (!Number.isSafeInteger(at) || at < 0 || n < 0 || at + n > this.size) throw new FlatBufferError(`${what} runs past the end of the ${this.size}-byte file`, at);
  }

  spend(n: number, at: number): void {
    this.budget -= n;
    if (this.budget < 0) throw new FlatBufferError('the file refers to more elements than its size allows (shared or looping offsets)', at);
  }

  /** The position a uoffset stored at `at` points to. */
  follow(at: number, what: string): number {
    this.need(at, 4, what);
    const target = at + this.bb.readUint32(at);
    this.need(target, 4, what);
    return target;
  }

  /** The root table, after checking the 4-byte file identifier. */
  root(identifier: string): FlatTable {
    this.need(0, 8, 'the file header');
    const ident = String.fromCharCode(...this.bytes.subarray(4, 8));
    if (ident !== identifier) throw new FlatBufferError(`the file identifier is ${JSON.stringify(ident)}, not "${identifier}"`, 4);
    return new FlatTable(this, this.follow(0, 'the root table offset'), 'root table');
  }
}

/** One table: its fields by id, each read with its width checked against the table's inline size. */
export class FlatTable {
  private readonly vtable: number;
  private readonly vtableSize: number;
  private readonly inlineSize: number;

  constructor(
    readonly r: FlatBufferReader,
    readonly pos: number,
    readonly what: string,
  ) {
    r.spend(1, pos);
    r.need(pos, 4, what);
    const vt = pos - r.bb.readInt32(pos);
    r.need(vt, 4, `${what}'s vtable`);
    this.vtable = vt;
    this.vtableSize = r.bb.readUint16(vt);
    this.inlineSize = r.bb.readUint16(vt + 2);
    if (this.vtableSize < 4 || this.vtableSize % 2 !== 0) throw new FlatBufferError(`${what}'s vtable has size ${this.vtableSize}`, vt);
    r.need(vt, this.vtableSize, `${what}'s vtable`);
    if (this.inlineSize < 4) throw new FlatBufferError(`${what} has inline size ${this.inlineSize}`, vt);
    r.need(pos, this.inlineSize, what);
  }

  /** The field's position in the buffer, or 0 when the field is absent. */
  private field(id: number, width: number): number {
    const slot = 4 + 2 * id;
    if (slot + 2 > this.vtableSize) return 0;
    const off = this.r.bb.readUint16(this.vtable + slot);
    if (off === 0) return 0;
    if (off + width > this.inlineSize) throw new FlatBufferError(`${this.what}: field ${id} lies outside the table`, this.pos + off);
    return this.pos + off;
  }

  has(id: number): boolean {
    return this.field(id, 1) !== 0;
  }

  int8(id: number, dflt = 0): number {
    const at = this.field(id, 1);
    return at ? this.r.bb.readInt8(at) : dflt;
  }

  uint8(id: number, dflt = 0): number {
    const at = this.field(id, 1);
    return at ? this.r.bb.readUint8(at) : dflt;
  }

  bool(id: number, dflt = false): boolean {
    const at = this.field(id, 1);
    return at ? this.r.bb.readUint8(at) !== 0 : dflt;
  }

  int32(id: number, dflt = 0): number {
    const at = this.field(id, 4);
    return at ? this.r.bb.readInt32(at) : dflt;
  }

  uint32(id: number, dflt = 0): number {
    const at = this.field(id, 4);
    return at ? this.r.bb.readUint32(at) : dflt;
  }

  /** A ulong field as a number; values past 2^53 are refused rather than rounded. */
  uint64(id: number, dflt = 0): number {
    const at = this.field(id, 8);
    if (!at) return dflt;
    const v = this.r.bb.readUint64(at);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new FlatBufferError(`${this.what}: field ${id} is ${v}, too large`, at);
    return Number(v);
  }

  /** Where the offset field `id` points (a table, vector or string), or 0 when absent. */
  target(id: number, what: string): number {
    const at = this.field(id, 4);
    return at ? this.r.follow(at, `${this.what}'s ${what}`) : 0;
  }

  table(id: number, what: string): FlatTable | null {
    const t = this.target(id, what);
    return t ? new FlatTable(this.r, t, what) : null;
  }

  string(id: number, what: string): string | null {
    const t = this.target(id, what);
    if (!t) return null;
    const len = this.r.bb.readUint32(t);
    this.r.need(t + 4, len, what);
    this.r.spend(1, t);
    return utf8.decode(this.r.bytes.subarray(t + 4, t + 4 + len));
  }

  /** A vector field: the position of its first element and its length, or null when absent. */
  vector(id: number, elementSize: number, what: string): { start: number; length: number } | null {
    const t = this.target(id, what);
    if (!t) return null;
    const length = this.r.bb.readUint32(t);
    this.r.need(t + 4, length * elementSize, what);
    return { start: t + 4, length };
  }

  bytesVector(id: number, what: string): Uint8Array | null {
    const v = this.vector(id, 1, what);
    return v ? this.r.bytes.subarray(v.start, v.start + v.length) : null;
  }

  int32Vector(id: number, what: string): number[] | null {
    const v = this.vector(id, 4, what);
    if (!v) return null;
    this.r.spend(v.length, v.start);
    const out = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = this.r.bb.readInt32(v.start + 4 * i);
    return out;
  }

  float32Vector(id: number, what: string): number[] | null {
    const v = this.vector(id, 4, what);
    if (!v) return null;
    this.r.spend(v.length, v.start);
    const out = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = this.r.bb.readFloat32(v.start + 4 * i);
    return out;
  }

  /** A vector of longs as numbers (zero points, which are small in practice); past 2^53 is refused. */
  int64Vector(id: number, what: string): number[] | null {
    const v = this.vector(id, 8, what);
    if (!v) return null;
    this.r.spend(v.length, v.start);
    const out = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = this.r.bb.readInt64(v.start + 8 * i);
      if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < BigInt(Number.MIN_SAFE_INTEGER)) throw new FlatBufferError(`${what}[${i}] is ${x}, too large`, v.start + 8 * i);
      out[i] = Number(x);
    }
    return out;
  }

  /** A vector of tables; each element is a uoffset relative to its own position. */
  tableVector(id: number, what: string): FlatTable[] {
    const v = this.vector(id, 4, what);
    if (!v) return [];
    this.r.spend(v.length, v.start);
    const out = new Array<FlatTable>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = new FlatTable(this.r, this.r.follow(v.start + 4 * i, `${what}[${i}]`), `${what}[${i}]`);
    return out;
  }
}
