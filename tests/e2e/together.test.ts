// Working together end to end (H6, H7, C3, C4): Julie asks about a property from its page; the
// hunter sees the unread count, opens the conversation and replies; Julie sees the reply live and
// her count clears; the hunter plans a visit from the client file; Julie finds it in her calendar
// and downloads its .ics, which a real iCalendar parser reads back; the hunter shares a PDF, Julie
// downloads it (the same bytes) and the hunter sees the download. The appointment and the document
// are deleted at the end, so that the Dupont space other suites read keeps only messages.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId, waitUntil } from '../support/stack.js';
import { adminUrl, clientUrl, demoOwner, signInOnPage } from './client-support.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const db = getFirestore(adminApp());
const space = `tenants/${demoTenantId}/clients/client-dupont`;
const word = uniqueId('s').split('-').at(-1)!;
const question = `[S] Le bien est-il toujours disponible ? ${word}`;
const reply = `[S] Oui, visite possible samedi. ${word}`;
const visitTitle = `[S] Visite ${word}`;
const documentTitle = `[T] Plan du T3 ${word}`;
const pdf = await readFile('../shared/corpus/pdfs/with_annots.pdf');

let browser: Browser;
let julie: Page;
let hunter: Page;
const consoleErrors: string[] = [];

async function openPage(viewport: typeof desktop, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** Tomorrow in Paris as the date input wants it (YYYY-MM-DD). */
function tomorrow(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + 86_400_000),
  );
  return parts;
}

beforeAll(async () => {
  browser = await launchBrowser();
  julie = await openPage(phone, clientUrl);
  await signInOnPage(julie, 'julie.dupont@example.test', demoPassword);
  hunter = await openPage(desktop, `${adminUrl}/messages`);
  await signInOnPage(hunter, demoOwner.email, demoOwner.password);
}, 120_000);

afterAll(async () => {
  const planned = await db
    .collection(`${space}/appointments`)
    .where('title', '==', visitTitle)
    .get();
  await Promise.all(planned.docs.map((doc) => doc.ref.delete()));
  const shared = await db
    .collection(`${space}/documents`)
    .where('title', '==', documentTitle)
    .get();
  await Promise.all(shared.docs.map((doc) => db.recursiveDelete(doc.ref)));
  await browser?.close();
});

