import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFObject } from '@cantoo/pdf-lib';
import { sniffFile } from '@portail/shared';
import { LazyPdf, NotReadableLazily } from './pdfReader.js';
import { boxFromCorners, placeText, visibleBox, type Box } from './placement.js';
import {
  RESOURCE_NAMES,
  STAMP_OPACITY,
  actualTextFor,
  pageOperators,
  type StampResources,
} from './stampContent.js';
import { STAMP_FONT, type StampText } from './stampText.js';

/** Viewers treat a page without a usable MediaBox as US Letter. */
const LETTER: Box = { x: 0, y: 0, width: 612, height: 792 };
const MAX_TREE_DEPTH = 64;

interface Inherited {
  mediaBox?: PDFObject;
  cropBox?: PDFObject;
  rotate?: PDFObject;
  resources?: PDFObject;
}

export interface PageToStamp extends Inherited {
  ref: PDFRef;
  dict: PDFDict;
}

export interface IncrementalPlan {
  pdf: LazyPdf;
  pages: PageToStamp[];
}

const name = (value: string) => PDFName.of(value);
const fail = (reason: string): never => {
  throw new NotReadableLazily(reason);
};

/**
 * The pages of a PDF read lazily, when the fast path applies: not encrypted (new objects would
 * have to be encrypted too), no form to flatten, a page tree that adds up. Otherwise throws
 * NotReadableLazily and pdf-lib takes over.
 */
export function planIncrementalStamp(bytes: Uint8Array): IncrementalPlan {
  if (sniffFile(bytes)?.kind !== 'pdf') throw new NotReadableLazily('not a PDF');
  const pdf = LazyPdf.open(bytes);
  if (pdf.trailer.has('Encrypt')) throw new NotReadableLazily('encrypted');
  const catalog = pdf.dict(pdf.trailer.get('Root'));
  if (!catalog) throw new NotReadableLazily('no catalog');
  const acroForm = pdf.dict(catalog.get(name('AcroForm')));
  const fields = pdf.array(acroForm?.get(name('Fields')));
  if (acroForm?.has(name('XFA')) || (fields && fields.size() > 0)) {
    throw new NotReadableLazily('form to flatten');
  }
  const root = catalog.get(name('Pages'));
  const pages: PageToStamp[] = [];
  const seen = new Set<number>();
  const walk = (ref: PDFObject | undefined, inherited: Inherited, depth: number): void => {
    if (!(ref instanceof PDFRef) || seen.has(ref.objectNumber) || depth > MAX_TREE_DEPTH) {
      throw new NotReadableLazily('page tree');
    }
    seen.add(ref.objectNumber);
    const node = pdf.dict(ref);
    if (!node) throw new NotReadableLazily('page tree node');
    const here: Inherited = {
      mediaBox: node.get(name('MediaBox')) ?? inherited.mediaBox,
      cropBox: node.get(name('CropBox')) ?? inherited.cropBox,
      rotate: node.get(name('Rotate')) ?? inherited.rotate,
      resources: node.get(name('Resources')) ?? inherited.resources,
    };
    const kids = node.get(name('Kids'));
    const type = node.get(name('Type'));
    if (type === name('Pages') || (type !== name('Page') && kids !== undefined)) {
      for (const kid of pdf.array(kids)?.asArray() ?? []) walk(kid, here, depth + 1);
      return;
    }
    pages.push({ ref: PDFRef.of(ref.objectNumber, pdf.generationOf(ref)), dict: node, ...here });
  };
  walk(root, {}, 0);
  const count = pdf.number(pdf.dict(root)?.get(name('Count')));
  if (pages.length === 0 || (count !== undefined && count !== pages.length)) {
    throw new NotReadableLazily('page count');
  }
  for (const page of pages) {
    if (contentRefs(pdf, page).some((ref) => !pdf.exists(ref))) {
      throw new NotReadableLazily('missing content stream');
    }
  }
  return { pdf, pages };
}

