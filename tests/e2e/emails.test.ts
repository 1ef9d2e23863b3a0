// The e-mails end to end (issue 8): the hunter edits the « property published » template in the
// settings, sends themselves a test (it arrives), publishes a property to the Duponts; Julie and
// Marc each receive the e-mail with the new text; its link, opened in the browser, lands on the
// property once Julie is signed in, and her bell shows the publication. Screenshots of the
// e-mails as MailDev shows them. The template is put back and the property deleted at the end,
// so the suites that read the demo tenant find it as the seed left it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { callableNames, emailCallableNames, type SavePropertyResult } from '@portail/shared';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot, screenshotDir } from '../support/browser.js';
import { mailsTo, type SinkMail } from '../support/mailbox.js';
import { adminApp, host, ports, uniqueId, waitUntil } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { adminUrl, openNavEntry, publishOnPage, signedIn } from './admin-support.js';
import { clientUrl, demoOwner, signInOnPage, signedInClient } from './client-support.js';

vi.setConfig({ testTimeout: 300_000 });

const julie = 'julie.dupont@example.test';
const marc = 'marc.dupont@example.test';
const duponts = 'Julie et Marc Dupont';
const word = uniqueId('v').split('-').at(-1)!;
const subject = `[V] Votre sélection ${word} – {{agency.name}}`;
const line = `[V] Une sélection préparée pour vous, ${word}.`;
const title = `[V] Maison avec jardin ${word}`;
const mailWeb = `http://${host}:${ports.mailWeb}`;
/** A callable on the shared emulators may take a while to start (seven agents, two cores). */
const slow = { timeout: 120_000 };

let browser: Browser;
let owner: WebClient;
let hunter: Page;
let propertyId = '';
const consoleErrors: string[] = [];

/** The e-mails to `address` whose subject holds this run's word, once there are `count`. */
const mailsOfRun = (address: string, count = 1) =>
  waitUntil(
    async () => {
      const found = (await mailsTo(address)).filter((mail) => mail.subject.includes(word));
      return found.length >= count ? found : null;
    },
    `${count} e-mail(s) of this run to ${address}`,
    180_000,
  );

/** The e-mail as MailDev's own web page renders it. */
async function mailDevShot(mail: SinkMail, name: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${mailWeb}/#/email/${mail.id}`);
  await page.getByText(mail.subject).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await page.close();
}

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await signedInClient(demoOwner.email, demoOwner.password);
});

afterAll(async () => {
  await owner
    ?.call(emailCallableNames.resetEmailTemplate, { event: 'propertiesPublished', language: 'fr' })
    .catch(() => undefined);
  // By its title: a saveProperty that timed out on this side may still have created it.
  const db = getFirestore(adminApp());
  const created = await db
    .collection(`tenants/${demoTenantId}/properties`)
    .where('title', '==', title)
    .get();
  for (const property of created.docs) {
    await db
      .doc(`tenants/${demoTenantId}/clients/client-dupont/assignments/${property.id}`)
      .delete();
    await owner
      ?.call(callableNames.deleteProperty, { propertyId: property.id })
      .catch(() => undefined);
  }
  await owner?.close();
  await browser?.close();
});

