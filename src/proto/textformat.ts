/**
 * A protobuf text-format parser (the `.pbtxt` form of SavedModels and TF Serving's config files), driven by
 * protobufjs reflection. It returns a plain object in protobufjs' `fromObject` form, so callers turn it into
 * the same static message classes the binary decoder produces.
 */
import type { Enum, Field, Type } from 'protobufjs';
import { lookupType } from './reflect.js';

export class TextFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

type Token =
  | { kind: 'ident'; text: string; line: number; col: number }
  | { kind: 'number'; text: string; line: number; col: number }
  | { kind: 'string'; bytes: Uint8Array; line: number; col: number }
  | { kind: 'punct'; text: string; line: number; col: number }
  | { kind: 'eof'; line: number; col: number };

const PUNCT = new Set(['{', '}', '<', '>', '[', ']', ':', ',', ';', '/', '.']);
// Sticky regexes match at an offset without slicing the rest of the input for every token.
const NUMBER_RE = /-?(?:0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[fF]?|[a-zA-Z]+)/y;
const IDENT_RE = /[A-Za-z_][A-Za-z0-9_]*/y;
const OCTAL_RE = /[0-7]{1,3}/y;
const HEX_RE = /[0-9a-fA-F]{1,2}/y;

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

class Lexer {
  private pos = 0;
  private line = 1;
  private col = 1;
  private peeked: Token | undefined;

  constructor(private readonly src: string) {}

  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): Token {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  fail(message: string, t: { line: number; col: number } = this.peek()): never {
    throw new TextFormatError(message, t.line, t.col);
  }

  private advance(n = 1): void {
    for (let i = 0; i < n; i++) {
      if (this.src[this.pos] === '\n') {
        this.line++;
        this.col = 1;
      } else this.col++;
      this.pos++;
    }
  }

  private read(): Token {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) return { kind: 'eof', line: this.line, col: this.col };
      if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.advance();
      } else if (/\s/.test(c)) this.advance();
      else break;
    }
    const line = this.line;
    const col = this.col;
    const c = s[this.pos]!;
    if (c === '"' || c === "'") return { kind: 'string', bytes: this.readString(c), line, col };
    if (/[0-9]/.test(c) || ((c === '-' || c === '.') && /[0-9.a-zA-Z]/.test(s[this.pos + 1] ?? ''))) {
      const m = matchAt(NUMBER_RE, s, this.pos);
      if (m && m[0] !== '-') {
        this.advance(m[0].length);
        return /^-?[a-zA-Z]/.test(m[0]) ? { kind: 'ident', text: m[0], line, col } : { kind: 'number', text: m[0], line, col };
      }
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = matchAt(IDENT_RE, s, this.pos)!;
      this.advance(m[0].length);
      return { kind: 'ident', text: m[0], line, col };
    }
    if (PUNCT.has(c)) {
      this.advance();
      return { kind: 'punct', text: c, line, col };
    }
    this.fail(`unexpected character ${JSON.stringify(c)}`, { line, col });
  }

  /** C-style escapes, including octal and hex byte escapes; the result is raw bytes. */
  private readString(quote: string): Uint8Array {
    const s = this.src;
    const out: number[] = [];
    const start = { line: this.line, col: this.col };
    this.advance();
    const enc = new TextEncoder();
    for (;;) {
      const c = s[this.pos];
      if (c === undefined || c === '\n') this.fail('unterminated string', start);
      if (c === quote) {
        this.advance();
        return Uint8Array.from(out);
      }
      if (c === '\\') {
        const e = s[this.pos + 1];
        const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, "'": 39, '"': 34, '?': 63 };
        if (e !== undefined && e in simple) {
          out.push(simple[e]!);
          this.advance(2);
        } else if (e !== undefined && /[0-7]/.test(e)) {
          const m = matchAt(OCTAL_RE, s, this.pos + 1)!;
          out.push(parseInt(m[0], 8) & 0xff);
          this.advance(1 + m[0].length);
        } else if (e === 'x' || e === 'X') {
          const m = matchAt(HEX_RE, s, this.pos + 2);
          if (!m) this.fail('bad \\x escape');
          out.push(parseInt(m[0], 16));
          this.advance(2 + m[0].length);
        } else this.fail(`unknown escape \\${e ?? ''}`);
        continue;
      }
      const cp = s.codePointAt(this.pos)!;
      if (cp < 0x80) {
        out.push(cp);
        this.advance();
        continue;
      }
      const ch = String.fromCodePoint(cp);
      out.push(...enc.encode(ch));
      this.advance(ch.length);
    }
  }
}

const INT_TYPES = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const FLOAT_TYPES = new Set(['float', 'double']);

