// Points of interest, the map and travel times end to end (H9, C1, C4): Julie adds her workplace
// on her space, opens the map and finds her properties and the point on it — drawn from the local
// style and tiles, with no request leaving the machine — then reads the travel times on a
// property page. The point (and its times) is deleted at the end for the suites that follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId, waitUntil } from '../support/stack.js';
import { clientUrl, signInOnPage } from './client-support.js';

const db = getFirestore(adminApp());
const space = `tenants/${demoTenantId}/clients/client-dupont`;
const workplace = `[U] Bureau ${uniqueId('m').split('-').at(-1)}`;

let browser: Browser;
let julie: Page;
const consoleErrors: string[] = [];
const outside: string[] = [];

/** The share of the map's pixels that are not the empty frame's grey (#e5e7eb). */
function drawnShare(image: PNG): number {
  let drawn = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const grey = image.data[i] === 229 && image.data[i + 1] === 231 && image.data[i + 2] === 235;
    if (!grey) drawn++;
  }
  return drawn / (image.width * image.height);
}

beforeAll(async () => {
  browser = await launchBrowser();
  julie = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  julie.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${julie.url()}: ${message.text()}`);
  });
  julie.on('pageerror', (error) => consoleErrors.push(`${julie.url()}: ${error.message}`));
  julie.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) {
      if (!['localhost', '127.0.0.1'].includes(hostname)) outside.push(request.url());
    }
  });
  await julie.goto(clientUrl);
  await signInOnPage(julie, 'julie.dupont@example.test', demoPassword);
}, 120_000);

afterAll(async () => {
  const mine = await db.collection(`${space}/pois`).where('name', '==', workplace).get();
  for (const poi of mine.docs) {
    const times = await db.collection(`${space}/travelTimes`).where('poiId', '==', poi.id).get();
    await Promise.all([poi.ref.delete(), ...times.docs.map((time) => time.ref.delete())]);
  }
  await browser?.close();
});

describe('points of interest, map and travel times', () => {
  it('Julie adds her workplace from her space', { timeout: 150_000 }, async () => {
    const panel = julie.locator('section.places-panel');
    await panel.getByRole('heading', { name: 'Mes lieux' }).waitFor({ timeout: 60_000 });
    await panel.getByLabel('Type de lieu').selectOption('work');
    await panel.getByLabel('Nom').fill(workplace);
    await panel.getByLabel('Adresse').fill('5 place Charles Béraudier 69003 Lyon');
    await panel.getByRole('button', { name: 'Ajouter' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: `« ${workplace} » ajouté` })
      .waitFor({ timeout: 90_000 });
    await expect(
      panel.locator('.places-item').filter({ hasText: workplace }).innerText(),
    ).resolves.toContain('5 Place Charles Béraudier 69003 Lyon');
    await screenshot(julie, 'U/e2e-places-phone');
  });

  it(
    'opens the map: the properties and the point, drawn offline',
    { timeout: 120_000 },
    async () => {
      // On a phone the navigation sits behind « Menu ».
      await julie.getByRole('button', { name: 'Menu' }).click();
      await julie.getByRole('link', { name: 'Carte', exact: true }).click();
      await julie.getByRole('heading', { name: 'Carte', level: 1 }).waitFor();
      const map = julie.getByRole('region', { name: 'Carte des biens et des lieux' });
      await map.waitFor({ timeout: 60_000 });
      await map.getByRole('button', { name: workplace }).waitFor({ timeout: 30_000 });
      expect(await map.locator('.map-marker-property').count()).toBeGreaterThan(0);
      // The local style's tiles are drawn: mapbox-gl refusing to draw leaves the frame's own grey.
      await waitUntil(async () => drawnShare(PNG.sync.read(await map.screenshot())) > 0.5, 'tiles');
      await julie.waitForTimeout(1_500);
      await screenshot(julie, 'U/e2e-map-phone');
      expect(outside).toEqual([]);
    },
  );

  it('reads the travel times on a property page', { timeout: 150_000 }, async () => {
    const map = julie.getByRole('region', { name: 'Carte des biens et des lieux' });
    await map.locator('.map-marker-property').first().click({ force: true });
    await julie.getByRole('link', { name: 'Voir le bien' }).click();
    const block = julie.locator('section.travel-times');
    await block.getByRole('heading', { name: 'Temps de trajet' }).waitFor({ timeout: 60_000 });
    const item = block.locator('.travel-item').filter({ hasText: workplace });
    await item.locator('.travel-walking').waitFor({ timeout: 90_000 });
    expect(await item.locator('.travel-walking').innerText()).toMatch(
      /^~ (\d+ min|\d+ h \d\d) à pied$/,
    );
    expect(await item.locator('.travel-driving').innerText()).toMatch(/en voiture$/);
    expect(await item.locator('.travel-transit').innerText()).toBe(
      'Transports en commun : non disponible',
    );
    await block.scrollIntoViewIfNeeded();
    await screenshot(julie, 'U/e2e-travel-phone');
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
