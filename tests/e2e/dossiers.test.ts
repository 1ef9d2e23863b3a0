// The unpaid-dossier journey through both apps, every step a click (D1–D3): the hunter creates a
// dossier for the Duponts, tied to one of the agency's properties, uploads a PDF with rotated
// pages and publishes it unpaid; Julie (on a phone) downloads it stamped on every page; the
// hunter marks it paid and Julie's next download is the original, byte for byte. The dossier is
// deleted at the end so that the Dupont space other suites read is left as the seed made it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshotDir } from '../support/browser.js';
import { adminApp, uniqueId } from '../support/stack.js';
import { pageTexts, pdfPages, STAMP_TEXT_FOR_TESTS } from '../functions/dossiers-support.js';
import { adminUrl, clientUrl, signInOnPage } from './client-support.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const db = getFirestore(adminApp());
const original = readFileSync('../shared/corpus/pdfs/derived_rotated_90_270_180.pdf');
const fileName = 'Diagnostics pivotés.pdf';
/** The title a file gets when uploaded: its name without the extension. */
const fileTitle = 'Diagnostics pivotés';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const title = `[W] Diagnostics ${uniqueId('w').split('-').at(-1)!}`;

let browser: Browser;
let hunter: Page;
let julie: Page;
let dossierId = '';
const consoleErrors: string[] = [];

async function openPage(viewport: typeof desktop, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  page.setDefaultTimeout(40_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** Julie's download of the dossier's file, as her browser saves it. */
async function julieDownloads(): Promise<Buffer> {
  await julie.goto(`${clientUrl}/dossiers/${dossierId}`);
  const saved = julie.waitForEvent('download', { timeout: 90_000 });
  await julie.getByRole('button', { name: `Télécharger ${fileTitle}` }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe(fileName);
  return readFileSync(await download.path());
}

beforeAll(async () => {
  browser = await launchBrowser();
  const settings = await db.doc(`tenants/${demoTenantId}/config/settings`).get();
  const dupont = await db.doc(`tenants/${demoTenantId}/clients/client-dupont`).get();
  // The journey needs the seed's policy: unpaid files stamped, the Duponts not exempt.
  expect(settings.get('unpaidPolicy') ?? 'stamp').toBe('stamp');
  expect(dupont.get('unpaidExempt') ?? false).toBe(false);
  hunter = await openPage(desktop, `${adminUrl}/dossiers/nouveau`);
  await signInOnPage(hunter, 'gerant@agence-demo.test', demoPassword);
  julie = await openPage(phone, `${clientUrl}/dossiers`);
  await signInOnPage(julie, 'julie.dupont@example.test', demoPassword);
});

afterAll(async () => {
  // Deleting the document is what the editor's « Supprimer » does; a trigger removes its files.
  if (dossierId) await db.doc(`tenants/${demoTenantId}/dossiers/${dossierId}`).delete();
  await browser?.close();
});

describe('an unpaid dossier, then paid', { timeout: 180_000 }, () => {
  it('the hunter creates it for the Duponts, from a property, and uploads a PDF', async () => {
    await hunter.getByLabel('Titre').first().fill(title);
    await hunter
      .getByLabel('Client', { exact: true })
      .selectOption({ label: 'Julie et Marc Dupont' });
    await hunter.getByLabel('Bien concerné (facultatif)').fill('duplex');
    const results = hunter.getByRole('list', { name: 'Biens correspondants' });
    await results.getByRole('button', { name: /Duplex sous les toits/ }).click();
    // The property fills the address.
    await expect.poll(() => hunter.getByLabel('Rue').inputValue()).toBe('9 rue Garibaldi');
    expect(await hunter.getByLabel('Ville').inputValue()).toBe('Lyon');
    await hunter.getByRole('button', { name: 'Créer le dossier' }).click();
    await hunter.waitForURL(/\/dossiers\/(?!nouveau)[A-Za-z0-9_-]+$/);
    dossierId = new URL(hunter.url()).pathname.split('/').at(-1)!;
    const stored = (await db.doc(`tenants/${demoTenantId}/dossiers/${dossierId}`).get()).data();
    expect(stored).toMatchObject({
      title,
      clientId: 'client-dupont',
      propertyId: 'property-8',
      paid: false,
      published: false,
    });

    await hunter.getByLabel('Ajouter des fichiers').setInputFiles({
      name: fileName,
      mimeType: 'application/pdf',
      buffer: original,
    });
    await hunter.getByRole('button', { name: `Télécharger ${fileName}` }).waitFor();
    // New dossiers start unpaid: the hunter sees it so, and publishes.
    await hunter.getByText('Impayé : la politique des impayés s’applique.').waitFor();
    await hunter.getByRole('button', { name: 'Publier pour le client' }).click();
    await hunter.getByRole('button', { name: 'Retirer de l’espace client' }).waitFor();
    await hunter.screenshot({ path: join(screenshotDir, 'w', 'e2e-hunter-unpaid.png') });
  });

  it('Julie downloads it stamped on every page, rotated pages included', async () => {
    await julie.goto(`${clientUrl}/dossiers`);
    await julie.getByRole('link', { name: title }).click();
    await julie.getByRole('button', { name: `Télécharger ${fileTitle}` }).waitFor();
    await julie.screenshot({ path: join(screenshotDir, 'w', 'e2e-julie-dossier.png') });
    const stamped = await julieDownloads();
    expect(sha(stamped)).not.toBe(sha(original));
    const pages = pdfPages(stamped);
    expect(pages).toBe(pdfPages(original));
    const texts = pageTexts(stamped, pages);
    for (const text of texts) expect(text.replace(/\s+/g, ' ')).toContain(STAMP_TEXT_FOR_TESTS);
    // Every page to PNG, to look at: the stamp reads upright whatever the page's rotation.
    execFileSync('pdftoppm', ['-r', '40', '-png', '-', join(screenshotDir, 'w', 'e2e-stamped')], {
      input: stamped,
    });
    const history = await db
      .collection(`tenants/${demoTenantId}/dossiers/${dossierId}/history`)
      .where('role', '==', 'client')
      .get();
    expect(history.docs.map((entry) => entry.get('served'))).toEqual(['stamped']);
  });

  it('the hunter marks it paid and Julie gets the original, byte for byte', async () => {
    await hunter.getByRole('button', { name: 'Marquer payé' }).click();
    await hunter.getByText('Payé : le client reçoit les originaux.').waitFor();
    const paid = await julieDownloads();
    expect(sha(paid)).toBe(sha(original));
    expect(consoleErrors).toEqual([]);
  });
});
