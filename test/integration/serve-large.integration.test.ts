/**
 * Large requests take the off-event-loop paths of `mdeploy serve` (codec threads for JSON and for gRPC
 * PredictRequests past 256 KiB or broadcasting to a large tensor; the byte channel to the inference worker
 * processes), and must answer exactly what the small-request paths answer: TF Serving's half_plus_two computes
 * y = 0.5·x + 2, exact in float32 for the halves used here. Small requests sent meanwhile keep succeeding.
 * Large REST bodies are gathered in a codec thread as they arrive and large answers are written from there in
 * slices: a body for no model, a malformed one, or a client that leaves mid-body or mid-answer must leave the
 * server serving, large requests included.
 */
import * as grpc from '@grpc/grpc-js';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PredictionServiceDefinition } from '../../src/server/grpc.js';
import { describeWith, FIXTURES_DIR } from '../helpers/env.js';
import { threadNices } from '../helpers/proc.js';
import { http, postJson, startServe, type ServeProcess } from '../helpers/serve.js';

const ROWS = 300_000;
const xs = Float32Array.from({ length: ROWS }, (_, i) => (i % 2001) * 0.5 - 500);
const want = (x: number): number => 0.5 * x + 2;

type PredictReply = { outputs: Record<string, { floatVal?: number[]; tensorContent?: Uint8Array; tensorShape?: { dim?: Array<{ size: unknown }> } }> };
function grpcPredict(s: ServeProcess, request: object): Promise<PredictReply> {
  const Client = grpc.makeGenericClientConstructor(PredictionServiceDefinition, 'PredictionService');
  const client = new Client(`127.0.0.1:${s.grpcPort}`, grpc.credentials.createInsecure(), { 'grpc.max_receive_message_length': 64 * 1024 * 1024 }) as unknown as grpc.Client & { Predict: (r: object, cb: (e: grpc.ServiceError | null, res: PredictReply) => void) => void };
  return new Promise((resolve, reject) => {
    client.Predict(request, (err, res) => {
      client.close();
      if (err) reject(new Error(`${err.code}: ${err.details}`));
      else resolve(res);
    });
  });
}
const spec = { name: 'hpt', signatureName: 'serving_default' };
const shape = (n: number) => ({ dim: [{ size: n }, { size: 1 }] });

function expectHalfPlusTwo(ys: ArrayLike<number>, inputs: ArrayLike<number>, where: string): void {
  expect(ys.length, where).toBe(inputs.length);
  let bad = -1;
  for (let i = 0; i < ys.length && bad < 0; i++) if (ys[i] !== want(inputs[i]!)) bad = i;
  expect(bad < 0 ? 'all equal' : `row ${bad}: ${ys[bad]} for x=${inputs[bad]}`, where).toBe('all equal');
}

