/**
 * Numeric tensors straight from request bytes. `JSON.parse` of a TF Serving body builds one boxed number (and,
 * for row-format instances, one array) per element before anything reaches a typed array: a 30 MB body becomes
 * hundreds of MB of short-lived heap, and the garbage collector's work on it competes with every other request.
 * This scanner reads the common shape of a request (a top-level object whose tensor values are regular nested
 * lists of numbers) directly from the UTF-8 bytes into a Float64Array, and gives up, returning undefined, on
 * anything else: the caller then parses the body the ordinary way (json-parse.ts), so every unusual request,
 * malformed or not, gets exactly the answer and the error it got before.
 *
 * Numbers are the same doubles `Number()` gives (and `JSON.parse`): a literal of at most 15 significant digits
 * with a decimal exponent within ±22 is `m × 10^e` or `m / 10^e` with both operands exact, one correctly rounded
 * IEEE operation (Clinger's fast path); any other literal goes through `Number()` itself. TF Serving's NaN,
 * Infinity and -Infinity tokens are read as those values. Integer literals of 16 or more digits (exact int64
 * values past 2^53), exponents of three digits, strings, booleans, nulls, objects, empty or ragged lists and
 * nesting deeper than TensorFlow's maximum rank are left to the ordinary parser.
 */
import { MAX_RANK } from './limits.js';

/**
 * A regular nested list of numbers, as its shape and its values in row-major order. Literals of 16 to 19
 * significant digits (what Python's json.dumps writes for random floats) are read in a few exact-or-nearly
 * operations, within a relative ~1e-15 of their value, and kept with where their text lies: `exact()` gives every
 * value as `Number()` reads its text; `float32()` gives every value as `Math.fround(Number(text))`, reading the
 * text again only for the values that lie so close to the midpoint between two float32s that the approximation
 * could round them the other way (the approximation is within ~1e-15 of the value; the margin is 4e-15).
 */
export class PackedNumbers {
  constructor(
    readonly shape: number[],
    private readonly values: Float64Array,
    /** Triples (index, start, end) of the values read approximately, with their text's bytes in `source`. */
    private readonly inexact: Int32Array,
    private readonly source: Uint8Array,
  ) {}

  get length(): number {
    return this.values.length;
  }

  private text(k: number): number {
    const start = this.inexact[k + 1]!;
    return Number(Buffer.from(this.source.buffer, this.source.byteOffset + start, this.inexact[k + 2]! - start).toString('latin1'));
  }

  /** Every value, the double `Number()` reads from its literal. */
  exact(): Float64Array {
    const out = this.values.slice();
    for (let k = 0; k < this.inexact.length; k += 3) out[this.inexact[k]!] = this.text(k);
    return out;
  }

