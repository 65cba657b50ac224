/**
 * complex64 on the tfjs backend: the `complex64_tfjs` corpus model (scripts/generate_corpus.py; goldens from real
 * TensorFlow) converted by `mdeploy convert --to tfjs`, served with `--backend tfjs` and called over TF Serving's
 * gRPC Predict with complex64 in scomplex_val and in tensor_content, as TF Serving's clients send it.
 *
 * On tfjs-node every output is TF's bit for bit, NaN payloads, ±Inf, -0.0 and subnormals included: the TF.js
 * graph runs on libtensorflow's own kernels (Complex, Real, Imag, ComplexAbs, Mul, Neg), and mdeploy moves the
 * (real, imag) parts between the interleaved host layout and TF.js as bits. On the pure-JavaScript CPU backend
 * (images without libtensorflow) the bit-moving outputs (identity, conj, real, imag) are still exact; the
 * complex product is within float32 rounding (JavaScript computes a·c − b·d in float64 and rounds once,
 * TensorFlow rounds each float32 step), and |NaN + xi| is a NaN without TF's payload.
 *
 * TF.js has no complex128: a DT_COMPLEX128 feed is INVALID_ARGUMENT naming the input and pointing at
 * `--backend tf`; a complex128 signature output (computed as complex64) comes back as DT_COMPLEX128, widened
 * exactly. `convert --validate` compares both parts of complex outputs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import { openTfjsGraphModel } from '../../src/runtime/tfjs-node.js';
import { dtypeValue } from '../../src/tensor/dtypes.js';
import { bytesOf, type HostTensor, type NumericArray } from '../../src/tensor/host.js';
import { tensorToProto } from '../../src/tensor/proto.js';
import { compareOutput, DEFAULT_TOLERANCE } from '../../src/validate/compare.js';
import type { ValidationReport } from '../../src/validate/validate.js';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith } from '../helpers/env.js';
import { goldenToHost, type GoldenCase, type GoldenModel, type GoldenTensor } from '../helpers/golden.js';
import { grpcPredictTensors, type PredictReply } from '../helpers/grpc-predict.js';
import { modelConfigText, startServe, type ServeProcess } from '../helpers/serve.js';

const MODEL = join(CORPUS_DIR, '_dtypes', 'complex64_tfjs');
const COMPLEX = join(CORPUS_DIR, '_dtypes', 'complex');
const ALL_DTYPES = join(CORPUS_DIR, '_dtypes', 'all_dtypes');

function golden(model: string): GoldenModel {
  try {
    return JSON.parse(readFileSync(join(model, 'golden.json'), 'utf8')) as GoldenModel;
  } catch (err) {
    throw new Error(`${model}: its golden is missing: run \`.venv/bin/python scripts/generate_corpus.py --only complex64_tfjs,complex,all_dtypes\` (${(err as Error).message})`);
  }
}

const hex = (t: HostTensor): string => Buffer.from(bytesOf(t.data as NumericArray)).toString('hex');

/** Same dtype, shape and bytes as TensorFlow's output, or what differs. */
function exactly(got: HostTensor | undefined, wantT: GoldenTensor, where: string): string | undefined {
  const want = goldenToHost(wantT);
  if (!got) return `${where}: missing`;
  if (got.dtype !== want.dtype || got.shape.join(',') !== want.shape.join(',')) return `${where}: ${got.dtype}[${got.shape}], TF says ${want.dtype}[${want.shape}]`;
  return hex(got) === hex(want) ? undefined : `${where}: ${Array.from(got.data as Float32Array).join(',')} != TF's ${Array.from(want.data as Float32Array).join(',')}`;
}

/**
 * Within float32 rounding of TensorFlow's output: every part within 2^-22 · max |TF's parts| (two float32 ulps
 * of the largest), NaN where TF has NaN (any payload).
 */
