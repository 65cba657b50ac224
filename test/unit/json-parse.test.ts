/** The JSON reader TF Serving's contract needs: NaN/Infinity tokens, exact int64, number spelling, no prototypes. */
import { describe, expect, it } from 'vitest';
import { JsonNumber, JsonSyntaxError, parseJson, parseJsonFast } from '../../src/tensor/json-parse.js';

describe('parseJson', () => {
  it('reads what JSON.parse reads, the same way', () => {
    const samples = ['{"a":[1,2.5,-3e2,0,-0.0,true,false,null,"x\\n\\u00e9\\"\\\\"]}', '[]', '{}', ' [ [ ] , { } ] ', '"\\ud83d\\ude00"', '1e-7', '[1.7976931348623157e308]'];
    for (const t of samples) expect(JSON.stringify(parseJson(t))).toBe(JSON.stringify(JSON.parse(t)));
    expect(Object.is(parseJson('-0'), -0)).toBe(true);
  });

  it('takes TF Serving\'s NaN, Infinity and -Infinity tokens', () => {
    const v = parseJson('{"instances": [NaN, Infinity, -Infinity, "NaN"]}') as { instances: unknown[] };
    expect(v.instances[0]).toBeNaN();
    expect(v.instances.slice(1)).toEqual([Infinity, -Infinity, 'NaN']);
  });

  it('keeps integers past 2^53 exact, as bigints', () => {
    const v = parseJson('[9007199254740993, -9223372036854775808, 9223372036854775807, 9007199254740991, 12345678901234567.0]') as unknown[];
    expect(v).toEqual([9007199254740993n, -9223372036854775808n, 9223372036854775807n, 9007199254740991, 12345678901234568]);
  });

  it('remembers how each number was written, when asked', () => {
    const v = parseJson('[2, 2.0, 1e3, -7, NaN]', { numbers: 'lossless' }) as JsonNumber[];
    expect(v.map((x) => [x.text, x.integer])).toEqual([['2', true], ['2.0', false], ['1e3', false], ['-7', true], ['NaN', false]]);
    expect(v[2]!.value).toBe(1000);
    expect(parseJson('[123456789012345678901]', { numbers: 'lossless' }) as JsonNumber[]).toEqual([new JsonNumber('123456789012345678901', 123456789012345680000, true)]);
  });

  it('makes objects without a prototype, so "__proto__" is an ordinary key', () => {
    const v = parseJson('{"__proto__": {"polluted": 1}, "constructor": 2}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not recurse: 100,000 levels parse, and a depth limit is a syntax error', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    expect(() => parseJson(deep, { maxDepth: 200_000 })).not.toThrow();
    expect(() => parseJson(deep)).toThrow(/nested more than 10000 levels deep/);
  });

  it('says where the text is wrong', () => {
    for (const [t, msg] of [
      ['[1,', /end of input|unexpected/],
      ['{"a" 1}', /expected ":"/],
      ['[01]', /expected "," or "\]"/],
      ['[1.]', /after the decimal point/],
      ['"abc', /unterminated string/],
      ['[1] x', /after the JSON value/],
      ['{"a":1,}', /expected a string key/],
      ['[nan]', /unexpected token/],
    ] as const) {
      expect(() => parseJson(t), t).toThrow(JsonSyntaxError);
      expect(() => parseJson(t), t).toThrow(msg);
    }
  });

  it('takes the fast path when JSON.parse gives the same answer', () => {
    expect(parseJsonFast('{"instances": [1.5, 2]}')).toEqual({ instances: [1.5, 2] });
    expect(parseJsonFast('[NaN, 9007199254740993]')).toEqual([NaN, 9007199254740993n]);
    expect(() => parseJsonFast('[1,')).toThrow(JsonSyntaxError);
  });
});