  /** Every value as float32 (`Math.fround` of the exact double). */
  float32(): Float32Array {
    const out = new Float32Array(this.values);
    for (let k = 0; k < this.inexact.length; k += 3) {
      const i = this.inexact[k]!;
      if (!float32Safe(this.values[i]!, out[i]!)) out[i] = this.text(k);
    }
    return out;
  }
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * Whether `f = fround(d)` is also fround of every double within a relative 4e-15 of `d`: `d` is farther than that
 * from the midpoints between f and its float32 neighbours (midpoints are exact doubles; ties are the exact path's).
 */
function float32Safe(d: number, f: number): boolean {
  const a = Math.abs(f);
  if (!(a >= 1.1754943508222875e-38) || a > 3.4e38) return false;
  f32[0] = a;
  const bits = u32[0]!;
  u32[0] = bits + 1;
  const up = f32[0];
  u32[0] = bits - 1;
  const down = f32[0];
  const ad = Math.abs(d);
  const margin = ad * 4e-15;
  return Math.abs(ad - (a + up) / 2) > margin && Math.abs(ad - (a + down) / 2) > margin;
}

export function isPacked(v: unknown): v is PackedNumbers {
  return v instanceof PackedNumbers;
}

const POW10 = Array.from({ length: 23 }, (_, i) => Math.pow(10, i));

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Thrown inside the scanner to give up; never escapes it. */
const GIVE_UP = Symbol('give up');

class Scanner {
  i = 0;
  private values = new Float64Array(1024);
  private count = 0;
  private inexact = new Int32Array(96);
  private inexactCount = 0;

  constructor(private readonly b: Uint8Array) {}

  fail(): never {
    throw GIVE_UP;
  }

  ws(): void {
    const b = this.b;
    while (this.i < b.length && isWs(b[this.i]!)) this.i++;
  }

  peek(): number {
    return this.i < this.b.length ? this.b[this.i]! : -1;
  }

  expect(c: number): void {
    this.ws();
    if (this.peek() !== c) this.fail();
    this.i++;
  }

  /** A string without escapes or control characters (keys, names, datatypes), else give up. */
  string(): string {
    this.ws();
    const b = this.b;
    if (b[this.i] !== 0x22) this.fail();
    const start = ++this.i;
    while (this.i < b.length) {
      const c = b[this.i]!;
      if (c === 0x22) break;
      if (c === 0x5c || c < 0x20) this.fail();
      this.i++;
    }
    if (this.i >= b.length) this.fail();
    const s = Buffer.from(b.buffer, b.byteOffset + start, this.i - start).toString('utf8');
    this.i++;
    return s;
  }

  /** Members of an object, each handed to `member` with the scanner placed at its value; duplicate keys give up. */
  object(member: (key: string) => void): void {
    this.expect(0x7b);
    const seen = new Set<string>();
    this.ws();
    if (this.peek() === 0x7d) {
      this.i++;
      return;
    }
    for (;;) {
      const key = this.string();
      if (seen.has(key)) this.fail();
      seen.add(key);
      this.expect(0x3a);
      this.ws();
      member(key);
      this.ws();
      const c = this.peek();
      this.i++;
      if (c === 0x7d) return;
      if (c !== 0x2c) this.fail();
    }
  }

  /** Elements of a list, each handed to `element` with the scanner placed at it. */
  list(element: (index: number) => void): void {
    this.expect(0x5b);
    this.ws();
    if (this.peek() === 0x5d) {
      this.i++;
      return;
    }
    for (let k = 0; ; k++) {
      this.ws();
      element(k);
      this.ws();
      const c = this.peek();
      this.i++;
      if (c === 0x5d) return;
      if (c !== 0x2c) this.fail();
    }
  }

  /** A list of small non-negative integers (a V2 shape), else give up. */
  dims(): number[] {
    const out: number[] = [];
    this.list(() => {
      const before = this.inexactCount;
      const v = this.number();
      if (!Number.isSafeInteger(v) || v < 0 || this.inexactCount !== before) this.fail();
      out.push(v);
    });
    return out;
  }

  /** One number literal (JSON's grammar, plus TF Serving's NaN / Infinity / -Infinity tokens). */
  number(): number {
    const b = this.b;
    const n = b.length;
    const start = this.i;
    let i = this.i;
    let neg = false;
    if (b[i] === 0x2d) {
      neg = true;
      i++;
    }
    const c0 = b[i];
    if (c0 === 0x49) {
      if (!this.word(i, 'Infinity')) this.fail();
      this.i = i + 8;
      return neg ? -Infinity : Infinity;
    }
    if (c0 === 0x4e) {
      if (neg || !this.word(i, 'NaN')) this.fail();
      this.i = i + 3;
      return NaN;
    }
    let m = 0;
    let sig = 0;
    let exp10 = 0;
    let intDigits = 0;
    if (c0 === 0x30) {
      i++;
      intDigits = 1;
    } else if (c0 !== undefined && c0 >= 0x31 && c0 <= 0x39) {
      while (i < n && isDigit(b[i]!)) {
        if (sig < 19) m = m * 10 + (b[i]! - 0x30);
        else exp10++;
        sig++;
        intDigits++;
        i++;
      }
    } else this.fail();
    let integer = true;
    if (b[i] === 0x2e) {
      integer = false;
      i++;
      const f = i;
      while (i < n && isDigit(b[i]!)) {
        const d = b[i]! - 0x30;
        if (sig > 0 || d !== 0) {
          if (sig < 19) {
            m = m * 10 + d;
            exp10--;
          }
          sig++;
        } else exp10--;
        i++;
      }
      if (i === f) this.fail();
    }
    const e = b[i];
    if (e === 0x65 || e === 0x45) {
      integer = false;
      i++;
      let eneg = false;
      if (b[i] === 0x2b || b[i] === 0x2d) eneg = b[i++] === 0x2d;
      const d = i;
      let x = 0;
      while (i < n && isDigit(b[i]!)) x = x * 10 + (b[i++]! - 0x30);
      // No digits is malformed; three or more is where 1e400's "number too big" lives: the ordinary parser's.
      if (i === d || i - d > 2) this.fail();
      exp10 += eneg ? -x : x;
    }
    // Sixteen or more integer digits may be an exact int64 past 2^53: the ordinary parser keeps those.
    if (integer && intDigits >= 16) this.fail();
    this.i = i;
    let v: number;
    if (sig <= 15 && exp10 >= -22 && exp10 <= 22) v = exp10 >= 0 ? m * POW10[exp10]! : m / POW10[-exp10]!;
    else if (sig <= 19 && exp10 >= -22 && exp10 <= 22) {
      // m took at most four inexact steps (each within 2^-53) and the scaling one more: within 1e-15 of the
      // literal's value. Marked so that exact() and float32() can read it again when that matters.
      this.approximate(start, i);
      v = exp10 >= 0 ? m * POW10[exp10]! : m / POW10[-exp10]!;
    } else {
      v = Number(Buffer.from(b.buffer, b.byteOffset + start, i - start).toString('latin1'));
      if (!Number.isFinite(v)) this.fail();
      return v;
    }
    return neg ? -v : v;
  }

  private word(at: number, w: string): boolean {
    for (let k = 0; k < w.length; k++) if (this.b[at + k] !== w.charCodeAt(k)) return false;
    return true;
  }

  /** Notes that the value about to be pushed was read approximately from bytes [start, end). */
  private approximate(start: number, end: number): void {
    if (this.inexactCount + 3 > this.inexact.length) {
      const grown = new Int32Array(this.inexact.length * 2);
      grown.set(this.inexact);
      this.inexact = grown;
    }
    this.inexact[this.inexactCount++] = this.count;
    this.inexact[this.inexactCount++] = start;
    this.inexact[this.inexactCount++] = end;
  }

  private push(v: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = v;
  }

  /**
   * A regular nested list of numbers: every list at one depth has the same length, every leaf is at the same
   * depth, no list is empty. Gives up on anything else.
   */
  numbers(): PackedNumbers {
    this.ws();
    // The number of levels: the '[' before the first leaf.
    let levels = 0;
    for (let j = this.i; j < this.b.length; j++) {
      const c = this.b[j]!;
      if (c === 0x5b) {
        if (++levels > MAX_RANK) this.fail();
      } else if (!isWs(c)) break;
    }
    if (levels === 0) this.fail();
    // One pass, no recursion: open lists down to the leaves, read a number, then close lists (checking each
    // one's length against the first of its level) until a comma says another element follows.
    const b = this.b;
    const shape: number[] = new Array<number>(levels).fill(-1);
    const counts: number[] = new Array<number>(levels).fill(0);
    this.count = 0;
    this.inexactCount = 0;
    let d = 0;
    for (;;) {
      this.ws();
      while (d < levels) {
        if (b[this.i] !== 0x5b) this.fail();
        this.i++;
        counts[d++] = 0;
        this.ws();
      }
      if (b[this.i] === 0x5b) this.fail();
      this.push(this.number());
      for (;;) {
        this.ws();
        counts[d - 1]!++;
        const c = b[this.i++];
        if (c === 0x2c) break;
        if (c !== 0x5d) this.fail();
        const k = counts[d - 1]!;
        if (shape[d - 1] === -1) shape[d - 1] = k;
        else if (shape[d - 1] !== k) this.fail();
        if (--d === 0) return new PackedNumbers(shape, this.values.slice(0, this.count), this.inexact.slice(0, this.inexactCount), this.b);
      }
    }
  }

  end(): void {
    this.ws();
    if (this.i !== this.b.length) this.fail();
  }
}

function attempt<T>(bytes: Uint8Array, read: (s: Scanner) => T): T | undefined {
  const s = new Scanner(bytes);
  try {
    const v = read(s);
    s.end();
    return v;
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
}

const record = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/**
 * A TF Serving :predict body of the common form: `{"instances": L}` or `{"inputs": L}` with L a regular nested
 * list of numbers, and optionally `"signature_name": "..."`. The result has the shape the ordinary parser
 * gives (a null-prototype object), with L as PackedNumbers; undefined for any other body.
 */
export function scanPredictBody(bytes: Uint8Array): Record<string, unknown> | undefined {
  return attempt(bytes, (s) => {
    const body = record();
    s.object((key) => {
      if (key === 'signature_name') body[key] = s.string();
      else if (key === 'instances' || key === 'inputs') body[key] = s.numbers();
      else s.fail();
    });
    if (!('instances' in body) && !('inputs' in body)) s.fail();
    return body;
  });
}

/**
 * A KServe V2 /infer JSON body of the common form: `{"id"?: "...", "inputs": [{"name", "datatype", "shape",
 * "data"}, ...]}` with each `data` a regular nested list of numbers (PackedNumbers); undefined for any other body
 * (parameters, outputs, binary data, strings, booleans: the ordinary parser's).
 */
export function scanInferBody(bytes: Uint8Array): Record<string, unknown> | undefined {
  return attempt(bytes, (s) => {
    const body = record();
    s.object((key) => {
      if (key === 'id') body[key] = s.string();
      else if (key === 'inputs') {
        const inputs: unknown[] = [];
        s.list(() => {
          const input = record();
          s.object((k) => {
            if (k === 'name' || k === 'datatype') input[k] = s.string();
            else if (k === 'shape') input[k] = s.dims();
            else if (k === 'data') input[k] = s.numbers();
            else s.fail();
          });
          inputs.push(input);
        });
        body[key] = inputs;
      } else s.fail();
    });
    if (!('inputs' in body)) s.fail();
    return body;
  });
}
