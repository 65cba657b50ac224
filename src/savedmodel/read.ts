/**
 * Reads `saved_model.pb` (binary) or `saved_model.pbtxt` (text format) into the SavedModel message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MdeployError } from '../errors.js';
import { tf } from '../proto/index.js';
import { parseTextProto } from '../proto/textformat.js';
import { decodeProto } from './decode.js';
import { SAVED_MODEL_PB, SAVED_MODEL_PBTXT } from './location.js';

export interface SavedModelFile {
  file: string;
  format: 'pb' | 'pbtxt';
  bytes: number;
  /** graph_def stays serialized until a caller needs it (see MetaGraph.graphDef). */
  proto: tf.SavedModelLazy;
}

export function readSavedModelFile(modelDir: string): SavedModelFile {
  const pb = join(modelDir, SAVED_MODEL_PB);
  const pbtxt = join(modelDir, SAVED_MODEL_PBTXT);
  if (existsSync(pb)) return decodeBinary(pb);
  if (existsSync(pbtxt)) return decodeText(pbtxt);
  throw new MdeployError('E_NO_SAVED_MODEL', `holds no ${SAVED_MODEL_PB} or ${SAVED_MODEL_PBTXT}`, { file: modelDir });
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new MdeployError('E_PATH_NOT_FOUND', `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file });
  }
}

function decodeBinary(file: string): SavedModelFile {
  const bytes = readBytes(file);
  if (bytes.length === 0) throw new MdeployError('E_PB_CORRUPT', 'is empty', { file });
  const proto = decodeProto(tf.SavedModelLazy, bytes, { file, what: 'the SavedModel' });
  checkShape(proto, file);
  return { file, format: 'pb', bytes: bytes.length, proto };
}

function decodeText(file: string): SavedModelFile {
  const bytes = readBytes(file);
  let proto: tf.SavedModelLazy;
  try {
    const full = parseTextProto(bytes.toString('utf8'), 'tensorflow', 'tensorflow.SavedModel', (o) => tf.SavedModel.fromObject(o), { allowUnknownFields: true });
    // Same wire format: re-read it in the lazy form the binary path produces.
    proto = tf.SavedModelLazy.decode(tf.SavedModel.encode(full).finish());
  } catch (err) {
    throw new MdeployError('E_PBTXT_SYNTAX', `is not a valid text-format SavedModel (${(err as Error).message})`, { file, cause: err });
  }
  checkShape(proto, file);
  return { file, format: 'pbtxt', bytes: bytes.length, proto };
}


/** A decoded message can still be nonsense (a truncation that ends on a field boundary); check the basics. */
function checkShape(proto: tf.SavedModelLazy, file: string): void {
  if (proto.metaGraphs.length === 0) {
    throw new MdeployError('E_PB_CORRUPT', 'holds no MetaGraphs (truncated, or not a SavedModel)', { file });
  }
}
