import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '../files/sniff.js';
import { precheckDocument } from './precheck.js';

const pdfHead = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const pngHead = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const heicHead = new Uint8Array([
  0,
  0,
  0,
  24,
  ...new TextEncoder().encode('ftypheic'),
  0,
  0,
  0,
  0,
  ...new TextEncoder().encode('mif1heic'),
]);

describe('precheckDocument', () => {
  it('takes a PDF and a PNG by their first bytes', () => {
    expect(precheckDocument({ name: 'plan.pdf', size: 2048, head: pdfHead })).toEqual({ ok: true });
    expect(precheckDocument({ name: 'photo.png', size: 2048, head: pngHead })).toEqual({
      ok: true,
    });
  });

  it('refuses a file over 30 MB whatever it is', () => {
    const refused = precheckDocument({
      name: 'plan.pdf',
      size: DOCUMENT_MAX_BYTES + 1,
      head: pdfHead,
    });
    expect(refused).toMatchObject({ ok: false, code: 'file-too-large' });
  });

  it('refuses HEIC, which the shared upload check takes for other purposes', () => {
    expect(precheckDocument({ name: 'IMG.heic', size: 2048, head: heicHead })).toMatchObject({
      ok: false,
      code: 'document/type-refused',
    });
  });

  it('refuses a PNG named .pdf and a text file', () => {
    expect(precheckDocument({ name: 'plan.pdf', size: 10, head: pngHead })).toMatchObject({
      ok: false,
      code: 'file-extension-mismatch',
    });
    const text = new TextEncoder().encode('Bonjour');
    expect(precheckDocument({ name: 'a.txt', size: 7, head: text })).toMatchObject({
      ok: false,
      code: 'file-not-document',
    });
  });
});
