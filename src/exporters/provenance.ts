/**
 * The "converted from" line written into ONNX's doc_string and TFLite's description (and TF.js' metadata.source). It names the model by its
 * directory (and version), not its absolute path: the same model converted on two machines gives the same
 * bytes, and a file shipped to users does not carry the converting machine's directory layout.
 */
import { basename, dirname } from 'node:path';
import type { GraphMeta } from '../graph/ir.js';

export function provenance(meta: Pick<GraphMeta, 'source' | 'signatureKey'>, convertedBy: string): string {
  return `Converted from ${sourceName(meta.source)} (signature ${meta.signatureKey}) by ${convertedBy}`;
}

/** A model directory as its name (and version directory): `mlp/1`, never the absolute path. */
export function sourceName(source: string): string {
  const leaf = basename(source);
  return /^\d+$/.test(leaf) && basename(dirname(source)) ? `${basename(dirname(source))}/${leaf}` : leaf;
}
