import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoBranding } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import {
  collaborator,
  navOffers,
  openNavEntry,
  owner,
  primaryColour,
  signedIn,
} from './admin-support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Paramètres', () => {
  it('changes the primary colour and the header follows live', async () => {
    const page = await signedIn(browser, owner);
    await openNavEntry(page, 'Paramètres');
    await page.getByRole('tab', { name: 'Personnaliser' }).waitFor();
    await screenshot(page, 'admin-settings-customise');
    await page.getByLabel('Couleur principale').fill('#aa2200');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => primaryColour(page), { timeout: 10_000 }).toBe('rgb(170, 34, 0)');
    await screenshot(page, 'admin-settings-colour-changed');
    // Put the demo colour back: other suites assert it.
    await page.getByLabel('Couleur principale').fill(demoBranding.primaryColour);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => primaryColour(page), { timeout: 10_000 }).not.toBe('rgb(170, 34, 0)');

    await page.getByRole('tab', { name: 'Informations' }).click();
    await page.getByLabel('Numéro de carte professionnelle').waitFor();
    await screenshot(page, 'admin-settings-information');

    await page.getByRole('tab', { name: 'Affichage' }).click();
    await page.getByLabel('Lignes par page').fill('5');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Entre 10 et 350 lignes par page.').isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, 'admin-settings-display-refused');
    await page.close();
  });

  it('is hidden from a collaborator, who cannot delete clients either', async () => {
    const page = await signedIn(browser, collaborator);
    await expect(navOffers(page, 'Mon équipe')).resolves.toBe(true);
    await expect(navOffers(page, 'Paramètres')).resolves.toBe(false);
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await page.getByRole('button', { name: 'Révoquer l’accès' }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Supprimer' }).count()).resolves.toBe(0);
    await screenshot(page, 'admin-collaborator-clients');
    await page.goto(page.url().replace('/clients', '/parametres'));
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'admin-collaborator-settings-refused');
    await page.close();
  });
});
