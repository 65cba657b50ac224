/** docs/ops.md, generated from the exporters' registries (one source of truth for docs and inspect). */
import { FROZEN_AWAY } from '../graph/freeze.js';
import { TARGETS, targetSupport } from './index.js';
import { tfjsOps } from './tfjs/registry.js';
import { onnxOps } from './onnx/registry.js';
import './onnx/ops/index.js';
import { tfliteOps } from './tflite/registry.js';
import './tflite/ops/index.js';
import type { OpHandlerRegistry } from './op-registry.js';

const REGISTRIES: Partial<Record<string, OpHandlerRegistry<unknown>>> = { tfjs: tfjsOps as OpHandlerRegistry<unknown>, tflite: tfliteOps as OpHandlerRegistry<unknown> };

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
  for (const target of TARGETS) {
    const reg = REGISTRIES[target];
    out.push(`## ${target}`, '');
    if (target === 'onnx') {
      const rows = onnxOps.table();
      out.push(`${rows.length} ops, for opsets 13–21 (default 17). "since" is the lowest opset the op exports at.`, '', '| op | category | since |', '| --- | --- | --- |');
      for (const r of rows) out.push(`| \`${r.op}\` | ${r.category} | ${r.minOpset} |`);
      out.push('');
      continue;
    }
    if (!reg || !targetSupport(target).available) {
      out.push('Not available yet.', '');
      continue;
    }
    const rows = reg.table();
    out.push(`${rows.length} ops.`, '', '| op | category |', '| --- | --- |');
    for (const r of rows) out.push(`| \`${r.op}\` | ${r.category} |`);
    out.push('');
  }
  return out.join('\n');
}
