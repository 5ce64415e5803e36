import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type TokenCipher } from '../domain/repositories/ports.js';

const formatVersion = 1;
const ivLength = 12;
const tagLength = 16;

/**
 * AES-256-GCM with a fresh 96-bit nonce per token. Stored layout: version (1 byte) | nonce |
 * auth tag | ciphertext; the version byte lets a future key rotation tell formats apart.
 */
export class AesGcmTokenCipher implements TokenCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the token encryption key must be 32 bytes');
  }

  encrypt(plaintext: string): Buffer {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: tagLength });
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([formatVersion]), iv, cipher.getAuthTag(), ciphertext]);
  }

  decrypt(stored: Buffer): string {
    if (stored.length < 1 + ivLength + tagLength || stored[0] !== formatVersion)
      throw new Error('unknown token ciphertext format');
    const iv = stored.subarray(1, 1 + ivLength);
    const tag = stored.subarray(1 + ivLength, 1 + ivLength + tagLength);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: tagLength });
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(stored.subarray(1 + ivLength + tagLength)),
      decipher.final(),
    ]).toString('utf8');
  }
}
