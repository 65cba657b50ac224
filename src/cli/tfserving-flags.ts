/**
 * TF Serving's own command lines for `mdeploy serve`, so documented `tensorflow_model_server` invocations work
 * unchanged. The rule: as soon as any TF Serving-style flag (`--model_name`, `--rest_api_port`, …) is present,
 * the whole command line is read with TF Serving's meanings, where `--port` is the gRPC port and REST is off
 * unless `--rest_api_port` is given (TF Serving's default 0). Without one, mdeploy's own flags apply (`--port`
 * is REST there). The TF Serving line is translated to mdeploy's flags before oclif parses it.
 */
import { MdeployError } from '../errors.js';

/** TF Serving flag → mdeploy flag (booleans marked). Only flags mdeploy implements are accepted. */
const FLAGS: Record<string, { to: string; boolean?: true; seconds?: true }> = {
  port: { to: 'grpc-port' },
  rest_api_port: { to: 'port' },
  rest_api_num_threads: { to: '' },
  rest_api_timeout_in_ms: { to: 'request-timeout' },
  model_name: { to: 'name' },
  model_base_path: { to: '' },
  model_config_file: { to: 'model-config-file' },
  model_config_file_poll_wait_seconds: { to: '' },
  monitoring_config_file: { to: 'monitoring-config' },
  enable_batching: { to: 'batching', boolean: true },
  batching_parameters_file: { to: 'batching-config' },
  file_system_poll_wait_seconds: { to: 'poll', seconds: true },
  enable_signature_method_name_check: { to: 'enable-signature-method-name-check', boolean: true },
  enable_serialization_as_tensor_content: { to: 'enable-serialization-as-tensor-content', boolean: true },
  tensorflow_intra_op_parallelism: { to: 'intra-op-threads' },
  tensorflow_inter_op_parallelism: { to: 'inter-op-threads' },
  grpc_max_threads: { to: '' },
  rest_api_enable_cors_support: { to: '', boolean: true },
};

/** The TF Serving-only spellings: any of these switches the whole line to TF Serving's meanings. */
const TFS_ONLY = Object.keys(FLAGS).filter((k) => k !== 'port');

export function usesTfServingFlags(argv: readonly string[]): boolean {
  return argv.some((a) => {
    const m = /^--?([a-z_]+)(=|$)/.exec(a);
    return m !== null && TFS_ONLY.includes(m[1]!);
  });
}

/**
 * Translates a TF Serving command line into mdeploy serve's flags. Unknown TF Serving flags are refused all
 * at once (rather than silently ignored); flags TF Serving has but mdeploy does not need are dropped and named.
 */
export function fromTfServingArgs(argv: readonly string[]): { args: string[]; ignored: string[] } {
  const out: string[] = [];
  const ignored: string[] = [];
  const unknown: string[] = [];
  let grpcPort = '8500';
  let restPort: string | undefined;
  let basePath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--?([a-zA-Z0-9_-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const [, name, inline] = m;
    const spec = FLAGS[name!];
    if (!spec) {
      // mdeploy's own flags keep working beside TF Serving's, except the ambiguous ones handled above.
      if (name!.includes('_')) unknown.push(`--${name}`);
      else {
        out.push(a);
        if (inline === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) out.push(argv[++i]!);
      }
      continue;
    }
    let value = inline;
    if (spec.boolean) {
      if (value === undefined) value = 'true';
      if (!/^(true|false|1|0)$/i.test(value)) throw new MdeployError('E_USAGE', `--${name}=${value}: a TF Serving boolean flag takes true or false`);
    } else if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new MdeployError('E_USAGE', `--${name} needs a value`);
    }
    if (name === 'port') grpcPort = value;
    else if (name === 'rest_api_port') restPort = value;
    else if (name === 'model_base_path') basePath = value;
    else if (!spec.to) ignored.push(`--${name}`);
    else if (spec.boolean) out.push(/^(true|1)$/i.test(value) ? `--${spec.to}` : spec.to === 'batching' ? '--no-batching' : '');
    else out.push(`--${spec.to}`, spec.seconds ? `${value}s` : value);
  }
  if (unknown.length) throw new MdeployError('E_USAGE', `TF Serving flags mdeploy serve does not take: ${unknown.join(', ')}`, { suggestions: ['See `mdeploy serve --help` and docs/compat.md for the TF Serving flags it accepts.'] });
  // TF Serving: --port is gRPC; REST only with a non-zero --rest_api_port.
  out.push('--grpc-port', grpcPort === '0' ? '-1' : grpcPort);
  out.push('--port', restPort === undefined || restPort === '0' ? '-1' : restPort);
  if (basePath !== undefined) out.unshift(basePath);
  return { args: out.filter((x) => x !== ''), ignored };
}
