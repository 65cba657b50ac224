/**
 * `mdeploy bench` against a real `mdeploy serve`: its request counts match the server's own counters for
 * REST, KServe V2 and gRPC, closed and open loop; thresholds decide the exit code; --compare; the HTML
 * report renders in headless Chromium; the --json output follows docs/bench.schema.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith, ROOT } from '../helpers/env.js';
import { http, startServe, type ServeProcess } from '../helpers/serve.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'bench.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);

/** The server's own count of requests for a model and API (all status codes). */
async function served(s: ServeProcess, model: string, api: string): Promise<number> {
  const text = (await http(`${s.url}/monitoring/prometheus/metrics`)).text;
  let n = 0;
  for (const m of text.matchAll(/^mdeploy_requests_total\{([^}]*)\} (\d+)$/gm)) if (m[1]!.includes(`model="${model}"`) && m[1]!.includes(`api="${api}"`)) n += Number(m[2]);
  return n;
}

function benchJson(args: string[]): { status: number; result: any; stderr: string } {
  const r = mdeploy(['bench', ...args, '--json'], { timeout: 180_000 });
  let result: any;
  try {
    result = JSON.parse(r.stdout);
  } catch {
    result = undefined;
  }
  return { status: r.status, result, stderr: r.stderr };
}

describeWith(['corpus', 'tfjs-node'], 'bench against mdeploy serve', () => {
  let s: ServeProcess;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'mdeploy-bench-'));
    s = await startServe([join(CORPUS_DIR, 'mlp'), '--name', 'mlp']);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  for (const [protocol, url, api] of [
    ['rest', () => s.url, 'rest_predict'],
    ['v2', () => `${s.url}/v2/models/mlp/infer`, 'v2_infer'],
    ['grpc', () => `grpc://127.0.0.1:${s.grpcPort}`, 'grpc_predict'],
  ] as const) {
    it(`counts exactly the requests the server counts (${protocol}, closed loop), with no errors`, async () => {
      const before = await served(s, 'mlp', api);
      const { status, result, stderr } = benchJson([url(), '--model', 'mlp', '-c', '8', '-d', '2s', '--warmup', '0s', '--batch', '2', '--metrics-url', `${s.url}/monitoring/prometheus/metrics`]);
      expect(status, stderr).toBe(0);
      const after = await served(s, 'mlp', api);
      expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
      expect(result.target).toMatchObject({ protocol, model: 'mlp', signature: 'serving_default', batch: 2 });
      expect(result.requests.errors).toBe(0);
      expect(result.requests.total).toBeGreaterThan(100);
      expect(result.requests.total).toBe(after - before);
      expect(result.server.requests).toBe(after - before);
      expect(result.throughput.rowsPerSecond).toBeCloseTo(result.throughput.rps * 2, 0);
      const l = result.latencyMs;
      expect(l.min <= l.p50 && l.p50 <= l.p90 && l.p90 <= l.p99 && l.p99 <= l.p999 && l.p999 <= l.max).toBe(true);
      expect(result.histogram.reduce((a: number, b: { count: number }) => a + b.count, 0)).toBe(result.requests.ok);
    });
  }

  it('holds an open-loop rate and times latency from the intended send time', () => {
    const { status, result, stderr } = benchJson([s.url, '--rate', '400', '-d', '2s', '--warmup', '500ms', '-c', '8']);
    expect(status, stderr).toBe(0);
    expect(result.mode).toMatchObject({ type: 'open', rate: 400 });
    expect(result.requests.total).toBeGreaterThanOrEqual(780);
    expect(result.requests.total).toBeLessThanOrEqual(801);
    expect(result.server.requests).toBe(result.requests.total);
  });

  it('runs a fixed number of requests with -n, spread over generator threads', () => {
    const { status, result } = benchJson([s.url, '-n', '1000', '--workers', '2', '-c', '8', '--warmup', '0s']);
    expect(status).toBe(0);
    expect(result.requests.total).toBe(1000);
    expect(result.generator.workers).toBe(2);
    expect(result.server.requests).toBe(1000);
  });

  it('counts failures by status and keeps them out of latency', () => {
    const input = join(work, 'bad.json');
    writeFileSync(input, JSON.stringify({ instances: [[1, 2, 3]] })); // the MLP takes 8 features
    const { status, result } = benchJson([s.url, '--input', input, '-n', '200', '-c', '4', '--warmup', '0s', '--fail-on', 'errors>0.1%']);
    expect(status).toBe(99);
    expect(result.requests).toMatchObject({ total: 200, ok: 0, errors: 200, errorRate: 1, byStatus: { '400': 200 } });
    expect(result.latencyMs.p99).toBe(0);
    expect(result.thresholds[0]).toMatchObject({ expr: 'errors>0.1%', breached: true, actual: 1 });
  });

  it('exits 99 when a threshold is breached, 0 when none is, and 2 for an unknown metric', () => {
    const breach = mdeploy(['bench', s.url, '-n', '200', '--warmup', '0s', '--fail-on', 'p50>0.001ms', '--fail-on', 'rps>1']);
    expect(breach.status).toBe(99);
    expect(breach.stdout).toMatch(/BREACHED\s+p50>0\.001ms/);
    expect(breach.stderr).toMatch(/E_THRESHOLD: 2 threshold\(s\) breached/);
    const pass = mdeploy(['bench', s.url, '-n', '200', '--warmup', '0s', '--fail-on', 'p99>60s', '--fail-on', 'errors>0', '--fail-on', 'rps<1']);
    expect(pass.status, pass.stderr).toBe(0);
    expect(pass.stdout).toMatch(/ok\s+p99>60s/);
    const typo = mdeploy(['bench', s.url, '-n', '10', '--fail-on', 'p99>50ms', '--fail-on', 'latnecy_p99>50ms']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown metric "latnecy_p99" \(known: .*p99/);
    expect(mdeploy(['bench', s.url, '-n', '10', '--fail-on', 'p99>50kb']).status).toBe(2);
  });

  it('compares a run with a saved baseline, flagging only changes beyond the noise', async () => {
    const base = join(work, 'base.json');
    const first = benchJson([s.url, '-d', '2s', '--warmup', '500ms', '-c', '4', '--save', base]);
    expect(first.status).toBe(0);
    expect(JSON.parse(readFileSync(base, 'utf8')).requests.total).toBe(first.result.requests.total);
    // Same load again: throughput within the noise; then a much heavier load, whose latency must be worse.
    const same = benchJson([s.url, '-d', '2s', '--warmup', '500ms', '-c', '4', '--compare', base]);
    expect(validate(same.result), JSON.stringify(validate.errors)).toBe(true);
    const rows = Object.fromEntries(same.result.comparison.rows.map((r: any) => [r.metric, r]));
    expect(Object.keys(rows)).toEqual(['rps', 'p50', 'p90', 'p99', 'p999', 'max', 'errors']);
    expect(rows['errors'].verdict).toBe('same');
    expect(rows['rps'].noise).toBeGreaterThanOrEqual(0.03);
    // A slower server: every request waits 40 ms for a batch that never fills. Its latency must be flagged
    // worse whatever else the machine is doing (the load on a shared CI machine moves the baseline by ±60%).
    const slow = await startServe([join(CORPUS_DIR, 'mlp'), '--name', 'mlp', '--batch-timeout', '40ms', '--max-batch-size', '64']);
    try {
      const heavy = mdeploy(['bench', slow.url, '-d', '2s', '--warmup', '500ms', '-c', '2', '--compare', base]);
      expect(heavy.status).toBe(0);
      expect(heavy.stdout).toMatch(/compared with .*base\.json/);
      expect(heavy.stdout).toMatch(/^\s+p50\s.*WORSE/m);
      expect(heavy.stdout).toMatch(/^\s+rps\s.*WORSE/m);
    } finally {
      await slow.stop();
    }
    const bad = mdeploy(['bench', s.url, '-n', '10', '--compare', join(work, 'nope.json')]);
    expect(bad.status).toBe(2);
  });

  it('benchmarks a model path by serving it for the run', () => {
    const { status, result, stderr } = benchJson([join(ROOT, 'examples', 'half_plus_two'), '-n', '300', '--warmup', '0s']);
    expect(status, stderr).toBe(0);
    expect(result.target.model).toBe('half_plus_two');
    expect(result.requests.ok).toBe(300);
    expect(result.server.requests).toBe(300);
  });
});

