// An independent implementation of RFC 6238 (TOTP, SHA-1, 6 digits, 30 s) using Node's crypto, so the tests
// never trust the server's own code to check itself.
import { createHmac } from 'node:crypto';

export function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = alphabet.indexOf(c);
    if (index < 0) throw new Error(`not base32: ${c}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

export function totp(secret: Buffer, unixSeconds: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

export const now = () => Date.now() / 1000;

/**
 * An authenticator app that never offers a code the server has already accepted: each code is for a later
 * 30-second step than the last one used (the server accepts the current step and one either side), waiting
 * for the clock when needed.
 */
export class Authenticator {
  constructor(
    private secret: Buffer,
    private lastStep: number,
  ) {}

  async nextCode(): Promise<string> {
    const step = this.lastStep + 1;
    // The code for `step` is accepted once the current step is at least `step - 1`.
    const wait = (step - 1) * 30 + 0.5 - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    this.lastStep = step;
    return totp(this.secret, step * 30);
  }
}
