// Issue 15: axe-core on each main page of both apps, public and signed in, with no serious or
// critical violation. One browser page per app walks its routes, so a finding names its route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoPassword } from '../../scripts/seed/demo-data.js';
import { launchBrowser } from '../support/browser.js';
import { closeAdminApps } from '../support/stack.js';
import { adminUrl, owner } from './admin-support.js';
import { seriousViolations } from './axe-support.js';
import { clientUrl, signInOnPage } from './client-support.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeAdminApps();
});

const adminPublic = [
  '/',
  '/firstlogin',
  '/forgot-password',
  '/signup',
  '/conditions',
  '/confidentialite',
];
const adminSignedIn = [
  '/',
  '/clients',
  '/clients/client-dupont',
  '/biens',
  '/biens/property-1',
  '/pipeline',
  '/messages',
  '/agenda',
  '/dossiers',
  '/equipe',
  '/parametres',
];
const clientPublic = ['/', '/forgot-password', '/confidentialite'];
const clientSignedIn = ['/', '/biens/property-1', '/messages', '/rendez-vous', '/dossiers'];

/** Each route opened, given a moment for its reads, then checked: the findings by route. */
async function findings(page: Page, origin: string, paths: readonly string[]) {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(origin + path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Firestore keeps a channel open (never "network idle"): give the page's reads a moment.
    await page.waitForTimeout(1_500);
    found[path] = await seriousViolations(page);
  }
  return found;
}

const none = (paths: readonly string[]) => Object.fromEntries(paths.map((path) => [path, []]));

async function walk(origin: string, email: string, publicPaths: string[], signedIn: string[]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(60_000);
  const signedOut = await findings(page, origin, publicPaths);
  await page.goto(origin);
  await signInOnPage(page, email, demoPassword);
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  const inside = await findings(page, origin, signedIn);
  await page.close();
  // Both walks first, then one comparison: a run names every finding at once.
  expect({ signedOut, inside }).toEqual({ signedOut: none(publicPaths), inside: none(signedIn) });
}

describe('accessibility (axe-core)', () => {
  it('finds nothing serious on the admin app’s main pages', async () => {
    await walk(adminUrl, owner, adminPublic, adminSignedIn);
  }, 300_000);

  it('finds nothing serious on the client app’s main pages', async () => {
    await walk(clientUrl, 'julie.dupont@example.test', clientPublic, clientSignedIn);
  }, 300_000);
});
