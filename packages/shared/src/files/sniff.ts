import { z } from 'zod';

/**
 * What an uploaded file really is, read from its first bytes. The declared name and MIME type
 * come from the client and prove nothing; the content decides. Pure (Uint8Array only) so the
 * browser can pre-check a file before uploading it and the functions re-check it after.
 */
export const fileKinds = ['pdf', 'jpeg', 'png', 'webp', 'heic', 'gif'] as const;
export type FileKind = (typeof fileKinds)[number];

export interface SniffedFile {
  kind: FileKind;
  mime: string;
}

/** Readers accept junk before the PDF header as long as it starts within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

const heicBrands = new Set(['heic', 'heix']);
const heicSequenceBrands = new Set(['hevc', 'hevx']);
const heifBrands = new Set(['mif1', 'heif']);
const heifSequenceBrands = new Set(['msf1']);
// AVIF shares the `mif1` brand with HEIF; these compatible brands mark it as AVIF, not HEIC.
const avifBrands = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (start + length > bytes.length) return '';
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte);
}

function findAscii(bytes: Uint8Array, needle: string, window: number): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  const last = Math.min(bytes.length, window) - codes.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

/** ISO BMFF `ftyp` box: size, 'ftyp', major brand, minor version, compatible brands. */
function sniffHeif(bytes: Uint8Array): SniffedFile | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(size, bytes.length);
  if (size < 16) return null;
  const major = ascii(bytes, 8, 4);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= end; offset += 4) compatible.push(ascii(bytes, offset, 4));
  const brands = [major, ...compatible];
  if (heicBrands.has(major)) return { kind: 'heic', mime: 'image/heic' };
  if (heicSequenceBrands.has(major)) return { kind: 'heic', mime: 'image/heic-sequence' };
  if (!heifBrands.has(major) && !heifSequenceBrands.has(major)) return null;
  if (brands.some((brand) => avifBrands.has(brand))) return null;
  if (brands.some((brand) => heicBrands.has(brand))) return { kind: 'heic', mime: 'image/heic' };
  if (heifSequenceBrands.has(major)) return { kind: 'heic', mime: 'image/heif-sequence' };
  return { kind: 'heic', mime: 'image/heif' };
}

export function sniffFile(bytes: Uint8Array): SniffedFile | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'png', mime: 'image/png' };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return { kind: 'webp', mime: 'image/webp' };
  }
  const gif = ascii(bytes, 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') return { kind: 'gif', mime: 'image/gif' };
  const heif = sniffHeif(bytes);
  if (heif) return heif;
  if (findAscii(bytes, '%PDF-', PDF_HEADER_WINDOW) >= 0) {
    return { kind: 'pdf', mime: 'application/pdf' };
  }
  return null;
}

const MEGABYTE = 1024 * 1024;
export const PHOTO_MAX_BYTES = 25 * MEGABYTE;
export const DOCUMENT_MAX_BYTES = 30 * MEGABYTE;

export const uploadPurposes = ['photo', 'document'] as const;
export const uploadPurposeSchema = z.enum(uploadPurposes);
export type UploadPurpose = z.infer<typeof uploadPurposeSchema>;

/** The name the client gives a file: shown to people, never trusted to tell the type. */
export const declaredFileNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Nom de fichier manquant.' })
  .max(255, { message: 'Nom de fichier trop long (255 caractères au plus).' });

export const acceptedUploadKinds: Record<UploadPurpose, readonly FileKind[]> = {
  photo: ['jpeg', 'png', 'webp', 'heic'],
  document: ['pdf', 'jpeg', 'png', 'heic'],
};

export const uploadMaxBytes: Record<UploadPurpose, number> = {
  photo: PHOTO_MAX_BYTES,
  document: DOCUMENT_MAX_BYTES,
};

const kindLabels: Record<FileKind, string> = {
  pdf: 'un PDF',
  jpeg: 'une image JPEG',
  png: 'une image PNG',
  webp: 'une image WebP',
  heic: 'une image HEIC',
  gif: 'une image GIF',
};

const kindsByExtension: Record<string, FileKind> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
  hif: 'heic',
  gif: 'gif',
};

export type UploadRefusalCode =
  | 'file-empty'
  | 'file-too-large'
  | 'file-not-photo'
  | 'file-not-document'
  | 'file-extension-mismatch';

export type UploadCheck =
  | { ok: true; kind: FileKind; mime: string }
  | { ok: false; code: UploadRefusalCode; message: string };

/**
 * A size in binary megabytes (the unit of the limits), rounded up to the tenth so that a refused
 * file never reads "25 Mo pour 25 Mo au plus".
 */
export function formatMegabytes(bytes: number): string {
  // bytes × 10 is an exact integer and MEGABYTE a power of two: the division is exact.
  const tenths = Math.ceil((bytes * 10) / MEGABYTE) / 10;
  return `${String(tenths).replace('.', ',')} Mo`;
}

/** The kind a name claims through its extension, when the extension is one we know. */
export function kindFromFileName(name: string): FileKind | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  const extension = base.slice(dot + 1).toLowerCase();
  // Own keys only: a file named "x.constructor" must not find Object's.
  return Object.hasOwn(kindsByExtension, extension) ? kindsByExtension[extension]! : null;
}

function refuse(code: UploadRefusalCode, message: string): UploadCheck {
  return { ok: false, code, message };
}

const notAcceptedMessages: Record<UploadPurpose, [UploadRefusalCode, string]> = {
  photo: ['file-not-photo', 'Ce fichier n’est pas une image (JPEG, PNG, WebP ou HEIC).'],
  document: ['file-not-document', 'Ce fichier n’est ni un PDF ni une image (JPEG, PNG ou HEIC).'],
};

/**
 * Whether a file may be uploaded for a purpose, judged on its content. A known extension that
 * contradicts the content is refused too (a PNG named .pdf is not a PDF, even where PNG is
 * accepted), so what people see listed matches what they open.
 */
export function checkUpload(
  file: { bytes: Uint8Array; name: string },
  purpose: UploadPurpose,
): UploadCheck {
  const size = file.bytes.length;
  if (size === 0) return refuse('file-empty', 'Ce fichier est vide.');
  const limit = uploadMaxBytes[purpose];
  if (size > limit) {
    return refuse(
      'file-too-large',
      `Fichier trop volumineux : ${formatMegabytes(size)} pour ${formatMegabytes(limit)} au plus.`,
    );
  }
  const sniffed = sniffFile(file.bytes);
  const claimed = kindFromFileName(file.name);
  if (sniffed && claimed && claimed !== sniffed.kind) {
    return refuse(
      'file-extension-mismatch',
      `Ce fichier n’est pas ${kindLabels[claimed]} : son contenu est ${kindLabels[sniffed.kind]}.`,
    );
  }
  if (!sniffed || !acceptedUploadKinds[purpose].includes(sniffed.kind)) {
    const [code, message] = notAcceptedMessages[purpose];
    return refuse(code, message);
  }
  return { ok: true, kind: sniffed.kind, mime: sniffed.mime };
}
