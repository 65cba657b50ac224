import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { runDoctor, type DoctorReport } from '../doctor/checks.js';
import { fixTfjsNode, type FixTfjsNodeResult } from '../doctor/fix-tfjs-node.js';
import { DEFAULT_TENSORFLOW_VERSION } from '../doctor/tf-wheel.js';
import { columns } from '../util/format.js';

export default class Doctor extends BaseCommand {
  static override summary = 'Check Node, the tfjs-node binding, onnxruntime-node, Docker and Python TensorFlow.';
  static override description =
    'With --fix-tfjs-node it builds @tensorflow/tfjs-node\'s native binding against the libtensorflow inside a ' +
    'TensorFlow pip wheel: an installed TensorFlow (found with python3, or given with --tensorflow), else the ' +
    'tensorflow-cpu wheel, which pip downloads (no install) into the user cache once per machine (--download ' +
    'forces this; --wheel uses a file you already have).';
  static override examples = [
    '<%= config.bin %> doctor',
    '<%= config.bin %> doctor --fix-tfjs-node',
    '<%= config.bin %> doctor --fix-tfjs-node --tensorflow .venv/lib/python3.11/site-packages/tensorflow',
    '<%= config.bin %> doctor --fix-tfjs-node --download --tensorflow-version 2.21.0',
    '<%= config.bin %> doctor --fix-tfjs-node --wheel tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl',
  ];
  static override flags = {
    'fix-tfjs-node': Flags.boolean({ description: 'build the tfjs-node binding from a TensorFlow wheel (installed, or fetched by pip)' }),
    tensorflow: Flags.string({ description: 'the installed tensorflow package directory (default: ask python3)', dependsOn: ['fix-tfjs-node'], exclusive: ['download', 'wheel'] }),
    download: Flags.boolean({ description: 'use the tensorflow-cpu wheel (pip download, cached) even if TensorFlow is installed', dependsOn: ['fix-tfjs-node'] }),
    wheel: Flags.string({ description: 'a tensorflow-cpu wheel file to take libtensorflow from (no download)', dependsOn: ['fix-tfjs-node'] }),
    'tensorflow-version': Flags.string({ description: `which tensorflow-cpu wheel to download (default ${DEFAULT_TENSORFLOW_VERSION})`, dependsOn: ['fix-tfjs-node'] }),
  };

  async run(): Promise<DoctorReport & { fix?: FixTfjsNodeResult }> {
    const { flags } = await this.parse(Doctor);
    let fix: FixTfjsNodeResult | undefined;
    if (flags['fix-tfjs-node']) {
      const quiet = this.jsonEnabled();
      const log = (l: string): void => {
        if (!quiet) process.stderr.write(`fix-tfjs-node: ${l}\n`);
      };
      fix = await fixTfjsNode({
        tensorflowDir: flags.tensorflow,
        download: flags.download,
        wheel: { version: flags['tensorflow-version'], wheel: flags.wheel, onOutput: (chunk) => quiet || process.stderr.write(chunk) },
        log,
      });
      this.log(`tfjs-node binding built in ${fix.seconds.toFixed(1)} s: ${fix.binding}`);
    }
    const report = await runDoctor();
    const mark = { ok: 'ok', warn: '--', missing: 'NO' } as const;
    this.log(columns(report.checks.map((c) => [mark[c.status], c.name, c.detail])).join('\n'));
    for (const c of report.checks) if (c.fix && c.status !== 'ok') this.log(`\n${c.name}: ${c.fix}`);
    return fix ? { ...report, fix } : report;
  }
}
