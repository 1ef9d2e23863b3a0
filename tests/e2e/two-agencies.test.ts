// One identity pool per agency: one person, client of two agencies under the same e-mail, has two
// separate logins, one per agency, each on the agency's own domain, with its own password, its own
// branding and only that agency's properties. The one step without a screen is the domain
// provisioning, done here as `npm run tenant:provision` will do it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { demoBranding, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot, screenshotDir } from '../support/browser.js';
import { adminApp, ports, uniqueId } from '../support/stack.js';
import {
  addClientOnPage,
  assignOnPage,
  createPropertyOnPage,
  openNavEntry,
  primaryColour,
  publishOnPage,
  type PropertyDraft,
} from './admin-support.js';
import { adminUrl, demoOwner, linkInMail, signInOnPage, signedInClient } from './client-support.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

const word = uniqueId('k').split('-').at(-1)!;
const slug = `k-agence-${word}`;
const agencyB = { name: `Agence Bis ${word}`, colour: '#6b2d8c', rgb: 'rgb(107, 45, 140)' };
const ownerB = { email: `${slug}@example.test`, password: 'gerante-bis-1' };
const hosts = {
  a: {
    admin: `agence-demo.localhost:${ports.adminWeb}`,
    client: `agence-demo.localhost:${ports.clientWeb}`,
  },
  b: {
    admin: `${slug}.localhost:${ports.adminWeb}`,
    client: `${slug}.localhost:${ports.clientWeb}`,
  },
};
// The same person for both agencies: one e-mail, two passwords, one per agency's pool.
const person = {
  firstName: 'Camille',
  lastName: `Double ${word}`,
  email: `${uniqueId('k-deux-agences')}@example.test`,
  passwordA: 'mot-de-passe-chez-a',
  passwordB: 'mot-de-passe-chez-b',
};
const fullName = `${person.firstName} ${person.lastName}`;
const propertyA: PropertyDraft = {
  title: `[K] Agence A : T3 Part-Dieu ${word}`,
  type: 'Appartement',
  price: '329 000',
  surface: '68',
  rooms: '3',
  bedrooms: '2',
  description: 'Proposé par l’agence A seulement.',
  street: '44 rue de la Part-Dieu',
  postalCode: '69003',
  city: 'Lyon',
  precision: 'Rue seulement',
};
const propertyB: PropertyDraft = {
  title: `[K] Agence B : maison Villeurbanne ${word}`,
  type: 'Maison',
  price: '545 000',
  surface: '120',
  rooms: '5',
  bedrooms: '4',
  description: 'Proposé par l’agence B seulement.',
  street: '8 avenue Henri Barbusse',
  postalCode: '69100',
  city: 'Villeurbanne',
  precision: 'Rue seulement',
};

let browser: Browser;
let propertyAId = '';
const consoleErrors: string[] = [];

async function openPage(viewport: typeof desktop, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'fr-FR' });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  // Agency B stays, a sandbox like every signed-up agency; the demo agency loses its property
  // (the client stays, as the other suites' clients do).
  if (propertyAId) {
    const db = getFirestore(adminApp());
    const cards = await db
      .collectionGroup('assignments')
      .where('tenantId', '==', demoTenantId)
      .where('propertyId', '==', propertyAId)
      .get();
    await Promise.all(cards.docs.map((card) => card.ref.delete()));
    const owner = await signedInClient(demoOwner.email, demoOwner.password);
    await owner.call('deleteProperty', { propertyId: propertyAId }).finally(() => owner.close());
  }
  await browser?.close();
});