describe('e-mails: template → test → publication → the link → the bell', () => {
  it('01 — the hunter edits the « property published » template and sends a test', async () => {
    hunter = await signedIn(browser, demoOwner.email);
    hunter.setDefaultTimeout(60_000);
    hunter.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openNavEntry(hunter, 'Paramètres');
    await hunter.getByRole('tab', { name: /^E.mails$/ }).click();
    await hunter.getByRole('heading', { name: 'Modèles d’e-mails' }).waitFor();
    // « Nouveaux biens publiés » in French is the editor's first template.
    const subjectField = hunter.getByLabel('Objet', { exact: true });
    await subjectField.fill(subject);
    const text = hunter.getByLabel('Texte', { exact: true });
    const original = await text.inputValue();
    await text.fill(original.replace('{{#properties}}', `${line}\n\n{{#properties}}`));
    const html = hunter.getByLabel('Version HTML', { exact: true });
    const originalHtml = await html.inputValue();
    await html.fill(`<p>${line}</p>${originalHtml}`);
    await hunter.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await hunter.getByRole('status').filter({ hasText: 'Modèle enregistré' }).waitFor(slow);
    await hunter.getByRole('button', { name: 'M’envoyer un test' }).click();
    await hunter.getByRole('status').filter({ hasText: 'Test envoyé à' }).waitFor(slow);
    await screenshot(hunter, 'v/emails-01-template');

    const [test] = await mailsOfRun(demoOwner.email);
    expect(test!.subject).toBe(`[Test] [V] Votre sélection ${word} – Agence Démo`);
    expect(test!.text).toContain(line);
    await mailDevShot(test!, 'v/emails-01-test-in-maildev');
  });

  it('02 — the hunter publishes a property to the Duponts: Julie and Marc each get the new e-mail', async () => {
    ({ propertyId } = await owner.call<SavePropertyResult>(callableNames.saveProperty, {
      fields: {
        title,
        type: 'house',
        price: 545_000,
        surface: 120,
        rooms: 5,
        bedrooms: 3,
        description: 'Maison familiale au calme, jardin arboré.',
        address: { street: '', postalCode: '69130', city: 'Écully' },
        addressPrecision: 'postalCode',
        privateNote: '',
        sourceUrl: '',
        showSourceToClient: false,
      },
    }));
    await owner.call(callableNames.assignProperties, {
      propertyIds: [propertyId],
      clientIds: ['client-dupont'],
    });
    await hunter.goto(`${adminUrl}/biens/${propertyId}`);
    await hunter.getByRole('heading', { name: title }).first().waitFor({ timeout: 30_000 });
    await publishOnPage(hunter, duponts);

    for (const address of [julie, marc]) {
      const mails = await mailsOfRun(address);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject).toBe(`[V] Votre sélection ${word} – Agence Démo`);
      expect(mail.text).toContain(line);
      expect(mail.text).toContain(title);
      expect(mail.html).toContain(line);
      expect(mail.text).toContain(
        `${clientUrl}/biens/${propertyId}?tenant=${encodeURIComponent(demoTenantId)}`,
      );
    }
    const [toJulie] = await mailsOfRun(julie);
    await mailDevShot(toJulie!, 'v/emails-02-julie-in-maildev');
  });

  it('03 — the link lands on the property once Julie signs in, and her bell shows it', async () => {
    const [mail] = await mailsOfRun(julie);
    const href = /(https?:\/\/\S+\/biens\/\S+)/.exec(mail!.text ?? '')![1]!;
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await browser.newPage({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      page.setDefaultTimeout(60_000);
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await page.goto(href);
      await signInOnPage(page, julie, demoPassword);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe(`/biens/${propertyId}`);

      const phone = viewport.width < 900;
      if (phone) await page.getByRole('button', { name: 'Menu' }).click();
      const bell = page.getByRole('button', { name: /^Notifications/ });
      await bell.waitFor();
      await bell.click();
      const panel = page.getByRole('region', { name: 'Notifications' });
      const item = panel.getByRole('link', { name: new RegExp(`Votre sélection ${word}`) });
      await item.waitFor({ timeout: 60_000 });
      expect(await item.getAttribute('href')).toBe(`/biens/${propertyId}`);
      await screenshot(page, `v/emails-03-bell-${phone ? 'phone' : 'desktop'}`);
      if (!phone) {
        // Following the item marks it read; « Tout marquer comme lu » then has nothing left.
        await item.click();
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        await bell.click();
        await panel
          .getByRole('listitem')
          .filter({ hasText: `Votre sélection ${word}` })
          .getByText('Non lue')
          .waitFor({ state: 'detached', timeout: 30_000 });
      }
      await page.close();
    }
    expect(consoleErrors).toEqual([]);
  });
});
