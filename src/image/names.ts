/** Names shared by the image commands (kept free of heavy imports: `serve` loads this for its flags). */

/** The user the images run as (no login shell, no password). */
export const APP_UID = 10001;
export const APP_USER = 'mdeploy';

export function defaultBaseImageTag(nodeVersion = process.versions.node): string {
  return `mdeploy/node-base:${nodeVersion}`;
}

// Docker's grammars (moby's daemon/names and distribution/reference), so names are refused before anything
// is built rather than by the daemon afterwards.
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::\d+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MAX_REPOSITORY = 255;

/**
 * A name Docker accepts as one repository path component (lowercase [a-z0-9], single separators ".", "_",
 * "__" or dashes between them), made from any model name; valid names come back unchanged.
 */
export function imageName(name: string): string {
  const out = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    // A run of separators Docker does not accept ("._", "-.", "___") becomes one dash.
    .replace(/[._-]{2,}/g, (run) => (run === '__' || /^-+$/.test(run) ? run : '-'))
    .slice(0, 128)
    .replace(/^[._-]+|[._-]+$/g, '');
  return out || 'model';
}

/** Why Docker would refuse this container name, or undefined when it is fine. */
export function containerNameProblem(name: string): string | undefined {
  if (CONTAINER_NAME.test(name)) return undefined;
  const why = name.length < 2 ? 'is too short' : /^[a-zA-Z0-9]/.test(name) ? 'holds characters Docker does not allow' : 'must start with a letter or digit';
  return `container name "${name}" ${why}: Docker container names are at least 2 characters of letters, digits, "_", "." and "-", starting with a letter or digit`;
}

/** A valid container name close to `name` (e.g. "m" → "mdeploy-m", "my model" → "my-model"). */
export function suggestContainerName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
  return cleaned.length >= 2 ? cleaned : `mdeploy-${cleaned || 'model'}`;
}

/** Why Docker would refuse this image reference as a build tag (name[:tag]), or undefined when it is fine. */
export function imageReferenceProblem(ref: string): string | undefined {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  const [repository, tag] = colon > slash ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, undefined];
  const components = repository.split('/');
  // The first component is a registry host when it looks like one (as Docker decides).
  const domain = components.length > 1 && /[.:]|^localhost$|[A-Z]/.test(components[0]!) ? components.shift()! : undefined;
  const bad: string[] = [];
  if (ref.includes('@')) bad.push('a build tag cannot carry a digest (@sha256:…)');
  else {
    if (domain !== undefined && !DOMAIN.test(domain)) bad.push(`"${domain}" is not a registry host`);
    const badPath = components.filter((c) => !PATH_COMPONENT.test(c));
    if (badPath.length) bad.push(`repository name parts are lowercase letters and digits with ".", "_", "__" or "-" between them (not ${badPath.map((c) => `"${c}"`).join(', ')})`);
    if (repository.length > MAX_REPOSITORY) bad.push(`the repository name is longer than ${MAX_REPOSITORY} characters`);
    if (tag !== undefined && !TAG.test(tag)) bad.push(`the tag after ":" is up to 128 of letters, digits, "_", "." and "-", not starting with "." or "-" (not "${tag}")`);
  }
  return bad.length ? `image tag "${ref}" is not a valid Docker reference: ${bad.join('; ')}` : undefined;
}
