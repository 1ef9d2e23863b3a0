import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoBranding, demoPassword } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { ports } from '../support/stack.js';

const adminUrl = `http://localhost:${ports.adminWeb}`;
const clientUrl = `http://localhost:${ports.clientWeb}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSignIn(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
  return page;
}

async function signIn(page: Page, email: string, password = demoPassword) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

describe.each([
  { app: 'admin', url: adminUrl, email: 'gerant@agence-demo.test', badge: 'Gérant' },
  { app: 'client', url: clientUrl, email: 'julie.dupont@example.test', badge: 'Client' },
])('the $app app with a demo login', ({ app, url, email, badge }) => {
  it('shows the tenant branding read from Firestore on the sign-in page', async () => {
    const page = await openSignIn(url);
    // Each page names itself, then the agency.
    await page.waitForFunction(
      (expected) => document.title === expected,
      `Connexion — ${demoBranding.name}`,
    );
    expect(await page.locator('.brand-name').textContent()).toBe(demoBranding.name);
    const logoLoaded = await page
      .locator('img.brand-logo')
      .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(logoLoaded).toBe(true);
    // The browser tab shows the tenant's logo too.
    const logoUrl = await page.locator('img.brand-logo').getAttribute('src');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe(logoUrl);
    const primary = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
    );
    expect(primary).toBe(demoBranding.primaryColour);
    await screenshot(page, `${app}-sign-in`);
    await page.close();
  });

  it('refuses a wrong password with a clear message', async () => {
    const page = await openSignIn(url);
    await signIn(page, email, 'not-the-password');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    await page.close();
  });

  it('signs in to the branded shell, then signs out', async () => {
    const page = await openSignIn(url);
    await signIn(page, email);
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(await page.locator('.role-badge').textContent()).toBe(badge);
    expect(await page.locator('.shell-header .brand-name').textContent()).toBe(demoBranding.name);
    await screenshot(page, `${app}-signed-in`);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.close();
  });
});

describe('role separation between the two apps', () => {
  it('keeps a client out of the admin app', async () => {
    const page = await openSignIn(adminUrl);
    await signIn(page, 'julie.dupont@example.test');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      "Ce compte n'a pas accès à cet espace.",
    );
    await screenshot(page, 'admin-client-refused');
    await page.close();
  });

  it('switches the interface to English', async () => {
    const page = await openSignIn(clientUrl);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'client-sign-in-en');
    await page.close();
  });
});
