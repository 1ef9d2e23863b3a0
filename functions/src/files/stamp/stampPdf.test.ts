import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument, PDFName, PDFNumber, StandardFonts, rgb } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf } from './inspectPdf.js';
import { StampError, type StampRefusalCode } from './refusals.js';
import { stampByRewriting } from './rewriteStamp.js';
import { STAMP_TEXT, stampPdf, stampPdfDetailed } from './stampPdf.js';
import { stampText } from './stampText.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpusDir = path.resolve(repoRoot, '../shared/corpus/pdfs');
const screenshots = path.join(repoRoot, 'screenshots/stamp');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'stamp-test-'));
const TIMEOUT = 120_000;

/** What the corpus README expects of each file; page counts as pdfinfo / qpdf report them. */
const corpus: Record<string, { pages: number } | { refused: StampRefusalCode }> = {
  'derived_broken_startxref.pdf': { pages: 19 },
  'derived_encrypted_owner_only.pdf': { pages: 19 },
  'derived_encrypted_user_password.pdf': { refused: 'pdf-password-protected' },
  'derived_mixed_sizes.pdf': { pages: 6 },
  'derived_object_streams.pdf': { pages: 19 },
  'derived_png_named_pdf.pdf': { refused: 'pdf-not-a-pdf' },
  'derived_rotated_90_270_180.pdf': { pages: 19 },
  'derived_truncated.pdf': { refused: 'pdf-truncated' },
  'encrypted_new.pdf': { refused: 'pdf-password-protected' },
  'encrypted_old.pdf': { refused: 'pdf-password-protected' },
  'fancy_fields.pdf': { pages: 1 },
  'invalid_root_ref.pdf': { pages: 1 },
  'linearized_with_object_streams.pdf': { pages: 206 },
  'missing_endobj_keyword.pdf': { pages: 1 },
  'missing_xref_trailer_dict.pdf': { pages: 1 },
  'pdf20_incremental_save.pdf': { pages: 1 },
  'pdf20_offset_start.pdf': { pages: 1 },
  'stuff_following_header.pdf': { pages: 1 },
  'us_constitution.pdf': { pages: 19 },
  'with_annots.pdf': { pages: 2 },
  'with_cropbox.pdf': { pages: 2 },
  'with_invalid_objects.pdf': { pages: 1 },
  'with_missing_endstream_eol_and_polluted_ctm.pdf': { pages: 1 },
  'with_null_parent_entry.pdf': { pages: 1 },
  'with_rotated_image_button.pdf': { pages: 1 },
  'with_signature.pdf': { pages: 1 },
  'with_update_sections.pdf': { pages: 1 },
  'with_xfa_fields.pdf': { pages: 2 },
};

/** The four the task asks to look at, rendered into screenshots/stamp/. */
const rendered = [
  'derived_rotated_90_270_180.pdf',
  'with_cropbox.pdf',
  'derived_mixed_sizes.pdf',
  'with_missing_endstream_eol_and_polluted_ctm.pdf',
];

const readCorpus = (name: string) => new Uint8Array(readFileSync(path.join(corpusDir, name)));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function writeScratch(name: string, bytes: Uint8Array): string {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

async function pdfinfoPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

async function pageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', [
    '-q',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ]);
  return normalise(stdout);
}

async function inBatches<T, R>(items: T[], size: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  }
  return results;
}

const pageNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** Pages of `file` on which pdftotext does not find the stamp. */
async function pagesWithoutStamp(file: string, pages: number): Promise<number[]> {
  const texts = await inBatches(pageNumbers(pages), 8, (n) => pageText(file, n));
  return pageNumbers(pages).filter((n) => !texts[n - 1]!.includes(STAMP_TEXT));
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: PdfJs;

beforeAll(async () => {
  // pdfjs-dist 6 targets Node 22; Node 20 lacks only this.
  const promise = Promise as unknown as { withResolvers?: unknown };
  promise.withResolvers ??= () => {
    let resolve: unknown;
    let reject: unknown;
    const created = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise: created, resolve, reject };
  };
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  mkdirSync(screenshots, { recursive: true });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Helvetica-Bold's cap height (AFM), to find the middle of the stamp's letters. */
const CAP_HEIGHT = 0.718;

interface StampOnScreen {
  page: number;
  count: number;
  /** On-screen angle of the baseline minus that of the visible area's diagonal, in degrees. */
  angleError: number;
  /** Distance from the middle of the stamp to the middle of the screen, per unit of diagonal. */
  centreError: number;
  upright: boolean;
}

/**
 * Where pdf.js, an independent reader, finds the stamp on each page: its viewport is the page as
 * a viewer shows it (CropBox within MediaBox, turned by /Rotate), its text transforms include
 * whatever CTM the page content left.
 */
async function stampsOnScreen(bytes: Uint8Array): Promise<StampOnScreen[]> {
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false });
  const doc = await task.promise;
  const found: StampOnScreen[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const stamps = content.items.filter((item) => 'str' in item && item.str === STAMP_TEXT);
    const item = stamps[0];
    if (!item || !('transform' in item)) {
      found.push({ page: n, count: 0, angleError: NaN, centreError: NaN, upright: false });
      continue;
    }
    const [a, b, c, d, e, f] = item.transform as number[];
    const [va, vb, vc, vd, ve, vf] = viewport.transform;
    // Screen coordinates with y up, so that angles read as on paper.
    const linear = (x: number, y: number) => [va * x + vc * y, -(vb * x + vd * y)] as const;
    const origin = [va * e! + vc * f! + ve, viewport.height - (vb * e! + vd * f! + vf)] as const;
    const baseline = linear(a!, b!);
    const up = linear(c!, d!);
    const size = Math.hypot(...baseline);
    const unit = (v: readonly [number, number]) => [
      v[0] / Math.hypot(...v),
      v[1] / Math.hypot(...v),
    ];
    const [bx, by] = unit(baseline);
    const [ux, uy] = unit(up);
    const centre = [
      origin[0] + (bx! * item.width) / 2 + (ux! * CAP_HEIGHT * size) / 2,
      origin[1] + (by! * item.width) / 2 + (uy! * CAP_HEIGHT * size) / 2,
    ];
    const degrees = (radians: number) => (radians * 180) / Math.PI;
    found.push({
      page: n,
      count: stamps.length,
      angleError: degrees(Math.atan2(by!, bx!) - Math.atan2(viewport.height, viewport.width)),
      centreError:
        Math.hypot(centre[0]! - viewport.width / 2, centre[1]! - viewport.height / 2) /
        Math.hypot(viewport.width, viewport.height),
      upright: bx! * uy! - by! * ux! > 0.99,
    });
  }
  await task.destroy();
  return found;
}

function expectWellPlaced(stamps: StampOnScreen[], pages: number) {
  expect(stamps).toHaveLength(pages);
  for (const stamp of stamps) {
    expect(stamp, `page ${stamp.page}`).toMatchObject({ count: 1, upright: true });
    expect(Math.abs(stamp.angleError), `page ${stamp.page} angle`).toBeLessThan(0.5);
    expect(stamp.centreError, `page ${stamp.page} centre`).toBeLessThan(0.01);
  }
}

/**
 * The characters pdftotext reads on each page, stamp aside, counted: the stamped copy must keep
 * those of the original's final revision. Counting rather than comparing text, because the stamp
 * may change how poppler groups the page's lines.
 */
async function charactersByPage(file: string, pages: number): Promise<Map<string, number>[]> {
  const texts = await inBatches(pageNumbers(pages), 8, (n) => pageText(file, n));
  return texts.map((text) => {
    const counts = new Map<string, number>();
    for (const char of text.replace(STAMP_TEXT, '').replace(/\s/g, '')) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    return counts;
  });
}

const stamped = Object.entries(corpus).flatMap(([name, expected]) =>
  'pages' in expected ? [[name, expected.pages] as const] : [],
);
const refused = Object.entries(corpus).flatMap(([name, expected]) =>
  'refused' in expected ? [[name, expected.refused] as const] : [],
);

describe('the corpus', () => {
  it('has an expectation for every file in it', () => {
    const files = readdirSync(corpusDir).filter((name) => name.endsWith('.pdf'));
    expect(files.sort()).toEqual(Object.keys(corpus).sort());
  });
});

