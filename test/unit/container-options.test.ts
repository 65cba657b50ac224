/**
 * What a `serve --docker` container is allowed, without Docker: names Docker would refuse, flag checks
 * (every bad value in one E_USAGE), default limits, and the create body (HostConfig) runContainer() sends.
 * That the daemon and the kernel apply it is image.integration.test.ts's job.
 */
import { describe, expect, it } from 'vitest';
import { exitReason, takenPort } from '../../src/image/container.js';
import {
  checkContainerRequest,
  CONTAINER_DEFAULTS,
  defaultMemoryBytes,
  defaultPidsLimit,
  describeLimits,
  planContainer,
  resolveLimits,
  type ContainerRequest,
  type ContainerSpec,
} from '../../src/image/container-options.js';
import { containerNameProblem, imageName, imageReferenceProblem, suggestContainerName } from '../../src/image/names.js';
import { MdeployError } from '../../src/errors.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const DOCKER_CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const DOCKER_PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

function usage(fn: () => unknown): MdeployError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MdeployError);
    expect((err as MdeployError).code).toBe('E_USAGE');
    expect((err as MdeployError).exitCode).toBe(2);
    return err as MdeployError;
  }
  throw new Error('expected an E_USAGE error');
}

const request = (over: Partial<ContainerRequest> = {}): ContainerRequest => ({ restPort: 8501, grpcPort: 8500, ...over });

describe('container and image names', () => {
  it.each([
    ['m', false],
    ['-x', false],
    ['.hidden', false],
    ['my model', false],
    ['é-model', false],
    ['mm', true],
    ['m1', true],
    ['half_plus_two.v2-a', true],
    ['9lives', true],
  ])('container name %j is valid: %s', (name, ok) => {
    expect(containerNameProblem(name) === undefined).toBe(ok);
    expect(DOCKER_CONTAINER_NAME.test(name)).toBe(ok);
  });

  it.each([
    ['m', 'mdeploy-m'],
    ['', 'mdeploy-model'],
    ['-x', 'mdeploy-x'],
    ['my model', 'my-model'],
    ['__ok', 'ok'],
  ])('suggests a valid container name for %j', (name, suggestion) => {
    expect(suggestContainerName(name)).toBe(suggestion);
    expect(containerNameProblem(suggestion)).toBeUndefined();
  });

  it('says what a container name may hold and how long it must be', () => {
    expect(containerNameProblem('m')).toMatch(/too short.*at least 2 characters of letters, digits, "_", "\." and "-", starting with a letter or digit/);
    expect(containerNameProblem('-ab')).toMatch(/must start with a letter or digit/);
    expect(containerNameProblem('a b')).toMatch(/characters Docker does not allow/);
  });

  it.each(['Half_Plus.Two', 'my model/v2', '_x', 'a..b', 'a._b', 'm_', '---', 'A___B', '...', 'résumé', 'x'.repeat(300)])('makes a Docker repository name of %j', (name) => {
    const repo = imageName(name);
    expect(repo).toMatch(DOCKER_PATH_COMPONENT);
    expect(repo.length).toBeLessThanOrEqual(128);
    expect(imageName(repo)).toBe(repo);
    expect(imageReferenceProblem(`mdeploy/${repo}:1-onnx`)).toBeUndefined();
  });

  it('leaves names Docker already accepts as they are (existing image tags do not move)', () => {
    for (const name of ['half_plus_two', 'half_plus.two', 'a__b', 'a--b', 'resnet50', 'mlp']) expect(imageName(name)).toBe(name);
  });

  it.each([
    ['mdeploy/half_plus_two:123-onnx', true],
    ['localhost:5000/team/model:v1', true],
    ['registry.example.com/a/b', true],
    ['hpt', true],
    ['Foo:1', false],
    ['mdeploy/m_:1', false],
    ['a//b', false],
    ['a:-x', false],
    ['a:', false],
    [`a:${'t'.repeat(129)}`, false],
    ['a@sha256:0123', false],
    ['bad_host_/x', false],
  ])('image reference %j is a valid build tag: %s', (ref, ok) => {
    expect(imageReferenceProblem(ref) === undefined).toBe(ok);
  });
});

