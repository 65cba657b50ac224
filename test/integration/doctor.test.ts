import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNode } from '../../src/doctor/checks.js';
import { ExitCode } from '../../src/errors.js';
import { mdeploy } from '../helpers/cli.js';
import { describeWith } from '../helpers/env.js';

interface Report {
  ok: boolean;
  checks: Array<{ name: string; status: string; detail: string; fix?: string }>;
}

describe('mdeploy doctor', () => {
  const r = mdeploy(['doctor', '--json']);
  const report = JSON.parse(r.stdout) as Report;

  it('reports every component', () => {
    expect(r.status).toBe(0);
    expect(report.checks.map((c) => c.name)).toEqual(['node', 'tfjs-node', 'onnxruntime-node', 'docker', 'python-tensorflow']);
    expect(report.checks.find((c) => c.name === 'node')!.status).toBe('ok');
    expect(report.checks.find((c) => c.name === 'onnxruntime-node')!.status).toBe('ok');
    for (const c of report.checks) if (c.status !== 'ok') expect(c.fix, c.name).toBeTruthy();
  });

  it('judges Node versions', () => {
    expect(checkNode('20.10.0').status).toBe('ok');
    expect(checkNode('22.1.0').status).toBe('ok');
    expect(checkNode('18.19.0').status).toBe('missing');
    expect(checkNode('20.9.0').status).toBe('missing');
  });

  it('--fix-tfjs-node refuses a directory that is not a TensorFlow install, before touching anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-tf-'));
    try {
      const bad = mdeploy(['doctor', '--fix-tfjs-node', '--tensorflow', dir]);
      expect(bad.status).toBe(ExitCode.dependencyMissing);
      expect(bad.stderr).toMatch(/E_DEPENDENCY_MISSING: .*libtensorflow_cc\.so\.2 is missing/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('--fix-tfjs-node --download says what it tried when pip cannot reach a wheel', () => {
    const cache = mkdtempSync(join(tmpdir(), 'mdeploy-cache-'));
    try {
      // pip with no configuration and an index nobody listens on: the state of an offline machine.
      const env = { MDEPLOY_CACHE_DIR: cache, PIP_CONFIG_FILE: '/dev/null', PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_FIND_LINKS: '', PIP_RETRIES: '0', PIP_TIMEOUT: '2' };
      const r = mdeploy(['doctor', '--fix-tfjs-node', '--download', '--tensorflow-version', '2.21.0'], { env });
      expect(r.status).toBe(ExitCode.dependencyMissing);
      expect(r.stderr).toMatch(/E_DEPENDENCY_MISSING: pip could not download tensorflow-cpu==2\.21\.0/);
      expect(r.stderr).toMatch(/tried: python3 -m pip download --no-deps .*tensorflow-cpu==2\.21\.0 -d /);
      expect(r.stderr).toMatch(/hint: .*--wheel FILE/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      // Progress went to stderr; stdout stays clean for scripts.
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/fix-tfjs-node: downloading the tensorflow-cpu 2\.21\.0 wheel/);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describeWith(['tfjs-node'], 'doctor with a working tfjs-node', () => {
  it('reports the binding and the libtensorflow version it runs', () => {
    const report = JSON.parse(mdeploy(['doctor', '--json']).stdout) as Report;
    const tfjs = report.checks.find((c) => c.name === 'tfjs-node')!;
    expect(tfjs.status).toBe('ok');
    expect(tfjs.detail).toMatch(/libtensorflow \d+\.\d+/);
  });
});
