import { inflateSync, constants as zlib } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from '@cantoo/pdf-lib';

/**
 * Reads a PDF the way viewers do: from `startxref` through the chain of cross-reference
 * sections, parsing only the objects asked for. pdf-lib instead parses every object of the file
 * (85 000 objects, 30× the file size in memory for the 4 MB corpus file), which stamping a
 * page's dictionary does not need. Anything unusual throws NotReadableLazily and the caller
 * falls back to pdf-lib, which repairs what it can.
 */
export class NotReadableLazily extends Error {
  override readonly name = 'NotReadableLazily';
}

type XrefEntry =
  | { type: 'offset'; offset: number; generation: number }
  | { type: 'compressed'; stream: number }
  | { type: 'free' };

/** PDF readers cap object numbers at 8 388 607; a bigger /Size is a damaged file. */
const MAX_OBJECTS = 8_388_608;
const UNSET = 0;
const FREE = 1;
const AT_OFFSET = 2;
const COMPRESSED = 3;

/**
 * Cross-reference entries by object number in typed arrays: files hold tens of thousands of
 * objects, and one JavaScript object per entry costs more than the rest of the stamp.
 */
class XrefTable {
  private kinds = new Uint8Array(0);
  private values = new Uint32Array(0);
  private generations = new Uint16Array(0);

  /** Room for `size` objects; sections announce their /Size before their entries. */
  grow(size: number): void {
    if (size <= this.kinds.length) return;
    if (size > MAX_OBJECTS) fail('too many objects');
    const capacity = Math.max(size, this.kinds.length * 2);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    const values = new Uint32Array(capacity);
    values.set(this.values);
    const generations = new Uint16Array(capacity);
    generations.set(this.generations);
    [this.kinds, this.values, this.generations] = [kinds, values, generations];
  }

  /** Sections are read newest first: an object keeps the first entry it gets. */
  setIfUnset(num: number, kind: number, value: number, generation: number): void {
    if (num < 0 || num >= MAX_OBJECTS || value > 0xffffffff) fail('entry out of range');
    this.grow(num + 1);
    if (this.kinds[num] !== UNSET) return;
    this.kinds[num] = kind;
    this.values[num] = value;
    this.generations[num] = generation;
  }

  get(num: number): XrefEntry | undefined {
    const kind = this.kinds[num];
    if (kind === AT_OFFSET) {
      return { type: 'offset', offset: this.values[num]!, generation: this.generations[num]! };
    }
    if (kind === COMPRESSED) return { type: 'compressed', stream: this.values[num]! };
    if (kind === FREE) return { type: 'free' };
    return undefined;
  }
}

/** A stream's dictionary and its still-encoded bytes. */
export interface RawStream {
  dict: PDFDict;
  contents: Uint8Array;
}

interface ObjectStream {
  data: Uint8Array;
  first: number;
  offsets: Map<number, number>;
}

const fail = (reason: string): never => {
  throw new NotReadableLazily(reason);
};

function latin1(bytes: Uint8Array, start: number, end: number): string {
  const from = Math.min(bytes.length, Math.max(0, start));
  const to = Math.max(from, Math.min(bytes.length, end));
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
}

/** PNG predictors (Predictor ≥ 10), which cross-reference streams almost always use. */
function unpredictPng(data: Uint8Array, columns: number, bpp: number): Uint8Array {
  const rowLength = columns * bpp;
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  // Indices rather than subarrays: xref streams have one row per object, tens of thousands.
  for (let row = 0; row < rows; row++) {
    const filter = data[row * (rowLength + 1)];
    const src = row * (rowLength + 1) + 1;
    const dst = row * rowLength;
    const up = dst - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const a = i >= bpp ? out[dst + i - bpp]! : 0;
      const b = row > 0 ? out[up + i]! : 0;
      if (filter === 0) out[dst + i] = raw;
      else if (filter === 1) out[dst + i] = raw + a;
      else if (filter === 2) out[dst + i] = raw + b;
      else if (filter === 3) out[dst + i] = raw + ((a + b) >> 1);
      else if (filter === 4) {
        const c = row > 0 && i >= bpp ? out[up + i - bpp]! : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out[dst + i] = raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else fail(`PNG predictor ${String(filter)}`);
    }
  }
  return out;
}

export class LazyPdf {
  private readonly context = PDFContext.create();
  private readonly entries = new XrefTable();
  private readonly cache = new Map<number, PDFObject>();
  private readonly objectStreams = new Map<number, ObjectStream>();
  /** Merged trailer, the newest section winning key by key. */
  readonly trailer = new Map<string, PDFObject>();
  /** Bytes before `%PDF-` when the file's offsets count from the header rather than the file. */
  readonly shift: number;
  readonly startxref: number;
  readonly lastSectionIsStream: boolean;
  size = 0;

