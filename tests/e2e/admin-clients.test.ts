import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { mailsTo } from '../support/mailbox.js';
import { uniqueId, waitUntil } from '../support/stack.js';
import { owner, signedIn } from './admin-support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Clients', () => {
  it('creates a client, invites, revokes, restores and deletes it', async () => {
    const page = await signedIn(browser, owner, '/clients');
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('navigation', { name: 'Pagination' }).waitFor();
    await screenshot(page, 'admin-clients');
    const email = `${uniqueId('client')}@example.test`;
    const lastName = uniqueId('Test');
    await page.getByRole('button', { name: 'Ajouter un client' }).click();
    await page.getByRole('button', { name: 'Créer le client' }).click();
    await page.getByText('Le prénom est obligatoire.').waitFor();
    await screenshot(page, 'admin-clients-add-invalid');
    await page.getByLabel('Prénom').fill('Léa');
    await page.getByLabel('Nom', { exact: true }).fill(lastName);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Téléphone').fill('06 00 00 00 00');
    await page.getByRole('button', { name: 'Créer le client' }).click();
    await page.getByLabel('Rechercher par nom, e-mail ou numéro').fill(lastName);
    const actions = page.getByRole('group', { name: `Actions pour Léa ${lastName}` });
    await actions.waitFor();
    // The list searches the server as typing pauses: other clients may show for a moment.
    const row = page.getByRole('row').filter({ has: actions });
    await expect(row.getByText('Ajouté', { exact: true }).isVisible()).resolves.toBe(true);
    await actions.getByRole('button', { name: 'Inviter' }).click();
    await row.getByText('Invité', { exact: true }).waitFor();
    await waitUntil(async () => (await mailsTo(email)).length > 0, 'the invitation e-mail');
    await screenshot(page, 'admin-clients-invited');
    await actions.getByRole('button', { name: 'Révoquer l’accès' }).click();
    // Revoking asks first, as removing a team member does.
    await page.getByRole('dialog').getByRole('button', { name: 'Révoquer l’accès' }).click();
    await row.getByText('Accès révoqué', { exact: true }).waitFor();
    await screenshot(page, 'admin-clients-revoked');
    await actions.getByRole('button', { name: 'Rétablir l’accès' }).click();
    await actions.getByRole('button', { name: 'Révoquer l’accès' }).waitFor();
    await actions.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByText('Tout sera supprimé').waitFor();
    await screenshot(page, 'admin-clients-delete-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
    await page.setViewportSize({ width: 390, height: 800 });
    await screenshot(page, 'admin-clients-phone');
    // Deleted for good: the list says what went and what the law keeps (no mandate here).
    await page.setViewportSize({ width: 1280, height: 800 });
    await actions.getByRole('button', { name: 'Supprimer' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Supprimer définitivement' })
      .click();
    const outcome = page.getByRole('status').filter({ hasText: `L’espace de Léa ${lastName}` });
    await outcome.waitFor({ timeout: 30_000 });
    await outcome.getByText('Rien n’est conservé').waitFor();
    await actions.waitFor({ state: 'detached' });
    await screenshot(page, 'admin-clients-deleted');
    await page.close();
  });
});