describe('stampPdf on the corpus', () => {
  it.each(stamped)(
    '%s: %i pages, each stamped, upright and centred, the original untouched',
    async (name, pages) => {
      const original = readCorpus(name);
      const pristine = original.slice();
      const output = await stampPdf(original);
      expect(Buffer.from(original).equals(pristine)).toBe(true);

      const file = writeScratch(name, output);
      expect(await pdfinfoPages(file)).toBe(pages);
      expect(await pagesWithoutStamp(file, pages)).toEqual([]);
      expectWellPlaced(await stampsOnScreen(output), pages);

      // What poppler can read of the original (its final revision) is still there.
      const readable = await pdfinfoPages(path.join(corpusDir, name)).catch(() => 0);
      if (readable === pages) {
        const before = await charactersByPage(path.join(corpusDir, name), pages);
        const after = await charactersByPage(file, pages);
        before.forEach((counts, i) => {
          const lost = [...counts].filter(([char, count]) => (after[i]!.get(char) ?? 0) < count);
          expect(lost, `${name} page ${i + 1}`).toEqual([]);
        });
      }
    },
    TIMEOUT,
  );

  it.each(refused)('%s is refused with %s', async (name, code) => {
    const original = readCorpus(name);
    const pristine = original.slice();
    const error = await stampPdf(original).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StampError);
    expect(error).toMatchObject({ code });
    expect((error as StampError).message).toMatch(/^Ce (PDF|fichier)/);
    expect(Buffer.from(original).equals(pristine)).toBe(true);
  });

  it(
    'stamps sound files incrementally, and rewrites encrypted files, forms and broken xrefs',
    async () => {
      const method = async (name: string) => (await stampPdfDetailed(readCorpus(name))).method;
      for (const name of [
        'linearized_with_object_streams.pdf',
        'us_constitution.pdf',
        'pdf20_incremental_save.pdf',
      ]) {
        expect(await method(name), name).toBe('incremental');
      }
      for (const name of [
        'derived_encrypted_owner_only.pdf',
        'fancy_fields.pdf',
        'derived_broken_startxref.pdf',
      ]) {
        expect(await method(name), name).toBe('rewrite');
      }
    },
    TIMEOUT,
  );

  it('stamps the 206-page file by an incremental update: the original bytes come first', async () => {
    const original = readCorpus('linearized_with_object_streams.pdf');
    const output = await stampPdf(original);
    expect(Buffer.from(output.subarray(0, original.length)).equals(original)).toBe(true);
    // The update holds the page dictionaries and a copy of their content streams.
    expect(output.length - original.length).toBeLessThan(original.length);
  });

  it('decrypts an owner-password-only file into an unencrypted stamped copy', async () => {
    const output = await stampPdf(readCorpus('derived_encrypted_owner_only.pdf'));
    const { stdout } = await run('pdfinfo', [writeScratch('owner.pdf', output)]);
    expect(stdout).toMatch(/^Encrypted:\s+no/m);
  });

  it(
    'flattens forms so that no field is drawn above the stamp',
    async () => {
      for (const name of ['fancy_fields.pdf', 'with_signature.pdf', 'with_xfa_fields.pdf']) {
        const doc = await PDFDocument.load(await stampPdf(readCorpus(name)));
        const widgets = doc
          .getPages()
          .flatMap((page) => page.node.Annots()?.asArray() ?? [])
          .map((ref) => doc.context.lookup(ref))
          .filter(
            (annot) =>
              annot && 'get' in annot && annot.get(PDFName.of('Subtype')) === PDFName.of('Widget'),
          );
        expect(widgets, name).toEqual([]);
        expect(doc.catalog.getAcroForm()?.dict.has(PDFName.of('XFA')) ?? false, name).toBe(false);
      }
    },
    TIMEOUT,
  );
});

async function render(file: string, prefix: string): Promise<string[]> {
  // -cropbox: the page as viewers show it, which is where the stamp must be centred.
  await run('pdftoppm', ['-r', '50', '-png', '-cropbox', file, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Pixels that differ between two renders: the stamp, measured where a reader sees it. Its line
 * and middle, not its reading direction (upside-down text has the same axis): pdf.js checks that.
 */
async function inkBetween(before: string, after: string) {
  const [a, b] = await Promise.all(
    [before, after].map((file) =>
      sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true }),
    ),
  );
  const { width, height } = b!.info;
  expect(a!.info).toMatchObject({ width, height });
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < width * height; i++) {
    const diff =
      Math.abs(a!.data[3 * i]! - b!.data[3 * i]!) +
      Math.abs(a!.data[3 * i + 1]! - b!.data[3 * i + 1]!) +
      Math.abs(a!.data[3 * i + 2]! - b!.data[3 * i + 2]!);
    if (diff > 40) {
      xs.push(i % width);
      ys.push(height - Math.floor(i / width));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let [sxx, syy, sxy] = [0, 0, 0];
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
    sxy += (x - mx) * (ys[i]! - my);
  });
  const axis = Math.atan2(2 * sxy, sxx - syy) / 2;
  const along = xs.map((x, i) => (x - mx) * Math.cos(axis) + (ys[i]! - my) * Math.sin(axis));
  const [lo, hi] = [Math.min(...along), Math.max(...along)];
  const middle = (lo + hi) / 2;
  const diagonal = Math.hypot(width, height);
  return {
    pixels: xs.length,
    angleError: ((axis - Math.atan2(height, width)) * 180) / Math.PI,
    centreError:
      Math.hypot(
        mx + middle * Math.cos(axis) - width / 2,
        my + middle * Math.sin(axis) - height / 2,
      ) / diagonal,
    length: (hi - lo) / diagonal,
  };
}

