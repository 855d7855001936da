// A byte-level, quote-aware pass over a CSV file. It finds the records and their physical lines,
// the malformed records, and whether the bytes are valid UTF-8, without decoding a single field:
// the delimiter, quote and line breaks are ASCII in both UTF-8 and Windows-1252, so the pass does
// not need to know the encoding yet. With a sink, it also copies out the well-formed records.
import { isUtf8 } from 'node:buffer';
import { LineMap } from './line-map';
import { Utf8Validator } from './utf8';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

// Quote states: outside quotes, inside quotes, and just after a quote inside quotes (an escaped
// `""` or the closing quote: the next byte decides, so no look-ahead across chunks is needed).
const UNQUOTED = 0;
const QUOTED = 1;
const QUOTE_IN_QUOTED = 2;

const EXCERPT_BYTES = 120;
/** Lines kept of the records whose free text held a lone CR: enough to find them, memory stays flat. */
const TEXT_CR_LINES = 10;

// What a record's bytes say of its encoding: only ASCII, valid UTF-8 sequences, or bytes that
// cannot be UTF-8 (a line pasted from a Windows-1252 tool).
const ASCII = 0;
const MULTIBYTE = 1;
const NOT_UTF8 = 2;
const LINE_FEED = Buffer.from('\n');
const BOM = [0xef, 0xbb, 0xbf];

export interface MalformedRecord {
  /** Physical line where the record starts (header = 1). */
  readonly line: number;
  readonly fields: number;
  readonly problem: 'field-count' | 'text-after-quote' | 'unclosed-quote' | 'stray-cr' | 'unnamed-value' | 'encoding';
  /** For a stray CR: the field (0-based) it stands in. */
  readonly field?: number;
  readonly excerpt: Buffer;
}

export interface ScanResult {
  readonly utf8: boolean;
  readonly bom: boolean;
  /** Raw bytes of the header record, without its line break. */
  readonly header: Buffer;
  readonly headerFields: number;
  readonly headerProblem: MalformedRecord['problem'] | undefined;
  /** Well-formed data records. */
  readonly records: number;
  readonly malformed: readonly MalformedRecord[];
  readonly lineMap: LineMap;
  readonly bytes: number;
  /** Both CRLF and LF end lines: DuckDB cannot read such a file as it is. */
  readonly mixedLineBreaks: boolean;
  /** Records (header included) holding UTF-8 sequences, and records holding bytes UTF-8 cannot have. */
  readonly utf8Records: number;
  readonly notUtf8Records: number;
  /** The header ends with the delimiter (`a;b;c;`): every record then has an empty last field. */
  readonly trailingDelimiter: boolean;
  /** Records kept although a free-text field held a lone CR (read as a space). */
  readonly textCarriageReturns: TextCarriageReturns;
}

export interface TextCarriageReturns {
  readonly records: number;
  /** Physical lines of the first of them. */
  readonly lines: readonly number[];
  /** The fields (0-based) where such a CR stood. */
  readonly fields: readonly number[];
}

export interface ScanOptions {
  /** The file is UTF-8: a record holding bytes that cannot be UTF-8 is malformed. */
  readonly rejectNotUtf8?: boolean;
  /**
   * Fields (0-based) of free text. The contract's line ends are LF and CRLF only, so a lone CR
   * there (old Mac text) is a character of the text, not a line end: the record is kept and the
   * sink gets a space instead. In any other field the record stays malformed.
   */
  readonly textFields?: ReadonlySet<number>;
}

export class RecordScanner {
  private state = UNQUOTED;
  private atFieldStart = true;
  private afterClosingQuote = false;
  private hasContent = false;
  private fields = 1;
  private problem: MalformedRecord['problem'] | undefined;
  private problemField: number | undefined;
  private line = 1;
  private recordLine = 1;
  private records = 0;
  private bytes = 0;
  private headerDone = false;
  private header: Buffer = Buffer.alloc(0);
  private headerFields = 0;
  private headerProblem: MalformedRecord['problem'] | undefined;
  /** Bytes of the current record held from earlier chunks (all of them for the header). */
  private carried: Buffer | undefined;
  /** Where the current record's first byte is in the current chunk. */
  private contentStart = 0;
  /** Where the sink's next copy starts in the current chunk. */
  private emitStart = 0;
  private pending: Buffer[] = [];
  private bom = false;
  private maybeBom = true;
  private lastByte: number | undefined;
  private crlf = 0;
  private lf = 0;
  private readonly utf8 = new Utf8Validator();
  // UTF-8 check of a record cut by a chunk boundary (natively, part by part); others are checked whole.
  private recordValidator: Utf8Validator | undefined;
  private recordHigh = false;
  /** The current chunk is valid UTF-8 on its own: its whole records need no check. */
  private chunkUtf8 = false;
  private utf8Records = 0;
  private notUtf8Records = 0;
  /** A CR ended the previous chunk, outside quotes: only a LF may follow it. */
  private crPending = false;
  private trailingDelimiter = false;
  /** Free-text fields of the current record holding a lone CR. */
  private readonly recordTextCrFields: number[] = [];
  private textCrRecords = 0;
  private readonly textCrLines: number[] = [];
  private readonly textCrFields = new Set<number>();
  private readonly malformed: MalformedRecord[] = [];
  private readonly lineMap = new LineMap();