function fieldByTextName(type: Type, name: string): Field | undefined {
  // Text format uses the .proto names (snake_case); protobufjs reflection stores camelCase plus protoName.
  return type.fieldsArray.find((f) => (f.options?.['proto_name'] as string | undefined) === name || (f as Field & { protoName?: string }).protoName === name || f.name === name);
}

export interface TextFormatOptions {
  /**
   * Skip fields the schema does not know. mdeploy's .proto files are subsets, so a SavedModel .pbtxt is
   * read this way; config files are not, so a misspelled field is an error there.
   */
  allowUnknownFields?: boolean;
}

/** Nesting deeper than this is refused (protobuf's own text parser stops at 100), not left to overflow the stack. */
const MAX_DEPTH = 100;

class Parser {
  private depth = 0;

  constructor(
    private readonly lex: Lexer,
    private readonly options: TextFormatOptions,
  ) {}

  message(type: Type, close: string | undefined): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    for (;;) {
      const t = this.lex.peek();
      if (t.kind === 'eof') {
        if (close) this.lex.fail(`expected "${close}" before the end of the input`);
        return obj;
      }
      if (t.kind === 'punct' && t.text === close) {
        this.lex.next();
        return obj;
      }
      this.field(type, obj);
      const sep = this.lex.peek();
      if (sep.kind === 'punct' && (sep.text === ',' || sep.text === ';')) this.lex.next();
    }
  }

  private field(type: Type, obj: Record<string, unknown>): void {
    const t = this.lex.next();
    if (t.kind === 'punct' && t.text === '[') {
      // An extension or an expanded Any: mdeploy reads neither, so skip its value.
      let depth = 1;
      while (depth > 0) {
        const n = this.lex.next();
        if (n.kind === 'eof') this.lex.fail('unterminated [extension] name', t);
        if (n.kind === 'punct' && n.text === '[') depth++;
        if (n.kind === 'punct' && n.text === ']') depth--;
      }
      this.skipValue();
      return;
    }
    if (t.kind !== 'ident') this.lex.fail('expected a field name', t);
    const field = fieldByTextName(type, t.text);
    if (!field) {
      if (this.options.allowUnknownFields) {
        this.skipValue();
        return;
      }
      this.lex.fail(`${type.name} has no field "${t.text}"`, t);
    }
    field.resolve();
    const colon = this.lex.peek();
    if (colon.kind === 'punct' && colon.text === ':') this.lex.next();

    const values: unknown[] = [];
    const nxt = this.lex.peek();
    if (nxt.kind === 'punct' && nxt.text === '[') {
      this.lex.next();
      for (;;) {
        const p = this.lex.peek();
        if (p.kind === 'punct' && p.text === ']') {
          this.lex.next();
          break;
        }
        values.push(this.value(field));
        const sep = this.lex.peek();
        if (sep.kind === 'punct' && sep.text === ',') this.lex.next();
        else if (!(sep.kind === 'punct' && sep.text === ']')) this.lex.fail('expected "," or "]" in a list');
      }
      if (!field.repeated && !field.map) this.lex.fail(`"${t.text}" is not a repeated field`, t);
    } else {
      values.push(this.value(field));
    }

    if (field.map) {
      const map = (obj[field.name] ??= {}) as Record<string, unknown>;
      for (const v of values) {
        const entry = v as { key?: unknown; value?: unknown };
        map[String(entry.key ?? '')] = entry.value ?? {};
      }
    } else if (field.repeated) {
      ((obj[field.name] ??= []) as unknown[]).push(...values);
    } else {
      obj[field.name] = values[values.length - 1];
    }
  }

  private value(field: Field): unknown {
    if (field.map) {
      // A map entry is written as a message with "key" and "value" fields.
      const open = this.lex.next();
      if (!(open.kind === 'punct' && (open.text === '{' || open.text === '<'))) this.lex.fail('expected "{" for a map entry', open);
      const close = open.text === '{' ? '}' : '>';
      const entry: Record<string, unknown> = {};
      for (;;) {
        const n = this.lex.peek();
        if (n.kind === 'punct' && n.text === close) {
          this.lex.next();
          break;
        }
        const name = this.lex.next();
        if (name.kind !== 'ident' || (name.text !== 'key' && name.text !== 'value')) this.lex.fail('a map entry has only "key" and "value"', name);
        const c = this.lex.peek();
        if (c.kind === 'punct' && c.text === ':') this.lex.next();
        if (name.text === 'key') entry['key'] = this.scalar((field as Field & { keyType: string }).keyType, undefined);
        else entry['value'] = this.scalarOrMessage(field.type, field.resolvedType as Type | Enum | null);
        const sep = this.lex.peek();
        if (sep.kind === 'punct' && (sep.text === ',' || sep.text === ';')) this.lex.next();
      }
      return entry;
    }
    return this.scalarOrMessage(field.type, field.resolvedType as Type | Enum | null);
  }

  private scalarOrMessage(typeName: string, resolved: Type | Enum | null): unknown {
    if (resolved && 'fieldsArray' in resolved) {
      const open = this.lex.next();
      if (!(open.kind === 'punct' && (open.text === '{' || open.text === '<'))) this.lex.fail(`expected "{" to open a ${resolved.name}`, open);
      if (++this.depth > MAX_DEPTH) this.lex.fail(`messages nested more than ${MAX_DEPTH} deep`, open);
      const m = this.message(resolved, open.text === '{' ? '}' : '>');
      this.depth--;
      return m;
    }
    return this.scalar(typeName, resolved as Enum | null);
  }

  private scalar(typeName: string, enumType: Enum | null | undefined): unknown {
    const t = this.lex.next();
    if (enumType) {
      if (t.kind === 'ident' && t.text in enumType.values) return t.text;
      if (t.kind === 'number' && /^-?\d+$/.test(t.text)) return Number(t.text);
      this.lex.fail(`expected a ${enumType.name} value`, t);
    }
    if (typeName === 'string' || typeName === 'bytes') {
      if (t.kind !== 'string') this.lex.fail(`expected a quoted ${typeName}`, t);
      const parts = [t.bytes];
      for (let p = this.lex.peek(); p.kind === 'string'; p = this.lex.peek()) parts.push((this.lex.next() as { bytes: Uint8Array }).bytes);
      const bytes = parts.length === 1 ? parts[0]! : Uint8Array.from(parts.flatMap((b) => [...b]));
      return typeName === 'string' ? new TextDecoder().decode(bytes) : bytes;
    }
    if (typeName === 'bool') {
      if (t.kind === 'ident' && (t.text === 'true' || t.text === 't' || t.text === 'True')) return true;
      if (t.kind === 'ident' && (t.text === 'false' || t.text === 'f' || t.text === 'False')) return false;
      if (t.kind === 'number' && (t.text === '0' || t.text === '1')) return t.text === '1';
      this.lex.fail('expected true or false', t);
    }
    if (INT_TYPES.has(typeName)) {
      if (t.kind !== 'number' || !/^-?(0[xX][0-9a-fA-F]+|\d+)$/.test(t.text)) this.lex.fail(`expected an integer for ${typeName}`, t);
      const neg = t.text.startsWith('-');
      const digits = neg ? t.text.slice(1) : t.text;
      const big = BigInt(digits);
      const v = neg ? -big : big;
      return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    }
    if (FLOAT_TYPES.has(typeName)) {
      if (t.kind === 'ident') {
        const lower = t.text.toLowerCase();
        if (lower === 'inf' || lower === 'infinity') return Infinity;
        if (lower === '-inf' || lower === '-infinity') return -Infinity;
        if (lower === 'nan' || lower === '-nan') return NaN;
      }
      if (t.kind !== 'number') this.lex.fail(`expected a number for ${typeName}`, t);
      return Number(t.text.replace(/[fF]$/, ''));
    }
    this.lex.fail(`cannot read a value of type ${typeName}`, t);
  }

  /** Skips one value of an unknown field: a scalar, a list or a nested message. */
  private skipValue(): void {
    const c = this.lex.peek();
    if (c.kind === 'punct' && c.text === ':') this.lex.next();
    const t = this.lex.next();
    if (t.kind === 'eof') this.lex.fail('expected a value', t);
    if (t.kind === 'punct' && (t.text === '{' || t.text === '<' || t.text === '[')) {
      let depth = 1;
      while (depth > 0) {
        const n = this.lex.next();
        if (n.kind === 'eof') this.lex.fail('unterminated value', t);
        if (n.kind === 'punct' && (n.text === '{' || n.text === '<' || n.text === '[')) depth++;
        if (n.kind === 'punct' && (n.text === '}' || n.text === '>' || n.text === ']')) depth--;
      }
      return;
    }
    if (t.kind === 'string') while (this.lex.peek().kind === 'string') this.lex.next();
  }
}

/**
 * Parses text-format `src` as message `type` and returns it in protobufjs' plain-object form, ready for
 * `StaticType.fromObject()`. Throws TextFormatError with a line and column.
 */
export function parseTextFormat(src: string, type: Type, options: TextFormatOptions = {}): Record<string, unknown> {
  return new Parser(new Lexer(src), options).message(type, undefined);
}

/** Parses text-format protobuf straight into a static message class (via its `fromObject`). */
export function parseTextProto<T>(
  src: string,
  bundle: string,
  typeName: string,
  fromObject: (o: Record<string, unknown>) => T,
  options: TextFormatOptions = {},
): T {
  return fromObject(parseTextFormat(src, lookupType(bundle, typeName), options));
}
