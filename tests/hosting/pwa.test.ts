// Each agency's client app, BUILT and served as Hosting serves it, in headless Chromium: signing in
// under the production Content-Security-Policy, installable as the agency's own app (Chromium's
// own check), its service worker active, the shell offline, a new version offered, and one
// agency's users kept out of the other's app.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFirestore } from 'firebase-admin/firestore';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBranding, demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { repoRoot } from '../../scripts/hosting/hostingConfig.js';
import { startHostingServer, type HostingServer } from '../../scripts/hosting/server.js';
import { screenshot } from '../support/browser.js';
import { authTenantOf } from '../support/pools.js';
import { adminApp } from '../support/stack.js';
import { agencyBis, builtRoot, serveBuiltApps, type ServedApps } from './builtApps.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const julie = { email: 'julie.dupont@example.test', password: demoPassword };

let apps: ServedApps;
const problems: string[] = [];
/** Requests that failed or were refused: what to look at when a worker does not install. */
const network: string[] = [];
const profiles: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  apps = await serveBuiltApps();
}, 300_000);
afterAll(async () => {
  // A test that failed half-way leaves its browser open: close it before removing its profile.
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  await apps?.close();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
});

/**
 * A fresh browser profile on a host, recording console errors and CSP violations as problems.
 * A persistent profile, as a phone's browser is: Chromium installs nothing from a private window.
 */
