/**
 * Serving a SavedModel without libtensorflow: when tfjs-node cannot load, `--backend auto` converts each
 * servable signature to ONNX in memory (the same compiler as `mdeploy convert --to onnx`) and runs it on
 * onnxruntime-node. Signatures the ONNX target cannot express (ParseExample behind classify/regress, string
 * ops) stay listed in the metadata, marked unavailable with the reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph, exportTarget } from '../convert/targets.js';
import { MdeployError } from '../errors.js';
import { buildGraph } from '../graph/index.js';
import { openOnnxModel } from '../runtime/onnx.js';
import type { ModelSession } from '../runtime/session.js';
import type { SavedModel } from '../savedmodel/savedmodel.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { VERSION } from '../version.js';

export interface ConvertedModel {
  /** One onnxruntime session per signature that converted. */
  sessions: Map<string, ModelSession>;
  /** Signature key → why it cannot run without TensorFlow. */
  unavailable: Map<string, string>;
  dispose(): Promise<void>;
}

/** Converts every signature it can; throws only when none converts. */
export async function convertForOnnxRuntime(model: SavedModel, tags: string[], signatures: SignatureInfo[]): Promise<ConvertedModel> {
  const sessions = new Map<string, ModelSession>();
  const unavailable = new Map<string, string>();
  const tempDirs: string[] = [];
  const onnx = exportTarget('onnx');
  for (const sig of signatures) {
    try {
      const built = await buildGraph(model, { tags, signature: sig.key });
      const planned = exportGraph(onnx, built, { convertedBy: `mdeploy ${VERSION}`, fileName: 'model.onnx' });
      let source: string | Uint8Array = planned.files[0]!.bytes;
      if (planned.files.length > 1) {
        // Weights past protobuf's 2 GB limit live in a side file that onnxruntime finds by name.
        const dir = mkdtempSync(join(tmpdir(), 'mdeploy-serve-onnx-'));
        tempDirs.push(dir);
        for (const f of planned.files) writeFileSync(join(dir, f.path), f.bytes);
        source = join(dir, planned.files[0]!.path);
      }
      sessions.set(sig.key, await openOnnxModel(source, { signature: sig }));
    } catch (err) {
      unavailable.set(sig.key, reasonOf(err));
    }
  }
  const dispose = async (): Promise<void> => {
    await Promise.all([...sessions.values()].map((s) => s.dispose()));
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  };
  if (sessions.size === 0) {
    await dispose();
    const why = [...unavailable].map(([k, r]) => `${k}: ${r}`).join('; ');
    throw new MdeployError('E_UNSUPPORTED_MODEL', `needs TensorFlow (tfjs-node does not load), and no signature converts to ONNX (${why})`, {
      file: model.dir,
      suggestions: ['Run `mdeploy doctor --fix-tfjs-node` so the tf backend can run it.'],
    });
  }
  return { sessions, unavailable, dispose };
}

function reasonOf(err: unknown): string {
  if (err instanceof MdeployError && err.code === 'E_UNSUPPORTED_OPS') {
    const ops = (err.details as { unsupported?: Array<{ op: string }> } | undefined)?.unsupported?.map((o) => o.op);
    if (ops?.length) return `needs TensorFlow: no ONNX conversion for ${ops.join(', ')}`;
  }
  return `needs TensorFlow: ${(err as Error).message.split('\n')[0]}`;
}
