// Is a file valid UTF-8? Checked chunk by chunk with Node's native validator; a character cut by a
// chunk boundary is checked with the bytes the next chunk brings.
import { isUtf8 } from 'node:buffer';

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

export class Utf8Validator {
  private valid = true;
  private carry: Buffer | undefined;

  push(chunk: Buffer): void {
    if (!this.valid) return;
    let body = chunk;
    if (this.carry) {
      const need = sequenceLength(this.carry[0]!) - this.carry.length;
      const take = Math.min(need, chunk.length);
      const joined = Buffer.concat([this.carry, chunk.subarray(0, take)]);
      if (take < need) {
        if (!chunk.subarray(0, take).every((byte) => (byte & 0xc0) === 0x80)) this.valid = false;
        else this.carry = joined;
        return;
      }
      if (!isUtf8(joined)) {
        this.valid = false;
        return;
      }
      this.carry = undefined;
      body = chunk.subarray(take);
    }
    const cut = incompleteTail(body);
    if (!isUtf8(body.subarray(0, body.length - cut))) {
      this.valid = false;
      return;
    }
    if (cut > 0) this.carry = Buffer.from(body.subarray(body.length - cut));
  }

  /** Whether every byte pushed was UTF-8, the last character complete. */
  end(): boolean {
    return this.valid && this.carry === undefined;
  }
}
