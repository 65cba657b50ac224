/**
 * The "converted from" line written into ONNX's doc_string and TFLite's description. It names the model by its
 * directory (and version), not its absolute path: the same model converted on two machines gives the same
 * bytes, and a file shipped to users does not carry the converting machine's directory layout.
 */
import { basename, dirname } from 'node:path';
import type { GraphMeta } from '../graph/ir.js';

export function provenance(meta: Pick<GraphMeta, 'source' | 'signatureKey'>, convertedBy: string): string {
  const leaf = basename(meta.source);
  const name = /^\d+$/.test(leaf) && basename(dirname(meta.source)) ? `${basename(dirname(meta.source))}/${leaf}` : leaf;
  return `Converted from ${name} (signature ${meta.signatureKey}) by ${convertedBy}`;
}
