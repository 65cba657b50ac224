/** TF Serving's command lines, read with TF Serving's meanings as soon as one of its own flags appears. */
import { describe, expect, it } from 'vitest';
import { fromTfServingArgs, usesTfServingFlags } from '../../src/cli/tfserving-flags.js';

describe('TF Serving flags for mdeploy serve', () => {
  it('switches to TF Serving\'s meanings only when a TF Serving-only flag is present', () => {
    expect(usesTfServingFlags(['models/m', '--port', '9000'])).toBe(false);
    expect(usesTfServingFlags(['--port=8500', '--model_name=m'])).toBe(true);
    expect(usesTfServingFlags(['--rest_api_port', '8501'])).toBe(true);
  });

  it('translates the documented docker command line', () => {
    const r = fromTfServingArgs(['--port=8500', '--rest_api_port=8501', '--model_name=half_plus_two', '--model_base_path=/models/half_plus_two']);
    expect(r.args).toEqual(['/models/half_plus_two', '--name', 'half_plus_two', '--grpc-port', '8500', '--port', '8501']);
  });

  it('keeps REST off without --rest_api_port, as TF Serving does, and gRPC on 8500 by default', () => {
    expect(fromTfServingArgs(['--model_config_file=/m/models.config']).args).toEqual(['--model-config-file', '/m/models.config', '--grpc-port', '8500', '--port', '-1']);
  });

  it('reads TF Serving booleans and durations, and drops flags mdeploy has no use for', () => {
    const r = fromTfServingArgs(['--model_name', 'm', '--model_base_path', '/m', '--enable_batching', '--batching_parameters_file=/b.config', '--file_system_poll_wait_seconds=5', '--enable_signature_method_name_check=false', '--rest_api_num_threads=4']);
    expect(r.args).toEqual(['/m', '--name', 'm', '--batching', '--batching-config', '/b.config', '--poll', '5s', '--grpc-port', '8500', '--port', '-1']);
    expect(r.ignored).toEqual(['--rest_api_num_threads']);
    expect(fromTfServingArgs(['--model_name=m', '--enable_batching=false']).args).toContain('--no-batching');
  });

  it('refuses TF Serving flags it does not implement, all at once, and bad booleans', () => {
    expect(() => fromTfServingArgs(['--model_name=m', '--platform_config_file=x', '--ssl_config_file=y'])).toThrow(/--platform_config_file, --ssl_config_file/);
    expect(() => fromTfServingArgs(['--model_name=m', '--enable_batching=maybe'])).toThrow(/true or false/);
  });

  it('passes mdeploy\'s own flags through beside TF Serving\'s', () => {
    expect(fromTfServingArgs(['--model_name=m', '--model_base_path=/m', '--backend', 'onnx', '--log-format', 'json']).args).toEqual(['/m', '--name', 'm', '--backend', 'onnx', '--log-format', 'json', '--grpc-port', '8500', '--port', '-1']);
  });
});
