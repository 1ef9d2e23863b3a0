import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Bucket } from '@google-cloud/storage';
import type { ClientData } from './clientData.js';
import { entryName } from './archiveJson.js';

const encoder = new TextEncoder();

const readme = (agency: string, at: string) =>
  [
    `Vos données chez ${agency}, exportées le ${at}.`,
    '',
    'profile.json       votre profil et vos accès',
    'properties.json    les biens qui vous ont été proposés, vos demandes de visite, comptes rendus, offres et étapes',
    'messages.json      votre conversation avec l’agence',
    'appointments.json  vos rendez-vous',
    'documents.json     les documents partagés avec vous (fichiers dans documents/)',
    'dossiers.json      vos dossiers (fichiers dans dossiers/ une fois le dossier réglé)',
    'mandates.json      les mandats de recherche que vous avez signés',
    '',
  ].join('\n');

/**
 * Streams the ZIP to `target` in Storage: JSON deflated, files stored as they are (PDFs and
 * photos are compressed already), one file read at a time and the upload drained between them,
 * so memory holds one file, not the archive. A file missing from Storage is skipped and listed.
 */
export async function writeArchive(
  bucket: Bucket,
  target: string,
  data: ClientData,
  meta: { agency: string; at: Date },
): Promise<{ files: number; missing: string[] }> {
  const upload = bucket.file(target).createWriteStream({
    contentType: 'application/zip',
    resumable: false,
    metadata: { cacheControl: 'private, no-store' },
  });
  const finished = new Promise<void>((resolve, reject) => {
    upload.on('finish', resolve).on('error', reject);
  });
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else upload.write(chunk);
    if (final || error) upload.end();
  });
  const drained = () =>
    upload.writableNeedDrain ? new Promise<void>((resolve) => upload.once('drain', resolve)) : null;
  const addJson = (name: string, value: unknown) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(encoder.encode(`${JSON.stringify(value, null, 2)}\n`), true);
  };

  addJson('profile.json', data.profile);
  for (const [section, rows] of Object.entries(data.json)) addJson(`${section}.json`, rows);
  const missing: string[] = [];
  let copied = 0;
  const used = new Set<string>();
  for (const file of data.files) {
    const bytes = await bucket
      .file(file.storagePath)
      .download()
      .then(([buffer]) => buffer)
      .catch(() => null);
    if (!bytes) {
      missing.push(file.entry);
      continue;
    }
    const [folder, ...rest] = file.entry.split('/');
    let name = `${folder}/${rest.map(entryName).join('/')}`;
    while (used.has(name)) name = name.replace(/(\.[^./]*)?$/, '-1$1');
    used.add(name);
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
    copied += 1;
    await drained();
  }
  const notes = missing.length
    ? `\nFichiers introuvables au moment de l’export :\n${missing.join('\n')}\n`
    : '';
  const entry = new ZipDeflate('LISEZ-MOI.txt');
  zip.add(entry);
  entry.push(encoder.encode(readme(meta.agency, meta.at.toISOString()) + notes), true);
  zip.end();
  await finished;
  if (failure) throw failure;
  return { files: copied, missing };
}
