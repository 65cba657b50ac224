/** The human view of a conversion: what was written, what the graph became, and the error table. */
import { columns, formatBytes } from '../util/format.js';
import type { OutputComparison } from '../validate/compare.js';
import type { ValidationReport } from '../validate/validate.js';
import type { ConvertResult } from './convert.js';

export function renderValidation(v: ValidationReport): string[] {
  const fmt = (x: number): string => (Number.isNaN(x) ? '-' : x === 0 ? '0' : x.toExponential(2));
  const rows = [['output', 'dtype', 'shape', 'max abs err', 'max rel err', 'result']];
  for (const o of v.outputs) rows.push([o.output, o.dtype, `[${o.shape.join(', ')}]`, fmt(o.maxAbs), fmt(o.maxRel), verdict(o)]);
  return [
    `Validation against TensorFlow (${v.inputs === 'random' ? 'random inputs' : v.inputs}; pass when max abs ≤ ${v.tolerance.atol} + ${v.tolerance.rtol} · max |reference|)`,
    ...columns(rows, '  '),
  ];
}

function verdict(o: OutputComparison): string {
  if (o.pass) return 'ok';
  if (o.note) return `FAIL: ${o.note}`;
  return `FAIL (${o.mismatches} elements)`;
}

export function renderConvert(r: ConvertResult): string {
  const out: string[] = [];
  out.push(`Converted ${r.source.path} (signature ${r.source.signature}) → ${r.target}`);
  out.push(`  output   ${r.output}  (${r.files.length} file${r.files.length === 1 ? '' : 's'}, ${formatBytes(r.totalBytes)})`);
  const g = r.graph;
  out.push(
    `  graph    ${g.nodesBefore} → ${g.nodesAfter} nodes: ${g.constantsFolded} folded, ${g.batchNormsFolded} scale/bias folded, ${g.fused} fused, ${g.deadRemoved} removed` +
      (g.functions ? `, ${g.functions} control-flow bodies` : ''),
  );
  const q = r.details['quantization'] as { mode: string; quantized: number; keptFloat: number; bytesBefore: number; bytesAfter: number } | undefined;
  if (q) {
    // The float32 file would hold the quantized constants at full size instead (other bytes are the same).
    const floatBytes = r.totalBytes + q.bytesBefore - q.bytesAfter;
    out.push(
      `  quantize ${q.mode}: ${q.quantized} weight${q.quantized === 1 ? '' : 's'} quantized, ${q.keptFloat} kept float32; ` +
        `${formatBytes(r.totalBytes)} against ≈${formatBytes(floatBytes)} unquantized (${(floatBytes / r.totalBytes).toFixed(2)}× smaller)`,
    );
    const i8 = r.details['quantization'] as { io?: string; int8Operators?: number; floatOperators?: Record<string, number>; floatUncalibrated?: Record<string, number>; calibration?: { samples: number; source: string } };
    if (i8.calibration) {
      const list = (m: Record<string, number> | undefined): string => Object.entries(m ?? {}).map(([op, n]) => `${op}${n > 1 ? ` ×${n}` : ''}`).join(', ');
      const kept = [
        ...(list(i8.floatOperators) ? [`no int8 kernel: ${list(i8.floatOperators)}`] : []),
        ...(list(i8.floatUncalibrated) ? [`tensors not calibrated: ${list(i8.floatUncalibrated)}`] : []),
      ];
      out.push(
        `           ${i8.int8Operators} operators in int8, ${kept.length ? `kept float32 (${kept.join('; ')})` : 'none left float32'}; ` +
          `${i8.io} I/O; calibrated on ${i8.calibration.samples} sample${i8.calibration.samples === 1 ? '' : 's'} of ${i8.calibration.source}`,
      );
    }
    if (typeof r.details['validatedAs'] === 'string') out.push(`           ${r.details['validatedAs']}`);
  }
  out.push(`  time     ${r.timingsMs['total']} ms`);
  out.push('');
  if ('skipped' in r.validation) out.push(`Validation skipped: ${r.validation.skipped}`);
  else out.push(...renderValidation(r.validation));
  return out.join('\n');
}
