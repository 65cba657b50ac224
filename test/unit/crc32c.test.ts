import { describe, expect, it } from 'vitest';
import { crc32c, crc32cExtend, maskCrc, unmaskCrc } from '../../src/util/crc32c.js';

// Check values from RFC 3720 (iSCSI), appendix B.4, and the standard "123456789" check value.
describe('crc32c', () => {
  it.each([
    ['123456789', Buffer.from('123456789'), 0xe3069283],
    ['32 zero bytes', Buffer.alloc(32, 0), 0x8a9136aa],
    ['32 0xff bytes', Buffer.alloc(32, 0xff), 0x62a8ab43],
    ['32 ascending bytes', Buffer.from(Array.from({ length: 32 }, (_, i) => i)), 0x46dd794e],
    ['32 descending bytes', Buffer.from(Array.from({ length: 32 }, (_, i) => 31 - i)), 0x113fdb5c],
    ['empty', Buffer.alloc(0), 0],
  ])('%s', (_name, data, expected) => {
    expect(crc32c(data)).toBe(expected);
  });

  it('extends across arbitrary splits (the 8-byte fast path and the tail agree)', () => {
    const data = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff));
    const whole = crc32c(data);
    for (const cut of [0, 1, 7, 8, 9, 500, 999, 1000]) {
      expect(crc32cExtend(crc32cExtend(0, data.subarray(0, cut)), data.subarray(cut))).toBe(whole);
    }
  });

  it('agrees with the bit-at-a-time definition at every alignment and length around the 16-byte blocks', () => {
    // CRC-32C by its definition (reflected, polynomial 0x82f63b78), one bit at a time.
    const reference = (data: Uint8Array): number => {
      let c = 0xffffffff;
      for (const byte of data) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      }
      return ~c >>> 0;
    };
    const backing = new Uint8Array(4200);
    for (let i = 0; i < backing.length; i++) backing[i] = (i * 2654435761) >>> 24;
    for (const offset of [0, 1, 2, 3, 5]) {
      for (const length of [0, 1, 3, 4, 15, 16, 17, 31, 32, 33, 63, 4099]) {
        const view = backing.subarray(offset, offset + length);
        expect(crc32c(view), `offset ${offset}, length ${length}`).toBe(reference(view));
      }
    }
  });

  it('mask and unmask are inverse, and mask changes the value', () => {
    for (const v of [0, 1, 0xe3069283, 0xffffffff, 0x12345678]) {
      expect(unmaskCrc(maskCrc(v))).toBe(v);
      expect(maskCrc(v)).not.toBe(v);
    }
  });
});
