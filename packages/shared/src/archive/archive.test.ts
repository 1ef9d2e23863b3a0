import { describe, expect, it } from 'vitest';
import { archiveFileName, archiveFileRequest, archiveStoragePath } from './archive.js';

describe('archive', () => {
  it('names the download after the agency and the day, in safe characters', () => {
    expect(archiveFileName('Agence Démo & Fils', Date.UTC(2026, 11, 1, 23))).toBe(
      'mes-donnees-agence-demo-fils-2026-12-01.zip',
    );
    expect(archiveFileName('***', 0)).toBe('mes-donnees-agence-1970-01-01.zip');
  });
  it('keeps each archive under its own client’s folder', () => {
    expect(archiveStoragePath('t1', 'c1', 'a1')).toBe('tenants/t1/clients/c1/archives/a1.zip');
  });
  it('refuses an archive id that could climb out of the folder', () => {
    expect(archiveFileRequest.safeParse({ kind: 'archive', archiveId: '../c2/x' }).success).toBe(
      false,
    );
    expect(archiveFileRequest.safeParse({ kind: 'archive', archiveId: 'Ab_9-z' }).success).toBe(
      true,
    );
  });
});
