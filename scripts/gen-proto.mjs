#!/usr/bin/env node
// Regenerates src/proto/*.js|.d.ts|.json from the .proto subsets under proto/.
// Run with `npm run proto` after editing a .proto file; the output is committed so a plain
// clone builds without protobufjs-cli.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const outDir = join(root, 'src', 'proto');

/** Each bundle: output name and the .proto files it is built from. */
const bundles = {
  tensorflow: ['tensorflow/framework.proto', 'tensorflow/savedmodel.proto'],
  onnx: ['onnx/onnx.proto'],
  serving: ['tensorflow/framework.proto', 'tensorflow/savedmodel.proto', 'tensorflow/example.proto', 'google/protobuf/wrappers.proto', 'google/protobuf/any.proto', 'serving/serving.proto'],
  kserve: ['kserve/grpc_predict_v2.proto'],
};
/**
 * Bundles whose 64-bit integers are typed as Long: KServe V2's int64_contents / uint64_contents carry exact
 * values past 2^53 (grpc-v2.ts turns the Longs into bigints), which `--force-number` types as numbers.
 */
const exactLongs = new Set(['kserve']);

mkdirSync(outDir, { recursive: true });
for (const [name, files] of Object.entries(bundles)) {
  const inputs = files.map((f) => join('proto', f));
  // Each bundle gets its own protobufjs root, so bundles that share messages do not overwrite each other.
  const common = ['--path', 'proto', '--root', name, '--no-verify', '--no-delimited', '--no-service', exactLongs.has(name) ? '--force-long' : '--force-number'];
  const js = join(outDir, `${name}.js`);
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--es6', ...common, '-o', js, ...inputs], { cwd: root, stdio: 'inherit' });
  // protobufjs' ES6 wrapper imports "protobufjs/minimal"; Node's ESM resolver needs the extension.
  writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'));
  execFileSync(bin('pbts'), ['-o', join(outDir, `${name}.d.ts`), js], { cwd: root, stdio: 'inherit' });
  // pbts needs the JSDoc comments; the shipped module does not (it loads ~4x faster without them).
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--es6', '--no-comments', ...common, '-o', js, ...inputs], { cwd: root, stdio: 'inherit' });
  writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'));
  execFileSync(bin('pbjs'), ['-t', 'json', '--path', 'proto', '-o', join(outDir, `${name}.json`), ...inputs], { cwd: root, stdio: 'inherit' });
}