describeWith(['corpus', 'tfjs-node', 'chromium'], 'bench HTML report', () => {
  it('renders its histogram and timeline charts in headless Chromium', async () => {
    const s = await startServe([join(CORPUS_DIR, 'mlp'), '--name', 'mlp']);
    const dir = mkdtempSync(join(tmpdir(), 'mdeploy-report-'));
    try {
      const report = join(dir, 'report.html');
      const r = mdeploy(['bench', s.url, '-d', '3s', '--warmup', '0s', '-c', '8', '--html', report, '--fail-on', 'p99>60s']);
      expect(r.status, r.stderr).toBe(0);
      const html = readFileSync(report, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/); // self-contained
      const dom = spawnSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', `file://${report}`], { encoding: 'utf8', timeout: 60_000 });
      expect(dom.status, dom.stderr).toBe(0);
      expect(dom.stdout).toContain('data-rendered="true"');
      const bars = Number(/id="latency-histogram"[^>]*data-bars="(\d+)"/.exec(dom.stdout)?.[1]);
      expect(bars).toBeGreaterThan(3);
      expect((dom.stdout.match(/<rect /g) ?? []).length).toBe(bars);
      const points = Number(/id="timeline"[^>]*data-points="(\d+)"/.exec(dom.stdout)?.[1]);
      expect(points).toBeGreaterThanOrEqual(2);
      const rpsLine = /<polyline[^>]*points="([^"]+)"[^>]*id="rps-line"/.exec(dom.stdout)?.[1] ?? '';
      expect(rpsLine.split(' ')).toHaveLength(points);
      expect(dom.stdout).toMatch(/requests\/s<\/span>/);
      expect(dom.stdout).toMatch(/p99&gt;60s/);
    } finally {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
