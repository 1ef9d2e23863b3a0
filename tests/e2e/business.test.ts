// The hunter's business and the French rules, end to end in the browser (H5, H11, L1, C6): the
// hunter types a deal's fee, moves the deal to the compromis and sees Analyses move it from « À
// venir » to « Facturé, non encaissé »; exports the clients to Excel (opened with exceljs); Julie
// opens « Tarifs » from the footer and exports her data (the ZIP opened with jszip). The test
// client and its deal are created for the run and deleted at the end.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { clientSearchFields } from '@portail/shared';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId, waitUntil } from '../support/stack.js';
import { adminUrl, assignProperty, clientUrl, demoOwner, signInOnPage } from './client-support.js';

const TEST_MS = 300_000;
const db = getFirestore(adminApp());
const word = uniqueId('x').split('-').at(-1)!;
const lastName = `Prévision${word}`;
const title = `[X] T3 prévisionnel ${word}`;
const propertyId = `x-forecast-${word}`;
let clientId = '';
let browser: Browser;
const consoleErrors: string[] = [];

async function openPage(url: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: width > 500 ? 800 : 844 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  });
  page.on('console', (message) => {
    // The dev server's own reload messages come from other work on the shared checkout.
    if (message.type() === 'error' && !message.text().startsWith('[vite]')) {
      consoleErrors.push(`${page.url()}: ${message.text()}`);
    }
  });
  await page.goto(url);
  return page;
}

/** The deal document once the trigger has it in `series`, fee included. */
async function dealOnceIn(series: string) {
  return waitUntil(
    async () => {
      const deal = await db.doc(`tenants/${demoTenantId}/deals/${clientId}_${propertyId}`).get();
      return deal.get('series') === series && deal.get('feeExclVat') === 10_000 ? deal : null;
    },
    `the deal ${series}`,
    180_000,
  );
}