/** Appends objects and a cross-reference section after the original bytes, left untouched. */
class UpdateWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private readonly offsets = new Map<number, { generation: number; offset: number }>();
  private next: number;

  constructor(
    private readonly pdf: LazyPdf,
    private readonly base: number,
  ) {
    this.next = pdf.size;
    // The original may end without an end-of-line after %%EOF.
    this.write('\n');
  }

  private write(chunk: string | Uint8Array): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  private position(): number {
    return this.base + this.length - this.pdf.shift;
  }

  reserve(): PDFRef {
    return PDFRef.of(this.next++, 0);
  }

  object(ref: PDFRef, body: PDFObject | string): void {
    this.offsets.set(ref.objectNumber, {
      generation: ref.generationNumber,
      offset: this.position(),
    });
    this.write(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    if (typeof body === 'string') this.write(body);
    else {
      const out = new Uint8Array(body.sizeInBytes());
      body.copyBytesInto(out, 0);
      this.write(out);
    }
    this.write('\nendobj\n');
  }

  stream(ref: PDFRef, dict: PDFDict, data: Uint8Array): void {
    dict.set(name('Length'), PDFNumber.of(data.length));
    this.offsets.set(ref.objectNumber, {
      generation: ref.generationNumber,
      offset: this.position(),
    });
    this.write(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const head = new Uint8Array(dict.sizeInBytes());
    dict.copyBytesInto(head, 0);
    this.write(head);
    this.write('\nstream\n');
    this.write(data);
    this.write('\nendstream\nendobj\n');
  }

  private trailerEntries(): string {
    const keep = ['Root', 'Info', 'ID']
      .filter((key) => this.pdf.trailer.has(key))
      .map((key) => `/${key} ${String(this.pdf.trailer.get(key))}`);
    return [...keep, `/Prev ${this.pdf.startxref}`].join(' ');
  }

  /** Consecutive object numbers, as cross-reference subsections want them. */
  private runs(): [number, { generation: number; offset: number }[]][] {
    const numbers = [...this.offsets.keys()].sort((a, b) => a - b);
    const runs: [number, { generation: number; offset: number }[]][] = [];
    for (const n of numbers) {
      const last = runs[runs.length - 1];
      if (last && last[0] + last[1].length === n) last[1].push(this.offsets.get(n)!);
      else runs.push([n, [this.offsets.get(n)!]]);
    }
    return runs;
  }

  finish(): Uint8Array[] {
    if (this.pdf.lastSectionIsStream) {
      // After a cross-reference stream, another one: some readers do not mix the two kinds.
      const ref = this.reserve();
      this.offsets.set(ref.objectNumber, { generation: 0, offset: this.position() });
      const runs = this.runs();
      const rows = runs.flatMap(([, entries]) => entries);
      const data = Buffer.alloc(rows.length * 7);
      rows.forEach((entry, i) => {
        data.writeUInt8(1, i * 7);
        data.writeUInt32BE(entry.offset, i * 7 + 1);
        data.writeUInt16BE(entry.generation, i * 7 + 5);
      });
      const index = runs.map(([first, entries]) => `${first} ${entries.length}`).join(' ');
      const start = this.position();
      this.write(
        `${ref.objectNumber} 0 obj\n<< /Type /XRef /Size ${this.next} /W [1 4 2] /Index [${index}] ` +
          `${this.trailerEntries()} /Length ${data.length} >>\nstream\n`,
      );
      this.write(data);
      this.write(`\nendstream\nendobj\nstartxref\n${start}\n%%EOF\n`);
    } else {
      const start = this.position();
      const sections = this.runs().map(
        ([first, entries]) =>
          `${first} ${entries.length}\n` +
          entries
            .map(
              (e) =>
                `${String(e.offset).padStart(10, '0')} ${String(e.generation).padStart(5, '0')} n\r\n`,
            )
            .join(''),
      );
      this.write(
        `xref\n${sections.join('')}trailer\n<< /Size ${this.next} ${this.trailerEntries()} >>\n`,
      );
      this.write(`startxref\n${start}\n%%EOF\n`);
    }
    return this.chunks;
  }
}

/** A page's content streams: one reference, or an array of them (possibly itself indirect). */
function contentRefs(pdf: LazyPdf, page: PageToStamp): PDFRef[] {
  const contents = page.dict.get(name('Contents'));
  if (contents === undefined) return [];
  const items =
    contents instanceof PDFRef && !(pdf.resolve(contents) instanceof PDFArray)
      ? [contents]
      : (pdf.array(contents)?.asArray() ?? [contents]);
  return items.map((item) =>
    item instanceof PDFRef ? item : fail('content stream is not indirect'),
  );
}

/** The incremental plan, or nothing when the file needs pdf-lib (any error here means that). */
export function tryPlanIncrementalStamp(bytes: Uint8Array): IncrementalPlan | undefined {
  try {
    return planIncrementalStamp(bytes);
  } catch {
    return undefined;
  }
}

/** Adds `ref` to a copy of one category of `resources`, under a name the page does not use yet. */
function addResource(
  pdf: LazyPdf,
  resources: PDFDict,
  category: 'Font' | 'ExtGState' | 'XObject',
  preferred: string,
  ref: PDFRef,
): PDFName {
  const copy = pdf.dict(resources.get(name(category)))?.clone() ?? resources.context.obj({});
  let key = name(preferred);
  for (let i = 1; copy.has(key) && copy.get(key) !== ref; i++) key = name(`${preferred}${i}`);
  copy.set(key, ref);
  resources.set(name(category), copy);
  return key;
}

/**
 * The page's content streams as one form XObject with the page's resources. A single stream
 * keeps its encoded bytes and filters; several are decoded and joined, since a page's streams
 * may split an operation between them.
 */
function contentAsForm(
  pdf: LazyPdf,
  page: PageToStamp,
  refs: PDFRef[],
  mediaBox: Box,
): { dict: PDFDict; data: Uint8Array } {
  const streams = refs.map((ref) => pdf.streamAt(ref));
  const context = streams[0]!.dict.context;
  let dict: PDFDict;
  let data: Uint8Array;
  if (streams.length === 1) {
    dict = streams[0]!.dict.clone();
    if (dict.has(name('F'))) throw new NotReadableLazily('external content stream');
    data = streams[0]!.contents;
  } else {
    const parts = streams.flatMap((stream) => [pdf.decode(stream), Buffer.from('\n')]);
    dict = context.obj({ Filter: 'FlateDecode' });
    data = deflateSync(Buffer.concat(parts));
  }
  for (const key of ['Length', 'DL']) dict.delete(name(key));
  dict.set(name('Type'), name('XObject'));
  dict.set(name('Subtype'), name('Form'));
  const { x, y, width, height } = mediaBox;
  dict.set(name('BBox'), context.obj([x, y, x + width, y + height]));
  dict.set(name('Resources'), page.resources ?? context.obj({}));
  return { dict, data };
}

/**
 * Stamps every page by an incremental update: each page dictionary is written again, its content
 * wrapped in a form XObject and followed by the stamp; everything else stays byte for byte where
 * it was. Memory and time follow the pages and their content, not the object count of the file.
 *
 * The stamped file comes back as its parts, in order: the original bytes themselves (not a copy),
 * then the update, whose form XObjects are views of the original's content streams. Joining them
 * would hold the file a second time; the download writes them one after the other instead.
 */
export function stampIncrementally(plan: IncrementalPlan, text: StampText): Uint8Array[] {
  const { pdf, pages } = plan;
  const out = new UpdateWriter(pdf, pdf.bytes.length);
  const context = pdf.dict(pdf.trailer.get('Root'))!.context;
  const font = out.reserve();
  out.object(
    font,
    `<< /Type /Font /Subtype /Type1 /BaseFont /${STAMP_FONT} /Encoding /WinAnsiEncoding >>`,
  );
  const graphicsState = out.reserve();
  out.object(graphicsState, `<< /Type /ExtGState /ca ${STAMP_OPACITY} /CA ${STAMP_OPACITY} >>`);
  const actualText = context.obj(actualTextFor(text.text));
  const wrappers = new Map<string, PDFRef>();
  const forms = new Map<string, PDFRef>();

  for (const page of pages) {
    const box = (value: PDFObject | undefined) => {
      const array = pdf.array(value);
      return array ? boxFromCorners(pdf.numberList(array)) : undefined;
    };
    const mediaBox = box(page.mediaBox) ?? LETTER;
    const visible = visibleBox(mediaBox, box(page.cropBox));
    const placement = placeText(
      visible,
      pdf.number(page.rotate) ?? 0,
      text.width,
      text.height,
      'diagonal',
    );

    // The page gets its own copy of its (possibly inherited or shared) resources, plus ours.
    const resources = pdf.dict(page.resources)?.clone() ?? context.obj({});
    const names: StampResources = {
      font: addResource(pdf, resources, 'Font', RESOURCE_NAMES.font, font),
      graphicsState: addResource(
        pdf,
        resources,
        'ExtGState',
        RESOURCE_NAMES.graphicsState,
        graphicsState,
      ),
    };
    const refs = contentRefs(pdf, page);
    if (refs.length > 0) {
      const key = `${refs.join(' ')} ${String(page.resources)} ${mediaBox.x} ${mediaBox.y} ${mediaBox.width} ${mediaBox.height}`;
      let form = forms.get(key);
      if (!form) {
        form = out.reserve();
        const { dict, data } = contentAsForm(pdf, page, refs, mediaBox);
        out.stream(form, dict, data);
        forms.set(key, form);
      }
      names.content = addResource(pdf, resources, 'XObject', RESOURCE_NAMES.content, form);
    }

    const content = pageOperators(names, placement, text.encoded, actualText)
      .map((op) => op.toString())
      .join('\n');
    let wrapper = wrappers.get(content);
    if (!wrapper) {
      wrapper = out.reserve();
      out.stream(wrapper, context.obj({}), Buffer.from(content, 'latin1'));
      wrappers.set(content, wrapper);
    }
    const dict = page.dict.clone();
    dict.set(name('Contents'), wrapper);
    dict.set(name('Resources'), resources);
    out.object(page.ref, dict);
  }
  return [pdf.bytes, ...out.finish()];
}
