import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { getFirestore } from 'firebase-admin/firestore';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import { adminUrl, openNavEntry, owner, signedIn } from './admin-support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeAdminApps();
});

describe('agency sign-up', () => {
  it('refuses bad input next to the field and creates nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${adminUrl}/signup`);
    await page.getByRole('heading', { name: 'Créer mon espace agence' }).waitFor();
    const slug = uniqueId('bad').slice(0, 30);
    await page.getByLabel('Nom de la société').fill('Agence Refusée');
    await page.getByLabel('Identifiant de domaine').fill(slug);
    await page.getByLabel('Votre nom').fill('Jean Test');
    await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await page.getByLabel('Mot de passe').fill('court');
    await page.getByRole('button', { name: 'Créer mon espace' }).click();
    await page.getByText('Adresse e-mail invalide.').waitFor();
    await page.getByText('Le mot de passe doit comporter au moins 8 caractères.').waitFor();
    await screenshot(page, 'admin-signup-invalid');
    const tenant = await getFirestore(adminApp()).doc(`tenants/${slug}`).get();
    expect(tenant.exists).toBe(false);
    await page.close();
  });

  it('loads the robot check on the sign-up page only', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const widgetRequests: string[] = [];
    page.on('request', (request) => {
      if (/altcha|signUpChallenge/i.test(request.url())) widgetRequests.push(request.url());
    });
    await page.goto(adminUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
    expect(widgetRequests).toEqual([]);
    await page.goto(`${adminUrl}/signup`);
    await page.getByRole('group', { name: 'Vérification anti-robot' }).waitFor();
    await page.locator('altcha-widget').waitFor({ state: 'attached' });
    expect(widgetRequests.some((url) => /altcha/i.test(url))).toBe(true);
    await page.close();
  });

  // The proof of work, then the sign-up: on a busy machine, more than the default 60 s.
  it('creates an agency and lands in its admin shell', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${adminUrl}/signup`);
    const name = `Agence ${uniqueId('e2e')}`;
    await page.getByLabel('Nom de la société').fill(name);
    await expect(page.getByLabel('Identifiant de domaine').inputValue()).resolves.toMatch(
      /^agence-e2e-/,
    );
    await page.getByLabel('Votre nom').fill('Camille Test');
    await page.getByLabel('Adresse e-mail').fill(`${uniqueId('owner')}@example.test`);
    await page.getByLabel('Mot de passe').fill('secret-1234');
    await page.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ }).check();
    // The robot check, as a user sees it: the widget started its proof of work when the form got
    // the focus, and ticks its box once it has solved it.
    const robotCheck = page.getByRole('group', { name: 'Vérification anti-robot' });
    await robotCheck.getByText('Vérifié').waitFor({ timeout: 60_000 });
    await screenshot(page, 'admin-signup');
    await page.getByRole('button', { name: 'Créer mon espace' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.shell-header .brand-name').textContent()).toBe(name);
    // A sandbox: the home page says when its data will be erased (90 days from now).
    await page.getByText('Bac à sable (données de test)').waitFor();
    const purge = new Date(Date.now() + 90 * 86_400_000);
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(purge);
    await page.getByText('Données effacées le').waitFor();
    expect(await page.locator('dl.facts').textContent()).toContain(expected);
    await screenshot(page, 'admin-signup-landed');
    await page.close();
  }, 120_000);
});

describe('Mon équipe', () => {
  it('approves a request made at /firstlogin', async () => {
    const request = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await request.goto(`${adminUrl}/firstlogin`);
    await request.getByRole('heading', { name: 'Demander un accès collaborateur' }).waitFor();
    const displayName = `Nouveau ${uniqueId('c')}`;
    await request.getByLabel('Votre nom').fill(displayName);
    await request.getByLabel('Adresse e-mail').fill(`${uniqueId('staff')}@example.test`);
    await request.getByLabel('Mot de passe').fill('secret-1234');
    await screenshot(request, 'admin-firstlogin');
    await request.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await request
      .getByText('Votre demande a été envoyée ; un administrateur doit la valider.')
      .waitFor();
    await screenshot(request, 'admin-firstlogin-sent');
    await request.close();

    const page = await signedIn(browser, owner, '/equipe');
    await openNavEntry(page, 'Mon équipe');
    const row = page.getByRole('row').filter({ hasText: displayName });
    await row.getByRole('button', { name: 'Valider' }).waitFor();
    await screenshot(page, 'admin-team-pending');
    await row.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('row').filter({ hasText: displayName }).getByText('Actif').waitFor();
    await screenshot(page, 'admin-team');
    await page.close();
  });
});
