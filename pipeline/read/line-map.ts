// Maps the ordinal of a well-formed record (0 = first record after the header) to its physical line
// in the file. Most exports have one record per line, so only the places where the gap changes
// (a quoted line break, a blank line, a dropped malformed record) are stored: memory stays flat.

export class LineMap {
  private readonly ordinals: number[] = [];
  private readonly offsets: number[] = [];

  /** Records that from `ordinal` on, record n starts at line `n + offset`. */
  mark(ordinal: number, line: number): void {
    const offset = line - ordinal;
    const last = this.offsets.length - 1;
    if (last >= 0 && this.offsets[last] === offset) return;
    if (last >= 0 && this.ordinals[last] === ordinal) {
      this.offsets[last] = offset;
      return;
    }
    this.ordinals.push(ordinal);
    this.offsets.push(offset);
  }

  lineOf(ordinal: number): number {
    let low = 0;
    let high = this.ordinals.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.ordinals[middle]! <= ordinal) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0) throw new RangeError(`no line known for record ${ordinal}`);
    return ordinal + this.offsets[found]!;
  }

  /** How many breakpoints are stored (a measure of how irregular the file is). */
  get size(): number {
    return this.ordinals.length;
  }
}
