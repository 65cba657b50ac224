/**
 * The one way mdeploy decodes protobuf bytes read from a model. protobufjs reports damage as plain Errors
 * ("illegal tag", "invalid wire type", "index out of range"), a TypeError for invalid UTF-8 in a string
 * field, and a RangeError when nesting overflows the stack; all of them become one typed error that names
 * the file and the message being read.
 */
import { isMdeployError, MdeployError } from '../errors.js';

export interface DecodeSite {
  /** The file the bytes come from. */
  file: string;
  /** What is being decoded, for the message: "the GraphDef", `the bundle entry for "x"`. */
  what: string;
  /** E_PB_CORRUPT for saved_model.pb; E_BUNDLE_CORRUPT for the variables. */
  code?: 'E_PB_CORRUPT' | 'E_BUNDLE_CORRUPT';
}

/** Why a decoder failed, in words a user can act on. */
function describeDecodeError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/index out of range/.test(msg)) return `truncated: ${msg}`;
  if (err instanceof RangeError && /call stack/.test(msg)) return 'nested too deeply';
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'a string field is not valid UTF-8';
  return msg;
}

/**
 * Decodes `bytes` with `type.decode` (a protobufjs message class, or a scanner such as scanGraphDef); any
 * failure becomes `site.code` (E_PB_CORRUPT by default) naming the file.
 */
export function decodeProto<T>(type: { decode(bytes: Uint8Array): T }, bytes: Uint8Array, site: DecodeSite): T {
  try {
    return type.decode(bytes);
  } catch (err) {
    if (isMdeployError(err)) throw err;
    throw new MdeployError(site.code ?? 'E_PB_CORRUPT', `${site.what} does not parse (${describeDecodeError(err)})`, { file: site.file, cause: err });
  }
}
