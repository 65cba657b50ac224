/**
 * Which TF ops each target handles, for callers that ask the exporters (the op suite's tests): the answer
 * comes from the one registry of targets, src/convert/targets.ts, whose records hold the op registries.
 */
export { targetSupport, type TargetName, type TargetOpSupport } from '../convert/targets.js';