describe('checkContainerRequest', () => {
  it('publishes on 127.0.0.1 and leaves the limits to the defaults when nothing is asked', () => {
    expect(checkContainerRequest(request())).toEqual({ host: '127.0.0.1', restPort: 8501, grpcPort: 8500, name: undefined, memoryBytes: undefined, cpus: undefined, pidsLimit: undefined });
  });

  it('parses sizes with the project\'s units (GiB/MiB binary, GB/MB decimal) and CPUs with fractions', () => {
    expect(checkContainerRequest(request({ memory: '4GiB' })).memoryBytes).toBe(4 * GiB);
    expect(checkContainerRequest(request({ memory: '1536MiB' })).memoryBytes).toBe(1536 * MiB);
    expect(checkContainerRequest(request({ memory: '2GB' })).memoryBytes).toBe(2e9);
    expect(checkContainerRequest(request({ memory: 512 * MiB })).memoryBytes).toBe(512 * MiB);
    expect(checkContainerRequest(request({ cpus: '1.5' })).cpus).toBe(1.5);
    expect(checkContainerRequest(request({ pidsLimit: 64, name: 'mm', host: '0.0.0.0' }))).toMatchObject({ pidsLimit: 64, name: 'mm', host: '0.0.0.0' });
  });

  it.each<[Partial<ContainerRequest>, RegExp, RegExp?]>([
    [{ name: 'm' }, /--name: container name "m" is too short/, /Try --name mdeploy-m\./],
    [{ memory: 'lots' }, /--memory: "lots" is not a size/, /--memory 4GiB/],
    [{ memory: '10MiB' }, /--memory 10MiB is below the 64MiB/, /at least --memory 64MiB/],
    [{ memory: '0' }, /--memory 0 is below/],
    [{ cpus: '0' }, /--cpus 0 is not a number of CPUs/, /no CPU limit/],
    [{ cpus: 'two' }, /--cpus two/],
    [{ cpus: '-1' }, /--cpus -1/],
    [{ pidsLimit: 5 }, /--pids-limit 5 is too low/, /at least --pids-limit 32/],
    [{ pidsLimit: -1 }, /--pids-limit -1/],
    [{ host: 'localhost' }, /--host "localhost" is not an IP address/, /127\.0\.0\.1/],
    [{ restPort: 70000 }, /--port 70000 is not a port/],
    [{ grpcPort: -2 }, /--grpc-port -2 is not a port \(-1 for off/],
  ])('refuses %j with a usage error that says what to do', (over, message, hint) => {
    const err = usage(() => checkContainerRequest(request(over)));
    expect(err.message).toMatch(message);
    if (hint) expect(err.suggestions?.join('\n')).toMatch(hint);
  });

  it('names every bad value in one error', () => {
    const err = usage(() => checkContainerRequest(request({ name: 'm', memory: 'lots', cpus: '0', pidsLimit: 1 })));
    expect(err.message).toMatch(/^4 problems with the options:/);
    for (const flag of ['--name', '--memory', '--cpus', '--pids-limit']) expect(err.message).toContain(`  - ${flag}`);
    expect(err.suggestions).toHaveLength(4);
  });
});

describe('default limits', () => {
  it.each([
    [undefined, 2 * GiB],
    [0, 2 * GiB],
    [10 * MiB, 2 * GiB],
    [200 * MiB, 2 * GiB],
    [400 * MiB, 3 * GiB],
    [1 * GiB, 6 * GiB],
  ])('memory for %s bytes of model files: %s', (modelBytes, expected) => {
    expect(defaultMemoryBytes(modelBytes)).toBe(expected);
  });

  it('rounds derived memory up to 256 MiB', () => {
    const m = defaultMemoryBytes(300 * MiB + 1);
    expect(m % (256 * MiB)).toBe(0);
    expect(m).toBeGreaterThanOrEqual(GiB + 5 * (300 * MiB + 1));
  });

  it.each([
    [undefined, 512],
    [2, 512],
    [32, 512],
    [64, 1024],
  ])('pids on a host with %s CPUs: %s', (cpus, expected) => {
    expect(defaultPidsLimit(cpus)).toBe(expected);
  });

  it('takes what was asked for over the defaults, and refuses more CPUs than the host has', () => {
    const checked = checkContainerRequest(request({ memory: '768MiB', cpus: '1.5', pidsLimit: 200 }));
    expect(resolveLimits(checked, { modelBytes: 10 * GiB, hostCpus: 2 })).toEqual({ memoryBytes: 768 * MiB, pidsLimit: 200, cpus: 1.5 });
    expect(resolveLimits(checkContainerRequest(request()), { modelBytes: 1 * GiB, hostCpus: 64 })).toEqual({ memoryBytes: 6 * GiB, pidsLimit: 1024 });
    const err = usage(() => resolveLimits(checkContainerRequest(request({ cpus: 4 })), { hostCpus: 2 }));
    expect(err.message).toMatch(/--cpus 4 is more than the 2 CPUs of the Docker host/);
  });

  it('describes the limits for the start message', () => {
    expect(describeLimits({ memoryBytes: 2 * GiB, pidsLimit: 512 })).toBe('memory 2 GiB, pids 512, CPUs no limit');
    expect(describeLimits({ memoryBytes: 768 * MiB, pidsLimit: 200, cpus: 1.5 })).toBe('memory 768 MiB, pids 200, CPUs 1.5');
  });
});

describe('planContainer', () => {
  const spec = (over: Partial<ContainerSpec> = {}): ContainerSpec => ({
    image: 'mdeploy/hpt:1-onnx',
    name: 'mdeploy-hpt',
    model: 'hpt',
    restPort: 0,
    grpcPort: 8500,
    host: '127.0.0.1',
    limits: { memoryBytes: 2 * GiB, pidsLimit: 512 },
    ...over,
  });

  it('publishes the ports on the given interface, limits memory (no swap) and pids, and drops every privilege', () => {
    expect(planContainer(spec())).toEqual({
      Image: 'mdeploy/hpt:1-onnx',
      name: 'mdeploy-hpt',
      Labels: { 'mdeploy.managed': 'true', 'mdeploy.name': 'mdeploy-hpt', 'mdeploy.model': 'hpt' },
      Env: [],
      ExposedPorts: { '8501/tcp': {}, '8500/tcp': {} },
      HostConfig: {
        PortBindings: { '8501/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }], '8500/tcp': [{ HostIp: '127.0.0.1', HostPort: '8500' }] },
        ReadonlyRootfs: true,
        Tmpfs: { '/tmp': `rw,noexec,nosuid,nodev,size=${CONTAINER_DEFAULTS.tmpfsBytes / MiB}m` },
        CapDrop: ['ALL'],
        SecurityOpt: ['no-new-privileges'],
        Memory: 2 * GiB,
        MemorySwap: 2 * GiB,
        PidsLimit: 512,
      },
    });
  });

  it('sets a CPU quota only when asked, and leaves gRPC unpublished when it is off', () => {
    const c = planContainer(spec({ grpcPort: -1, limits: { memoryBytes: GiB, pidsLimit: 100, cpus: 1.5 }, host: '0.0.0.0', env: { A: '1' } }));
    expect(c.HostConfig).toMatchObject({ NanoCpus: 1.5e9, Memory: GiB, MemorySwap: GiB, PidsLimit: 100 });
    expect(Object.keys(c.HostConfig!.PortBindings as object)).toEqual(['8501/tcp']);
    expect(c.ExposedPorts).toEqual({ '8501/tcp': {} });
    expect(c.Env).toEqual(['A=1']);
    expect(planContainer(spec()).HostConfig).not.toHaveProperty('NanoCpus');
  });

  it('refuses a container name Docker would refuse', () => {
    expect(usage(() => planContainer(spec({ name: 'm' }))).suggestions).toEqual(['Try --name mdeploy-m.']);
  });
});

describe('exitReason', () => {
  it('says when the kernel killed the container for memory, and what to raise', () => {
    const oom = exitReason({ ExitCode: 137, OOMKilled: true }, { memoryBytes: 2 * GiB, pidsLimit: 512 });
    expect(oom.message).toBe('container was killed for using more than its memory limit (2 GiB)');
    expect(oom.suggestions?.[0]).toMatch(/--memory/);
    expect(exitReason({ ExitCode: 3, OOMKilled: false })).toEqual({ message: 'container exited (code 3)' });
  });
});

describe('takenPort', () => {
  it.each([
    ['driver failed programming external connectivity on endpoint x (e8c2): Error starting userland proxy: listen tcp4 127.0.0.1:39123: bind: address already in use', { host: '127.0.0.1', port: 39123 }],
    ['driver failed programming external connectivity on endpoint x: Bind for 0.0.0.0:8501 failed: port is already allocated', { host: '0.0.0.0', port: 8501 }],
    ['Error starting userland proxy: listen tcp6 [::1]:8500: bind: address already in use', { host: '[::1]', port: 8500 }],
    ['OCI runtime create failed', undefined],
  ])('reads the taken port from %j', (message, expected) => {
    expect(takenPort(message)).toEqual(expected);
  });
});
