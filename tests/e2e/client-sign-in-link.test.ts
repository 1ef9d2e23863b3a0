// The client app's sign-in with a one-click e-mailed link (T5), offered when the agency turned it
// on in its settings (T7): asked for on the sign-in page, opened from the e-mail, used once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore, type DocumentData } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { defaultTenantSettings } from '@portail/shared';
import { demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId, waitUntil } from '../support/stack.js';
import { adminUrl, clientUrl, createActiveClient, linkInMail, newPage } from './client-support.js';

const db = getFirestore(adminApp());
const settingsRef = db.doc(`tenants/${demoTenantId}/config/settings`);
const publishedRef = db.doc(`tenants/${demoTenantId}/public/signin`);
const askLink = 'Recevoir un lien de connexion par e-mail';
const sentMessage =
  'Si cette adresse a accès à l’espace, un lien de connexion vient de lui être envoyé.';

let browser: Browser;
let previousSettings: DocumentData | undefined;

async function setMagicLink(on: boolean) {
  await settingsRef.set({ ...defaultTenantSettings, ...previousSettings, magicLinkSignIn: on });
  await waitUntil(
    async () => (await publishedRef.get()).get('magicLink') === on,
    `public/signin magicLink ${String(on)}`,
  );
}

beforeAll(async () => {
  previousSettings = (await settingsRef.get()).data();
  await setMagicLink(true);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (previousSettings) await settingsRef.set(previousSettings);
  else await settingsRef.delete();
});

async function signInPage(url = clientUrl): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
  return page;
}

describe('sign-in link (T5)', () => {
  it('e-mails a link that opens the client space, once', async () => {
    const client = await createActiveClient('signin-link');
    const page = await signInPage();
    await page.getByRole('button', { name: askLink }).waitFor();
    await page.getByLabel('Adresse e-mail').fill(client.email);
    await screenshot(page, 'client-sign-in-link-offered');
    const asked = Date.now();
    await page.getByRole('button', { name: askLink }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(sentMessage);
    expect(await page.getByText(/valable 30\sminutes/).count()).toBe(1);
    await screenshot(page, 'client-sign-in-link-sent');

    const { mail, href } = await linkInMail(client.email, '/signin-link', asked);
    const agency = String(
      (await db.doc(`tenants/${demoTenantId}/public/branding`).get()).get('name'),
    );
    expect(mail.subject).toBe(`Votre lien de connexion à ${agency}`);
    const letter = await newPage(browser);
    await letter.setContent(mail.html ?? '');
    await screenshot(letter, 'client-sign-in-link-email');
    await letter.close();

    // Opened from the e-mail: a fresh browser context, nobody signed in.
    const opened = await newPage(browser);
    await opened.goto(href);
    await opened
      .getByRole('heading', { name: 'Bienvenue dans votre espace' })
      .waitFor({ timeout: 30_000 });
    expect(new URL(opened.url()).pathname).toBe('/');
    expect(await opened.locator('.shell-user-email').textContent()).toBe(client.email);
    await screenshot(opened, 'client-sign-in-link-home');

    // The link works once: opened again, it is refused with the way back to the sign-in page.
    const again = await newPage(browser);
    await again.goto(href);
    await again.getByRole('heading', { name: 'Connexion par lien' }).waitFor({ timeout: 30_000 });
    await expect(again.getByRole('alert').textContent()).resolves.toBe(
      'Ce lien a déjà été utilisé.',
    );
    await screenshot(again, 'client-sign-in-link-used');
    await again.getByRole('link', { name: 'Retour à la connexion' }).click();
    await again.getByRole('heading', { name: 'Connexion' }).waitFor();
    await again.getByRole('button', { name: askLink }).waitFor();
    await Promise.all([page.close(), opened.close(), again.close()]);
  });

  it('answers the same for an address without access, and asks for the address first', async () => {
    const page = await signInPage();
    await page.getByRole('button', { name: askLink }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Saisissez votre adresse e-mail pour recevoir un lien de connexion.',
    );
    await page.getByLabel('Adresse e-mail').fill(`${uniqueId('nobody')}@example.test`);
    await page.getByRole('button', { name: askLink }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(sentMessage);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('refuses a malformed link at once', async () => {
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/signin-link?token=abc`);
    await page.getByRole('heading', { name: 'Connexion par lien' }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Lien invalide.');
    await screenshot(page, 'client-sign-in-link-invalid');
    await page.close();
  });

  it('is not offered on the admin app', async () => {
    const page = await signInPage(adminUrl);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).waitFor();
    expect(await page.getByRole('button', { name: askLink }).count()).toBe(0);
    await page.close();
  });

  it('disappears from the sign-in page when the agency turns it off', async () => {
    const page = await signInPage();
    await page.getByRole('button', { name: askLink }).waitFor();
    await setMagicLink(false);
    // The page reads the options when it opens (without the Firestore SDK): the next visit.
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getByRole('button', { name: askLink }).count()).toBe(0);
    await screenshot(page, 'client-sign-in-link-off');
    await page.close();
  });
});
