/**
 * docs/ops.md, generated from the one registry of targets (src/convert/targets.ts) and the op registries its
 * records hold: one source of truth for the docs, `inspect` and `--to`.
 */
import { EXPORT_TARGETS } from '../convert/targets.js';
import { FROZEN_AWAY } from '../graph/freeze.js';

export function opsDocument(): string {
  const out: string[] = [
    '# Supported TensorFlow ops per target',
    '',
    'Generated from the exporters\' op registries by `node scripts/gen-ops-doc.mjs`; a test fails when this file',
    'and the registries disagree. `mdeploy inspect` prints the same support per model.',
    '',
    'Freezing removes these before any exporter runs, so every target handles them: ' + [...FROZEN_AWAY].sort().map((o) => `\`${o}\``).join(', ') + '.',
    '',
  ];
  for (const target of EXPORT_TARGETS) {
    const rows = target.ops.table();
    out.push(`## ${target.name}`, '');
    const v = target.opVersions;
    if (v) {
      out.push(`${rows.length} ops, for ${v.label}s ${v.min}–${v.max} (default ${v.default}). "since" is the lowest ${v.label} the op exports at.`, '', '| op | category | since |', '| --- | --- | --- |');
      for (const r of rows) out.push(`| \`${r.op}\` | ${r.category} | ${r.since ?? v.min} |`);
    } else {
      out.push(`${rows.length} ops.`, '', '| op | category |', '| --- | --- |');
      for (const r of rows) out.push(`| \`${r.op}\` | ${r.category} |`);
    }
    out.push('');
    const operators = target.ops.operatorTable();
    if (operators.length) {
      out.push(
        `### ${target.name} operator versions`,
        '',
        `The versions written into the file for these operators, per kernel (the types it runs on); every other one is version 1.`,
        'Where a kernel lists several, the operator\'s tensors and options choose (as TFLite\'s `op_version.cc` does).',
        '',
        '| operator | kernel | versions |',
        '| --- | --- | --- |',
      );
      for (const r of operators) out.push(`| \`${r.operator}\` | ${r.kernel} | ${r.versions.join(', ')} |`);
      out.push('');
    }
  }
  return out.join('\n');
}
