// The aggregator end to end (A1–A3): the hunter turns the portals on (legal note), saves a search,
// runs it now, sees the inbox fill, turns a listing into a property (photos copied), assigns it to
// the Duponts and publishes it; Julie sees it with its photos; the owner saves the licensed
// feed's key (shown only as « clé enregistrée le … ») and removes it. The functions read the portals
// through the fixture server (PORTAL_BASE_URLS); the runs go through the portals' queues.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId } from '../support/stack.js';
import { assignOnPage, owner, publishOnPage, signedIn } from './admin-support.js';
import {
  clientUrl,
  demoOwner,
  photoShown,
  signedInClient,
  signInOnPage,
} from './client-support.js';

const db = getFirestore(adminApp());
const duponts = 'Julie et Marc Dupont';
const searchName = `[N] Paris 12e ${uniqueId('e2e').split('-').at(-1)}`;
// A SeLoger listing of the fixtures (search-page-3-plain.html): 390,000 €, 53 m², two photos.
const title = 'Appartement 3 pièces 53 m²';
// Runs go through the emulator's queue triggers: a cold worker on a busy machine takes minutes.
const slow = 300_000;

let browser: Browser;
let hunter: Page;
let propertyId = '';

async function inboxEntryOf(portalId: string) {
  const found = await db
    .collection(`tenants/${demoTenantId}/inbox`)
    .where('sourceKeys', 'array-contains', `seloger:${portalId}`)
    .get();
  return found.docs[0];
}

beforeAll(async () => {
  browser = await launchBrowser();
  // A listing an earlier run turned into a property is found again as new (A3) only once dismissed.
  const entry = await inboxEntryOf('2KQA01WQZ8R');
  if (entry && entry.get('status') !== 'new') await entry.ref.update({ status: 'dismissed' });
});

afterAll(async () => {
  if (propertyId) {
    await db
      .doc(`tenants/${demoTenantId}/clients/client-dupont/assignments/${propertyId}`)
      .delete();
    const staff = await signedInClient(demoOwner.email, demoOwner.password);
    await staff.call('deleteProperty', { propertyId }).finally(() => staff.close());
  }
  const searches = await db
    .collection(`tenants/${demoTenantId}/searches`)
    .where('name', '==', searchName)
    .get();
  await Promise.all(searches.docs.map((doc) => doc.ref.delete()));
  await browser?.close();
});

