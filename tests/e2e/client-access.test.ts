// The client app before and around sign-in: unknown space, first login, forgot password, revoked
// access; and the space itself: the tabs of published properties and the client's actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { Browser } from 'playwright-core';
import { demoBranding, demoTenantId } from '../../scripts/seed/demo-data.js';
import { poolAuth } from '../support/pools.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId } from '../support/stack.js';
import {
  assignProperty,
  clientUrl,
  createActiveClient,
  linkInMail,
  newPage,
  signInOnPage,
  storeInvite,
} from './client-support.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('unknown space (T3)', () => {
  it('shows the "space not found" page for a ?tenant= that names no agency', async () => {
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/?tenant=unknown-xyz`);
    await page.getByRole('heading', { name: 'Espace introuvable' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('unknown-xyz').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Se connecter' }).count()).toBe(0);
    await screenshot(page, 'client-unknown-tenant');
    await page.close();
  });
});

describe('the client space (C1)', () => {
  it('shows each published card in the tab of its stage, with the counts, never the drafts', async () => {
    const client = await createActiveClient('tabs');
    const cards = [
      ['p-new', 'Studio neuf publié', 'new', true],
      ['p-draft', 'Brouillon jamais montré', 'new', false],
      ['p-visit', 'T2 à visiter', 'toVisit', true],
      ['p-offer', 'Duplex avec offre', 'offer', true],
      ['p-rejected', 'Maison écartée', 'rejected', true],
    ] as const;
    for (const [propertyId, title, stage, published] of cards) {
      await assignProperty(client.clientId, propertyId, {
        title,
        stage,
        published,
        price: propertyId === 'p-offer' ? 690_000 : undefined,
      });
    }
    const page = await newPage(browser);
    await page.goto(clientUrl);
    await signInOnPage(page, client.email, client.password);
    await page.getByRole('heading', { name: 'Bienvenue dans votre espace' }).waitFor({
      timeout: 30_000,
    });
    const tabs = page.getByRole('navigation', { name: 'Vos biens par étape' });
    // The counts come from aggregation queries: the draft is in none of them.
    for (const name of ['Nouveautés 1', 'À visiter 1', 'Visités 0', 'Rejetés 1', 'Mon bien 1']) {
      await tabs.getByRole('link', { name, exact: true }).waitFor();
    }
    const news = page.getByRole('list', { name: 'Nouveautés' });
    await news.waitFor();
    expect(await news.getByRole('heading').allTextContents()).toEqual(['Studio neuf publié']);
    expect(await page.getByText('Brouillon jamais montré').count()).toBe(0);
    expect(await page.getByRole('status').count()).toBe(0); // no preview banner
    await screenshot(page, 'client-home');

    await tabs.getByRole('link', { name: /^Mon bien/ }).click();
    const mine = page.getByRole('list', { name: 'Mon bien' });
    const offer = mine.getByRole('listitem', { name: 'Duplex avec offre' });
    await offer.waitFor();
    expect(new URL(page.url()).searchParams.get('onglet')).toBe('mon-bien');
    expect(await offer.getByText('Offre faite').count()).toBe(1);
    expect(await offer.getByText(/^690\s000\s€$/).count()).toBe(1);

    await tabs.getByRole('link', { name: /^Rejetés/ }).click();
    const rejected = page.getByRole('list', { name: 'Rejetés' }).getByRole('listitem', {
      name: 'Maison écartée',
    });
    await rejected.waitFor();
    expect(await rejected.getByText('Rejeté', { exact: true }).count()).toBe(1);

    // An empty tab says what goes there; the address keeps the tab across a reload.
    await tabs.getByRole('link', { name: /^Visités/ }).click();
    await page.getByText(/Aucun bien visité/).waitFor();
    await page.reload();
    await page.getByText(/Aucun bien visité/).waitFor({ timeout: 30_000 });
    // Even by its address, a draft stays out of reach.
    await page.goto(`${clientUrl}/biens/p-draft`);
    await page.getByRole('heading', { name: 'Ce bien n’est plus disponible' }).waitFor({
      timeout: 30_000,
    });
    await page.close();
  });

  it('shows 30 cards, then the next ones with "Voir plus"', async () => {
    const client = await createActiveClient('more');
    for (let n = 1; n <= 32; n++) {
      await assignProperty(client.clientId, `p-${String(n).padStart(2, '0')}`, {
        title: `Bien numéro ${n}`,
        published: true,
      });
    }
    const page = await newPage(browser);
    await page.goto(clientUrl);
    await signInOnPage(page, client.email, client.password);
    const news = page.getByRole('list', { name: 'Nouveautés' });
    await news.waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Nouveautés 32', exact: true }).waitFor();
    expect(await news.getByRole('listitem').count()).toBe(30);
    // Newest change first: the last two assigned are on the first page.
    expect(await news.getByRole('heading', { name: 'Bien numéro 32' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Voir plus' }).click();
    await news.getByRole('heading', { name: 'Bien numéro 1', exact: true }).waitFor();
    expect(await news.getByRole('listitem').count()).toBe(32);
    expect(await page.getByRole('button', { name: 'Voir plus' }).count()).toBe(0);
    await page.close();
  });
});

describe("the client's actions (C2)", () => {
  it('asks to visit, reports, offers and rejects; each move lands in its tab', async () => {
    const client = await createActiveClient('actions');
    await assignProperty(client.clientId, 'p-act', {
      title: 'T3 pour les actions',
      published: true,
    });
    const page = await newPage(browser);
    await page.goto(clientUrl);
    await signInOnPage(page, client.email, client.password);
    await page.getByRole('link', { name: /T3 pour les actions/ }).click({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'T3 pour les actions', level: 1 }).waitFor();
    const stage = page.locator('.space-property-place .stage-badge');

    // Bad input gets its message next to the field and changes nothing.
    await page.getByRole('button', { name: 'Demander une visite' }).click();
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByText('Indiquez vos disponibilités.').waitFor();
    await page.getByLabel('Vos disponibilités').fill('Samedi matin');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByRole('status').filter({ hasText: 'Demande de visite envoyée' }).waitFor();
    expect(await stage.textContent()).toBe('À visiter');

    await page.getByRole('button', { name: 'J’ai visité' }).click();
    const report = page.getByRole('dialog', { name: 'Compte rendu de visite' });
    await report.getByRole('button', { name: 'Envoyer le compte rendu' }).click();
    await report.getByText('Notez au moins un critère.').waitFor();
    await report
      .getByRole('group', { name: 'Luminosité' })
      .getByRole('radio', { name: '4 étoiles sur 5' })
      .check({ force: true });
    await report.getByLabel('Commentaire (facultatif)').fill('Belle lumière');
    await report.getByRole('button', { name: 'Envoyer le compte rendu' }).click();
    await page.getByRole('status').filter({ hasText: 'Compte rendu envoyé' }).waitFor();
    expect(await stage.textContent()).toBe('Visité');

    await page.getByRole('button', { name: 'Faire une offre' }).click();
    const offer = page.getByRole('dialog', { name: 'Faire une offre' });
    await offer.getByText(/Rien n’est payé maintenant/).waitFor();
    await offer.getByLabel('Montant de l’offre (€)').fill('350 000');
    await offer.getByRole('button', { name: 'Envoyer mon offre' }).click();
    await page.getByRole('status').filter({ hasText: 'Offre envoyée' }).waitFor();
    await page.getByRole('link', { name: '← Retour' }).click();
    await page
      .getByRole('list', { name: 'Mon bien' })
      .getByRole('heading', { name: 'T3 pour les actions' })
      .waitFor();

    await page.getByRole('link', { name: /T3 pour les actions/ }).click();
    await page.getByRole('button', { name: 'Rejeter' }).click();
    const reject = page.getByRole('dialog', { name: 'Rejeter ce bien' });
    await reject.getByText('Prix trop élevé').click();
    await reject.getByLabel(/Précisez/).fill('Trop de travaux');
    await reject.getByRole('button', { name: 'Rejeter le bien' }).click();
    await page.getByRole('status').filter({ hasText: 'Bien rejeté' }).waitFor();
    await screenshot(page, 'client-property-rejected');

    const stored = (
      await getFirestore(adminApp())
        .doc(`tenants/${demoTenantId}/clients/${client.clientId}/assignments/p-act`)
        .get()
    ).data()!;
    expect(stored.stage).toBe('rejected');
    expect(stored.visitRequest.availabilities).toBe('Samedi matin');
    expect(stored.report.ratings).toEqual({ light: 4 });
    expect(stored.report.comment).toBe('Belle lumière');
    expect(stored.offer.amount).toBe(350_000);
    // The default validity: ten days ahead, the whole day.
    const validDays = (stored.offer.validUntil.toMillis() - Date.now()) / 86_400_000;
    expect(validDays).toBeGreaterThan(9);
    expect(validDays).toBeLessThan(11);
    expect(stored.rejectedReason).toBe('Prix trop élevé — Trop de travaux');
    expect(stored.lastMove).toMatchObject({
      from: 'offer',
      to: 'rejected',
      by: client.uid,
      byClient: true,
    });
    await page.close();
  });
});

describe('first login (T5)', () => {
  it('refuses a malformed link at once, with the way out', async () => {
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/firstlogin?token=abc`);
    await page.getByRole('heading', { name: 'Créez votre mot de passe' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Lien invalide.');
    expect(await page.getByText(/nouvelle invitation/).count()).toBe(1);
    expect(await page.getByLabel('Mot de passe', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('explains an expired link and tells to ask the agency for a new invitation', async () => {
    const client = await createActiveClient('expired');
    const token = await storeInvite({
      uid: client.uid,
      clientId: client.clientId,
      kind: 'clientFirstLogin',
      expiresInMs: -60_000,
    });
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/firstlogin?token=${token}`);
    await page.getByRole('heading', { name: 'Créez votre mot de passe' }).waitFor();
    expect(await page.locator('.brand-name').first().textContent()).toBe(demoBranding.name);
    await screenshot(page, 'client-first-login');

    // The form checks its input with the shared schema before calling.
    await page.getByLabel('Mot de passe', { exact: true }).fill('court');
    await page.getByRole('button', { name: 'Créer mon mot de passe' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Le mot de passe doit comporter au moins 8 caractères.',
    );
    await page.getByLabel('Mot de passe', { exact: true }).fill('un-mot-de-passe');
    await page.getByLabel('Confirmez le mot de passe').fill('un-autre');
    await page.getByRole('button', { name: 'Créer mon mot de passe' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Les deux mots de passe ne sont pas identiques.',
    );

    await page.getByLabel('Confirmez le mot de passe').fill('un-mot-de-passe');
    await page.getByRole('button', { name: 'Créer mon mot de passe' }).click();
    await page.getByText(/a expiré/).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Ce lien a expiré. Demandez-en un nouveau.',
    );
    expect(await page.getByText(/nouvelle invitation/).count()).toBe(1);
    await screenshot(page, 'client-first-login-expired');
    await page.close();
  });
});

describe('forgot password (T5)', () => {
  it('e-mails a reset link; the new password works, the old one no longer does', async () => {
    const client = await createActiveClient('reset');
    const page = await newPage(browser);
    await page.goto(clientUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    await page.getByLabel('Adresse e-mail').fill(client.email.toUpperCase());
    await screenshot(page, 'client-forgot-password');
    const asked = Date.now();
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Si un compte existe pour cette adresse, vous allez recevoir un e-mail.',
    );
    await screenshot(page, 'client-forgot-password-sent');

    const { href } = await linkInMail(client.email, '/reset-password', asked);
    await page.goto(href);
    await page.getByRole('heading', { name: 'Choisissez un nouveau mot de passe' }).waitFor();
    await screenshot(page, 'client-reset-password');
    const newPassword = `nouveau-${uniqueId('pw')}`;
    await page.getByLabel('Mot de passe', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirmez le mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.shell-user-email').textContent()).toBe(client.email);

    // The link works once.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.goto(href);
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).waitFor();
    await page.getByLabel('Mot de passe', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirmez le mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await page.getByText(/déjà été utilisé/).waitFor();
    await page.getByRole('link', { name: 'Recevoir un nouveau lien' }).waitFor();

    await page.goto(clientUrl);
    await signInOnPage(page, client.email, client.password);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    await page.getByLabel('Mot de passe', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.close();
  });

  it('answers the same for an address that has no account', async () => {
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/forgot-password`);
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Adresse e-mail').fill(`${uniqueId('nobody')}@example.test`);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Si un compte existe pour cette adresse, vous allez recevoir un e-mail.',
    );
    await page.close();
  });
});

describe('withdrawn access', () => {
  async function signedInWithOneProperty(label: string) {
    const client = await createActiveClient(label);
    await assignProperty(client.clientId, 'property-1', {
      published: true,
      title: 'Studio test publié',
    });
    const page = await newPage(browser);
    await page.goto(clientUrl);
    await signInOnPage(page, client.email, client.password);
    await page.getByRole('heading', { name: 'Studio test publié' }).waitFor({ timeout: 30_000 });
    return { client, page };
  }

  it('shows "access disabled" when the rules start refusing a signed-in person', async () => {
    // One person taken out of a couple's space: their login still works, the space refuses them.
    const { client, page } = await signedInWithOneProperty('removed');
    await getFirestore(adminApp())
      .doc(`tenants/agence-demo/clients/${client.clientId}`)
      .update({ loginUids: [], updatedAt: FieldValue.serverTimestamp() });
    await page.reload();
    await page.getByRole('heading', { name: 'Votre accès a été désactivé' }).waitFor();
    expect(await page.getByText('Studio test publié').count()).toBe(0);
    await screenshot(page, 'client-access-disabled');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.close();
  });

  it('explains a session the backend ended by revoking the space', async () => {
    const { client, page } = await signedInWithOneProperty('revoked');
    // As revokeClientAccess leaves it (the journey makes the real call): the space revoked, the
    // login disabled and signed out everywhere.
    await getFirestore(adminApp())
      .doc(`tenants/agence-demo/clients/${client.clientId}`)
      .update({ status: 'revoked', updatedAt: FieldValue.serverTimestamp() });
    const auth = await poolAuth(demoTenantId);
    await auth.updateUser(client.uid, { disabled: true });
    await auth.revokeRefreshTokens(client.uid);
    await page.reload();
    await page.getByRole('heading', { name: 'Votre accès a été désactivé' }).waitFor();
    expect(await page.getByText('Studio test publié').count()).toBe(0);
    await screenshot(page, 'client-access-disabled-signed-out');
    await page.getByRole('button', { name: 'Retour à la connexion' }).click();
    await signInOnPage(page, client.email, client.password);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Ce compte a été désactivé. Contactez votre agence.',
    );
    await page.close();
  });

  it('keeps the ordinary sign-in page after signing out', async () => {
    const { page } = await signedInWithOneProperty('signout');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Votre accès a été désactivé').count()).toBe(0);
    await page.close();
  });
});
