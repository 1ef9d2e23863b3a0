// "Imiter" (T6): staff open the client app as a given client, read-only, with a banner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { StartImpersonationResult } from '@portail/shared';
import { launchBrowser, screenshot } from '../support/browser.js';
import { clientUrl, demoOwner, newPage, signedInClient } from './client-support.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function previewToken(clientId: string): Promise<string> {
  const owner = await signedInClient(demoOwner.email, demoOwner.password);
  try {
    const { token } = await owner.call<StartImpersonationResult>('startImpersonation', {
      clientId,
    });
    return token;
  } finally {
    await owner.close();
  }
}

describe('impersonation in the client app', () => {
  it('shows the client space read-only, with a banner, then leaves the preview', async () => {
    const token = await previewToken('client-dupont');
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/impersonate?tenant=agence-demo#token=${token}`);

    const banner = page.getByRole('status').filter({ hasText: 'Aperçu en tant que' });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain(
      'Aperçu en tant que Julie et Marc Dupont — lecture seule',
    );
    // The token does not stay in the address bar or the history.
    expect(new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe('/');

    // The client's tabs, as the client sees them: published cards only.
    const news = page.getByRole('list', { name: 'Nouveautés' });
    await news.waitFor();
    expect(await news.getByRole('heading').allTextContents()).toContain(
      'Appartement haussmannien lumineux',
    );
    // property-9 is a draft for client-dupont: never shown, not even to a preview.
    expect(await page.getByText('T4 à rafraîchir, fort potentiel').count()).toBe(0);
    const tabs = page.getByRole('navigation', { name: 'Vos biens par étape' });
    await tabs.getByRole('link', { name: /^Mon bien/ }).click();
    await page
      .getByRole('list', { name: 'Mon bien' })
      .getByRole('heading', { name: 'Duplex sous les toits' })
      .waitFor();
    await tabs.getByRole('link', { name: /^Nouveautés/ }).click();
    await news.waitFor();
    // No ordinary sign-out in a preview: the way out is the banner's.
    expect(await page.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(0);
    await screenshot(page, 'client-impersonation');

    // A preview writes nothing: every action of the property page is disabled, and says why.
    await news.getByRole('link', { name: /Appartement haussmannien lumineux/ }).click();
    await page
      .getByRole('heading', { name: 'Appartement haussmannien lumineux', level: 1 })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Demander une visite' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Rejeter' }).isDisabled()).toBe(true);
    expect(await page.getByText(/Aperçu en lecture seule/).count()).toBe(1);
    await screenshot(page, 'client-impersonation-property');
    await page.getByRole('link', { name: '← Retour' }).click();
    await news.waitFor();

    // The preview survives a reload of its tab.
    await page.reload();
    await banner.waitFor({ timeout: 30_000 });

    await banner.getByRole('button', { name: "Quitter l'aperçu" }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getByText('Aperçu en tant que').count()).toBe(0);
    await page.close();
  });

  it('refuses a missing or forged token with a clear message', async () => {
    const page = await newPage(browser);
    await page.goto(`${clientUrl}/impersonate?tenant=agence-demo#token=not-a-real-token`);
    await page.getByRole('heading', { name: 'Aperçu du portail client' }).waitFor({
      timeout: 30_000,
    });
    expect(await page.getByRole('alert').textContent()).toMatch(/n'est pas valable/);
    expect(new URL(page.url()).hash).toBe('');
    await screenshot(page, 'client-impersonation-invalid');
    await page.close();
  });
});
