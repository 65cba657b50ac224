/**
 * JSON as TF Serving reads it (RapidJSON with NaN/Infinity allowed), where JavaScript's JSON.parse falls short:
 * - the bare tokens `NaN`, `Infinity` and `-Infinity` are numbers (api_rest.md documents them, and TF Serving
 *   writes them in its own answers);
 * - integers beyond 2^53 keep every digit (as a bigint), so int64 inputs such as 2^63 − 1 arrive exactly;
 * - with `numbers: 'lossless'`, every number comes as a JsonNumber that remembers its spelling, because TF
 *   Serving types tf.Example features by it: `2.0` is a float, `2` an int64.
 * Objects have no prototype, so a key like "__proto__" stays an ordinary key. Nesting is bounded and the parser
 * never recurses, so deep input cannot overflow the stack.
 */

/** A number as written in the JSON text. */
export class JsonNumber {
  constructor(
    readonly text: string,
    readonly value: number,
    /** Written without a fraction or exponent (`2`, `-7`), as RapidJSON's IsInt64 sees it. */
    readonly integer: boolean,
  ) {}

  /** The exact integer (integers only). */
  bigint(): bigint {
    return BigInt(this.text);
  }
}

export class JsonSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
  }
}

export interface JsonParseOptions {
  /** 'plain' (default): numbers, or bigints for integers past 2^53. 'lossless': JsonNumber for every number. */
  numbers?: 'plain' | 'lossless';
  /** Deepest nesting allowed (default 10,000). */
  maxDepth?: number;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const WS = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

type Container = { kind: 'array'; value: unknown[] } | { kind: 'object'; value: Record<string, unknown>; key: string | undefined };

/** Parses JSON text (or its UTF-8 bytes) with TF Serving's extensions; throws JsonSyntaxError. */
export function parseJson(input: string | Uint8Array, options: JsonParseOptions = {}): unknown {
  const s = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  const lossless = options.numbers === 'lossless';
  const maxDepth = options.maxDepth ?? 10_000;
  let i = 0;
  const n = s.length;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, i);
  };
  const skip = (): void => {
    while (i < n && WS(s.charCodeAt(i))) i++;
  };

  const number = (): unknown => {
    const start = i;
    if (s.charCodeAt(i) === 0x2d) i++;
    if (s.startsWith('Infinity', i)) {
      i += 8;
      const v = start === i - 9 ? -Infinity : Infinity;
      return lossless ? new JsonNumber(s.slice(start, i), v, false) : v;
    }
    const intStart = i;
    if (s.charCodeAt(i) === 0x30) i++;
    else if (s.charCodeAt(i) >= 0x31 && s.charCodeAt(i) <= 0x39) while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
    else fail('expected a digit');
    const intDigits = i - intStart;
    let integer = true;
    if (s.charCodeAt(i) === 0x2e) {
      integer = false;
      i++;
      const f = i;
      while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
      if (i === f) fail('expected a digit after the decimal point');
    }
    const e = s.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      const d = i;
      while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
      if (i === d) fail('expected a digit in the exponent');
    }
    const text = s.slice(start, i);
    const value = Number(text);
    // RapidJSON refuses a literal past the double range (1e400); the Infinity token is the way to say it.
    if (!Number.isFinite(value)) {
      i = start;
      fail('number too big for a double');
    }
    if (lossless) return new JsonNumber(text, value, integer);
    // Only long integers can be past 2^53; keep them exact.
    if (integer && intDigits >= 16) {
      const big = BigInt(text);
      if (big > MAX_SAFE || big < -MAX_SAFE) return big;
    }
    return value;
  };

  const string = (): string => {
    // s[i] is the opening quote.
    i++;
    let out = '';
    let run = i;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        out += s.slice(run, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in a string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(run, i);
      const esc = s.charCodeAt(i + 1);
      i += 2;
      switch (esc) {
        case 0x22: out += '"'; break;
        case 0x5c: out += '\\'; break;
        case 0x2f: out += '/'; break;
        case 0x62: out += '\b'; break;
        case 0x66: out += '\f'; break;
        case 0x6e: out += '\n'; break;
        case 0x72: out += '\r'; break;
        case 0x74: out += '\t'; break;
        case 0x75: {
          const hex = s.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          i -= 1;
          fail('bad escape');
      }
      run = i;
    }
  };

  const literal = (word: string, value: unknown): unknown => {
    if (!s.startsWith(word, i)) fail('unexpected token');
    i += word.length;
    return value;
  };

  /** A scalar, or undefined after pushing a new container. */
  const stack: Container[] = [];
  const open = (c: Container): void => {
    if (stack.length >= maxDepth) fail(`nested more than ${maxDepth} levels deep`);
    stack.push(c);
  };
  const value = (): { v: unknown } | undefined => {
    skip();
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x7b: // {
        i++;
        open({ kind: 'object', value: Object.create(null) as Record<string, unknown>, key: undefined });
        return undefined;
      case 0x5b: // [
        i++;
        open({ kind: 'array', value: [] });
        return undefined;
      case 0x22:
        return { v: string() };
      case 0x74:
        return { v: literal('true', true) };
      case 0x66:
        return { v: literal('false', false) };
      case 0x6e:
        return { v: literal('null', null) };
      case 0x4e: // NaN
        literal('NaN', NaN);
        return { v: lossless ? new JsonNumber('NaN', NaN, false) : NaN };
      default:
        if (c === 0x2d || c === 0x49 || (c >= 0x30 && c <= 0x39)) return { v: number() };
        return fail(i >= n ? 'unexpected end of input' : 'unexpected token');
    }
  };

  let result: unknown;
  let done = false;
  /** Puts a finished value into the innermost container, or makes it the result. */
  const emit = (v: unknown): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      result = v;
      done = true;
    } else if (top.kind === 'array') top.value.push(v);
    else {
      // Own data property even for "__proto__" (the object has no prototype anyway).
      top.value[top.key!] = v;
      top.key = undefined;
    }
  };

  // Each turn: either start a value, or (inside a container) handle the separator / end / key.
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') {
        skip();
        if (s.charCodeAt(i) !== 0x22) fail('expected a string key');
        top.key = string();
        skip();
        if (s.charCodeAt(i) !== 0x3a) fail('expected ":"');
        i++;
      }
      const r = value();
      if (r) {
        emit(r.v);
        expectValue = false;
      } else {
        // A new container: empty ones close at once.
        skip();
        const close = stack[stack.length - 1]!.kind === 'array' ? 0x5d : 0x7d;
        if (s.charCodeAt(i) === close) {
          i++;
          emit(stack.pop()!.value);
          expectValue = false;
        }
      }
      if (done) break;
      continue;
    }
    skip();
    const top = stack[stack.length - 1]!;
    const c = s.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      expectValue = true;
    } else if ((c === 0x5d && top.kind === 'array') || (c === 0x7d && top.kind === 'object')) {
      i++;
      emit(stack.pop()!.value);
      if (done) break;
    } else fail(top.kind === 'array' ? 'expected "," or "]"' : 'expected "," or "}"');
  }
  skip();
  if (i < n) fail('unexpected data after the JSON value');
  return result;
}

/** JSON.parse when it can give the same answer (no NaN/Infinity tokens, no integers past 2^53), else parseJson. */
export function parseJsonFast(text: string): unknown {
  if (!/\d{16}|[eE][+-]?\d{3}|NaN|Infinity/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through: parseJson gives the position and the reason
    }
  }
  return parseJson(text);
}