  private constructor(readonly bytes: Uint8Array) {
    const tail = latin1(bytes, bytes.length - 2048, bytes.length);
    const match = /startxref\s+(\d+)\s*%%EOF(?![\s\S]*startxref)/.exec(tail);
    if (!match) fail('no startxref');
    this.startxref = Number(match![1]);
    const header = Buffer.from(
      bytes.buffer,
      bytes.byteOffset,
      Math.min(1024, bytes.length),
    ).indexOf('%PDF-');
    const candidates = header > 0 ? [0, header] : [0];
    const shift = candidates.find((s) => this.looksLikeXref(this.startxref + s));
    if (shift === undefined) fail('startxref does not point at a cross-reference section');
    this.shift = shift!;
    this.lastSectionIsStream = !latin1(
      bytes,
      this.startxref + this.shift,
      this.startxref + this.shift + 20,
    )
      .trimStart()
      .startsWith('xref');
    this.readSections();
  }

  static open(bytes: Uint8Array): LazyPdf {
    return new LazyPdf(bytes);
  }

  private looksLikeXref(at: number): boolean {
    const head = latin1(this.bytes, at, at + 32).trimStart();
    return head.startsWith('xref') || /^\d+\s+\d+\s+obj/.test(head);
  }

  private readSections(): void {
    const seen = new Set<number>();
    let next: number | undefined = this.startxref;
    while (next !== undefined) {
      if (seen.has(next) || seen.size > 1000) fail('cross-reference loop');
      seen.add(next);
      next = this.readSection(next);
    }
    if (this.size === 0) fail('no /Size');
  }

  /** Reads one section into `entries` (newer sections already there win); returns its /Prev. */
  private readSection(offset: number): number | undefined {
    const at = offset + this.shift;
    let trailer: PDFDict;
    if (
      latin1(this.bytes, at, at + 20)
        .trimStart()
        .startsWith('xref')
    ) {
      const table = this.readTable(at);
      trailer = table.trailer;
      const hybrid = trailer.get(PDFName.of('XRefStm'));
      // Hybrid files: the table hides objects in object streams from old readers, listing them
      // as free or not at all; the stream it points to tells where they are.
      if (hybrid instanceof PDFNumber) this.readXrefStream(hybrid.asNumber() + this.shift);
      for (const num of table.free) this.entries.setIfUnset(num, FREE, 0, 0);
    } else {
      trailer = this.readXrefStream(at);
    }
    for (const key of ['Root', 'Info', 'ID', 'Encrypt']) {
      const value = trailer.get(PDFName.of(key));
      if (value !== undefined && !this.trailer.has(key)) this.trailer.set(key, value);
    }
    const size = trailer.get(PDFName.of('Size'));
    if (size instanceof PDFNumber) this.size = Math.max(this.size, size.asNumber());
    const prev = trailer.get(PDFName.of('Prev'));
    return prev instanceof PDFNumber ? prev.asNumber() : undefined;
  }

  /** Sets the table's in-use entries; its free ones come back, to be set after any XRefStm. */
  private readTable(at: number): { trailer: PDFDict; free: number[] } {
    const trailerAt = Buffer.from(
      this.bytes.buffer,
      this.bytes.byteOffset,
      this.bytes.length,
    ).indexOf('trailer', at, 'latin1');
    if (trailerAt < 0) fail('xref table without trailer');
    const tokens = latin1(this.bytes, at, trailerAt).trim().split(/\s+/);
    if (tokens[0] !== 'xref') fail('xref keyword');
    const free: number[] = [];
    let i = 1;
    while (i < tokens.length) {
      const first = Number(tokens[i]);
      const count = Number(tokens[i + 1]);
      if (!Number.isInteger(first) || !Number.isInteger(count)) fail('xref subsection');
      i += 2;
      for (let n = 0; n < count; n++, i += 3) {
        const [offset, generation, kind] = [
          Number(tokens[i]),
          Number(tokens[i + 1]),
          tokens[i + 2],
        ];
        if (!Number.isInteger(offset) || !Number.isInteger(generation)) fail('xref entry');
        if (kind === 'n') this.entries.setIfUnset(first + n, AT_OFFSET, offset, generation);
        else if (kind === 'f') free.push(first + n);
        else fail('xref entry type');
      }
    }
    const parser = PDFObjectParser.forBytes(
      this.bytes.subarray(trailerAt + 'trailer'.length),
      this.context,
    );
    const trailer = parser.parseObject();
    if (!(trailer instanceof PDFDict)) return fail('trailer is not a dictionary');
    return { trailer, free };
  }

