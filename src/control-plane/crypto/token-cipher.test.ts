import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AesGcmTokenCipher } from './token-cipher.js';

describe('AesGcmTokenCipher', () => {
  const cipher = new AesGcmTokenCipher(randomBytes(32));

  it('round-trips and never stores the plaintext', () => {
    const token = 'ghp_' + 'x'.repeat(36);
    const stored = cipher.encrypt(token);
    expect(stored.includes(Buffer.from(token))).toBe(false);
    expect(cipher.decrypt(stored)).toBe(token);
  });

  it('uses a fresh nonce each time', () => {
    expect(cipher.encrypt('same').equals(cipher.encrypt('same'))).toBe(false);
  });

  it('refuses tampered ciphertext and another key', () => {
    const stored = cipher.encrypt('secret-token');
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => new AesGcmTokenCipher(randomBytes(32)).decrypt(stored)).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new AesGcmTokenCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
