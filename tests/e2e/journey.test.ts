// THE journey of the issue, end to end through both apps and the mail sink: an agency signs up,
// invites a client, the client sets a password from the e-mail and lands in the agency's branded
// space; the agency revokes them and their next request is refused. Every step is a click.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { uniqueId } from '../support/stack.js';
import { adminUrl, linkInMail, newPage, signInOnPage } from './client-support.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('journey: sign-up → invitation → first login → revocation', () => {
  const slug = uniqueId('agence').toLowerCase().slice(0, 40).replace(/-+$/, '');
  const companyName = `Chasseurs ${slug.slice(-6)}`;
  const ownerEmail = `${slug}@example.test`;
  const ownerPassword = 'gerant-secret-1';
  const clientEmail = `${uniqueId('acheteur')}@example.test`;
  const clientPassword = 'acheteur-secret-1';
  let adminPage: Page;
  let clientActions: ReturnType<Page['getByRole']>;
  let clientPage: Page;

  // The robot check's proof of work, then the sign-up: more than the default 60 s when busy.
  it('01 — an agency signs up', async () => {
    adminPage = await newPage(browser);
    await adminPage.goto(`${adminUrl}/signup`);
    await adminPage.getByLabel('Nom de la société').fill(companyName);
    await adminPage.getByLabel('Identifiant de domaine').fill(slug);
    await adminPage.getByLabel('Votre nom').fill('Claire Chasseuse');
    await adminPage.getByLabel('Adresse e-mail').fill(ownerEmail);
    await adminPage.getByLabel('Mot de passe').fill(ownerPassword);
    await adminPage
      .getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ })
      .check();
    // The robot check solves itself once the form has the focus, and ticks its box.
    await adminPage
      .getByRole('group', { name: 'Vérification anti-robot' })
      .getByText('Vérifié')
      .waitFor({ timeout: 60_000 });
    await adminPage.getByRole('button', { name: 'Créer mon espace' }).click();
    await adminPage.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    expect(await adminPage.locator('.shell-header .brand-name').textContent()).toBe(companyName);
    expect(await adminPage.locator('.role-badge').textContent()).toBe('Gérant');
    await screenshot(adminPage, 'journey-01-agency-admin');
  }, 120_000);

  it('02 — the agency invites a client, who receives a branded e-mail', async () => {
    await adminPage.getByRole('link', { name: 'Clients', exact: true }).click();
    await adminPage.getByRole('button', { name: 'Ajouter un client' }).click();
    await adminPage.getByLabel('Prénom').fill('Léa');
    await adminPage.getByLabel('Nom', { exact: true }).fill('Acheteuse');
    await adminPage.getByLabel('Adresse e-mail').fill(clientEmail);
    await adminPage.getByRole('button', { name: 'Créer le client' }).click();
    clientActions = adminPage.getByRole('group', { name: 'Actions pour Léa Acheteuse' });
    await clientActions.getByRole('button', { name: 'Inviter' }).click();
    await adminPage.getByText('Invité', { exact: true }).waitFor();
    await screenshot(adminPage, 'journey-02-client-invited');

    const { mail, href } = await linkInMail(clientEmail, '/firstlogin');
    expect(mail.subject).toContain(companyName);
    const link = new URL(href);
    expect(link.searchParams.get('tenant')).toBe(slug);
    expect(link.searchParams.get('token')).toBeTruthy();
    const page = await newPage(browser);
    await page.setContent(mail.html ?? `<pre>${mail.text ?? ''}</pre>`);
    await screenshot(page, 'journey-02-invitation-email');
    await page.close();

    clientPage = await newPage(browser);
    await clientPage.goto(href);
    await clientPage.getByRole('heading', { name: 'Créez votre mot de passe' }).waitFor({
      timeout: 30_000,
    });
  });

  it('03 — the client sets a password on /firstlogin and sees the branded client app', async () => {
    const page = clientPage;
    expect(await page.locator('.brand-name').first().textContent()).toBe(companyName);
    await page.getByLabel('Mot de passe', { exact: true }).fill(clientPassword);
    await page.getByLabel('Confirmez le mot de passe').fill(clientPassword);
    await screenshot(page, 'journey-03-first-login');
    await page.getByRole('button', { name: 'Créer mon mot de passe' }).click();

    await page.getByRole('heading', { name: 'Bienvenue dans votre espace' }).waitFor({
      timeout: 30_000,
    });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.shell-header .brand-name').textContent()).toBe(companyName);
    expect(await page.locator('.role-badge').textContent()).toBe('Client');
    await page.getByText('Aucun bien ne vous a encore été proposé', { exact: false }).waitFor();
    await screenshot(page, 'journey-04-client-space');
  });

  it('04 — the agency revokes the client; their next request is refused', async () => {
    await clientActions.getByRole('button', { name: 'Révoquer l’accès' }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Révoquer l’accès' }).click();
    await adminPage.getByText('Accès révoqué', { exact: true }).waitFor();
    await screenshot(adminPage, 'journey-05-client-revoked');
    const page = clientPage;
    await page.reload();
    await page.getByRole('heading', { name: 'Votre accès a été désactivé' }).waitFor({
      timeout: 30_000,
    });
    expect(await page.getByText('Bienvenue dans votre espace').count()).toBe(0);
    await screenshot(page, 'journey-06-access-disabled');

    // And the password no longer opens the space.
    // Signed out by the backend (the login is disabled): "back to sign in"; otherwise sign out.
    await page.getByRole('button', { name: /Retour à la connexion|Se déconnecter/ }).click();
    await signInOnPage(page, clientEmail, clientPassword);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Ce compte a été désactivé. Contactez votre agence.',
    );
    await page.close();
  });
});
