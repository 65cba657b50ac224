// The corpus is current when test/corpus/.stamp holds the hash of the generator and the venv's requirements
// (scripts/fixtures.mjs writes it after a full run; scripts/bootstrap.mjs skips the run when it matches).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'test', 'corpus', '.stamp');
const inputs = [join(root, 'scripts', 'generate_corpus.py'), join(root, 'test', 'python', 'requirements.txt')];

export function corpusStamp() {
  return createHash('sha256').update(inputs.map((f) => readFileSync(f)).join('\0')).digest('hex').slice(0, 16);
}
export function corpusIsCurrent() {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === corpusStamp();
}
export function markCorpusCurrent() {
  writeFileSync(stampFile, `${corpusStamp()}\n`);
}