describe('rendered pages', () => {
  it.each(rendered)(
    '%s: poppler draws the stamp along the diagonal of what is visible, centred',
    async (name) => {
      const slug = name.replace(/\.pdf$/, '');
      const original = readCorpus(name);
      const stampedFile = writeScratch(`${slug}.stamped.pdf`, await stampPdf(original));
      // The same pipeline with an invisible text: the same repairs and flattening, no ink.
      const blankFile = writeScratch(`${slug}.blank.pdf`, await stampPdf(original, ' '));
      const pages = await render(stampedFile, path.join(screenshots, slug));
      const blanks = await render(blankFile, path.join(scratch, `${slug}.blank`));
      expect(pages).toHaveLength(blanks.length);
      for (const [i, page] of pages.entries()) {
        const ink = await inkBetween(blanks[i]!, page);
        expect(ink.pixels, `${page}`).toBeGreaterThan(500);
        expect(Math.abs(ink.angleError), `${page} angle`).toBeLessThan(2);
        expect(ink.centreError, `${page} centre`).toBeLessThan(0.03);
        expect(ink.length, `${page} length`).toBeGreaterThan(0.6);
      }
    },
    TIMEOUT,
  );
});

/** A copy of some us_constitution pages with the boxes and rotations a test needs. */
async function buildPdf(
  pages: { mediaBox?: number[]; cropBox?: number[]; rotate?: number }[],
): Promise<Uint8Array> {
  const source = await PDFDocument.load(readCorpus('us_constitution.pdf'));
  const doc = await PDFDocument.create();
  const copied = await doc.copyPages(
    source,
    pages.map((_, i) => i + 1),
  );
  copied.forEach((page, i) => {
    const { mediaBox, cropBox, rotate } = pages[i]!;
    if (mediaBox) page.node.set(PDFName.of('MediaBox'), doc.context.obj(mediaBox));
    if (cropBox) page.node.set(PDFName.of('CropBox'), doc.context.obj(cropBox));
    if (rotate !== undefined) page.node.set(PDFName.of('Rotate'), PDFNumber.of(rotate));
    doc.addPage(page);
  });
  return doc.save({ useObjectStreams: false });
}