  private readXrefStream(at: number): PDFDict {
    const stream = this.parseIndirectAt(at);
    if (!(stream instanceof PDFRawStream)) return fail('xref stream expected');
    const { dict } = stream;
    if (dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) fail('not an XRef stream');
    const widths = this.numbers(dict.get(PDFName.of('W')));
    if (widths.length !== 3) fail('/W');
    const size = this.numbers(dict.get(PDFName.of('Size')))[0] ?? fail('/Size');
    const index = dict.has(PDFName.of('Index'))
      ? this.numbers(dict.get(PDFName.of('Index')))
      : [0, size];
    this.entries.grow(size);
    const data = this.decode(stream);
    const [w0, w1, w2] = widths as [number, number, number];
    const entryLength = w0 + w1 + w2;
    if (w0 > 1 || w1 > 4 || w2 > 2) fail('/W wider than offsets need');
    // Integer arithmetic only: floating point would allocate a number per entry.
    const field = (offset: number, width: number) => {
      let value = 0;
      for (let k = 0; k < width; k++) value = (value << 8) | data[offset + k]!;
      return value >>> 0;
    };
    let position = 0;
    for (let s = 0; s + 1 < index.length; s += 2) {
      const first = index[s]!;
      const count = index[s + 1]!;
      for (let n = 0; n < count; n++, position += entryLength) {
        if (position + entryLength > data.length) fail('xref stream too short');
        const type = w0 === 0 ? 1 : field(position, w0);
        const second = field(position + w0, w1);
        const third = field(position + w0 + w1, w2);
        if (type === 0) this.entries.setIfUnset(first + n, FREE, 0, 0);
        else if (type === 1) this.entries.setIfUnset(first + n, AT_OFFSET, second, third);
        else if (type === 2) this.entries.setIfUnset(first + n, COMPRESSED, second, 0);
      }
    }
    return dict;
  }

  private numbers(value: PDFObject | undefined): number[] {
    const resolved = this.resolve(value);
    if (resolved instanceof PDFNumber) return [resolved.asNumber()];
    if (!(resolved instanceof PDFArray)) return [];
    return resolved.asArray().map((item) => {
      const n = this.resolve(item);
      return n instanceof PDFNumber ? n.asNumber() : NaN;
    });
  }

  /** FlateDecode with or without PNG predictors, or no filter: what xref and object streams use. */
  decode(stream: RawStream): Uint8Array {
    const filter = this.resolve(stream.dict.get(PDFName.of('Filter')));
    const filters =
      filter instanceof PDFArray
        ? filter.asArray().map((f) => this.resolve(f))
        : filter
          ? [filter]
          : [];
    if (filters.length === 0) return stream.contents;
    if (filters.length > 1 || filters[0] !== PDFName.of('FlateDecode'))
      return fail('stream filter');
    let data: Uint8Array;
    try {
      data = inflateSync(stream.contents, { finishFlush: zlib.Z_SYNC_FLUSH });
    } catch {
      return fail('corrupt Flate stream');
    }
    let parms = this.resolve(stream.dict.get(PDFName.of('DecodeParms')));
    if (parms instanceof PDFArray) parms = this.resolve(parms.get(0));
    if (!(parms instanceof PDFDict)) return data;
    const param = (name: string, fallback: number) =>
      this.numbers(parms.get(PDFName.of(name)))[0] ?? fallback;
    const predictor = param('Predictor', 1);
    if (predictor === 1) return data;
    if (predictor < 10) return fail('TIFF predictor');
    const bitsPerPixel = param('Colors', 1) * param('BitsPerComponent', 8);
    if (bitsPerPixel % 8 !== 0) fail('predictor bit depth');
    return unpredictPng(data, param('Columns', 1), bitsPerPixel / 8);
  }

  /** Parses `N G obj …` at an absolute position, checking it is the object expected. */
  private parseIndirectAt(at: number, expected?: PDFRef): PDFObject {
    const head = /^\s*(\d+)\s+(\d+)\s+obj/.exec(latin1(this.bytes, at, at + 64));
    if (!head) return fail('no object at offset');
    if (
      expected &&
      (Number(head[1]) !== expected.objectNumber || Number(head[2]) !== expected.generationNumber)
    ) {
      fail('offset points at another object');
    }
    const ref = PDFRef.of(Number(head[1]), Number(head[2]));
    return PDFObjectParser.forBytes(
      this.bytes.subarray(at + head[0].length),
      this.context,
    ).parseObject(ref);
  }