describeWith(['tfjs-node'], 'serve: large requests off the event loop answer as small ones do', () => {
  let s: ServeProcess;
  beforeAll(async () => {
    s = await startServe([join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu'), '--name', 'hpt', '--max-body-size', '64MiB', '--workers', '1']);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  /** Small requests in a loop while `big` runs; all must succeed. */
  async function alongside<T>(big: () => Promise<T>): Promise<T> {
    let done = false;
    let ok = 0;
    const loop = (async () => {
      while (!done && ok < 5_000) {
        const r = await postJson(`${s.url}/v1/models/hpt:predict`, { instances: [1.0, 2.0] });
        expect(r.status, r.text).toBe(200);
        expect(r.json).toEqual({ predictions: [2.5, 3.0] });
        ok++;
      }
    })();
    try {
      return await big();
    } finally {
      done = true;
      await loop;
      expect(ok).toBeGreaterThan(0);
    }
  }

  it('REST :predict with a 3 MB body (decoded and encoded in codec threads)', async () => {
    const r = await alongside(() => http(`${s.url}/v1/models/hpt:predict`, { body: JSON.stringify({ instances: [...xs] }) }));
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expectHalfPlusTwo((r.json as { predictions: number[] }).predictions, xs, 'REST predictions');
  });

  it('the codec threads that did that work run below the event loop\'s priority (nice 10, Linux)', () => {
    const nices = threadNices(s.proc.pid!);
    expect(nices.get(s.proc.pid!), 'the main thread keeps its priority').toBe(0);
    expect([...nices.values()].filter((n) => n === 10).length, JSON.stringify([...nices])).toBeGreaterThanOrEqual(1);
  });

  it('KServe V2 JSON /infer with a 3 MB body', async () => {
    const r = await alongside(() => postJson(`${s.url}/v2/models/hpt/infer`, { inputs: [{ name: 'x', datatype: 'FP32', shape: [ROWS, 1], data: [...xs] }] }));
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    const out = (r.json as { outputs: Array<{ name: string; shape: number[]; data: number[] }> }).outputs[0]!;
    expect(out.shape).toEqual([ROWS, 1]);
    expectHalfPlusTwo(out.data, xs, 'V2 data');
  });

  it('a large REST body for no model, or malformed, is refused as a small one is (the gathered body is dropped)', async () => {
    const body = JSON.stringify({ instances: [...xs] });
    const none = await http(`${s.url}/v1/models/nope:predict`, { body });
    expect(none.status, none.text).toBe(404);
    expect((none.json as { error: string }).error).toMatch(/nope/);
    const v2none = await postJson(`${s.url}/v2/models/nope/infer`, { inputs: [{ name: 'x', datatype: 'FP32', shape: [ROWS, 1], data: [...xs] }] });
    expect(v2none.status, v2none.text).toBe(404);
    const bad = await http(`${s.url}/v1/models/hpt:predict`, { body: `${body.slice(0, -3)}]x}` });
    expect(bad.status, bad.text.slice(0, 300)).toBe(400);
    const unknownSig = await http(`${s.url}/v1/models/hpt:predict`, { body: JSON.stringify({ signature_name: 'nope', instances: [...xs] }) });
    expect(unknownSig.status, unknownSig.text.slice(0, 300)).toBe(400);
    const r = await postJson(`${s.url}/v1/models/hpt:predict`, { instances: [1.0] });
    expect(r.json).toEqual({ predictions: [2.5] });
  });

  it('a client that leaves mid-body or mid-answer costs only its own request; large requests still answer exactly', async () => {
    const body = Buffer.from(JSON.stringify({ instances: [...xs] }));
    const head = `POST /v1/models/hpt:predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const url = new URL(s.url);
    // Mid-body: a third of the body, then the connection closes.
    await new Promise<void>((resolve, reject) => {
      const sock = connect(Number(url.port), url.hostname, () => {
        sock.write(head);
        sock.write(body.subarray(0, Math.floor(body.length / 3)), () => setTimeout(() => (sock.destroy(), resolve()), 200));
      });
      sock.on('error', reject);
    });
    // Mid-answer: the whole body, the first bytes of the answer, then the connection closes.
    const firstBytes = await new Promise<string>((resolve, reject) => {
      const sock = connect(Number(url.port), url.hostname, () => sock.write(Buffer.concat([Buffer.from(head), body])));
      sock.once('data', (c: Buffer) => {
        sock.destroy();
        resolve(c.toString('latin1', 0, 12));
      });
      sock.on('error', reject);
    });
    expect(firstBytes).toBe('HTTP/1.1 200');
    const r = await http(`${s.url}/v1/models/hpt:predict`, { body: body.toString() });
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expectHalfPlusTwo((r.json as { predictions: number[] }).predictions, xs, 'REST predictions after the abandoned ones');
  });

  it('gRPC Predict with 300,000 float_val values (a 1.2 MB message) answers in float_val', async () => {
    const res = await alongside(() => grpcPredict(s, { modelSpec: spec, inputs: { x: { dtype: 1, tensorShape: shape(ROWS), floatVal: [...xs] } } }));
    expectHalfPlusTwo(res.outputs['y']!.floatVal!, xs, 'gRPC float_val');
    expect(res.outputs['y']!.tensorShape!.dim!.map((d) => Number(d.size))).toEqual([ROWS, 1]);
  });

  it('gRPC Predict with tensor_content', async () => {
    const res = await alongside(() => grpcPredict(s, { modelSpec: spec, inputs: { x: { dtype: 1, tensorShape: shape(ROWS), tensorContent: Buffer.from(xs.buffer) } } }));
    expectHalfPlusTwo(res.outputs['y']!.floatVal!, xs, 'gRPC from tensor_content');
  });

  it('gRPC Predict broadcasting one float_val to 200,000 rows (a 30-byte message) fills them in a codec thread', async () => {
    const res = await alongside(() => grpcPredict(s, { modelSpec: spec, inputs: { x: { dtype: 1, tensorShape: shape(200_000), floatVal: [4] } } }));
    const ys = res.outputs['y']!.floatVal!;
    expect(ys.length).toBe(200_000);
    expect(ys.every((y) => y === 4)).toBe(true);
  });

  it('a large gRPC request for an unknown model or signature, or one that is not a PredictRequest, is refused as a small one is', async () => {
    const big = { x: { dtype: 1, tensorShape: shape(ROWS), floatVal: [...xs] } };
    await expect(grpcPredict(s, { modelSpec: { name: 'nope' }, inputs: big })).rejects.toThrow(/^5: /);
    await expect(grpcPredict(s, { modelSpec: { name: 'hpt', signatureName: 'nope' }, inputs: big })).rejects.toThrow(/^9: Serving signature key "nope" not found/);
    await expect(grpcPredict(s, { modelSpec: spec, inputs: { x: { dtype: 2, tensorShape: shape(ROWS), doubleVal: [...xs] } } })).rejects.toThrow(/^3: Expects arg\[0\] to be float but double is provided/);
    const r = await postJson(`${s.url}/v1/models/hpt:predict`, { instances: [1.0] });
    expect(r.json).toEqual({ predictions: [2.5] });
  });
});
