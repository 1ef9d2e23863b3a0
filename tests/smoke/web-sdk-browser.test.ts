import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchBrowser } from '../support/browser.js';
import { adminApp, closeAdminApps, host, ports, uniqueId, webConfig } from '../support/stack.js';

const db = getFirestore(adminApp());
const tenantId = uniqueId('tenant');
const docPath = `tenants/${tenantId}/public/branding`;
let server: ViteDevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await db.doc(docPath).set({ name: 'Version 1' });
  server = await createServer({
    root: 'tests/smoke/browser-page',
    configFile: false,
    logLevel: 'silent',
    server: { host, port: 0 },
  });
  await server.listen();
  browser = await launchBrowser();
  page = await browser.newPage();
  const query = new URLSearchParams({
    config: JSON.stringify(webConfig),
    host,
    doc: docPath,
    firestorePort: String(ports.firestore),
    authPort: String(ports.auth),
    functionsPort: String(ports.functions),
  });
  await page.goto(`${server.resolvedUrls?.local[0]}?${query}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await closeAdminApps();
});

describe('smoke: the web SDK from a real page in headless Chromium', () => {
  it('reads a document and follows its changes in real time (onSnapshot)', async () => {
    await page.waitForFunction(
      () => document.getElementById('value')?.textContent?.includes('Version 1'),
      undefined,
      { timeout: 30_000 },
    );
    await db.doc(docPath).update({ name: 'Version 2' });
    await page.waitForFunction(
      () => document.getElementById('value')?.textContent?.includes('Version 2'),
      undefined,
      { timeout: 15_000 },
    );
    expect(await page.textContent('#value')).toBe(JSON.stringify({ name: 'Version 2' }));
  });

  it('reaches a callable function that sees the signed-in user and their claims', async () => {
    const email = `${uniqueId('staff')}@example.test`;
    const user = await getAuth(adminApp()).createUser({ email, password: 'secret-123' });
    await getAuth(adminApp()).setCustomUserClaims(user.uid, { tenantId, role: 'admin' });
    const result = await page.evaluate(
      // callWhoAmI is defined by the page (browser-page/main.ts).
      ([mail, password]) =>
        (
          window as unknown as { callWhoAmI: (e: string, p: string) => Promise<unknown> }
        ).callWhoAmI(mail!, password!),
      [email, 'secret-123'],
    );
    expect(result).toEqual({ uid: user.uid, email, claims: { tenantId, role: 'admin' } });
  });
});
