/**
 * TF Serving's own REST expectations (test/fixtures/tfserving-expectations/cases.json: requests, statuses,
 * bodies and error substrings taken from http_rest_api_handler_test.cc, tensorflow_model_server_test.py,
 * json_tensor_test.cc and api_rest.md) run against the real `mdeploy serve` on TF Serving's test models, set
 * up as those tests set them up: saved_model_half_plus_two_2_versions pinned to version 123 with the label
 * Version_Label, half_plus_two as "default", and saved_model_half_plus_three.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseJson } from '../../src/tensor/json-parse.js';
import { describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { http, modelConfigText, startServe, type ServeProcess } from '../helpers/serve.js';

interface Case {
  source: string;
  test: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  status: number;
  /** The whole answer; the strings "NaN", "Infinity" and "-Infinity" stand for RapidJSON's bare tokens. */
  json?: unknown;
  /** A TF Serving metadata file (test/fixtures/tfserving) the answer must equal. */
  json_file?: string;
  /** A substring of the answer's "error". */
  error?: string;
  note?: string;
  /** Where mdeploy deliberately answers otherwise (docs/compat.md): why, and the status it answers instead. */
  deviation?: { reason: string; status: number };
}

const EXPECTATIONS = join(ROOT, 'test', 'fixtures', 'tfserving-expectations', 'cases.json');
const cases = (JSON.parse(readFileSync(EXPECTATIONS, 'utf8')) as { cases: Case[] }).cases;

/** The expected JSON with the token stand-ins turned into the numbers they are. */
function tokens(v: unknown): unknown {
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  if (Array.isArray(v)) return v.map(tokens);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tokens(x)]));
  return v;
}

/** Plain objects, so that equality does not depend on the parser's prototype-free objects. */
const plain = (v: unknown): unknown => (Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);

describeWith(['tfjs-node'], "serve: TF Serving's REST tests", () => {
  let s: ServeProcess;
  let work: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'mdeploy-tfs-rest-'));
    const config = join(work, 'models.config');
    writeFileSync(
      config,
      modelConfigText([
        { name: 'saved_model_half_plus_two_2_versions', basePath: join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions'), policy: 'specific { versions: 123 }', labels: { Version_Label: 123 } },
        { name: 'default', basePath: join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu') },
        { name: 'saved_model_half_plus_three', basePath: join(FIXTURES_DIR, 'saved_model_half_plus_three') },
      ]),
    );
    s = await startServe(['--model-config-file', config, '--workers', '1']);
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('lists the GET /v1/models extension as the one deviation', () => {
    expect(cases.filter((c) => c.deviation).map((c) => `${c.method} ${c.path}`)).toEqual(['GET /v1/models']);
  });

  it('has cases from each of TF Serving\'s sources', () => {
    const sources = new Set(cases.map((c) => c.source.split('/').pop()));
    expect([...sources].sort()).toEqual(['api_rest.md', 'http_rest_api_handler_test.cc', 'json_tensor_test.cc', 'tensorflow_model_server_test.py']);
  });

  for (const c of cases) {
    it(`${c.source.split('/').pop()} ${c.test}: ${c.method} ${c.path}${c.body ? ` ${c.body.slice(0, 80)}` : ''}`, async () => {
      const r = await http(`${s.url}${c.path}`, { method: c.method, ...(c.method === 'POST' ? { body: c.body ?? '', headers: { 'content-type': 'application/json' } } : {}) });
      if (c.deviation) {
        expect(r.status, `${c.deviation.reason}: ${r.text}`).toBe(c.deviation.status);
        return;
      }
      expect(r.status, r.text).toBe(c.status);
      expect(r.headers.get('content-type')).toBe('application/json');
      const body = plain(parseJson(r.text));
      if (c.json !== undefined) expect(body).toEqual(tokens(c.json));
      if (c.json_file !== undefined) expect(body).toEqual(JSON.parse(readFileSync(join(FIXTURES_DIR, c.json_file), 'utf8')));
      if (c.error !== undefined) expect((body as { error?: string }).error, r.text).toContain(c.error);
      if (c.status >= 400) expect(typeof (body as { error?: unknown }).error).toBe('string');
    });
  }
});