async function open(
  host: string,
  viewport = desktop,
): Promise<{ context: BrowserContext; page: Page }> {
  const profile = mkdtempSync(join(tmpdir(), 'l-profile-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport,
    locale: 'fr-FR',
  });
  contexts.push(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(`${host}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${host}: ${error.message}`));
  context.on('requestfailed', (request) =>
    network.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  context.on('response', (response) => {
    if (response.status() >= 400) network.push(`${response.url()} ${response.status()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} from ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  await page.goto(`http://${host}/`);
  return { context, page };
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

const signedIn = (page: Page) =>
  page
    .getByRole('button', { name: /Se déconnecter|Menu/ })
    .first()
    .waitFor({ timeout: 30_000 });

/**
 * The page's service worker once it has installed and activated (its precache downloaded), or
 * the state it is stuck in after `timeout` ms: 'activated' when all went well.
 */
async function serviceWorkerActive(page: Page, timeout = 45_000) {
  const deadline = Date.now() + timeout;
  let state = 'none';
  while (Date.now() < deadline) {
    state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return 'none';
      const { active, waiting, installing } = registration;
      return active?.state ?? waiting?.state ?? installing?.state ?? 'none';
    });
    if (state === 'activated' || state === 'redundant') return state;
    await page.waitForTimeout(250);
  }
  return state;
}

async function installability(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const manifest = await cdp.send('Page.getAppManifest');
  const { appId } = await cdp.send('Page.getAppId');
  await cdp.detach();
  return {
    errors: installabilityErrors.map((error) => error.errorId),
    manifestUrl: manifest.url,
    manifestErrors: manifest.errors.map((error) => error.message),
    manifest: JSON.parse(manifest.data ?? '{}') as { name?: string; theme_color?: string },
    appId,
  };
}

describe('the built client app, per agency', () => {
  let demo: { context: BrowserContext; page: Page };

  it('signs in under the production CSP, with no violation or console error', async () => {
    demo = await open(apps.hosts.demo.client);
    await screenshot(demo.page, 'L/pwa-01-sign-in-desktop');
    await signIn(demo.page, julie.email, julie.password);
    await signedIn(demo.page);
    await demo.page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(demo.page, 'L/pwa-02-space-desktop');
    expect(problems).toEqual([]);
  });

  it('is installable as the agency’s app, with its service worker active', async () => {
    expect(await serviceWorkerActive(demo.page), network.join('\n')).toBe('activated');
    const check = await installability(demo.page);
    expect(check.errors).toEqual([]);
    expect(check.manifestErrors).toEqual([]);
    expect(check.manifestUrl).toBe(`http://${apps.hosts.demo.client}/manifest.webmanifest`);
    expect(check.manifest.name).toBe(demoBranding.name);
    expect(check.appId).toBe(`http://${apps.hosts.demo.client}/`);
    const themeColour = await demo.page.locator('meta[name="theme-color"]').getAttribute('content');
    expect(themeColour).toBe(demoBranding.primaryColour);
  });

  it('keeps property photos on the device, and nothing else the backend answers', async () => {
    // Now under the worker's control: the photos of the space go through its photo cache.
    await demo.page.reload();
    await signedIn(demo.page);
    await demo.page.locator('img[src^="blob:"]').first().waitFor({ timeout: 30_000 });
    const cached = await demo.page.evaluate(async () => {
      const names = await caches.keys();
      const photos = await (await caches.open('portail-photos')).keys();
      return {
        names,
        photos: photos.map((request) => new URL(request.url).searchParams.get('kind')),
      };
    });
    expect(cached.photos.length).toBeGreaterThan(0);
    expect(new Set(cached.photos)).toEqual(new Set(['photo']));
    // The precache and the photos: no cache of Firestore, Auth or other functions.
    expect(cached.names.filter((name) => !name.startsWith('workbox-precache-'))).toEqual([
      'portail-photos',
    ]);
    await screenshot(demo.page, 'L/pwa-02b-space-photos-desktop');
  });

  it('loads the app shell offline, in the agency’s colours', async () => {
    await demo.context.setOffline(true);
    await demo.page.reload();
    await demo.page.getByRole('heading', { name: 'Vous êtes hors ligne' }).waitFor();
    await expect(demo.page.locator('.brand-name').textContent()).resolves.toBe(demoBranding.name);
    await screenshot(demo.page, 'L/pwa-03-offline-desktop');
    const phonePage = await demo.context.newPage();
    await phonePage.setViewportSize(phone);
    await phonePage.goto(`http://${apps.hosts.demo.client}/biens/un-bien`);
    await phonePage.getByRole('heading', { name: 'Vous êtes hors ligne' }).waitFor();
    await screenshot(phonePage, 'L/pwa-04-offline-phone');
    expect(
      await phonePage.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(phone.width);
    await phonePage.close();
    // "Réessayer" while still offline keeps the offline page.
    await demo.page.getByRole('button', { name: 'Réessayer' }).click();
    await demo.page.getByRole('heading', { name: 'Vous êtes hors ligne' }).waitFor();
    // Back online, the same page carries on into the space by itself.
    await demo.context.setOffline(false);
    await signedIn(demo.page);
    await demo.context.close();
  });

  it('installs the second agency as another app, from the same build', async () => {
    const bis = await open(apps.hosts.bis.client, phone);
    await bis.page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
    expect(await serviceWorkerActive(bis.page), network.join('\n')).toBe('activated');
    const check = await installability(bis.page);
    expect(check.errors).toEqual([]);
    expect(check.manifest).toMatchObject({
      name: agencyBis.name,
      theme_color: agencyBis.primaryColour,
    });
    expect(check.appId).toBe(`http://${apps.hosts.bis.client}/`);
    expect(check.appId).not.toBe(`http://${apps.hosts.demo.client}/`);
    await screenshot(bis.page, 'L/pwa-05-agency-bis-sign-in-phone');
    await bis.context.close();
  });

  it('keeps each agency’s users to its own app', async () => {
    // Julie is the demo agency's client: the other agency's app does not know her.
    const bis = await open(apps.hosts.bis.client);
    await signIn(bis.page, julie.email, julie.password);
    await bis.page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
    await screenshot(bis.page, 'L/pwa-06-demo-user-refused-at-bis');
    // Its own client signs in there, and not at the demo agency.
    await signIn(bis.page, agencyBis.client.email, agencyBis.client.password);
    await signedIn(bis.page);
    await bis.context.close();
    const demoAgain = await open(apps.hosts.demo.client);
    await signIn(demoAgain.page, agencyBis.client.email, agencyBis.client.password);
    await demoAgain.page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
    await demoAgain.context.close();
    // Refused sign-ins answer 400; requests cut by the offline test fail as they should.
    const expected = /status of 400|ERR_INTERNET_DISCONNECTED/;
    expect(problems.filter((problem) => !expected.test(problem))).toEqual([]);
  });
});

describe('a new version', () => {
  let root = '';
  let server: HostingServer;
  let host = '';

  beforeAll(async () => {
    // A copy of the build, so that this test can publish a "new version" of its own.
    root = mkdtempSync(join(tmpdir(), 'l-hosting-'));
    cpSync(join(repoRoot, 'firebase.json'), join(root, 'firebase.json'));
    cpSync(join(builtRoot, 'client-web', 'dist'), join(root, 'client-web', 'dist'), {
      recursive: true,
    });
    server = await startHostingServer({ target: 'client', port: 0, root, emulators: true });
    host = `${demoTenantId}.localhost:${server.port}`;
    await getFirestore(adminApp())
      .doc(`domains/${host}`)
      .set({
        tenantId: demoTenantId,
        app: 'client',
        authTenantId: await authTenantOf(demoTenantId),
      });
  });
  afterAll(async () => {
    await getFirestore(adminApp()).doc(`domains/${host}`).delete();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is offered with "Recharger", and taken only when asked', async () => {
    const { context, page } = await open(host, phone);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
    expect(await serviceWorkerActive(page)).toBe('activated');
    // Deploy: the worker changes (its precache revisions would), the page notices on reload.
    const sw = join(root, 'client-web', 'dist', 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// version 2\n`);
    await page.reload();
    const prompt = page
      .getByRole('status')
      .filter({ hasText: 'Une nouvelle version est disponible' });
    await prompt.waitFor({ timeout: 30_000 });
    await screenshot(page, 'L/pwa-07-update-prompt-phone');
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Recharger' }).click();
    await reloaded;
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await expect(prompt.count()).resolves.toBe(0);
    const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(script).toBe(`http://${host}/sw.js`);
    await context.close();
  });
});