describe('stampPdf on files built for the purpose', () => {
  const boxes = [
    { cropBox: [150, 300, 550, 700] },
    { mediaBox: [-200, -100, 412, 692], cropBox: [-150, 0, 250, 600], rotate: 90 },
    { cropBox: [500, 700, 100, 100], rotate: -90 },
    { mediaBox: [0, 0, 612, 396], rotate: 450 },
    { cropBox: [0, 0, 2000, 2000], rotate: 180 },
  ];

  it(
    'centres the stamp on offset, inverted and oversized CropBoxes, by both paths',
    async () => {
      const bytes = await buildPdf(boxes);
      const incremental = await stampPdf(bytes);
      expect(Buffer.from(incremental.subarray(0, bytes.length)).equals(bytes)).toBe(true);
      expectWellPlaced(await stampsOnScreen(incremental), boxes.length);
      const { bytes: rewritten } = await stampByRewriting(bytes, stampText(STAMP_TEXT));
      expectWellPlaced(await stampsOnScreen(rewritten), boxes.length);

      const file = writeScratch('offset_boxes.pdf', incremental);
      expect(await pagesWithoutStamp(file, boxes.length)).toEqual([]);
      const pages = await render(file, path.join(screenshots, 'generated_offset_boxes'));
      const blanks = await render(
        writeScratch('offset_boxes.blank.pdf', await stampPdf(bytes, ' ')),
        path.join(scratch, 'offset_boxes.blank'),
      );
      for (const [i, page] of pages.entries()) {
        const ink = await inkBetween(blanks[i]!, page);
        expect(ink.centreError, `${page} centre`).toBeLessThan(0.03);
        expect(Math.abs(ink.angleError), `${page} angle`).toBeLessThan(2);
      }
    },
    TIMEOUT,
  );

  it('keeps a CTM left by the page content off the stamp, on a file with a sound xref', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([612, 792]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText('Contenu avant le CTM', { x: 72, y: 700, size: 14, font, color: rgb(0, 0, 0) });
    // Leaves a scaled, shifted and flipped CTM behind, with no q … Q around it.
    const pollution = doc.context.flateStream('0.3 0 0 -0.3 400 500 cm 0 0 100 100 re f');
    page.node.addContentStream(doc.context.register(pollution));
    const bytes = await doc.save({ useObjectStreams: false });
    const output = await stampPdf(bytes);
    expect(Buffer.from(output.subarray(0, bytes.length)).equals(bytes)).toBe(true);
    expectWellPlaced(await stampsOnScreen(output), 1);
  });

  it('reads attributes inherited from the page tree, and resources shared between pages', async () => {
    const doc = await PDFDocument.load(await buildPdf([{}, {}, {}]));
    const tree = doc.catalog.Pages();
    tree.set(PDFName.of('MediaBox'), doc.context.obj([0, 0, 842, 595]));
    tree.set(PDFName.of('Rotate'), PDFNumber.of(270));
    const shared = doc.getPages()[0]!.node.get(PDFName.of('Resources'))!;
    const sharedRef = doc.context.register(doc.context.lookup(shared)!);
    for (const page of doc.getPages()) {
      page.node.delete(PDFName.of('MediaBox'));
      page.node.set(PDFName.of('Resources'), sharedRef);
    }
    const bytes = await doc.save({ useObjectStreams: true });
    const output = await stampPdf(bytes);
    expect(Buffer.from(output.subarray(0, bytes.length)).equals(bytes)).toBe(true);
    expectWellPlaced(await stampsOnScreen(output), 3);
    expect(await pagesWithoutStamp(writeScratch('inherited.pdf', output), 3)).toEqual([]);
  });

  it('refuses a stamp text the standard font cannot write', async () => {
    await expect(stampPdf(readCorpus('us_constitution.pdf'), '仅供参考')).rejects.toMatchObject({
      code: 'stamp-text-unsupported',
    });
  });

  it(
    'never crashes on damaged copies: a stamped result or a coded refusal',
    async () => {
      const original = readCorpus('with_cropbox.pdf');
      let seed = 42;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const variants: Uint8Array[] = [0.1, 0.35, 0.6, 0.85, 0.99].map((share) =>
        original.slice(0, Math.floor(original.length * share)),
      );
      for (let v = 0; v < 7; v++) {
        const damaged = original.slice();
        for (let k = 0; k < 24; k++)
          damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
        variants.push(damaged);
      }
      for (const [i, variant] of variants.entries()) {
        const result = await stampPdf(variant).catch((error: unknown) => error);
        if (result instanceof Uint8Array) {
          const file = writeScratch(`damaged-${i}.pdf`, result);
          const pages = await pdfinfoPages(file);
          expect(pages, `variant ${i}`).toBeGreaterThan(0);
          expect(await pagesWithoutStamp(file, pages), `variant ${i}`).toEqual([]);
        } else {
          expect(result, `variant ${i}`).toBeInstanceOf(StampError);
        }
      }
    },
    TIMEOUT,
  );
});

describe('inspectPdf', () => {
  it.each(stamped)('%s can be stamped: %i pages', async (name, pages) => {
    expect(await inspectPdf(readCorpus(name))).toEqual({ ok: true, pages });
  });

  it.each(refused)('%s is refused at upload with %s', async (name, code) => {
    const result = await inspectPdf(readCorpus(name));
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.message).toMatch(/^Ce (PDF|fichier)/);
  });

  it('tells a file with a user password from one whose cipher is unknown', async () => {
    const doc = await PDFDocument.load(readCorpus('derived_encrypted_owner_only.pdf'), {
      ignoreEncryption: true,
    });
    const encrypt = doc.context.lookup(doc.context.trailerInfo.Encrypt);
    expect(encrypt && 'set' in encrypt).toBe(true);
    (encrypt as unknown as { set: (k: PDFName, v: PDFName) => void }).set(
      PDFName.of('Filter'),
      PDFName.of('SomeVendorDRM'),
    );
    const bytes = await doc.save({ useObjectStreams: false });
    expect(await inspectPdf(bytes)).toMatchObject({
      ok: false,
      code: 'pdf-encryption-unsupported',
    });
  });
});
