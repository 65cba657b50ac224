/**
 * Kernels tfjs-node lacks, borrowed from the pure-JavaScript CPU backend. A TF.js graph model may use ops that
 * the browser backends implement but libtensorflow's binding does not register (DenseBincount, SearchSorted,
 * the sparse and string ops, …); tfjs-converter would then fail at run time. Each such kernel is registered for
 * the tfjs-node backend as a bridge: the inputs are copied into a private CPU backend, the CPU kernel runs there
 * and its outputs are copied back. Nothing global changes (the active backend stays tfjs-node), so models served
 * side by side are unaffected, and the exported model stays a plain TF.js model.
 */
import { createRequire } from 'node:module';

type Tf = typeof import('@tensorflow/tfjs-node');
type KernelBackend = import('@tensorflow/tfjs-node').KernelBackend;
type TensorInfo = import('@tensorflow/tfjs-node').TensorInfo;
type BackendValues = import('@tensorflow/tfjs-node').BackendValues;

interface DataMover {
  readSync(dataId: object): BackendValues;
  write(values: BackendValues, shape: number[], dtype: string): object;
  disposeData(dataId: object, force?: boolean): boolean;
}

const NODE_BACKEND = 'tensorflow';

/**
 * Registers a tfjs-node kernel for every kernel the CPU backend has and tfjs-node lacks; returns their names.
 * Idempotent.
 */
export function bridgeCpuKernels(tf: Tf): string[] {
  createRequire(import.meta.url)('@tensorflow/tfjs-backend-cpu');
  const cpuKernels = tf.getKernelsForBackend('cpu');
  const bridged: string[] = [];
  for (const k of cpuKernels) {
    if (tf.getKernel(k.kernelName, NODE_BACKEND)) continue;
    tf.registerKernel({
      kernelName: k.kernelName,
      backendName: NODE_BACKEND,
      kernelFunc: ({ inputs, attrs, backend }) => {
        const node = backend as unknown as DataMover;
        const cpu = tf.findBackend('cpu') as unknown as DataMover & KernelBackend & { firstUse?: boolean };
        // The CPU backend's first write advises installing tfjs-node, which is what is running.
        cpu.firstUse = false;
        const moved: TensorInfo[] = [];
        const toCpu = (t: TensorInfo): TensorInfo => {
          const info = { dataId: cpu.write(node.readSync(t.dataId), [...t.shape], t.dtype), shape: t.shape, dtype: t.dtype };
          moved.push(info);
          return info;
        };
        const cpuInputs = Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, t ? toCpu(t) : t]));
        try {
          const out = k.kernelFunc({ inputs: cpuInputs, attrs, backend: cpu });
          const back = (t: TensorInfo): TensorInfo => {
            const info = { dataId: node.write(cpu.readSync(t.dataId), [...t.shape], t.dtype), shape: t.shape, dtype: t.dtype };
            cpu.disposeData(t.dataId, true);
            return info;
          };
          return Array.isArray(out) ? out.map(back) : back(out as TensorInfo);
        } finally {
          for (const t of moved) cpu.disposeData(t.dataId, true);
        }
      },
    });
    bridged.push(k.kernelName);
  }
  return bridged;
}
