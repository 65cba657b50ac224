/**
 * TensorFlow's own TFLite interpreter as the second runtime for converted .tflite files: the venv's
 * tf.lite.Interpreter, its signature runner over golden inputs, outputs back as golden tensors.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './env.js';
import type { GoldenCase, GoldenTensor } from './golden.js';

const PY_RUNNER = `
import base64, json, sys
import numpy as np
import tensorflow as tf
DT = {'DT_FLOAT': np.float32, 'DT_DOUBLE': np.float64, 'DT_INT32': np.int32, 'DT_INT64': np.int64, 'DT_BOOL': np.bool_, 'DT_UINT8': np.uint8}
NAME = {np.dtype(v): k for k, v in DT.items()}
req = json.load(sys.stdin)
interpreter = tf.lite.Interpreter(model_path=req['model'])
runner = interpreter.get_signature_runner(req['signature'])
out = []
for case in req['cases']:
    def feed(t):
        if t['dtype'] == 'DT_STRING':
            return np.array([base64.b64decode(s) for s in t['strings_b64']], dtype=object).reshape(t['shape'])
        return np.frombuffer(base64.b64decode(t['b64']), dtype=DT[t['dtype']]).reshape(t['shape'])
    feeds = {k: feed(t) for k, t in case.items()}
    res = runner(**feeds)
    out.append({k: {'dtype': NAME[np.asarray(v).dtype], 'shape': list(np.shape(v)), 'b64': base64.b64encode(np.ascontiguousarray(v).tobytes()).decode()} for k, v in res.items()})
json.dump({'signatures': list(interpreter.get_signature_list().keys()), 'outputs': out}, sys.stdout)
`;

/** Runs `signature` of a .tflite file on each case's inputs in tf.lite.Interpreter; also lists its signatures. */
export function runTfliteInterpreter(model: string, signature: string, cases: GoldenCase[]): { signatures: string[]; outputs: Array<Record<string, GoldenTensor>> } {
  const r = spawnSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', PY_RUNNER], {
    input: JSON.stringify({ model, signature, cases: cases.map((c) => c.inputs) }),
    encoding: 'utf8',
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', CUDA_VISIBLE_DEVICES: '' },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`tf.lite.Interpreter failed on ${model}: ${r.stderr.trim().split('\n').slice(-4).join('\n')}`);
  return JSON.parse(r.stdout) as { signatures: string[]; outputs: Array<Record<string, GoldenTensor>> };
}