describe('one person, client of two agencies, each on its own domain', () => {
  let adminA: Page;
  let adminB: Page;
  let spaceA: Page;
  let spaceB: Page;

  it('01 — agency B signs up and sets its own colour', async () => {
    const page = await openPage(desktop, `${adminUrl}/signup`);
    await page.getByLabel('Nom de la société').fill(agencyB.name);
    await page.getByLabel('Identifiant de domaine').fill(slug);
    await page.getByLabel('Votre nom').fill('Inès Bis');
    await page.getByLabel('Adresse e-mail').fill(ownerB.email);
    await page.getByLabel('Mot de passe').fill(ownerB.password);
    await page.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ }).check();
    await page.getByRole('button', { name: 'Créer mon espace' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.shell-header .brand-name').textContent()).toBe(agencyB.name);

    await openNavEntry(page, 'Paramètres');
    await page.getByRole('tab', { name: 'Personnaliser' }).waitFor();
    await page.getByLabel('Couleur principale').fill(agencyB.colour);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => primaryColour(page), { timeout: 10_000 }).toBe(agencyB.rgb);
    await screenshot(page, 'two-agencies-01-agency-b-branding');
    await page.close();
  });

  it('02 — agency B gets its own two hosts, as provisioning gives them', async () => {
    // No screen does this: it is what `npm run tenant:provision` will do for a new agency's
    // domains: map each host to the tenant and its user pool, and make its e-mails link there.
    const db = getFirestore(adminApp());
    const tenant = db.doc(`tenants/${slug}`);
    const authTenantId = (await tenant.get()).get('authTenantId') as string;
    expect(authTenantId).toBeTruthy();
    await db.doc(`domains/${hosts.b.client}`).set({ tenantId: slug, app: 'client', authTenantId });
    await db.doc(`domains/${hosts.b.admin}`).set({ tenantId: slug, app: 'admin', authTenantId });
    await tenant.update({
      clientAppUrl: `http://${hosts.b.client}`,
      adminAppUrl: `http://${hosts.b.admin}`,
      updatedAt: FieldValue.serverTimestamp(),
    });

    // From now on agency B works on its own admin host, without `?tenant=`.
    adminB = await openPage(desktop, `http://${hosts.b.admin}/`);
    await signInOnPage(adminB, ownerB.email, ownerB.password);
    await adminB.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    expect(await adminB.locator('.shell-header .brand-name').textContent()).toBe(agencyB.name);
    expect(await primaryColour(adminB)).toBe(agencyB.rgb);

    adminA = await openPage(desktop, `http://${hosts.a.admin}/`);
    await signInOnPage(adminA, demoOwner.email, demoOwner.password);
    await adminA.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    expect(await adminA.locator('.shell-header .brand-name').textContent()).toBe(demoBranding.name);
  });

  it('03 — each agency adds the same person, by the same e-mail, and invites them', async () => {
    for (const [admin, label] of [
      [adminA, 'a'],
      [adminB, 'b'],
    ] as const) {
      const actions = await addClientOnPage(admin, person);
      const row = admin.getByRole('row').filter({ has: actions });
      await actions.getByRole('button', { name: 'Inviter' }).click();
      await row.getByText('Invité', { exact: true }).waitFor();
      await screenshot(admin, `two-agencies-03-invited-by-${label}`);
    }
  });

  it('04 — each agency proposes and publishes one property of its own to them', async () => {
    for (const [admin, draft] of [
      [adminA, propertyA],
      [adminB, propertyB],
    ] as const) {
      const id = await createPropertyOnPage(admin, draft);
      if (admin === adminA) propertyAId = id;
      await assignOnPage(admin, [{ search: word, name: fullName }]);
      await publishOnPage(admin, fullName);
    }
    await screenshot(adminA, 'two-agencies-04-published-by-a');
    await screenshot(adminB, 'two-agencies-04-published-by-b');
  });

  it('05 — the person opens each invitation and sets a different password for each agency', async () => {
    const fromA = await linkInMail(person.email, '/firstlogin', 0, (mail) =>
      mail.subject.includes(demoBranding.name),
    );
    const fromB = await linkInMail(person.email, '/firstlogin', 0, (mail) =>
      mail.subject.includes(agencyB.name),
    );
    // B's e-mail links to B's own domain (its clientAppUrl).
    expect(new URL(fromB.href).host).toBe(hosts.b.client);
    expect(new URL(fromA.href).searchParams.get('tenant')).toBe(demoTenantId);
    expect(new URL(fromB.href).searchParams.get('tenant')).toBe(slug);

    for (const [href, password, brand] of [
      [fromA.href, person.passwordA, demoBranding.name],
      [fromB.href, person.passwordB, agencyB.name],
    ] as const) {
      const page = await openPage(phone, href);
      await page.getByRole('heading', { name: 'Créez votre mot de passe' }).waitFor({
        timeout: 30_000,
      });
      expect(await page.locator('.brand-name').first().textContent()).toBe(brand);
      await page.getByLabel('Mot de passe', { exact: true }).fill(password);
      await page.getByLabel('Confirmez le mot de passe').fill(password);
      await page.getByRole('button', { name: 'Créer mon mot de passe' }).click();
      await page.getByRole('heading', { name: 'Bienvenue dans votre espace' }).waitFor({
        timeout: 30_000,
      });
      await page.close();
    }
  });

  it('06 — on each agency’s domain, its own password opens its own space, branded, with its own property only', async () => {
    for (const [host, password, brand, colour, draft] of [
      [hosts.a.client, person.passwordA, demoBranding.name, demoBranding.primaryColour, propertyA],
      [hosts.b.client, person.passwordB, agencyB.name, agencyB.colour, propertyB],
    ] as const) {
      const page = await openPage(phone, `http://${host}/`);
      await signInOnPage(page, person.email, password);
      await page.getByRole('heading', { name: 'Bienvenue dans votre espace' }).waitFor({
        timeout: 30_000,
      });
      expect(await page.locator('.shell-header .brand-name').textContent()).toBe(brand);
      const primary = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
      );
      expect(primary).toBe(colour);
      const news = page.getByRole('list', { name: 'Nouveautés' });
      await news.getByRole('heading', { name: draft.title }).waitFor({ timeout: 30_000 });
      expect(await news.getByRole('heading').allTextContents()).toEqual([draft.title]);
      await page.getByRole('link', { name: 'Mon bien 0', exact: true }).waitFor();
      if (host === hosts.a.client) spaceA = page;
      else spaceB = page;
    }
    await screenshot(spaceA, 'two-agencies-06-space-a');
    await screenshot(spaceB, 'two-agencies-06-space-b');
    // The two spaces side by side, as one picture.
    const [left, right] = await Promise.all(
      [spaceA, spaceB].map((page) => page.screenshot({ fullPage: false })),
    );
    await sharp({
      create: {
        width: phone.width * 2 + 24,
        height: phone.height,
        channels: 3,
        background: '#888',
      },
    })
      .composite([
        { input: left!, left: 0, top: 0 },
        { input: right!, left: phone.width + 24, top: 0 },
      ])
      .png()
      .toFile(join(screenshotDir, 'two-agencies-06-side-by-side.png'));
    expect(consoleErrors).toEqual([]);
  });

  it('07 — each password belongs to one agency: B’s is refused on A’s domain, and A’s on B’s', async () => {
    for (const [host, password, name] of [
      [hosts.a.client, person.passwordB, 'a-with-password-b'],
      [hosts.b.client, person.passwordA, 'b-with-password-a'],
    ] as const) {
      const page = await openPage(phone, `http://${host}/`);
      await signInOnPage(page, person.email, password);
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'Adresse e-mail ou mot de passe incorrect.',
      );
      expect(await page.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(0);
      await screenshot(page, `two-agencies-07-refused-${name}`);
      await page.close();
    }
    // The only errors the browser logged: the Auth service's 400 answers to the two refusals.
    expect(consoleErrors).toHaveLength(2);
    for (const error of consoleErrors) expect(error).toMatch(/status of 400 \(Bad Request\)$/);
  });
});
