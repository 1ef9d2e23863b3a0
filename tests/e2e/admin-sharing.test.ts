// T4 option "collaborators see only the clients shared with them": the owner shares a client
// through the Clients page, turns the option on, and the collaborator's list follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser } from 'playwright-core';
import { demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { adminApp, uniqueId, waitUntil } from '../support/stack.js';
import { collaborator, openNavEntry, owner, signedIn } from './admin-support.js';

const settingsDoc = () => getFirestore(adminApp()).doc(`tenants/${demoTenantId}/config/settings`);

/** Other suites expect collaborators to see every client. */
async function showEveryClientToCollaborators() {
  await settingsDoc().set({ collaboratorsSeeSharedOnly: false }, { merge: true });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await showEveryClientToCollaborators();
});
afterAll(async () => {
  try {
    await showEveryClientToCollaborators();
  } finally {
    await browser?.close();
  }
});

describe('Sharing clients with collaborators', () => {
  it('shares a new client with the collaborator, who then sees only the shared clients', async () => {
    const lastName = uniqueId('Partage');
    const email = `${uniqueId('partage')}@example.test`;
    const page = await signedIn(browser, owner, '/clients');
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('button', { name: 'Ajouter un client' }).click();
    await page.getByLabel('Prénom').fill('Inès');
    await page.getByLabel('Nom', { exact: true }).fill(lastName);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Créer le client' }).click();
    await page.getByLabel('Rechercher par nom, e-mail ou numéro').fill(lastName);
    const actions = page.getByRole('group', { name: `Actions pour Inès ${lastName}` });
    await actions.waitFor();
    const row = page.getByRole('row').filter({ has: actions });
    expect(await row.getByText(/Partagé avec/).count()).toBe(0);

    await actions.getByRole('button', { name: 'Partager' }).click();
    const dialog = page.getByRole('dialog', { name: `Partager Inès ${lastName}` });
    const hugo = dialog.getByRole('checkbox', { name: /Hugo Bernard/ });
    await hugo.waitFor();
    expect(await hugo.isChecked()).toBe(false);
    // Only active collaborators are offered: not the owner herself.
    expect(await dialog.getByRole('checkbox', { name: /Claire Martin/ }).count()).toBe(0);
    await dialog.getByText('L’option « Les collaborateurs ne voient').waitFor();
    await hugo.check();
    await screenshot(page, 'admin-share-dialog');
    await page.setViewportSize({ width: 390, height: 800 });
    await screenshot(page, 'admin-share-dialog-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Partagé avec 1 collaborateur', { exact: true }).waitFor();
    await screenshot(page, 'admin-share-shared');

    const clientId = (
      await getFirestore(adminApp()).doc(`tenants/${demoTenantId}/clientEmails/${email}`).get()
    ).get('clientId') as string;
    const client = await getFirestore(adminApp())
      .doc(`tenants/${demoTenantId}/clients/${clientId}`)
      .get();
    expect(client.get('sharedWith')).toEqual(['demo-collaborator']);

    // Reopened, the dialog shows the saved choice.
    await actions.getByRole('button', { name: 'Partager' }).click();
    await expect(dialog.getByRole('checkbox', { name: /Hugo Bernard/ }).isChecked()).resolves.toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });

    await openNavEntry(page, 'Paramètres');
    await page.getByRole('tab', { name: 'Affichage' }).click();
    await page.getByLabel('Les collaborateurs ne voient que les clients partagés avec eux').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Modifications enregistrées.').waitFor();
    await screenshot(page, 'admin-share-setting-on');
    await waitUntil(
      async () => (await settingsDoc().get()).get('collaboratorsSeeSharedOnly') === true,
      'the option saved',
    );
    await page.close();

    const staff = await signedIn(browser, collaborator, '/clients');
    await staff.getByRole('link', { name: 'Clients', exact: true }).click();
    await staff.getByRole('group', { name: 'Actions pour Sophie Nguyen' }).waitFor();
    await screenshot(staff, 'admin-share-collaborator-clients');
    // Antoine Moreau is the demo client not shared with the collaborator.
    expect(await staff.getByText('Antoine Moreau').count()).toBe(0);
    expect(await staff.getByRole('button', { name: 'Partager' }).count()).toBe(0);
    const search = staff.getByLabel('Rechercher par nom, e-mail ou numéro');
    await search.fill(lastName);
    await staff.getByRole('group', { name: `Actions pour Inès ${lastName}` }).waitFor();
    await search.fill('Moreau');
    await staff.getByText('Aucun client.').waitFor();
    await screenshot(staff, 'admin-share-collaborator-unshared');
    await staff.close();
  });
});
