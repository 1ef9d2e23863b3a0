// The awkward PDFs of ../shared/corpus/pdfs (see its README) through the dossier path: each is
// refused at upload with a coded French message, or accepted and then served to an unpaid
// client stamped on every page. Never accepted and then served unstamped, never a crash.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import type { SaveDossierResult } from '@portail/shared';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps } from '../support/stack.js';
import {
  STAMP_TEXT_FOR_TESTS,
  activeClient,
  corpus,
  download,
  pageTexts,
  pdfPages,
  uploadFile,
} from './dossiers-support.js';

const sessions = new Sessions();
let tenantId: string;
let staff: WebClient;
let client: { clientId: string; web: WebClient };
let dossierId: string;

/** What the corpus README says must be refused; the others may be repaired or refused. */
const mustRefuse = [
  'encrypted_new.pdf',
  'encrypted_old.pdf',
  'derived_encrypted_user_password.pdf',
  'derived_truncated.pdf',
  'derived_png_named_pdf.pdf',
];
const mustStamp = [
  'us_constitution.pdf',
  'derived_rotated_90_270_180.pdf',
  'derived_mixed_sizes.pdf',
  'derived_object_streams.pdf',
  'with_update_sections.pdf',
  'with_signature.pdf',
  'with_annots.pdf',
  'fancy_fields.pdf',
];
const files = readdirSync('../shared/corpus/pdfs').filter((name) => name.endsWith('.pdf'));

beforeAll(async () => {
  tenantId = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  client = await activeClient(sessions, staff, tenantId);
  ({ dossierId } = await staff.call<SaveDossierResult>('saveDossier', {
    fields: { title: '[O] Corpus', clientId: client.clientId, amount: 90 },
  }));
  await updateDoc(doc(staff.firestore(), `tenants/${tenantId}/dossiers/${dossierId}`), {
    published: true,
    updatedAt: serverTimestamp(),
  });
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('the corpus of awkward PDFs', () => {
  it.each(files)('%s', { timeout: 120_000 }, async (name) => {
    const original = corpus(name);
    const upload = await uploadFile(staff, dossierId, original, name);
    if (upload.status !== 200) {
      expect(mustStamp, `${name} should be stamped`).not.toContain(name);
      expect(upload.status).toBe(400);
      expect(upload.body.error?.details?.code).toMatch(/^(pdf-|file-)/);
      expect(upload.body.error?.message).toMatch(/\S/);
      return;
    }
    expect(mustRefuse, `${name} should be refused`).not.toContain(name);
    const fileId = upload.body.result!.file.id;
    const response = await download(client.web, dossierId, fileId);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-file-version')).toBe('stamped');
    const stamped = new Uint8Array(await response.arrayBuffer());
    const pages = pdfPages(stamped);
    expect(pages).toBe(upload.body.result!.file.pages);
    pageTexts(stamped, pages).forEach((text, i) =>
      expect(text.replace(/\s+/g, ' '), `${name} page ${i + 1}`).toContain(STAMP_TEXT_FOR_TESTS),
    );
  });
});
