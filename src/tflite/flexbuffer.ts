/**
 * A bounds-checked reader for the one FlexBuffer shape TFLite metadata uses: a map from string keys to
 * string or blob values (`signature_defs_metadata`: SignatureDef key → serialized tensorflow.SignatureDef,
 * written by tensorflow/lite/tools/signature/signature_def_util.cc). Values come back as raw bytes, since a
 * serialized proto is not text. Every offset is checked; a malformed buffer throws FlexBufferError.
 */

export class FlexBufferError extends Error {}

// FlexBuffers value types (flexbuffers.h: FBT_*).
const FBT_KEY = 4;
const FBT_STRING = 5;
const FBT_MAP = 9;
const FBT_BLOB = 25;

class View {
  private readonly dv: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  uint(at: number, width: number, what: string): number {
    if (!(width === 1 || width === 2 || width === 4 || width === 8)) throw new FlexBufferError(`${what}: byte width ${width}`);
    if (at < 0 || at + width > this.bytes.length) throw new FlexBufferError(`${what}: offset ${at} is outside the ${this.bytes.length}-byte buffer`);
    if (width === 1) return this.dv.getUint8(at);
    if (width === 2) return this.dv.getUint16(at, true);
    if (width === 4) return this.dv.getUint32(at, true);
    const v = this.dv.getBigUint64(at, true);
    if (v > BigInt(this.bytes.length)) throw new FlexBufferError(`${what}: value ${v} is past the buffer`);
    return Number(v);
  }

  /** The target of an offset stored at `at` (offsets point backwards). */
  indirect(at: number, width: number, what: string): number {
    const target = at - this.uint(at, width, what);
    if (target < 0 || target >= this.bytes.length) throw new FlexBufferError(`${what}: points outside the buffer`);
    return target;
  }

  /** A NUL-terminated key starting at `at`. */
  key(at: number, what: string): string {
    const end = this.bytes.indexOf(0, at);
    if (at < 0 || end < 0) throw new FlexBufferError(`${what}: unterminated key`);
    return new TextDecoder('utf-8', { fatal: false }).decode(this.bytes.subarray(at, end));
  }

  slice(at: number, length: number, what: string): Uint8Array {
    if (at < 0 || length < 0 || at + length > this.bytes.length) throw new FlexBufferError(`${what}: ${length} bytes at ${at} run past the buffer`);
    return this.bytes.subarray(at, at + length);
  }
}

/** Reads a FlexBuffer whose root is a map of string/blob values. */
export function readFlexStringMap(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length < 3) throw new FlexBufferError(`a ${bytes.length}-byte buffer is too short for a FlexBuffer`);
  const v = new View(bytes);
  const rootWidth = v.uint(bytes.length - 1, 1, 'root width');
  const packed = v.uint(bytes.length - 2, 1, 'root type');
  const rootAt = bytes.length - 2 - rootWidth;
  if ((packed >> 2) !== FBT_MAP) throw new FlexBufferError(`the root is FlexBuffer type ${packed >> 2}, not a map`);
  const width = 1 << (packed & 3);
  const map = v.indirect(rootAt, rootWidth, 'root map');
  const size = v.uint(map - width, width, 'map size');
  if (size > bytes.length) throw new FlexBufferError(`a map of ${size} entries in ${bytes.length} bytes`);
  const keysAt = v.indirect(map - 3 * width, width, 'map keys');
  const keyWidth = v.uint(map - 2 * width, width, 'map key width');
  const typesAt = map + size * width;
  v.slice(typesAt, size, 'map value types');
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < size; i++) {
    const key = v.key(v.indirect(keysAt + i * keyWidth, keyWidth, `key ${i}`), `key ${i}`);
    const type = v.uint(typesAt + i, 1, `value ${i} type`);
    const t = type >> 2;
    if (t !== FBT_STRING && t !== FBT_BLOB && t !== FBT_KEY) throw new FlexBufferError(`value "${key}" is FlexBuffer type ${t}, not a string or blob`);
    const at = v.indirect(map + i * width, width, `value "${key}"`);
    if (t === FBT_KEY) {
      out.set(key, new TextEncoder().encode(v.key(at, `value "${key}"`)));
      continue;
    }
    // Strings and blobs: the length sits before the bytes, in the width the value's packed type gives.
    const elemWidth = 1 << (type & 3);
    out.set(key, v.slice(at, v.uint(at - elemWidth, elemWidth, `value "${key}" length`), `value "${key}"`));
  }
  return out;
}
