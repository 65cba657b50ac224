/**
 * The pool's tensor channel (src/runtime/channel.ts): every host dtype, strings and empty tensors cross a real
 * socket pair bit for bit, however the stream is cut into chunks, several messages back to back; received
 * numeric tensors own their ArrayBuffer (so they can be transferred on); a stream that is not frames fails once.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MessageReader, WRITE_PIECE_BYTES, writeMessage, type ChannelMessage } from '../../src/runtime/channel.js';
import type { HostTensor } from '../../src/tensor/host.js';

const enc = new TextEncoder();

function sample(): Record<string, HostTensor> {
  return {
    f32: { dtype: 'DT_FLOAT', shape: [2, 3], data: Float32Array.from([1.5, -0, NaN, Infinity, -3.25, 1e-40]) },
    f64: { dtype: 'DT_DOUBLE', shape: [2], data: Float64Array.from([Math.PI, -1e300]) },
    i64: { dtype: 'DT_INT64', shape: [3], data: BigInt64Array.from([-(2n ** 63n), 0n, 2n ** 63n - 1n]) },
    u64: { dtype: 'DT_UINT64', shape: [1], data: BigUint64Array.from([2n ** 64n - 1n]) },
    i8: { dtype: 'DT_INT8', shape: [3], data: Int8Array.from([-128, 0, 127]) },
    half: { dtype: 'DT_HALF', shape: [2], data: Uint16Array.from([0x3c00, 0xfc00]) },
    bool: { dtype: 'DT_BOOL', shape: [2], data: Uint8Array.from([1, 0]) },
    // A view into a larger buffer at an odd offset: only its own bytes may cross.
    view: { dtype: 'DT_INT16', shape: [2], data: new Int16Array(Int16Array.from([9, 7, -5, 9]).buffer, 2, 2) },
    empty: { dtype: 'DT_FLOAT', shape: [0, 4], data: new Float32Array(0) },
    str: { dtype: 'DT_STRING', shape: [3], data: [enc.encode('héllo'), new Uint8Array(0), Uint8Array.from([0, 255, 10])] },
    nostr: { dtype: 'DT_STRING', shape: [0], data: [] },
  };
}

function plain(t: HostTensor): unknown {
  return { dtype: t.dtype, shape: t.shape, data: Array.isArray(t.data) ? t.data.map((b) => [...b]) : [...new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)] };
}

/** Everything writeMessage wrote, as one buffer (messages go out one event-loop turn after another). */
async function framed(...messages: Array<[Record<string, unknown>, Record<string, HostTensor>]>): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (c: Buffer) => parts.push(c));
  for (const [head, tensors] of messages) writeMessage(out, head, tensors);
  for (let quiet = 0, seen = -1; quiet < 5; seen = parts.length) {
    await new Promise((r) => setImmediate(r));
    quiet = parts.length === seen ? quiet + 1 : 0;
  }
  return Buffer.concat(parts);
}

function readAll(bytes: Buffer, chunk: number): ChannelMessage[] {
  const got: ChannelMessage[] = [];
  const reader = new MessageReader((m) => got.push(m), (err) => {
    throw err;
  });
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  return got;
}

describe('tensor channel', () => {
  it('carries every dtype bit for bit, whatever the chunking, message after message', async () => {
    const tensors = sample();
    const bytes = await framed([{ type: 'run', id: 1, signature: 'serving_default', outputs: ['y'] }, tensors], [{ type: 'error', id: 2, message: 'bad', code: 'INVALID_ARGUMENT' }, {}], [{ type: 'result', id: 3 }, { only: tensors['f32']! }]);
    for (const chunk of [1, 3, 7, 64, 65536, bytes.length]) {
      const got = readAll(bytes, chunk);
      expect(got.map((m) => m.head)).toEqual([{ type: 'run', id: 1, signature: 'serving_default', outputs: ['y'] }, { type: 'error', id: 2, message: 'bad', code: 'INVALID_ARGUMENT' }, { type: 'result', id: 3 }]);
      expect(Object.keys(got[0]!.tensors)).toEqual(Object.keys(tensors));
      for (const [name, t] of Object.entries(tensors)) expect(plain(got[0]!.tensors[name]!), `${name} in chunks of ${chunk}`).toEqual(plain(t));
      expect(got[0]!.tensors['i64']!.data).toBeInstanceOf(BigInt64Array);
      expect(got[0]!.tensors['view']!.data).toBeInstanceOf(Int16Array);
      expect(got[1]!.tensors).toEqual({});
      expect(plain(got[2]!.tensors['only']!)).toEqual(plain(tensors['f32']!));
    }
  });

  it('gives each received numeric tensor its own whole ArrayBuffer', async () => {
    const got = readAll(await framed([{ type: 'result', id: 1 }, sample()]), 4096)[0]!;
    for (const [name, t] of Object.entries(got.tensors)) {
      if (t.dtype === 'DT_STRING') continue;
      const d = t.data as Float32Array;
      expect(d.byteOffset, name).toBe(0);
      expect(d.buffer.byteLength, name).toBe(d.byteLength);
    }
  });

  it('carries a large tensor through a real socket pair without touching its values', async () => {
    const { createServer, connect } = await import('node:net');
    const big = new Float32Array(3_000_000).map((_, i) => Math.sin(i));
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const received = new Promise<ChannelMessage>((resolve, reject) => {
      server.once('connection', (sock) => {
        const reader = new MessageReader(resolve, reject);
        sock.on('data', (c: Buffer) => reader.push(c));
      });
    });
    const client = connect(port, '127.0.0.1');
    // Every write handed to the socket, by size: one system call's worth each.
    const sizes: number[] = [];
    const write = client.write.bind(client) as (...a: unknown[]) => boolean;
    client.write = ((chunk: Buffer, ...rest: unknown[]) => (sizes.push(chunk.length), write(chunk, ...rest))) as typeof client.write;
    writeMessage(client, { type: 'run', id: 7, signature: 's' }, { x: { dtype: 'DT_FLOAT', shape: [1000, 3000], data: big } });
    const m = await received;
    client.destroy();
    server.close();
    // 12 MB in pieces of WRITE_PIECE_BYTES (one per event-loop turn), never one write of the whole tensor.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(WRITE_PIECE_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(big.byteLength);
    expect(m.head).toEqual({ type: 'run', id: 7, signature: 's' });
    expect(m.tensors['x']!.shape).toEqual([1000, 3000]);
    expect(Buffer.compare(Buffer.from((m.tensors['x']!.data as Float32Array).buffer), Buffer.from(big.buffer))).toBe(0);
  });

  it('fails once, with a clear message, on a stream that is not frames', () => {
    const errors: Error[] = [];
    const reader = new MessageReader(() => expect.fail('no message expected'), (e) => errors.push(e));
    reader.push(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    reader.push(Buffer.from('more'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/tensor channel carried a frame header of \d+ bytes/);
    const bad = Buffer.alloc(8 + 3);
    bad.writeUInt32LE(3, 0);
    bad.write('{x!', 8);
    const errors2: Error[] = [];
    new MessageReader(() => undefined, (e) => errors2.push(e)).push(bad);
    expect(errors2[0]!.message).toMatch(/unreadable frame header/);
  });
});
