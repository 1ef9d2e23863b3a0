import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** A navigation entry, opening « Plus » first when the entry sits under it (wide screens). */
export async function openNavEntry(page: Page, name: string) {
  const link = page.getByRole('navigation', { name: 'principal' }).getByRole('link', { name });
  if (!(await link.isVisible())) await page.locator('.shell-more summary').click();
  await link.click();
}

/** Whether the navigation offers an entry, under « Plus » or not. */
export async function navOffers(page: Page, name: string): Promise<boolean> {
  const nav = page.getByRole('navigation', { name: 'principal' });
  if (
    (await nav.locator('.shell-more').count()) > 0 &&
    !(await nav.locator('.shell-more[open]').count())
  )
    await nav.locator('.shell-more summary').click();
  return nav.getByRole('link', { name }).isVisible();
}

export async function primaryColour(page: Page): Promise<string> {
  return page.evaluate(
    () => getComputedStyle(document.querySelector('.shell-header')!).backgroundColor,
  );
}

/** A real JPEG of one colour (what a phone's gallery hands the file input). */
export async function solidJpeg(colour: string, width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * "Clients" → "Ajouter un client", the form filled, "Créer le client", then the list searched for
 * the new client (the list is paged: a busy agency's newest client may be on any page). Resolves
 * with the group of the client's row actions ("Inviter", "Révoquer l’accès"…).
 */
export async function addClientOnPage(
  page: Page,
  client: { firstName: string; lastName: string; email: string; phone?: string },
): Promise<Locator> {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('button', { name: 'Ajouter un client' }).click();
  const form = page.getByRole('form', { name: 'Ajouter un client' });
  await form.getByLabel('Prénom').fill(client.firstName);
  await form.getByLabel('Nom', { exact: true }).fill(client.lastName);
  await form.getByLabel('Adresse e-mail').fill(client.email);
  if (client.phone) await form.getByLabel('Téléphone').fill(client.phone);
  await form.getByRole('button', { name: 'Créer le client' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByLabel('Rechercher par nom, e-mail ou numéro').fill(client.lastName);
  const actions = page.getByRole('group', {
    name: `Actions pour ${client.firstName} ${client.lastName}`,
  });
  await actions.waitFor();
  return actions;
}

export interface PropertyDraft {
  title: string;
  /** The French label of the type ("Appartement", "Maison"…). */
  type?: string;
  price: string;
  surface: string;
  rooms: string;
  bedrooms?: string;
  energyRating?: string;
  description?: string;
  street: string;
  postalCode: string;
  city: string;
  /** The French label of what the client is shown ("Adresse exacte", "Rue seulement"…). */
  precision?: string;
  privateNote?: string;
  sourceUrl?: string;
}

/**
 * "Biens" → "Nouveau bien", every field typed, "Créer le bien": resolves once the editor of the
 * new property is open (its geocoding outcome shown), with the new property's id.
 */
export async function createPropertyOnPage(page: Page, draft: PropertyDraft): Promise<string> {
  await page.getByRole('link', { name: 'Biens', exact: true }).click();
  await page.getByRole('link', { name: 'Nouveau bien' }).click();
  const form = page.getByRole('form', { name: 'Fiche du bien' });
  await form.waitFor();
  const box = (name: string) => form.getByRole('textbox', { name, exact: true });
  await box('Titre').fill(draft.title);
  if (draft.type)
    await form.getByRole('combobox', { name: 'Type de bien' }).selectOption({ label: draft.type });
  await box('Prix (€)').fill(draft.price);
  await box('Surface (m²)').fill(draft.surface);
  await box('Pièces').fill(draft.rooms);
  if (draft.bedrooms) await box('Chambres').fill(draft.bedrooms);
  if (draft.energyRating) {
    await form
      .getByRole('combobox', { name: 'Classe énergie (DPE)' })
      .selectOption(draft.energyRating);
  }
  if (draft.description) await box('Description').fill(draft.description);
  await box('Adresse (numéro et rue)').fill(draft.street);
  await box('Code postal').fill(draft.postalCode);
  await box('Ville').fill(draft.city);
  if (draft.precision) await form.getByRole('radio', { name: draft.precision }).check();
  if (draft.privateNote) await box('Note privée').fill(draft.privateNote);
  if (draft.sourceUrl) await box('Lien de l’annonce (URL source)').fill(draft.sourceUrl);
  await form.getByRole('button', { name: 'Créer le bien' }).click();
  await page.waitForURL(/\/biens\/(?!nouveau)[^/?#]+$/, { timeout: 30_000 });
  await form.getByText(/^Bien créé/).waitFor({ timeout: 30_000 });
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

/** The "Affecter" dialog of a property's page: each client found by a search and ticked. */
export async function assignOnPage(page: Page, clients: { search: string; name: string }[]) {
  await page.getByRole('button', { name: 'Affecter à des clients' }).click();
  const dialog = page.getByRole('dialog', { name: /^Affecter « / });
  const search = dialog.getByRole('searchbox', { name: 'Rechercher un client (nom ou e-mail)' });
  for (const client of clients) {
    await search.fill(client.search);
    // The list follows the search as typing pauses: wait for this client's line.
    await dialog.getByRole('checkbox', { name: new RegExp(`^${escape(client.name)}`) }).check();
  }
  await dialog.getByText(`${clients.length} client`, { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Affecter', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** "Publier" on one client's line of a property's "Clients" panel; resolves once published. */
export async function publishOnPage(page: Page, clientName: string) {
  await page.getByRole('button', { name: `Publier pour ${clientName}` }).click();
  await page.getByRole('button', { name: `Dépublier pour ${clientName}` }).waitFor();
}

/** The line of one client in a property's "Clients" panel. */
export function assignmentLine(page: Page, clientName: string): Locator {
  return page
    .getByRole('list', { name: 'Clients à qui le bien est proposé' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: clientName, exact: true }) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
