import { describe, expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition.js';

describe('contentDisposition', () => {
  it('keeps the UTF-8 name in filename* and an ASCII fallback in filename', () => {
    expect(contentDisposition('Relevé d’état.pdf')).toBe(
      `attachment; filename="Releve d_etat.pdf"; filename*=UTF-8''Relev%C3%A9%20d%E2%80%99%C3%A9tat.pdf`,
    );
  });

  it('never lets a name break the header or name a path', () => {
    const header = contentDisposition('../a"b\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="..a_bSet-Cookie: x=1.pdf"');
    expect(header).toContain("filename*=UTF-8''..a%22bSet-Cookie%3A%20x%3D1.pdf");
  });

  it('encodes the characters RFC 5987 reserves', () => {
    expect(contentDisposition("l'offre (1)*.pdf", 'inline')).toContain(
      "inline; filename=\"l'offre (1)*.pdf\"; filename*=UTF-8''l%27offre%20%281%29%2A.pdf",
    );
  });

  it('names an empty name "document"', () => {
    expect(contentDisposition('  ')).toBe(
      `attachment; filename="document"; filename*=UTF-8''document`,
    );
  });
});
