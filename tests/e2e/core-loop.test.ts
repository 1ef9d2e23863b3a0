// THE core loop, end to end through both apps, every step a click: the hunter creates a property
// with photos, proposes it to two client spaces and publishes it for one; that client (on a phone)
// asks to visit, reports and offers while the hunter's open screens follow live; the hunter takes
// the deal to the deed and reads its history. Another client never sees the property. The last
// step takes the property back out of both spaces and deletes it, so that the Dupont space other
// suites read is left as the seed made it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Locator, Page } from 'playwright-core';
import { demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot, screenshotDir } from '../support/browser.js';
import { adminApp, uniqueId } from '../support/stack.js';
import {
  assignOnPage,
  assignmentLine,
  createPropertyOnPage,
  publishOnPage,
  solidJpeg,
} from './admin-support.js';
import {
  adminUrl,
  clientUrl,
  demoOwner,
  photoShown,
  signInOnPage,
  signedInClient,
} from './client-support.js';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const duponts = 'Julie et Marc Dupont';
const sophie = 'Sophie Nguyen';

let browser: Browser;
/** What the browser logged as errors, on every page of the journey: none is expected. */
const consoleErrors: string[] = [];

async function openPage(viewport: typeof desktop, url: string): Promise<Page> {
  // Each page its own browser context (its own session), French as the product's users are.
  const page = await browser.newPage({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** One part of a screen, readable where the whole page's screenshot is too tall. */
async function shot(part: Locator, name: string) {
  await part.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

// One word of its own, so that the hunter can find it with the list's search.
const word = uniqueId('k').split('-').at(-1)!;
const title = `[K] T4 lumineux ${word}`;
let propertyId = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  // Only if a step failed before 08 took the property back out of the two spaces and deleted it.
  if (propertyId) {
    const db = getFirestore(adminApp());
    for (const clientId of ['client-dupont', 'client-nguyen']) {
      await db
        .doc(`tenants/${demoTenantId}/clients/${clientId}/assignments/${propertyId}`)
        .delete();
    }
    const owner = await signedInClient(demoOwner.email, demoOwner.password);
    await owner.call('deleteProperty', { propertyId }).finally(() => owner.close());
  }
  await browser?.close();
});

describe('the core loop: property → publication → visit → offer → deed', () => {
  let hunter: Page;
  let julie: Page;

  /** The client file's "Biens proposés", the group of one stage, and this property's card. */
  function fileCard(stage: string): Locator {
    return hunter
      .getByRole('region', { name: 'Biens proposés' })
      .getByRole('region', { name: new RegExp(`^${stage} \\(\\d+\\)$`) })
      .locator('article')
      .filter({ has: hunter.getByRole('heading', { name: title, exact: true }) });
  }

  it('01 — the hunter creates a property, sees where it was placed, and adds two photos', async () => {
    hunter = await openPage(desktop, adminUrl);
    await signInOnPage(hunter, demoOwner.email, demoOwner.password);
    await hunter.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    await hunter.getByRole('link', { name: 'Biens', exact: true }).click();
    await hunter.getByRole('link', { name: 'Nouveau bien' }).waitFor();
    await screenshot(hunter, 'core-loop-01-properties');

    propertyId = await createPropertyOnPage(hunter, {
      title,
      type: 'Appartement',
      price: '485 000',
      surface: '96,5',
      rooms: '4',
      bedrooms: '3',
      energyRating: 'C',
      description: 'Traversant, au 3e étage avec ascenseur, balcon sur cour arborée.',
      street: '4 cours Franklin Roosevelt',
      postalCode: '69006',
      city: 'Lyon',
      precision: 'Rue seulement',
      privateNote: '[K] Mandat simple, agent : 04 78 00 00 01',
      sourceUrl: 'https://www.example.test/annonce/k-core-loop',
    });
    // Placed as precisely as the client is shown it: "Rue seulement" geocodes the street alone.
    await hunter
      .getByText('Adresse localisée à la rue : Cours Franklin Roosevelt 69006 Lyon.', {
        exact: true,
      })
      .waitFor();
    await screenshot(hunter, 'core-loop-01-created');

    await hunter.getByLabel('Choisir des photos').setInputFiles([
      { name: 'salon.jpg', mimeType: 'image/jpeg', buffer: await solidJpeg('#2f6f8f') },
      { name: 'cuisine.jpg', mimeType: 'image/jpeg', buffer: await solidJpeg('#c8772a') },
    ]);
    const photos = hunter.getByRole('list', { name: 'Photos du bien, dans l’ordre' });
    await photos.getByRole('img', { name: `Photo 2 : ${title}` }).waitFor({ timeout: 30_000 });
    for (const n of [1, 2]) {
      const thumb = photos.locator(`img[alt="Photo ${n} : ${title}"]`);
      await expect.poll(() => photoShown(thumb), { timeout: 30_000 }).toBe(true);
    }
    await hunter.getByRole('heading', { name: /^Photos 2 \/ \d+$/ }).waitFor();
    expect(await photos.getByText('Photo de couverture').count()).toBe(1);
    await screenshot(hunter, 'core-loop-01-photos');
  });

  it('02 — the hunter assigns it to the Duponts and to Sophie, and publishes it for the Duponts', async () => {
    await assignOnPage(hunter, [
      { search: 'Dupont', name: duponts },
      { search: 'Nguyen', name: sophie },
    ]);
    await hunter.getByRole('status').filter({ hasText: '2 cartes créées en brouillon' }).waitFor();
    for (const name of [duponts, sophie]) {
      await assignmentLine(hunter, name).getByText('Brouillon', { exact: true }).waitFor();
    }
    await screenshot(hunter, 'core-loop-02-assigned');
    await publishOnPage(hunter, duponts);
    await assignmentLine(hunter, duponts).getByText('Publié', { exact: true }).waitFor();
    expect(await assignmentLine(hunter, sophie).getByText('Brouillon').count()).toBe(1);
    await screenshot(hunter, 'core-loop-02-published');

    // The hunter keeps the Duponts' file open from here on: it must follow them live.
    await assignmentLine(hunter, duponts).getByRole('link', { name: duponts }).click();
    await hunter.getByRole('heading', { name: duponts, level: 1 }).waitFor();
    await fileCard('Nouveau').waitFor({ timeout: 30_000 });
    await screenshot(hunter, 'core-loop-02-client-file');
  });

  it('03 — Julie sees it in "Nouveautés" with its cover and its gallery; Sophie never sees it', async () => {
    julie = await openPage(phone, clientUrl);
    await signInOnPage(julie, 'julie.dupont@example.test', demoPassword);
    const news = julie.getByRole('list', { name: 'Nouveautés' });
    const card = news.getByRole('listitem', { name: title });
    await card.waitFor({ timeout: 30_000 });
    const cover = card.getByRole('img', { name: `Photo de « ${title} »` });
    await expect.poll(() => photoShown(cover), { timeout: 30_000 }).toBe(true);
    expect(await card.getByText(/^485\s000\s€$/).count()).toBe(1);
    await screenshot(julie, 'core-loop-03-julie-news');

    await card.getByRole('link').click();
    await julie.getByRole('heading', { name: title, level: 1 }).waitFor();
    // "Rue seulement": the number stays with the agency.
    await julie.getByText('cours Franklin Roosevelt, 69006 Lyon', { exact: true }).waitFor();
    const gallery = julie.getByRole('region', { name: 'Photos du bien' });
    await gallery.waitFor();
    const first = gallery.locator('img').first();
    await expect.poll(() => photoShown(first), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => gallery.locator('img').count()).toBe(2);
    // Neither the private note nor the hidden source link reach the client.
    expect(await julie.getByText(/Mandat simple/).count()).toBe(0);
    expect(await julie.getByRole('link', { name: 'Voir l’annonce d’origine' }).count()).toBe(0);
    await screenshot(julie, 'core-loop-03-julie-property');
    // A full-page capture draws the sticky action bar where the first screen ends: the end of
    // the page as the phone shows it once scrolled.
    await julie.getByRole('heading', { name: 'Description' }).scrollIntoViewIfNeeded();
    await julie.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await julie.screenshot({ path: join(screenshotDir, 'core-loop-03-julie-property-end.png') });

    const sophiePage = await openPage(phone, clientUrl);
    await signInOnPage(sophiePage, 'sophie.nguyen@example.test', demoPassword);
    await sophiePage.getByRole('heading', { name: 'Bienvenue dans votre espace' }).waitFor({
      timeout: 30_000,
    });
    await sophiePage
      .getByRole('list', { name: 'Nouveautés' })
      .or(sophiePage.locator('.space-empty'))
      .waitFor();
    expect(await sophiePage.getByText(title).count()).toBe(0);
    await screenshot(sophiePage, 'core-loop-03-sophie-space');
    // Not even by its address: a draft is out of reach.
    await sophiePage.goto(`${clientUrl}/biens/${propertyId}`);
    await sophiePage.getByRole('heading', { name: 'Ce bien n’est plus disponible' }).waitFor({
      timeout: 30_000,
    });
    expect(await sophiePage.getByText(title).count()).toBe(0);
    await screenshot(sophiePage, 'core-loop-03-sophie-unavailable');
    await sophiePage.close();
  });

  it('04 — Julie asks to visit; the hunter’s open file shows it in "À visiter", live', async () => {
    // A mark on the hunter's page: it is still there at step 05's end only if nothing reloaded.
    await hunter.evaluate(() => Object.assign(window, { kSameDocument: true }));
    await julie.getByRole('button', { name: 'Demander une visite' }).click();
    const dialog = julie.getByRole('dialog', { name: 'Demander une visite' });
    await dialog.getByLabel('Vos disponibilités').fill('Samedi matin, ou mardi après 18 h');
    await screenshot(julie, 'core-loop-04-julie-visit-form');
    await dialog.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await julie.getByRole('status').filter({ hasText: 'Demande de visite envoyée' }).waitFor();
    await screenshot(julie, 'core-loop-04-julie-visit-sent');

    // No reload: the file's listener brings the move and the availabilities.
    const card = fileCard('À visiter');
    await card.getByText('Samedi matin, ou mardi après 18 h').waitFor({ timeout: 30_000 });
    expect(await card.getByText(/^Demande de visite du /).count()).toBe(1);
    await screenshot(hunter, 'core-loop-04-hunter-to-visit');
    await shot(card, 'core-loop-04-hunter-to-visit-card');
  });

  it('05 — Julie reports on the visit and offers; the hunter sees the offer live', async () => {
    await julie.getByRole('button', { name: 'J’ai visité' }).click();
    const report = julie.getByRole('dialog', { name: 'Compte rendu de visite' });
    const stars = async (criterion: string, count: number) => {
      const group = report.getByRole('group', { name: criterion });
      const name = count === 1 ? '1 étoile sur 5' : `${count} étoiles sur 5`;
      // The radios are hidden inside the stars' labels: a tap lands on the star.
      await group
        .locator('label')
        .filter({ has: julie.getByRole('radio', { name }) })
        .click();
      expect(await group.getByRole('radio', { name }).isChecked()).toBe(true);
    };
    await stars('Emplacement', 5);
    await stars('Luminosité', 4);
    await stars('Prix', 3);
    await report.getByLabel('Commentaire (facultatif)').fill('Très lumineux, cuisine à refaire.');
    await screenshot(julie, 'core-loop-05-julie-report-form');
    await report.getByRole('button', { name: 'Envoyer le compte rendu' }).click();
    await julie.getByRole('status').filter({ hasText: 'Compte rendu envoyé' }).waitFor();
    await fileCard('Visité').getByText('Très lumineux, cuisine à refaire.').waitFor({
      timeout: 30_000,
    });

    await julie.getByRole('button', { name: 'Faire une offre' }).click();
    const offer = julie.getByRole('dialog', { name: 'Faire une offre' });
    await offer.getByLabel('Montant de l’offre (€)').fill('462 000');
    const validUntil = new Date(Date.now() + 20 * 86_400_000);
    const isoDay = [
      validUntil.getFullYear(),
      String(validUntil.getMonth() + 1).padStart(2, '0'),
      String(validUntil.getDate()).padStart(2, '0'),
    ].join('-');
    await offer.getByLabel('Offre valable jusqu’au').fill(isoDay);
    await screenshot(julie, 'core-loop-05-julie-offer-form');
    await offer.getByRole('button', { name: 'Envoyer mon offre' }).click();
    await julie.getByRole('status').filter({ hasText: 'Offre envoyée' }).waitFor();
    await screenshot(julie, 'core-loop-05-julie-offer-sent');

    const card = fileCard('Offre');
    const until = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(validUntil);
    const line = card.getByText(/^Offre de 462\s000\s€, valable jusqu’au /);
    await line.waitFor({ timeout: 30_000 });
    expect((await line.textContent())?.replace(/\s/g, ' ')).toContain(until.replace(/\s/g, ' '));
    expect(await card.getByRole('img', { name: '5 sur 5' }).count()).toBe(1);
    expect(await hunter.evaluate(() => 'kSameDocument' in window)).toBe(true);
    await screenshot(hunter, 'core-loop-05-hunter-offer');
    await shot(card, 'core-loop-05-hunter-offer-card');
  });

  it('06 — the hunter takes it to "Acte authentique" and reads its history', async () => {
    for (const [from, to] of [
      ['Offre', 'Offre acceptée'],
      ['Offre acceptée', 'Compromis'],
      ['Compromis', 'Acte authentique'],
    ] as const) {
      await fileCard(from)
        .getByRole('group', { name: `Étape de « ${title} »` })
        .getByRole('button', { name: to, exact: true })
        .click();
      await fileCard(to).waitFor({ timeout: 30_000 });
    }
    const card = fileCard('Acte authentique');
    await card.getByText('Historique', { exact: true }).click();
    const history = card.getByRole('list', { name: `Historique de « ${title} »` });
    // Newest first: the three moves of the hunter, the three of the client, the creation.
    const expected = [
      ['Compromis → Acte authentique', 'Claire Martin'],
      ['Offre acceptée → Compromis', 'Claire Martin'],
      ['Offre → Offre acceptée', 'Claire Martin'],
      ['Visité → Offre', 'le client'],
      ['À visiter → Visité', 'le client'],
      ['Nouveau → À visiter', 'le client'],
      ['Ajouté · Nouveau', 'Claire Martin'],
    ];
    await expect
      .poll(() => history.getByRole('listitem').count(), { timeout: 30_000 })
      .toBe(expected.length);
    const entries = await history.getByRole('listitem').all();
    for (const [index, [move, who]] of expected.entries()) {
      const entry = entries[index]!;
      expect(await entry.locator('.pipeline-history-move').textContent()).toBe(move);
      expect(await entry.locator('.pipeline-history-who').textContent()).toBe(who);
      const at = Date.parse((await entry.locator('time').getAttribute('datetime')) ?? '');
      // Each move is dated: within this run.
      expect(Date.now() - at).toBeLessThan(10 * 60_000);
    }
    await screenshot(hunter, 'core-loop-06-hunter-history');
    await shot(card, 'core-loop-06-hunter-history-card');
  });

  it('07 — Julie finds it in "Mon bien"; the board shows it in "Acte authentique"', async () => {
    // Julie's page is live: the badge follows the hunter's moves.
    await julie.locator('.space-property-place .stage-badge').getByText('Acte signé').waitFor({
      timeout: 30_000,
    });
    await screenshot(julie, 'core-loop-07-julie-property-acte');
    await julie.setViewportSize(desktop);
    await screenshot(julie, 'core-loop-07-julie-property-desktop');
    await julie.setViewportSize(phone);
    await julie.getByRole('link', { name: '← Retour' }).click();
    const mine = julie.getByRole('list', { name: 'Mon bien' });
    const card = mine.getByRole('listitem', { name: title });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByText('Acte signé').count()).toBe(1);
    expect(new URL(julie.url()).searchParams.get('onglet')).toBe('mon-bien');
    await screenshot(julie, 'core-loop-07-julie-mine');

    await hunter.getByRole('link', { name: 'Suivi', exact: true }).click();
    await hunter.getByRole('heading', { name: 'Suivi des biens', level: 1 }).waitFor();
    const column = hunter
      .getByRole('region', { name: 'Tableau du suivi' })
      .getByRole('region', { name: 'Acte authentique', exact: true });
    const boardCard = column
      .locator('article')
      .filter({ has: hunter.getByRole('heading', { name: title, exact: true }) });
    await boardCard.waitFor({ timeout: 30_000 });
    await boardCard.scrollIntoViewIfNeeded();
    // The whole board is as tall as its longest column: the screen as seen, and the column.
    await hunter.screenshot({ path: join(screenshotDir, 'core-loop-07-hunter-board.png') });
    await shot(column, 'core-loop-07-hunter-board-acte');
    expect(await boardCard.getByRole('link', { name: duponts }).count()).toBe(1);

    // Back to the property through the list's search, as the hunter would find it.
    await hunter.getByRole('link', { name: 'Biens', exact: true }).click();
    await hunter.getByRole('searchbox', { name: 'Rechercher un bien' }).fill(word);
    await hunter
      .getByRole('list', { name: 'Liste des biens' })
      .getByRole('listitem')
      .filter({ has: hunter.getByRole('heading', { name: title, exact: true }) })
      .getByRole('link')
      .click();
    await hunter.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 30_000 });
    await hunter.setViewportSize(phone);
    await assignmentLine(hunter, duponts).getByText('Acte authentique').waitFor();
    await screenshot(hunter, 'core-loop-07-hunter-property-phone');
    await hunter.setViewportSize(desktop);
  });

  it('08 — the hunter takes it back out of both spaces and deletes it', async () => {
    for (const name of [duponts, sophie]) {
      await assignmentLine(hunter, name).getByRole('link', { name }).click();
      await hunter.getByRole('heading', { name, level: 1 }).waitFor();
      const card = hunter
        .getByRole('region', { name: 'Biens proposés' })
        .locator('article')
        .filter({ has: hunter.getByRole('heading', { name: title, exact: true }) });
      await card.getByRole('button', { name: 'Retirer' }).click();
      await hunter
        .getByRole('dialog', { name: `Retirer « ${title} » ?` })
        .getByRole('button', { name: 'Retirer définitivement' })
        .click();
      await card.waitFor({ state: 'detached', timeout: 30_000 });
      await hunter.goBack();
      await hunter.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 30_000 });
      await assignmentLine(hunter, name).waitFor({ state: 'detached', timeout: 30_000 });
    }
    await hunter.getByRole('button', { name: 'Supprimer le bien' }).click();
    await hunter
      .getByRole('dialog', { name: `Supprimer « ${title} » ?` })
      .getByRole('button', { name: 'Supprimer définitivement' })
      .click();
    await hunter.waitForURL(`${adminUrl}/biens`, { timeout: 30_000 });
    propertyId = '';
    // Julie's open tab follows: the card leaves "Mon bien".
    await julie
      .getByRole('list', { name: 'Mon bien' })
      .getByRole('listitem', { name: title })
      .waitFor({ state: 'detached', timeout: 30_000 });
    expect(consoleErrors).toEqual([]);
  });
});
