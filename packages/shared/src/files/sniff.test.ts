import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_MAX_BYTES,
  PHOTO_MAX_BYTES,
  checkUpload,
  formatMegabytes,
  kindFromFileName,
  sniffFile,
  uploadPurposeSchema,
} from './sniff.js';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus/pdfs');
const corpusFile = (name: string) => new Uint8Array(readFileSync(path.join(corpus, name)));

const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part,
    ),
  );

/** An ISO BMFF `ftyp` box with the given major and compatible brands, then some payload. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytesOf([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'meta');
}

const jpeg = bytesOf([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const webp = bytesOf('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ', [0, 0, 0, 0]);
const gif = bytesOf('GIF89a', [1, 0, 1, 0, 0, 0, 0]);
const heic = ftyp('heic', 'mif1', 'heic');
const pdf = bytesOf('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n');

describe('sniffFile', () => {
  it('recognises each accepted format from its first bytes', () => {
    expect(sniffFile(jpeg)).toEqual({ kind: 'jpeg', mime: 'image/jpeg' });
    expect(sniffFile(corpusFile('derived_png_named_pdf.pdf'))).toEqual({
      kind: 'png',
      mime: 'image/png',
    });
    expect(sniffFile(webp)).toEqual({ kind: 'webp', mime: 'image/webp' });
    expect(sniffFile(gif)).toEqual({ kind: 'gif', mime: 'image/gif' });
    expect(sniffFile(heic)).toEqual({ kind: 'heic', mime: 'image/heic' });
    expect(sniffFile(corpusFile('us_constitution.pdf'))).toEqual({
      kind: 'pdf',
      mime: 'application/pdf',
    });
  });

  it('finds a PDF header after junk, within the first 1024 bytes only', () => {
    expect(sniffFile(corpusFile('pdf20_offset_start.pdf'))?.kind).toBe('pdf');
    const junk = (length: number) => new Uint8Array(length).fill(0x20);
    expect(sniffFile(new Uint8Array([...junk(1019), ...pdf]))?.kind).toBe('pdf');
    expect(sniffFile(new Uint8Array([...junk(1020), ...pdf]))).toBeNull();
  });

  it('tells HEIC and HEIF brands apart from AVIF and MP4', () => {
    expect(sniffFile(ftyp('heix'))).toEqual({ kind: 'heic', mime: 'image/heic' });
    expect(sniffFile(ftyp('hevc'))).toEqual({ kind: 'heic', mime: 'image/heic-sequence' });
    expect(sniffFile(ftyp('mif1', 'heic'))).toEqual({ kind: 'heic', mime: 'image/heic' });
    expect(sniffFile(ftyp('mif1'))).toEqual({ kind: 'heic', mime: 'image/heif' });
    expect(sniffFile(ftyp('msf1'))).toEqual({ kind: 'heic', mime: 'image/heif-sequence' });
    expect(sniffFile(ftyp('mif1', 'avif'))).toBeNull();
    expect(sniffFile(ftyp('avif', 'mif1'))).toBeNull();
    expect(sniffFile(ftyp('isom', 'mp41'))).toBeNull();
  });

  it('recognises nothing in empty, short or unknown content', () => {
    expect(sniffFile(new Uint8Array())).toBeNull();
    expect(sniffFile(bytesOf([0xff, 0xd8]))).toBeNull();
    expect(sniffFile(bytesOf('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffFile(bytesOf('Bonjour, ceci est un texte.'))).toBeNull();
    expect(sniffFile(bytesOf([0, 0, 0, 8], 'ftyp'))).toBeNull();
  });
});

describe('checkUpload', () => {
  it('accepts photos in JPEG, PNG, WebP and HEIC', () => {
    for (const [bytes, kind] of [
      [jpeg, 'jpeg'],
      [corpusFile('derived_png_named_pdf.pdf'), 'png'],
      [webp, 'webp'],
      [heic, 'heic'],
    ] as const) {
      expect(checkUpload({ bytes, name: `photo.${kind}` }, 'photo')).toMatchObject({
        ok: true,
        kind,
      });
    }
  });

  it('refuses a PDF or a GIF as a photo', () => {
    const refusal = {
      ok: false,
      code: 'file-not-photo',
      message: 'Ce fichier n’est pas une image (JPEG, PNG, WebP ou HEIC).',
    };
    expect(checkUpload({ bytes: pdf, name: 'plan.pdf' }, 'photo')).toEqual(refusal);
    expect(checkUpload({ bytes: gif, name: 'anim.gif' }, 'photo')).toEqual(refusal);
    expect(checkUpload({ bytes: bytesOf('texte'), name: 'notes.txt' }, 'photo')).toEqual(refusal);
  });

  it('accepts documents in PDF, JPEG, PNG and HEIC, not WebP', () => {
    expect(checkUpload({ bytes: pdf, name: 'bail.pdf' }, 'document')).toEqual({
      ok: true,
      kind: 'pdf',
      mime: 'application/pdf',
    });
    expect(checkUpload({ bytes: heic, name: 'scan.HEIC' }, 'document')).toMatchObject({ ok: true });
    expect(checkUpload({ bytes: webp, name: 'scan.webp' }, 'document')).toMatchObject({
      ok: false,
      code: 'file-not-document',
    });
  });

  it('refuses a PNG renamed .pdf as a PDF, although PNG documents are accepted', () => {
    const bytes = corpusFile('derived_png_named_pdf.pdf');
    expect(checkUpload({ bytes, name: 'derived_png_named_pdf.pdf' }, 'document')).toEqual({
      ok: false,
      code: 'file-extension-mismatch',
      message: 'Ce fichier n’est pas un PDF : son contenu est une image PNG.',
    });
    expect(checkUpload({ bytes, name: 'scan.png' }, 'document')).toMatchObject({ ok: true });
  });

  it('judges on content when the name has no known extension', () => {
    expect(checkUpload({ bytes: jpeg, name: 'IMG_0042' }, 'photo')).toMatchObject({ ok: true });
    expect(checkUpload({ bytes: jpeg, name: 'C:\\photos\\IMG.JPG' }, 'photo')).toMatchObject({
      ok: true,
    });
  });

  it('refuses an empty file and one over the limit, with its size in French', () => {
    expect(checkUpload({ bytes: new Uint8Array(), name: 'x.jpg' }, 'photo')).toMatchObject({
      ok: false,
      code: 'file-empty',
    });
    const tooBig = new Uint8Array(Math.round(40.2 * 1024 * 1024));
    tooBig.set(jpeg);
    expect(checkUpload({ bytes: tooBig, name: 'x.jpg' }, 'photo')).toEqual({
      ok: false,
      code: 'file-too-large',
      message: 'Fichier trop volumineux : 40,2 Mo pour 25 Mo au plus.',
    });
    expect(checkUpload({ bytes: tooBig, name: 'x.jpg' }, 'document')).toMatchObject({
      code: 'file-too-large',
      message: 'Fichier trop volumineux : 40,2 Mo pour 30 Mo au plus.',
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more', () => {
    for (const [purpose, limit] of [
      ['photo', PHOTO_MAX_BYTES],
      ['document', DOCUMENT_MAX_BYTES],
    ] as const) {
      const atLimit = new Uint8Array(limit);
      atLimit.set(jpeg);
      expect(checkUpload({ bytes: atLimit, name: 'a.jpg' }, purpose)).toMatchObject({ ok: true });
      const over = new Uint8Array(limit + 1);
      over.set(jpeg);
      expect(checkUpload({ bytes: over, name: 'a.jpg' }, purpose)).toMatchObject({
        code: 'file-too-large',
      });
    }
  });
});

describe('helpers', () => {
  it('rounds sizes up to the tenth of a megabyte', () => {
    expect(formatMegabytes(25 * 1024 * 1024)).toBe('25 Mo');
    expect(formatMegabytes(25 * 1024 * 1024 + 1)).toBe('25,1 Mo');
  });

  it('reads the kind a file name claims', () => {
    expect(kindFromFileName('Plan.JPEG')).toBe('jpeg');
    expect(kindFromFileName('dossier/acte.pdf')).toBe('pdf');
    expect(kindFromFileName('.pdf')).toBeNull();
    expect(kindFromFileName('archive.zip')).toBeNull();
    expect(kindFromFileName('x.constructor')).toBeNull();
    expect(kindFromFileName('x.__proto__')).toBeNull();
  });

  it('validates the purpose sent by a client', () => {
    expect(uploadPurposeSchema.safeParse('photo').success).toBe(true);
    expect(uploadPurposeSchema.safeParse('video').success).toBe(false);
  });
});
