import type { Browser, Page } from 'playwright-core';
import { demoPassword } from '../../scripts/seed/demo-data.js';
import { adminUrl, signInOnPage } from './client-support.js';

export { adminUrl };
export const owner = 'gerant@agence-demo.test';
export const collaborator = 'collaborateur@agence-demo.test';

export async function signedIn(browser: Browser, email: string, path = '/', width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(adminUrl + path);
  await signInOnPage(page, email, demoPassword);
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  return page;
}

export async function primaryColour(page: Page): Promise<string> {
  return page.evaluate(
    () => getComputedStyle(document.querySelector('.shell-header')!).backgroundColor,
  );
}