function closely(got: HostTensor | undefined, wantT: GoldenTensor, where: string): string | undefined {
  const want = goldenToHost(wantT);
  if (!got) return `${where}: missing`;
  if (got.dtype !== want.dtype || got.shape.join(',') !== want.shape.join(',')) return `${where}: ${got.dtype}[${got.shape}], TF says ${want.dtype}[${want.shape}]`;
  const a = got.data as Float32Array;
  const b = want.data as Float32Array;
  const bound = 2 ** -22 * b.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
  for (let i = 0; i < b.length; i++) {
    const ok = Number.isNaN(b[i]!) ? Number.isNaN(a[i]!) : a[i] === b[i] || Math.abs(a[i]! - b[i]!) <= bound;
    if (!ok) return `${where}[${i}]: ${a[i]} != TF's ${b[i]} (bound ${bound})`;
  }
  return undefined;
}

const grpcPredict = (s: ServeProcess, inputs: Record<string, object>, model = 'cx', signature = 'serving_default'): Promise<PredictReply> => grpcPredictTensors(s, model, signature, inputs);

/** A golden case as PredictRequest inputs: tensor_content, or scomplex_val as TF's clients write it. */
const protoInputs = (c: GoldenCase, tensorContent: boolean): Record<string, object> => Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, tensorToProto(goldenToHost(t), { tensorContent })]));

/** The outputs TF.js makes by moving bits (identity, sign flip, part extraction): exact on every TF.js backend. */
const BIT_MOVING = new Set(['z_id', 'conj', 're', 'im']);

