// The client app before and around sign-in: unknown space, first login, forgot password, revoked
// access, and the home page's published properties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import type { Browser } from 'playwright-core';
import { demoBranding, demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
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

describe('home page of a signed-in client', () => {
  it('lists the published properties with their stage, never the drafts', async () => {
    const page = await newPage(browser);
    await page.goto(clientUrl);
    await signInOnPage(page, 'julie.dupont@example.test', demoPassword);
    const list = page.getByRole('list', { name: 'Vos biens' });
    await list.waitFor({ timeout: 30_000 });
    const titles = await list.getByRole('heading').allTextContents();
    expect(titles.sort()).toEqual(
      [
        'Appartement haussmannien lumineux',
        'Duplex sous les toits',
        'Grand T4 avec balcon filant',
        'Maison de plain-pied',
        'T4 rénové proche Part-Dieu',
      ].sort(),
    );
    expect(await page.getByText('T4 à rafraîchir, fort potentiel').count()).toBe(0);
    const card = list.getByRole('listitem', { name: 'Duplex sous les toits' });
    expect(await card.getByText('Offre faite').count()).toBe(1);
    expect(await card.getByText('690 000 €').count()).toBe(1);
    const rejected = list.getByRole('listitem', { name: 'Maison de plain-pied' });
    expect(await rejected.getByText('Rejeté').count()).toBe(1);
    expect(await page.getByRole('status').count()).toBe(0); // no preview banner
    await screenshot(page, 'client-home');
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
