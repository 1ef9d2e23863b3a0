// What the dossier tests share: a tenant with an owner and clients, the HTTP calls (upload,
// download), and reading PDFs page by page with poppler.
import { request as httpRequest } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getAuth as getWebAuth } from 'firebase/auth';
import { callableNames } from '@portail/shared';
import type { WebClient } from '../support/callables.js';
import { newEmail, tokenOf, waitForMails, type Sessions } from '../support/calls.js';
import { host, ports, projectId } from '../support/stack.js';

export const functionsUrl = `http://${host}:${ports.functions}/${projectId}/us-central1`;
export const corpus = (name: string) => readFileSync(join('../shared/corpus/pdfs', name));

export async function idToken(web: WebClient): Promise<string> {
  return getWebAuth(web.app).currentUser!.getIdToken();
}

export interface UploadAnswer {
  status: number;
  body: {
    result?: { file: { id: string; pages: number | null; kind: string; name: string } };
    error?: { status: string; message: string; details?: { code?: string } };
  };
}

export async function uploadFile(
  web: WebClient,
  dossierId: string,
  bytes: Uint8Array,
  name: string,
): Promise<UploadAnswer> {
  const answer = await postOnFreshConnection(
    `${functionsUrl}/uploadDossierFile?dossierId=${dossierId}`,
    {
      authorization: `Bearer ${await idToken(web)}`,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
    },
    bytes,
  );
  return { status: answer.status, body: JSON.parse(answer.text) as UploadAnswer['body'] };
}

/**
 * A POST on a connection of its own: the emulator closes idle kept-alive sockets, and a large
 * body sent on one it is closing fails with "other side closed" before any answer.
 */
function postOnFreshConnection(
  url: string,
  headers: Record<string, string>,
  body: Uint8Array,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(Buffer.from(body));
  });
}

export async function download(
  who: WebClient | { guestToken: string },
  dossierId: string,
  fileId: string,
): Promise<Response> {
  const query = new URLSearchParams({ kind: 'dossierFile', dossierId, fileId });
  const headers: Record<string, string> =
    'guestToken' in who
      ? { 'x-guest-token': who.guestToken }
      : { authorization: `Bearer ${await idToken(who)}` };
  return fetch(`${functionsUrl}/files?${query}`, { headers });
}

/** Each page's text, as `pdftotext -f N -l N` reads it. */
export function pageTexts(pdf: Uint8Array, pages: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'o-pdf-'));
  const path = join(dir, 'file.pdf');
  writeFileSync(path, pdf);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-q', '-f', String(i + 1), '-l', String(i + 1), path, '-'], {
      encoding: 'utf8',
    }),
  );
}

export function pdfPages(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'o-pdf-'));
  const path = join(dir, 'file.pdf');
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** A client space with one login that completed its first login, signed in. */
export async function activeClient(
  sessions: Sessions,
  staff: WebClient,
  tenantId: string,
  firstName = 'Julie',
): Promise<{ clientId: string; web: WebClient; email: string }> {
  const email = newEmail('o-acheteur');
  const { clientId } = await staff.call<{ clientId: string }>(callableNames.createClient, {
    firstName,
    lastName: 'Martin',
    email,
  });
  await staff.call(callableNames.inviteClient, { clientId });
  const [mail] = await waitForMails(email);
  await sessions
    .anonymous()
    .call(callableNames.completeFirstLogin, { token: tokenOf(mail), password: 'pass-1234' });
  return { clientId, web: await sessions.signedIn(email, 'pass-1234', tenantId), email };
}

/** What the stamp writes (functions/src/files/stamp/stampContent.ts), as pdftotext reads it. */
export const STAMP_TEXT_FOR_TESTS = 'POUR CONSULTATION UNIQUEMENT';
