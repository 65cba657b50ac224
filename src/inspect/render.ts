/** The human view of an InspectResult. */
import { columns, formatBytes, formatShape } from '../util/format.js';
import type { InspectResult, InspectTensor } from './inspect.js';
import type { TfliteInspectResult, TfliteInspectTensor } from './tflite.js';

function tensorRows(m: Record<string, InspectTensor>): string[][] {
  return Object.entries(m).map(([k, t]) => [k, t.name, t.dtype, formatShape(t.shape) + (t.encoding ? ` (${t.encoding})` : '')]);
}

export function renderInspect(r: InspectResult, opts: { ops?: number; variables?: boolean } = {}): string {
  const out: string[] = [];
  const where = r.basePath ? `${r.path}  (version ${r.version} of ${r.versions.join(', ')})` : r.path;
  out.push(`SavedModel  ${where}`);
  out.push(
    ...columns(
      [
        ['file', `${r.file.format === 'pb' ? 'saved_model.pb' : 'saved_model.pbtxt'} (${formatBytes(r.file.bytes)})`],
        ['graph', r.graphKind === 'tf2' ? 'TF2 (object graph, functions)' : 'TF1 (graph variables, Saver)'],
        ['tensorflow', r.tensorflowVersion || 'unknown'],
        ['tag-sets', r.tagSets.map((t) => `[${t.join(', ')}]`).join('  ')],
      ],
      '  ',
    ),
  );
  out.push('');
  out.push(`Signatures (tags: ${r.tags.join(', ')})`);
  for (const [key, sig] of Object.entries(r.signatures)) {
    out.push(`  ${key}  ${sig.methodName}${key === r.defaultSignature ? '  (default)' : ''}`);
    out.push('    inputs');
    out.push(...(Object.keys(sig.inputs).length ? columns(tensorRows(sig.inputs), '      ') : ['      (none)']));
    out.push('    outputs');
    out.push(...(Object.keys(sig.outputs).length ? columns(tensorRows(sig.outputs), '      ') : ['      (none)']));
  }
  out.push('');
  const v = r.variables;
  out.push(v.count === 0 ? 'Variables   none' : `Variables   ${v.count} tensors, ${formatBytes(v.bytes)} in ${v.shards} shard${v.shards === 1 ? '' : 's'}`);
  if (opts.variables) out.push(...columns(v.entries.map((e) => [e.key, e.dtype, formatShape(e.shape), formatBytes(e.bytes)]), '  '));
  out.push(r.assets.length === 0 ? 'Assets      none' : `Assets      ${r.assets.map((a) => `${a.path} (${formatBytes(a.bytes)})`).join(', ')}`);
  out.push('');
  const hist = Object.entries(r.ops.histogram);
  const limit = opts.ops ?? 24;
  out.push(`Ops         ${r.ops.total} nodes of ${r.ops.types} types reachable from the signature${Object.keys(r.signatures).length === 1 ? '' : 's'} (${r.functions} library functions)`);
  const shown = hist.slice(0, limit).map(([op, n]) => `${op} ${n}`);
  for (let i = 0; i < shown.length; i += 6) out.push(`  ${shown.slice(i, i + 6).join('  ')}`);
  if (hist.length > limit) out.push(`  … ${hist.length - limit} more (--ops all, or --json)`);
  out.push('');
  out.push('Converters');
  const rows = Object.entries(r.targets).map(([name, t]) => {
    if (!t.available) return [name, 'not available in this version'];
    if (t.supported) return [name, `all ${r.ops.types} op types supported`];
    return [name, `${t.unsupportedOps.length} unsupported: ${t.unsupportedOps.join(', ')}`];
  });
  out.push(...columns(rows, '  '));
  return out.join('\n');
}

function tfliteRows(m: Record<string, TfliteInspectTensor>): string[][] {
  return Object.entries(m).map(([k, t]) => [k, t.name, t.dtype, formatShape(t.shape) + (t.quantization ? ` (quantized, ${t.quantization.scale.length === 1 ? 'per-tensor' : `per-axis ${t.quantization.quantizedDimension}`})` : '')]);
}

/** The human view of a TfliteInspectResult. */
export function renderTfliteInspect(r: TfliteInspectResult, opts: { ops?: number } = {}): string {
  const out: string[] = [];
  const where = r.basePath ? `${r.path}  (version ${r.version} of ${r.versions.join(', ')})` : r.path;
  out.push(`TFLite  ${where}`);
  out.push(
    ...columns(
      [
        ['file', `${r.file.path} (${formatBytes(r.file.bytes)})`],
        ['schema', `TFLite flatbuffer schema version ${r.tfliteSchemaVersion}`],
        ...(r.description ? [['description', r.description]] : []),
        ['subgraphs', r.subgraphs.map((s) => `${s.name || '(unnamed)'} (${s.operators} ops)`).join(', ')],
      ],
      '  ',
    ),
  );
  out.push('');
  out.push(
    r.signatureSource === 'signature_defs'
      ? 'Signatures'
      : r.signatureSource === 'metadata'
        ? 'Signatures (from signature_defs_metadata, as TF Serving reads them; run on the main subgraph)'
        : 'Signatures (no SignatureDefs: the main subgraph, keyed by tensor name)',
  );
  for (const [key, sig] of Object.entries(r.signatures)) {
    out.push(`  ${key}  subgraph ${sig.subgraph}${key === r.defaultSignature ? '  (default)' : ''}`);
    out.push('    inputs');
    out.push(...(Object.keys(sig.inputs).length ? columns(tfliteRows(sig.inputs), '      ') : ['      (none)']));
    out.push('    outputs');
    out.push(...(Object.keys(sig.outputs).length ? columns(tfliteRows(sig.outputs), '      ') : ['      (none)']));
  }
  out.push('');
  out.push(`Tensors     ${r.tensors} in ${r.subgraphs.length} subgraph${r.subgraphs.length === 1 ? '' : 's'}`);
  out.push(`Buffers     ${r.buffers.count}, ${formatBytes(r.buffers.bytes)}`);
  out.push(r.metadata.length === 0 ? 'Metadata    none' : `Metadata    ${r.metadata.map((m) => `${m.name} (${formatBytes(m.bytes)})`).join(', ')}`);
  out.push('');
  const hist = Object.entries(r.ops.histogram);
  const limit = opts.ops ?? 24;
  out.push(`Ops         ${r.ops.total} operators of ${r.ops.types} types`);
  const custom = new Set(r.ops.custom);
  const shown = hist.slice(0, limit).map(([op, n]) => `${op}${custom.has(op) ? ' (custom)' : ''} ${n}`);
  for (let i = 0; i < shown.length; i += 6) out.push(`  ${shown.slice(i, i + 6).join('  ')}`);
  if (hist.length > limit) out.push(`  … ${hist.length - limit} more (--ops all, or --json)`);
  if (custom.size) out.push(`  custom operators: ${[...custom].join(', ')} (not builtin: LiteRT and TFLite need them registered)`);
  return out.join('\n');
}