let work: string;
let converted: string;
let multiply: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mdeploy-tfjs-complex-'));
  converted = join(work, 'cx');
  multiply = join(work, 'multiply');
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describeWith(['corpus', 'tfjs-node'], 'serve --backend tfjs: complex64 over TF Serving gRPC, as TensorFlow computes it', () => {
  let g: GoldenModel;
  const servers: Record<string, ServeProcess> = {};
  beforeAll(async () => {
    g = golden(MODEL);
    // cx is validated against TensorFlow on random complex64 inputs (both parts compared); multiply's c128
    // input is complex128, which TF.js cannot be fed, so it converts without validation.
    for (const [model, out, signature, validate] of [[MODEL, converted, 'serving_default', '--validate'], [COMPLEX, multiply, 'multiply', '--no-validate']]) {
      const r = mdeploy(['convert', model!, '--to', 'tfjs', '-o', out!, '--signature', signature!, validate!, '--json']);
      expect(r.status, r.stderr).toBe(0);
      if (validate === '--validate') expect((JSON.parse(r.stdout) as { validation?: { pass: boolean } }).validation?.pass, 'the validation against TensorFlow passed').toBe(true);
    }
    // Two TF.js models: cx, and `complex`'s multiply signature, whose c128 input is DT_COMPLEX128.
    const config = join(work, 'models.config');
    writeFileSync(config, modelConfigText([{ name: 'cx', basePath: converted }, { name: 'mul', basePath: multiply }]));
    const args = ['--model-config-file', config, '--backend', 'tfjs', '--workers', '1'];
    [servers['tfjs-node'], servers['cpu']] = await Promise.all([startServe(args), startServe(args, { env: { MDEPLOY_TFJS_BACKEND: 'cpu' } })]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  });

  it('the converted model.json keeps complex64 in its signature and placeholders, and both runtimes load it', () => {
    const json = JSON.parse(readFileSync(join(converted, 'model.json'), 'utf8')) as { signature: { inputs: Record<string, { dtype: string }>; outputs: Record<string, { dtype: string }> }; modelTopology: { node: Array<{ op: string; attr: Record<string, { type?: string }> }> } };
    expect(Object.fromEntries(Object.entries(json.signature.inputs).map(([k, v]) => [k, v.dtype]))).toEqual({ z: 'DT_COMPLEX64', w: 'DT_COMPLEX64' });
    expect(json.signature.outputs['product']!.dtype).toBe('DT_COMPLEX64');
    expect(json.modelTopology.node.filter((n) => n.op === 'Placeholder').map((n) => n.attr['dtype']!.type)).toEqual(['DT_COMPLEX64', 'DT_COMPLEX64']);
    for (const [runtime, s] of Object.entries(servers)) {
      const available = s.logs.find((l) => l['msg'] === 'version available' && l['model'] === 'cx');
      expect(available?.['runtime'], JSON.stringify(available)).toBe(runtime);
    }
  });

  it('tfjs-node: every case, from scomplex_val and from tensor_content, is TF\'s answer bit for bit', async () => {
    const problems: string[] = [];
    for (const [i, c] of g.cases.entries()) {
      for (const content of [true, false]) {
        const where = `case ${i} ${content ? 'tensor_content' : 'scomplex_val'}`;
        const r = await grpcPredict(servers['tfjs-node']!, protoInputs(c, content));
        if (r.code !== 0) problems.push(`${where}: ${r.code} ${r.details}`);
        else problems.push(...Object.entries(c.outputs!).flatMap(([k, t]) => exactly(r.outputs[k], t, `${where} ${k}`) ?? []));
      }
    }
    expect(problems).toEqual([]);
    // Not vacuous: the cases hold a NaN with a payload, ±Inf, -0.0, a subnormal, and an empty tensor.
    const special = goldenToHost(g.cases[2]!.inputs['z']!);
    expect(hex(special)).toContain('2301c07f');
    expect(g.cases[3]!.inputs['z']!.shape).toEqual([0]);
  });

  it('pure-JS CPU backend: identity, conj, real and imag are exact; the product and |z| within float32 rounding', async () => {
    const problems: string[] = [];
    for (const [i, c] of g.cases.entries()) {
      for (const content of [true, false]) {
        const where = `case ${i} ${content ? 'tensor_content' : 'scomplex_val'}`;
        const r = await grpcPredict(servers['cpu']!, protoInputs(c, content));
        if (r.code !== 0) problems.push(`${where}: ${r.code} ${r.details}`);
        else problems.push(...Object.entries(c.outputs!).flatMap(([k, t]) => (BIT_MOVING.has(k) ? exactly : closely)(r.outputs[k], t, `${where} ${k}`) ?? []));
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers in scomplex_val (TF Serving\'s default), interleaved (real, imag); |z| in float_val', async () => {
    const c = g.cases[0]!;
    const r = await grpcPredict(servers['tfjs-node']!, protoInputs(c, true));
    expect(r.code, r.details).toBe(0);
    const p = r.protos['product']!;
    expect(p.dtype).toBe(dtypeValue('DT_COMPLEX64'));
    expect(p.tensorContent?.length ?? 0).toBe(0);
    // (3+4j)(1-2j) = 11-2j, (0-2j)(0.5+3j) = 6-1j, …, as TensorFlow computed them.
    expect(p.scomplexVal).toEqual(Array.from(goldenToHost(c.outputs!['product']!).data as Float32Array));
    expect(p.scomplexVal!.slice(0, 4)).toEqual([11, -2, 6, -1]);
    expect(r.protos['abs']!.floatVal).toEqual([5, 2, 10, 1.25, 13]);
  });

  it('a DT_COMPLEX128 feed is INVALID_ARGUMENT naming the input and pointing at --backend tf; the server answers afterwards', async () => {
    const c = g.cases[0]!;
    const good = protoInputs(c, false);
    const mul = golden(COMPLEX).cases.find((x) => x.signature === 'multiply')!;
    for (const s of Object.values(servers)) {
      // A complex128 signature input: TF.js has no complex128 to hold it.
      const r = await grpcPredict(s, protoInputs(mul, false), 'mul', 'multiply');
      expect(r.code, r.details).toBe(grpc.status.INVALID_ARGUMENT);
      expect(r.details).toMatch(/^input "c128" is DT_COMPLEX128, which TF\.js has no type for \(its only complex type is complex64\); serve the SavedModel with --backend tf/);
      // complex128 sent to a complex64 input: refused before any backend, in TensorFlow's words (as on --backend tf).
      const z128 = { dtype: dtypeValue('DT_COMPLEX128'), tensorShape: { dim: [{ size: 1 }] }, dcomplexVal: [1, 2] };
      const wrong = await grpcPredict(s, { ...good, z: z128 });
      expect(wrong.code, wrong.details).toBe(grpc.status.INVALID_ARGUMENT);
      expect(wrong.details).toMatch(/^Expects arg\[1\] to be complex64 but complex128 is provided \(input "z"/);
      const again = await grpcPredict(s, good);
      expect(again.code, again.details).toBe(0);
      expect(exactly(again.outputs['product'], c.outputs!['product']!, 'after the refusals')).toBeUndefined();
    }
  });
});

describeWith(['corpus', 'tfjs-node'], 'TF.js conversions with complex outputs: complex128 widened, --validate on both parts', () => {
  it('a complex128 signature output (complex64 in TF.js) comes back as DT_COMPLEX128 with TF\'s values', async () => {
    // from_real: float64 parts → z64 = complex64, z128 = complex128; the golden's parts are exact in float32.
    const c = golden(COMPLEX).cases.find((x) => x.signature === 'from_real')!;
    const out = join(work, 'from_real');
    await convertModel({ model: join(COMPLEX, '1'), to: 'tfjs', output: out, signature: 'from_real', validate: false });
    const session = await openTfjsGraphModel(out);
    try {
      const got = await session.run(Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToHost(t)])));
      expect(exactly(got['z64'], c.outputs!['z64']!, 'z64')).toBeUndefined();
      expect(got['z128']!.data).toBeInstanceOf(Float64Array);
      expect(exactly(got['z128'], c.outputs!['z128']!, 'z128')).toBeUndefined();
    } finally {
      await session.dispose();
    }
  });

  it('convert --validate compares real and imaginary parts: TF.js\'s complex64 passes, a wrong imaginary part fails', async () => {
    const result = await convertModel({ model: join(ALL_DTYPES, '1'), to: 'tfjs', output: join(work, 'complex_out'), signature: 'complex_out', validate: true });
    const report = result.validation as ValidationReport;
    expect(report.pass, JSON.stringify(report)).toBe(true);
    expect(report.outputs.map((o) => [o.output, o.dtype, o.pass])).toEqual([['z', 'DT_COMPLEX64', true]]);

    // TensorFlow's own complex_out answer, and the same with every imaginary part off by 0.5: real parts alone
    // (what validation compared before) would call it a match.
    const want = goldenToHost(golden(ALL_DTYPES).cases.find((x) => x.signature === 'complex_out')!.outputs!['z']!);
    expect(compareOutput('z', want, want, DEFAULT_TOLERANCE)).toMatchObject({ pass: true, maxAbs: 0, mismatches: 0 });
    const offImag = { ...want, data: (want.data as Float32Array).map((v, i) => (i % 2 === 1 ? v + 0.5 : v)) };
    expect(compareOutput('z', offImag, want, DEFAULT_TOLERANCE)).toMatchObject({ pass: false, maxAbs: 0.5, mismatches: 2 });
    const offReal = { ...want, data: (want.data as Float32Array).map((v, i) => (i === 2 ? v - 1e-3 : v)) };
    expect(compareOutput('z', offReal, want, DEFAULT_TOLERANCE)).toMatchObject({ pass: false, mismatches: 1 });
    // Within tolerance on both parts still passes.
    const tiny = { ...want, data: (want.data as Float32Array).map((v) => v * (1 + 2 ** -23)) };
    expect(compareOutput('z', tiny, want, DEFAULT_TOLERANCE).pass).toBe(true);
  }, 120_000);
});