/** The deal's line in Analyses, in the year its money falls in. */
async function dealLine(page: Page, year: number) {
  await page.goto(`${adminUrl}/analyses`);
  const select = page.getByLabel('Année', { exact: true });
  await select.waitFor({ timeout: 60_000 });
  while (Number(await select.inputValue()) < year) {
    await page.getByRole('button', { name: 'Année suivante' }).click();
  }
  const line = page.locator('.forecast-deal').filter({ hasText: title });
  await line.waitFor({ timeout: 60_000 });
  return line;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // Written as createClient writes it (a callable on a busy shared stack may outlast the SDK's
  // deadline); the journey itself goes through the screens.
  const identity = {
    firstName: 'Xavier',
    lastName,
    email: `${uniqueId('x-forecast')}@example.test`,
    phone: '',
  };
  const tenant = await db.doc(`tenants/${demoTenantId}`).get();
  const ref = db.collection(`tenants/${demoTenantId}/clients`).doc();
  clientId = ref.id;
  await ref.create({
    ...identity,
    criteria: {},
    ...clientSearchFields({ ...identity, logins: {} }),
    status: 'added',
    authTenantId: tenant.get('authTenantId'),
    loginUids: [],
    logins: {},
    sharedWith: [],
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  await assignProperty(clientId, propertyId, { published: true, title, stage: 'offerAccepted' });
  // The offer was accepted today: the forecast's first date.
  await db
    .doc(`tenants/${demoTenantId}/clients/${clientId}/assignments/${propertyId}`)
    .update({ 'stageDates.offerAccepted': FieldValue.serverTimestamp() });
}, TEST_MS);

afterAll(async () => {
  if (clientId) {
    await db.recursiveDelete(db.doc(`tenants/${demoTenantId}/clients/${clientId}`));
    await db.doc(`tenants/${demoTenantId}/deals/${clientId}_${propertyId}`).delete();
  }
  await browser?.close();
});

describe('the hunter’s business', () => {
  it(
    'a fee typed on a deal moves in Analyses from « À venir » to « Facturé » at the compromis',
    async () => {
      const page = await openPage(`${adminUrl}/clients/${clientId}`);
      await signInOnPage(page, demoOwner.email, demoPassword);
      const card = page.locator('article.pipeline-panel-card').filter({ hasText: title });
      await card.waitFor({ timeout: 120_000 });
      await card.locator('summary').filter({ hasText: 'Honoraires' }).click();
      await card.getByLabel('Montant HT (€)').fill('10000');
      await card.getByLabel('Montant TTC (€)').fill('12000');
      await card.getByRole('button', { name: 'Enregistrer' }).click();
      await card.getByText('Honoraires enregistrés.').waitFor({ timeout: 60_000 });

      const expected = await dealOnceIn('expected');
      let line = await dealLine(page, Number(expected.get('cashYear')));
      // The amount as Intl writes it in French (a narrow no-break space between thousands).
      await expect.poll(() => line.textContent(), { timeout: 120_000 }).toMatch(/10\s000/u);
      expect(await line.textContent()).toContain('Offre acceptée · À venir');
      await screenshot(page, 'x/e2e-analyses-expected');

      await page.goto(`${adminUrl}/clients/${clientId}`);
      const again = page.locator('article.pipeline-panel-card').filter({ hasText: title });
      await again
        .getByRole('button', { name: 'Compromis', exact: true })
        .click({ timeout: 60_000 });
      await again
        .getByRole('button', { name: 'Offre acceptée', exact: true })
        .waitFor({ timeout: 60_000 });

      const invoiced = await dealOnceIn('invoiced');
      line = await dealLine(page, Number(invoiced.get('cashYear')));
      await expect
        .poll(() => line.textContent(), { timeout: 60_000 })
        .toContain('Compromis · Facturé, non encaissé');
      await screenshot(page, 'x/e2e-analyses-invoiced');
      await page.close();
    },
    TEST_MS,
  );

  it(
    'exports the clients to a real Excel file',
    async () => {
      const page = await openPage(`${adminUrl}/clients`);
      await signInOnPage(page, demoOwner.email, demoPassword);
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Exporter (Excel)' }).click({ timeout: 60_000 });
      const file = await download;
      expect(file.suggestedFilename()).toBe('clients.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await file.path());
      const sheet = book.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      expect(header.slice(0, 2)).toEqual(['Nom', 'Prénom']);
      const names: unknown[] = [];
      sheet.eachRow((row, index) => index > 1 && names.push(row.getCell(1).value));
      expect(names).toContain(lastName);
      expect(names).toContain('Dupont');
      await page.close();
    },
    TEST_MS,
  );
});

describe('Julie’s side (L1, C6)', () => {
  it(
    'opens « Tarifs » from the footer and downloads her data as a ZIP',
    async () => {
      const page = await openPage(clientUrl, 390);
      await signInOnPage(page, 'julie.dupont@example.test', demoPassword);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('link', { name: 'Tarifs' }).click({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Tarifs', level: 1 }).waitFor();
      await page.getByText(/Barème des honoraires de/).waitFor();
      await screenshot(page, 'x/e2e-tariffs');

      await page.goto(`${clientUrl}/`);
      await footer.getByRole('link', { name: 'Mes données' }).click({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Mes données' }).waitFor();
      const download = page.waitForEvent('download', { timeout: 180_000 });
      await page.getByRole('button', { name: 'Exporter mes données' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^mes-donnees-.+\.zip$/);
      const zip = await JSZip.loadAsync(await readFile(await file.path()));
      const profile = JSON.parse(await zip.file('profile.json')!.async('string'));
      expect(profile).toMatchObject({ firstName: 'Julie et Marc', lastName: 'Dupont' });
      expect(Object.keys(zip.files)).toEqual(
        expect.arrayContaining(['properties.json', 'messages.json', 'LISEZ-MOI.txt']),
      );
      await page.getByRole('status').filter({ hasText: 'Archive téléchargée' }).waitFor();
      await screenshot(page, 'x/e2e-my-data');
      await page.close();
      expect(consoleErrors).toEqual([]);
    },
    TEST_MS,
  );
});
