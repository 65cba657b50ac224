/** TF.js target: cases of the per-op suite that do not match TensorFlow yet (see op-suite-known.ts). */
import type { KnownProblems } from './op-suite-known.js';

export const TFJS_KNOWN: KnownProblems = {};