  /**
   * @param delimiter the field delimiter byte
   * @param sink receives the bytes of the header and of every well-formed record, in order
   */
  constructor(
    private readonly delimiter: number,
    private readonly sink?: (bytes: Buffer) => void,
    private readonly options: ScanOptions = {},
  ) {}

  push(input: Buffer): void {
    // Replaced by a copy when a CR of free text must reach the sink as a space: the caller's bytes stay as they are.
    let chunk = input;
    let start = 0;
    if (this.bytes < BOM.length && this.maybeBom) {
      while (start < chunk.length && this.bytes + start < BOM.length) {
        if (chunk[start] !== BOM[this.bytes + start]) {
          this.maybeBom = false;
          start = 0;
          break;
        }
        start++;
      }
      if (this.maybeBom && this.bytes + start === BOM.length) this.bom = true;
    }
    this.bytes += chunk.length;
    this.utf8.push(chunk);
    this.emitStart = start;
    this.chunkUtf8 = isUtf8(chunk);
    if (this.crPending && chunk.length > start) {
      this.crPending = false;
      if (chunk[start] !== LF && this.hasContent) {
        if (!this.keepTextCr()) this.strayCr();
        else {
          // The CR ended the previous chunk: it is the last byte held for the sink (a copy).
          const tail = this.pending[this.pending.length - 1];
          if (tail) tail[tail.length - 1] = SPACE;
        }
      }
    }
    const delimiter = this.delimiter;
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte >= 0x80) this.recordHigh = true;
      if (this.state === QUOTED) {
        if (byte === QUOTE) this.state = QUOTE_IN_QUOTED;
        else if (byte === LF) this.line++;
        continue;
      }
      if (this.state === QUOTE_IN_QUOTED) {
        if (byte === QUOTE) {
          this.state = QUOTED;
          continue;
        }
        this.state = UNQUOTED;
        this.afterClosingQuote = true;
      }
      if (byte === LF) {
        this.endRecord(chunk, i);
      } else if (byte === CR) {
        // A lone CR outside quotes: DuckDB would end the record there, the line does not.
        if (i + 1 === chunk.length) this.crPending = true;
        else if (chunk[i + 1] !== LF && this.hasContent) {
          if (!this.keepTextCr()) this.strayCr();
          else if (this.sink) {
            if (chunk === input) chunk = Buffer.from(input);
            chunk[i] = SPACE;
          }
        }
      } else {
        if (!this.hasContent) this.startRecord(i);
        if (byte === delimiter) {
          this.fields++;
          this.atFieldStart = true;
          this.afterClosingQuote = false;
        } else if (this.afterClosingQuote) {
          this.problem ??= 'text-after-quote';
        } else {
          // A quote opens a quoted field only at the start of the field, as in RFC 4180 and DuckDB.
          if (byte === QUOTE && this.atFieldStart) this.state = QUOTED;
          this.atFieldStart = false;
        }
      }
    }
    this.keepPartialRecord(chunk);
    if (chunk.length > 0) this.lastByte = chunk[chunk.length - 1];
  }

  end(): ScanResult {
    if (this.state === QUOTED) this.problem ??= 'unclosed-quote';
    if (this.hasContent) this.endRecord(Buffer.alloc(0), -1);
    return {
      utf8: this.utf8.end(),
      bom: this.bom,
      header: this.header,
      headerFields: this.headerFields,
      headerProblem: this.headerProblem,
      records: this.records,
      malformed: this.malformed,
      lineMap: this.lineMap,
      bytes: this.bytes,
      mixedLineBreaks: this.crlf > 0 && this.lf > 0,
      utf8Records: this.utf8Records,
      notUtf8Records: this.notUtf8Records,
      trailingDelimiter: this.trailingDelimiter,
      textCarriageReturns: { records: this.textCrRecords, lines: this.textCrLines, fields: [...this.textCrFields].sort((a, b) => a - b) },
    };
  }

  private strayCr(): void {
    if (this.problem) return;
    this.problem = 'stray-cr';
    this.problemField = this.fields - 1;
  }

  /** Whether the lone CR just read is a character of free text (then the field goes on, with a space). */
  private keepTextCr(): boolean {
    const field = this.fields - 1;
    if (!this.headerDone || this.afterClosingQuote || !this.options.textFields?.has(field)) return false;
    this.recordTextCrFields.push(field);
    // The space is the field's content: a quote after it does not open a quoted field.
    this.atFieldStart = false;
    return true;
  }

  private startRecord(i: number): void {
    this.hasContent = true;
    this.recordLine = this.line;
    this.contentStart = i;
    this.carried = undefined;
  }

  /** `i` is the index of the line feed in `chunk`, or -1 at the end of the file. */
  private endRecord(chunk: Buffer, i: number): void {
    this.countLineBreak(chunk, i);
    if (!this.hasContent) {
      this.line++;
      this.emitStart = i + 1;
      this.pending = [];
      return;
    }
    const encoding = this.recordEncoding(chunk, i);
    if (encoding === MULTIBYTE) this.utf8Records++;
    else if (encoding === NOT_UTF8) this.notUtf8Records++;
    if (!this.headerDone) {
      this.headerDone = true;
      this.headerFields = this.fields;
      this.headerProblem = this.problem;
      this.trailingDelimiter = this.fields > 1 && this.atFieldStart;
      this.header = this.recordBytes(chunk, i);
      this.emit(chunk, i);
    } else {
      const problem =
        this.problem ??
        (this.fields !== this.headerFields
          ? 'field-count'
          : this.trailingDelimiter && !this.atFieldStart
            ? 'unnamed-value'
            : this.options.rejectNotUtf8 && encoding === NOT_UTF8
              ? 'encoding'
              : undefined);
      if (problem) {
        const excerpt = this.recordBytes(chunk, i).subarray(0, EXCERPT_BYTES);
        const field = problem === 'stray-cr' ? { field: this.problemField } : {};
        this.malformed.push({ line: this.recordLine, fields: this.fields, problem, ...field, excerpt });
        this.pending = [];
      } else {
        this.lineMap.mark(this.records, this.recordLine);
        this.records++;
        if (this.recordTextCrFields.length > 0) {
          this.textCrRecords++;
          if (this.textCrLines.length < TEXT_CR_LINES) this.textCrLines.push(this.recordLine);
          for (const field of this.recordTextCrFields) this.textCrFields.add(field);
        }
        this.emit(chunk, i);
      }
    }
    this.recordTextCrFields.length = 0;
    this.emitStart = i + 1;
    this.hasContent = false;
    this.atFieldStart = true;
    this.afterClosingQuote = false;
    this.fields = 1;
    this.problem = undefined;
    this.problemField = undefined;
    this.carried = undefined;
    this.line++;
  }

  /** What the record ending at `end` (-1: end of file) says of its encoding. */
  private recordEncoding(chunk: Buffer, end: number): number {
    const validator = this.recordValidator;
    const high = this.recordHigh;
    this.recordValidator = undefined;
    this.recordHigh = false;
    if (!high) return ASCII;
    if (!validator && this.chunkUtf8) return MULTIBYTE;
    const tail = chunk.subarray(validator ? 0 : this.contentStart, end < 0 ? chunk.length : end);
    if (!validator) return isUtf8(tail) ? MULTIBYTE : NOT_UTF8;
    validator.push(tail);
    return validator.end() ? MULTIBYTE : NOT_UTF8;
  }

  private countLineBreak(chunk: Buffer, i: number): void {
    if (i < 0) return;
    const previous = i > 0 ? chunk[i - 1] : this.lastByte;
    if (previous === CR) this.crlf++;
    else this.lf++;
  }

  private recordBytes(chunk: Buffer, end: number): Buffer {
    const tail = chunk.subarray(this.carried === undefined ? this.contentStart : 0, end < 0 ? chunk.length : end);
    const whole = this.carried === undefined ? tail : Buffer.concat([this.carried, tail]);
    return Buffer.from(whole[whole.length - 1] === CR ? whole.subarray(0, whole.length - 1) : whole);
  }

  // Copies the record out without its line break, then a bare LF: DuckDB wants one kind of line
  // break per file, and exports mixing CRLF and LF exist.
  private emit(chunk: Buffer, i: number): void {
    if (!this.sink) return;
    let last = chunk.subarray(this.emitStart, i < 0 ? chunk.length : i);
    if (last.length > 0) {
      if (last[last.length - 1] === CR) last = last.subarray(0, last.length - 1);
    } else if (this.pending.length > 0) {
      const tail = this.pending[this.pending.length - 1]!;
      if (tail[tail.length - 1] === CR) this.pending[this.pending.length - 1] = tail.subarray(0, tail.length - 1);
    }
    for (const part of this.pending) this.sink(part);
    this.pending = [];
    this.sink(last);
    this.sink(LINE_FEED);
  }

  // A record cut by the chunk boundary: keep what the sink and the excerpt will need.
  private keepPartialRecord(chunk: Buffer): void {
    if (this.sink && this.emitStart < chunk.length) this.pending.push(Buffer.from(chunk.subarray(this.emitStart)));
    if (!this.hasContent) return;
    const part = chunk.subarray(this.carried === undefined ? this.contentStart : 0);
    this.recordValidator ??= new Utf8Validator();
    this.recordValidator.push(part);
    if (this.headerDone && this.carried !== undefined && this.carried.length >= EXCERPT_BYTES) return;
    const joined = this.carried === undefined ? Buffer.from(part) : Buffer.concat([this.carried, part]);
    // Data records only ever need an excerpt; the header is kept whole.
    this.carried = this.headerDone ? joined.subarray(0, EXCERPT_BYTES) : joined;
  }
}