describe('the aggregator: search → run → inbox → property → Julie', () => {
  it(
    '01 — the hunter turns the portals on and saves a search',
    async () => {
      hunter = await signedIn(browser, owner, '/agregateur?onglet=recherches');
      const enable = hunter.getByRole('button', { name: 'Activer', exact: true });
      await hunter
        .getByRole('heading', { name: 'Lecture automatique des sites d’annonces' })
        .waitFor();
      // The setting as stored decides: on already (an earlier run), or off with the legal note.
      await hunter.getByText(/^(Activée|Désactivée) :/).waitFor({ timeout: 60_000 });
      if (await enable.isVisible()) {
        await hunter.getByText('À lire avant d’activer').waitFor();
        expect(await enable.isDisabled()).toBe(true);
        await hunter.getByLabel(/J’ai lu cette note/).check();
        await enable.click();
        await hunter
          .getByRole('status')
          .filter({ hasText: 'Réglage enregistré.' })
          .waitFor({ timeout: slow });
      }
      await hunter.getByText(/^Activée/).waitFor();

      await hunter.getByRole('button', { name: 'Nouvelle recherche' }).click();
      await hunter.getByLabel('Nom').fill(searchName);
      await hunter.getByRole('checkbox', { name: 'Bien’ici' }).uncheck();
      await hunter.getByRole('checkbox', { name: 'LeBonCoin' }).uncheck();
      // A bad postal code is refused next to the field, and nothing is saved.
      await hunter.getByLabel('Codes postaux').fill('7501');
      await hunter.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await hunter.getByText('Code postal attendu sur 5 chiffres.').waitFor();
      await hunter.getByLabel('Codes postaux').fill('75012');
      await hunter.getByLabel('Prix max. (€)').fill('450000');
      await screenshot(hunter, 'aggregator-01-search-form');
      await hunter.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await hunter.getByRole('heading', { name: searchName }).waitFor({ timeout: 60_000 });
    },
    slow,
  );

  it(
    '02 — "Lancer maintenant" fills the inbox; the run is shown on the search',
    async () => {
      const card = hunter.getByRole('listitem', { name: searchName });
      await card.getByRole('button', { name: 'Lancer maintenant' }).click();
      await card.getByRole('status').filter({ hasText: 'Recherche lancée sur 1 site.' }).waitFor({
        timeout: 120_000,
      });
      await card.getByText(/trouvées, \d+ nouvelles/).waitFor({ timeout: slow });
      await screenshot(hunter, 'aggregator-02-search-run');

      await hunter.getByRole('tab', { name: 'Boîte de réception' }).click();
      await hunter.getByLabel('Recherche', { exact: true }).selectOption({ label: searchName });
      const listing = hunter
        .getByRole('list', { name: 'Annonces trouvées' })
        .getByRole('listitem', { name: title });
      await listing.waitFor({ timeout: 60_000 });
      await listing.getByText('390 000 €').waitFor();
      expect(
        await listing
          .getByRole('link', { name: 'Voir l’annonce sur SeLoger' })
          .getAttribute('href'),
      ).toMatch(/^https:\/\/www\.seloger\.com\/annonce\//);
      await screenshot(hunter, 'aggregator-02-inbox');
    },
    slow,
  );

  it(
    '03 — "Créer le bien" makes it a property with its photos; the hunter assigns and publishes it',
    async () => {
      const listing = hunter.getByRole('listitem', { name: title });
      await listing.getByRole('button', { name: 'Créer le bien' }).click();
      await hunter.waitForURL(/\/biens\/(?!nouveau)[^/?#]+$/, { timeout: slow });
      propertyId = new URL(hunter.url()).pathname.split('/').at(-1)!;
      const property = await db.doc(`tenants/${demoTenantId}/properties/${propertyId}`).get();
      expect(property.get('photos')).toHaveLength(2);
      expect(property.get('price')).toBe(390_000);
      await assignOnPage(hunter, [{ search: 'Dupont', name: duponts }]);
      await publishOnPage(hunter, duponts);
      await screenshot(hunter, 'aggregator-03-property-published');
    },
    slow,
  );

  it(
    '04 — Julie sees it in "Nouveautés" with its photos',
    async () => {
      const julie = await browser.newPage({
        viewport: { width: 390, height: 844 },
        locale: 'fr-FR',
      });
      await julie.goto(clientUrl);
      await signInOnPage(julie, 'julie.dupont@example.test', demoPassword);
      const card = julie
        .getByRole('list', { name: 'Nouveautés' })
        .getByRole('listitem', { name: title });
      await card.waitFor({ timeout: 60_000 });
      const cover = card.getByRole('img', { name: `Photo de « ${title} »` });
      await expect.poll(() => photoShown(cover), { timeout: 60_000 }).toBe(true);
      await screenshot(julie, 'aggregator-04-julie-news');
      await card.getByRole('link').click();
      const gallery = julie.getByRole('region', { name: 'Photos du bien' });
      await gallery.waitFor();
      await expect.poll(() => gallery.locator('img').count(), { timeout: 60_000 }).toBe(2);
      await screenshot(julie, 'aggregator-04-julie-property');
    },
    slow,
  );

  it(
    '05 — the owner saves the licensed feed’s key: the page shows when, never the key; then removes it',
    async () => {
      const key = `zkey-e2e-${uniqueId('k').split('-').at(-1)}-0000`;
      const page = await signedIn(browser, owner, '/agregateur?onglet=recherches');
      const panel = page.getByRole('region', { name: 'Flux d’annonces sous licence' });
      await panel
        .getByText(/^(Aucune clé enregistrée\.|Clé enregistrée le)/)
        .waitFor({ timeout: 150_000 });
      // A key an earlier run left is replaced: the form opens the same way.
      const replace = panel.getByRole('button', { name: 'Remplacer la clé' });
      if (await replace.isVisible()) await replace.click();
      await panel.getByLabel('Adresse de l’API', { exact: true }).fill('ftp://api.notif.immo');
      await panel.getByLabel('Clé d’API').fill(key);
      await panel.getByRole('button', { name: 'Enregistrer la clé' }).click();
      await panel.getByText('Adresse de l’API attendue (https://…).').waitFor();
      await panel.getByLabel('Adresse de l’API', { exact: true }).fill('https://api.notif.immo');
      await panel.getByRole('button', { name: 'Enregistrer la clé' }).click();
      await panel.getByText(/^Clé enregistrée le \d/).waitFor({ timeout: 150_000 });
      await panel.getByRole('status').filter({ hasText: 'Clé enregistrée.' }).waitFor();
      expect(await page.content()).not.toContain(key);
      const secret = await db.doc(`tenants/${demoTenantId}/secrets/feed`).get();
      expect(secret.get('apiKey')).toBe(key);
      await screenshot(page, 'aggregator-05-feed-key');

      await panel.getByRole('button', { name: 'Retirer l’accès' }).click();
      await page
        .getByRole('dialog', { name: 'Retirer l’accès au flux ?' })
        .getByRole('button', { name: 'Retirer l’accès' })
        .click();
      await panel.getByText('Aucune clé enregistrée.').waitFor({ timeout: 150_000 });
      expect((await db.doc(`tenants/${demoTenantId}/secrets/feed`).get()).exists).toBe(false);
      await page.close();
    },
    slow,
  );
});