  /**
   * A stream object whose bytes are a view of the file rather than a copy, as pdf-lib's parser
   * would make: content streams are most of a file, and the stamp copies them once already.
   * Falls back to the parsed copy whenever the view cannot be proven to be the stream's bytes.
   */
  streamAt(ref: PDFRef): RawStream {
    const entry = this.entries.get(ref.objectNumber);
    const parsed = () => {
      const object = this.resolve(ref);
      return object instanceof PDFRawStream ? object : fail('not a stream');
    };
    if (entry?.type !== 'offset') return parsed();
    const at = entry.offset + this.shift;
    const head = /^\s*(\d+)\s+(\d+)\s+obj/.exec(latin1(this.bytes, at, at + 64));
    if (!head || Number(head[1]) !== ref.objectNumber)
      return fail('offset points at another object');
    const file = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    const keyword = file.indexOf('stream', at + head[0].length, 'latin1');
    if (keyword < 0 || !/>>\s*$/.test(latin1(this.bytes, keyword - 16, keyword))) return parsed();
    const dict = PDFObjectParser.forBytes(
      this.bytes.subarray(at + head[0].length, keyword),
      this.context,
    ).parseObject();
    const length = this.number(
      dict instanceof PDFDict ? dict.get(PDFName.of('Length')) : undefined,
    );
    if (!(dict instanceof PDFDict) || length === undefined) return parsed();
    let start = keyword + 'stream'.length;
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    const end = start + length;
    if (!/^\s*endstream/.test(latin1(this.bytes, end, end + 32))) return parsed();
    return { dict, contents: this.bytes.subarray(start, end) };
  }

  /** Whether an object's entry leads to a plausible object, without parsing it (for streams). */
  exists(ref: PDFRef): boolean {
    const entry = this.entries.get(ref.objectNumber);
    if (!entry || entry.type === 'free') return false;
    if (entry.type === 'compressed') return true;
    const at = entry.offset + this.shift;
    const head = /^\s*(\d+)\s+(\d+)\s+obj/.exec(latin1(this.bytes, at, at + 64));
    return !!head && Number(head[1]) === ref.objectNumber;
  }

  generationOf(ref: PDFRef): number {
    const entry = this.entries.get(ref.objectNumber);
    return entry?.type === 'offset' ? entry.generation : 0;
  }

  /** The object a reference points to (a free or missing entry is PDF null: undefined). */
  resolve(value: PDFObject | undefined): PDFObject | undefined {
    if (!(value instanceof PDFRef)) return value;
    const cached = this.cache.get(value.objectNumber);
    if (cached) return cached;
    const entry = this.entries.get(value.objectNumber);
    if (!entry || entry.type === 'free') return undefined;
    const object =
      entry.type === 'offset'
        ? this.parseIndirectAt(
            entry.offset + this.shift,
            PDFRef.of(value.objectNumber, entry.generation),
          )
        : this.fromObjectStream(entry.stream, value.objectNumber);
    this.cache.set(value.objectNumber, object);
    return object;
  }

  private fromObjectStream(streamNumber: number, objectNumber: number): PDFObject {
    let objects = this.objectStreams.get(streamNumber);
    if (!objects) {
      const entry = this.entries.get(streamNumber);
      if (entry?.type !== 'offset') return fail('object stream not found');
      const stream = this.parseIndirectAt(
        entry.offset + this.shift,
        PDFRef.of(streamNumber, entry.generation),
      );
      if (!(stream instanceof PDFRawStream)) return fail('object stream is not a stream');
      const data = this.decode(stream);
      const first = this.numbers(stream.dict.get(PDFName.of('First')))[0] ?? fail('/First');
      const count = this.numbers(stream.dict.get(PDFName.of('N')))[0] ?? fail('/N');
      const header = latin1(data, 0, first).trim().split(/\s+/).map(Number);
      const offsets = new Map<number, number>();
      for (let i = 0; i < count; i++) offsets.set(header[2 * i]!, header[2 * i + 1]!);
      objects = { data, first, offsets };
      this.objectStreams.set(streamNumber, objects);
    }
    const offset = objects.offsets.get(objectNumber);
    if (offset === undefined || !Number.isFinite(offset))
      return fail('object missing from its stream');
    return PDFObjectParser.forBytes(
      objects.data.subarray(objects.first + offset),
      this.context,
    ).parseObject(PDFRef.of(objectNumber, 0));
  }

  dict(value: PDFObject | undefined): PDFDict | undefined {
    const resolved = this.resolve(value);
    return resolved instanceof PDFDict ? resolved : undefined;
  }

  array(value: PDFObject | undefined): PDFArray | undefined {
    const resolved = this.resolve(value);
    return resolved instanceof PDFArray ? resolved : undefined;
  }

  number(value: PDFObject | undefined): number | undefined {
    const resolved = this.resolve(value);
    return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
  }

  numberList(value: PDFObject | undefined): number[] {
    return this.numbers(value);
  }
}