describe('messages and appointments', () => {
  it('Julie asks about a property from its page', async () => {
    await julie.locator('a[href^="/biens/"]').first().click();
    const ask = julie.getByRole('link', { name: 'Poser une question' });
    await ask.waitFor();
    const propertyTitle = await julie.getByRole('heading', { level: 1 }).innerText();
    await ask.click();
    await expect.poll(() => julie.locator('.chat-attachment').innerText()).toContain(propertyTitle);
    await julie.getByLabel('Votre message').fill(question);
    await julie.getByRole('button', { name: 'Envoyer' }).click();
    const sent = julie.locator('.chat-message', { hasText: question });
    await sent.waitFor();
    // The trigger copies the property's title onto the message.
    await sent.locator('.chat-property', { hasText: propertyTitle }).waitFor({ timeout: 30_000 });
    await screenshot(julie, 'S/e2e-client-question-390');
  });

  it('the hunter sees the unread count and replies; Julie sees it live and her count clears', async () => {
    const row = hunter.locator('.conversation.unread', { hasText: question });
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => row.locator('.unread-badge').innerText()).toMatch(/^\d+ non lus?$/);
    await screenshot(hunter, 'S/e2e-admin-conversations-1280');
    await row.locator('a').click();
    const conversation = hunter.locator('#conversation');
    await conversation.locator('.chat-message', { hasText: question }).waitFor();
    // Opening it reads it: the client's count for the staff is back to zero.
    await waitUntil(
      async () => ((await db.doc(space).get()).get('unreadForStaff') as number) === 0,
      'unreadForStaff reset',
    );
    await conversation.getByLabel('Votre message').fill(reply);
    await conversation.getByRole('button', { name: 'Envoyer' }).click();
    await julie.locator('.chat-message', { hasText: reply }).waitFor({ timeout: 30_000 });
    // Julie has the conversation open: her own count goes back to zero, not Marc's.
    const julieUid = (await db.doc(space).get()).get('loginUids')[0] as string;
    await waitUntil(
      async () =>
        ((await db.doc(`${space}/readState/${julieUid}`).get()).get('unread') as number) === 0,
      "Julie's count cleared",
    );
    await screenshot(julie, 'S/e2e-client-reply-390');
  });

  it('the hunter plans a visit; Julie sees it in her calendar and downloads the .ics', async () => {
    await hunter.goto(`${adminUrl}/clients/client-dupont`);
    const panel = hunter.locator('.appointments-panel');
    await panel.getByRole('button', { name: 'Nouveau rendez-vous' }).click();
    await panel.getByLabel('Titre').fill(visitTitle);
    await panel.getByLabel('Type').selectOption('visit');
    await panel.getByLabel('Date').fill(tomorrow());
    await panel.getByLabel('Début').fill('10:00');
    await panel.getByLabel('Fin').fill('09:30');
    await panel.getByRole('button', { name: 'Enregistrer' }).click();
    await panel.getByText('La fin doit suivre le début.').waitFor();
    await panel.getByLabel('Fin').fill('11:00');
    await panel.getByLabel('Lieu').fill('4 cours Franklin Roosevelt, 69006 Lyon');
    await panel.getByRole('button', { name: 'Enregistrer' }).click();
    await panel.getByRole('status').filter({ hasText: 'Rendez-vous ajouté' }).waitFor();

    await hunter.goto(`${adminUrl}/agenda`);
    await hunter.getByText(visitTitle).waitFor({ timeout: 30_000 });
    await screenshot(hunter, 'S/e2e-admin-agenda-1280');

    await julie.getByRole('button', { name: 'Menu' }).click();
    await julie.getByRole('link', { name: 'Rendez-vous' }).click();
    const card = julie.locator('.space-appointment', { hasText: visitTitle });
    await card.waitFor({ timeout: 30_000 });
    await expect(card.innerText()).resolves.toContain('10:00–11:00');
    await screenshot(julie, 'S/e2e-client-agenda-390');
    const download = julie.waitForEvent('download');
    await card.getByRole('button', { name: 'Ajouter à mon agenda' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const text = await readFile((await file.path())!, 'utf8');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toBe(visitTitle);
    expect(event.location).toBe('4 cours Franklin Roosevelt, 69006 Lyon');
    const paris = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(paris.format(event.startDate.toJSDate())).toBe('10:00');
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
      3_600_000,
    );
  });

  it('the hunter shares a PDF; Julie downloads it and the hunter sees the download', async () => {
    await hunter.goto(`${adminUrl}/clients/client-dupont`);
    const panel = hunter.getByRole('region', { name: 'Documents partagés' });
    await panel.waitFor({ timeout: 30_000 });
    await panel.locator('input[type=file]').setInputFiles({
      name: 'Plan d’étage.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await panel.getByLabel('Titre (facultatif)').fill(documentTitle);
    await panel.getByRole('button', { name: 'Partager avec le client' }).click();
    await panel.getByRole('status').filter({ hasText: 'est partagé' }).waitFor({ timeout: 60_000 });
    const item = panel.locator('.document-item', { hasText: documentTitle });
    await item.getByText('Jamais téléchargé').waitFor();

    await julie.getByRole('button', { name: 'Menu' }).click();
    await julie.getByRole('link', { name: 'Documents' }).click();
    const card = julie.locator('.space-document', { hasText: documentTitle });
    await card.waitFor({ timeout: 30_000 });
    await screenshot(julie, 'T/e2e-client-documents-390');
    const download = julie.waitForEvent('download');
    await card.getByRole('button', { name: `Télécharger « ${documentTitle} »` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Plan d’étage.pdf');
    expect((await readFile((await file.path())!)).equals(pdf)).toBe(true);

    // The list is live: the counter moves without a reload, and the history names Julie.
    await item.getByText(/Téléchargé 1 fois/).waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: 'Qui l’a téléchargé ?' }).click();
    await item.locator('.document-downloads li', { hasText: 'Julie' }).waitFor();
    await screenshot(hunter, 'T/e2e-admin-documents-1280');

    await item.getByRole('button', { name: 'Supprimer' }).click();
    await hunter.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'est supprimé' })
      // deleteDocument may start cold on a busy stack.
      .waitFor({ timeout: 120_000 });
    await card.waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('logs no errors in the browser', () => {
    expect(consoleErrors).toEqual([]);
  });
});
