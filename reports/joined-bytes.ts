// Parts of a file (a zip archive, a PNG) as one array of bytes.

/** The parts in one array of its own (Buffer.concat may return a slice of Node's shared pool). */
export function joined(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
