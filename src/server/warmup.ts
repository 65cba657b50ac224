/**
 * Model warm-up before a version becomes AVAILABLE, so the first user requests do not pay for TensorFlow's
 * first-run graph optimization (~100 ms on the corpus attention block).
 *
 * - TF Serving's warm-up file, `assets.extra/tf_serving_warmup_requests`: a TFRecord file of PredictionLog
 *   records (predict, classify or regress requests), at most 1000. Every record is replayed on every worker;
 *   a record that cannot be read or fails fails the load, as in TF Serving.
 * - Without that file: one synthetic request (zeros, batch 1) per signature whose input shapes are fully known,
 *   unless the model is stateful. A failure fails the load (a version whose variables never arrived answers
 *   every request with an error, and must not replace a working one), except when the model itself rejected
 *   the zeros as an invalid argument: it ran, so it serves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MdeployError } from '../errors.js';
import { allocate } from '../tensor/math.js';
import { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { baseDtype, type DTypeName } from '../tensor/dtypes.js';
import { numElements, type HostTensor } from '../tensor/host.js';
import { crc32c, unmaskCrc } from '../util/crc32c.js';
import { exampleFeeds, examplesFromInput } from './examples.js';
import { ServingError } from './errors.js';
import { predictFeeds } from './grpc-predict.js';

export const WARMUP_FILE = join('assets.extra', 'tf_serving_warmup_requests');
export const MAX_WARMUP_RECORDS = 1000;

/** Reads a TFRecord file: per record a uint64 length, its masked CRC32C, the data, the data's masked CRC32C. */
export function readTfRecords(file: string): Uint8Array[] {
  const buf = readFileSync(file);
  const out: Uint8Array[] = [];
  let p = 0;
  const fail = (what: string): never => {
    throw new MdeployError('E_WARMUP_FAILED', `record ${out.length + 1}: ${what}; the warm-up file must be in TFRecord format`, { file });
  };
  while (p < buf.length) {
    if (p + 12 > buf.length) fail('truncated header');
    const len = Number(buf.readBigUInt64LE(p));
    if (unmaskCrc(buf.readUInt32LE(p + 8)) !== crc32c(buf.subarray(p, p + 8))) fail('length checksum mismatch');
    if (p + 12 + len + 4 > buf.length) fail('truncated data');
    const data = buf.subarray(p + 12, p + 12 + len);
    if (unmaskCrc(buf.readUInt32LE(p + 12 + len)) !== crc32c(data)) fail('data checksum mismatch');
    out.push(data);
    p += 12 + len + 4;
  }
  return out;
}

export interface WarmupTarget {
  signature(key?: string): SignatureInfo;
  signatures: Map<string, SignatureInfo>;
  stateful: boolean;
  /** Runs a request on every worker, outside batching and metrics. */
  warm(sig: SignatureInfo, feeds: Record<string, HostTensor>, examples?: boolean): Promise<void>;
}

export interface WarmupResult {
  source: 'file' | 'synthetic' | 'none';
  requests: number;
  /** Signatures whose synthetic request the model rejected as an invalid argument (logged, not fatal). */
  skipped: string[];
}

/** Replays a version's warm-up file, or sends synthetic requests when it has none. */
export async function warmUp(target: WarmupTarget, dir: string): Promise<WarmupResult> {
  const file = join(dir, WARMUP_FILE);
  if (existsSync(file)) return { source: 'file', requests: await replayFile(target, file), skipped: [] };
  if (target.stateful) return { source: 'none', requests: 0, skipped: [] };
  let requests = 0;
  const skipped: string[] = [];
  for (const sig of target.signatures.values()) {
    const feeds = syntheticFeeds(sig);
    if (!feeds) continue;
    try {
      await target.warm(sig, feeds);
      requests++;
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      if (err instanceof ServingError && err.code === 'INVALID_ARGUMENT') skipped.push(`${sig.key}: ${message}`);
      else throw new MdeployError('E_WARMUP_FAILED', `a synthetic warm-up request (zeros) to signature "${sig.key}" failed, so the version does not load: ${message}`, { file: dir, suggestions: ['Check that the version directory is complete (saved_model.pb and variables/); it is retried when its files change.'] });
    }
  }
  return { source: requests > 0 ? 'synthetic' : 'none', requests, skipped };
}

async function replayFile(target: WarmupTarget, file: string): Promise<number> {
  const records = readTfRecords(file);
  if (records.length > MAX_WARMUP_RECORDS) throw new MdeployError('E_WARMUP_FAILED', `has ${records.length} warm-up records; at most ${MAX_WARMUP_RECORDS} are allowed`, { file });
  for (const [i, bytes] of records.entries()) {
    let log: serving.tensorflow.serving.PredictionLog;
    try {
      log = serving.tensorflow.serving.PredictionLog.decode(bytes);
    } catch (err) {
      throw new MdeployError('E_WARMUP_FAILED', `record ${i + 1} is not a PredictionLog (${(err as Error).message})`, { file });
    }
    try {
      if (log.predictLog?.request) {
        const req = log.predictLog.request;
        const sig = target.signature(req.modelSpec?.signatureName || undefined);
        await target.warm(sig, predictFeeds(req.inputs, sig));
      } else if (log.classifyLog?.request || log.regressLog?.request) {
        const req = (log.classifyLog?.request ?? log.regressLog?.request)!;
        const sig = target.signature(req.modelSpec?.signatureName || undefined);
        await target.warm(sig, exampleFeeds(sig, examplesFromInput(req.input)), true);
      } else {
        throw new Error('holds no predict, classify or regress request (other log types are not supported)');
      }
    } catch (err) {
      if (err instanceof MdeployError) throw err;
      throw new MdeployError('E_WARMUP_FAILED', `warm-up record ${i + 1} failed: ${(err as Error).message.split('\n')[0]}`, { file });
    }
  }
  return records.length;
}

/** Zeros at batch 1 when every other dimension is known and the dtypes are numeric or bool. */
export function syntheticFeeds(sig: SignatureInfo): Record<string, HostTensor> | undefined {
  const feeds: Record<string, HostTensor> = {};
  const entries = Object.entries(sig.inputs);
  if (entries.length === 0) return undefined;
  for (const [k, spec] of entries) {
    if (!spec.shape || spec.encoding) return undefined;
    const shape = spec.shape.map((d, i) => (i === 0 && d === -1 ? 1 : d));
    if (shape.some((d) => d < 0)) return undefined;
    const dtype = baseDtype(spec.dtype) as DTypeName;
    if (dtype === 'DT_STRING' || dtype === 'DT_RESOURCE' || dtype === 'DT_VARIANT') return undefined;
    feeds[k] = { dtype, shape, data: allocate(dtype, numElements(shape)) } as HostTensor;
  }
  return feeds;
}
