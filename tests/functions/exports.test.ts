// The Excel exports against the running stack (H11): real .xlsx files opened with exceljs, with
// typed cells (euros as numbers in the euro format, dates as dates), a frozen header with filters,
// the tenant's language, and a collaborator who sees only shared clients getting only theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getAuth as getWebAuth } from 'firebase/auth';
import { Timestamp, getFirestore } from 'firebase-admin/firestore';
import type { WebClient } from '../support/callables.js';
import { newEmail, Sessions } from '../support/calls.js';
import { createStaff, createTenant, type TestStaff } from '../support/identities.js';
import { adminApp, closeAdminApps, host, ports, projectId } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const functionsUrl = `http://${host}:${ports.functions}/${projectId}/us-central1`;

let tenantId: string;
let owner: TestStaff;
let collaborator: TestStaff;
let ownerWeb: WebClient;
let collaboratorWeb: WebClient;
let sharedClientId: string;
let otherClientId: string;
let propertyId: string;

async function download(web: WebClient, query: string) {
  const token = await getWebAuth(web.app).currentUser!.getIdToken();
  return fetch(`${functionsUrl}/exportXlsx?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

async function workbook(web: WebClient, query: string): Promise<ExcelJS.Worksheet> {
  const response = await download(web, query);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book.worksheets[0]!;
}

/** The data rows as objects keyed by the header's text. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.Cell>> {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, ExcelJS.Cell>> = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(header.map((name, i) => [name, row.getCell(i + 1)])));
  }
  return rows;
}

function expectFrozenWithFilters(sheet: ExcelJS.Worksheet) {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.getRow(1).font?.bold).toBe(true);
}

beforeAll(async () => {
  tenantId = await createTenant();
  [owner, collaborator] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(tenantId, 'collaborator'),
  ]);
  ownerWeb = await sessions.signedIn(owner.email, owner.password, tenantId);
  collaboratorWeb = await sessions.signedIn(collaborator.email, collaborator.password, tenantId);
  // The documents as the functions leave them (createClient, saveProperty, assignProperties,
  // recordMove), written directly: this file tests the export, not those functions.
  const base = `tenants/${tenantId}`;
  const created = Timestamp.fromDate(new Date('2026-03-02T09:30:00Z'));
  const client = (firstName: string, lastName: string, sharedWith: string[]) => ({
    firstName,
    lastName,
    email: newEmail(lastName.toLowerCase()),
    phone: '',
    status: 'added',
    loginUids: [],
    sharedWith,
    criteria: { budgetMax: 450_000, areas: ['Lyon 4e', 'Lyon 1er'], roomsMin: 3, surfaceMin: 60 },
    createdAt: created,
    updatedAt: created,
  });
  // Shared with the collaborator; the other one is the owner's alone.
  sharedClientId = 'client-shared';
  otherClientId = 'client-other';
  propertyId = 'property-1';
  await db
    .doc(`${base}/clients/${sharedClientId}`)
    .set(client('Julie', 'Partagée', [collaborator.uid]));
  await db.doc(`${base}/clients/${otherClientId}`).set(client('Marc', 'Réservé', []));
  const property = {
    title: '[Q] Maison avec jardin',
    type: 'house',
    price: 512_500,
    surface: 120.5,
    rooms: 5,
    address: { street: '3 rue Dumenge', postalCode: '69004', city: 'Lyon' },
    createdAt: created,
  };
  await db.doc(`${base}/properties/${propertyId}`).set(property);
  await db.doc(`${base}/properties/${propertyId}/private/details`).set({
    note: '',
    sourceUrl: 'https://portal.example.test/annonce/1',
    showSourceToClient: false,
  });
  const card = (clientId: string, sharedWith: string[], stage: string, stageDates: object) => ({
    propertyId,
    clientId,
    tenantId,
    published: true,
    stage,
    property: { title: property.title, city: 'Lyon', price: property.price },
    clientName: clientId,
    sharedWith,
    stageDates,
    offer: null,
    rejectedReason: null,
    createdAt: created,
    updatedAt: created,
  });
  const compromisAt = Timestamp.fromDate(new Date('2026-04-15T08:00:00Z'));
  await db.doc(`${base}/clients/${sharedClientId}/assignments/${propertyId}`).set(
    card(sharedClientId, [collaborator.uid], 'compromis', {
      new: created,
      compromis: compromisAt,
    }),
  );
  await db
    .doc(`${base}/clients/${otherClientId}/assignments/${propertyId}`)
    .set(card(otherClientId, [], 'new', { new: created }));
  await db.doc(`${base}/clients/${sharedClientId}/dealFees/${propertyId}`).set({
    amountExclVat: 7500,
    amountInclVat: 9000,
    payer: 'seller',
    updatedBy: owner.uid,
    updatedAt: created,
  });
}, 600_000);

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('exportXlsx', () => {
  it('exports the clients in French, typed, with a frozen header and filters', async () => {
    const sheet = await workbook(ownerWeb, 'kind=clients');
    expect(sheet.name).toBe('Clients');
    expectFrozenWithFilters(sheet);
    const rows = rowsOf(sheet);
    expect(rows.map((row) => row['Nom']!.value).sort()).toEqual(['Partagée', 'Réservé']);
    const created = rows[0]!['Créé le']!;
    expect(created.value).toBeInstanceOf(Date);
    expect(created.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(rows[0]!['Statut']!.value).toBe('Ajouté');
    expect(rows[0]!['Budget maximum']!.value).toBe(450_000);
    expect(rows[0]!['Budget maximum']!.numFmt).toBe('#,##0.00 "€"');
    expect(rows[0]!['Secteurs']!.value).toBe('Lyon 4e, Lyon 1er');
  }, 120_000);

  it('exports the properties with the price as a number in euros, in English on request', async () => {
    const sheet = await workbook(ownerWeb, 'kind=properties&language=en');
    expect(sheet.name).toBe('Properties');
    expectFrozenWithFilters(sheet);
    const [row] = rowsOf(sheet);
    expect(row!['Price']!.value).toBe(512_500);
    expect(row!['Price']!.numFmt).toContain('€');
    expect(row!['Surface (m²)']!.value).toBe(120.5);
    expect(row!['Type']!.value).toBe('House');
    expect(row!['Listing']!.value).toBe('https://portal.example.test/annonce/1');
    expect(row!['Address']!.value).toBe('3 rue Dumenge');
    expect(row!['Postal code']!.value).toBe('69004');
    expect(row!['City']!.value).toBe('Lyon');
  }, 120_000);

  it('exports the pipeline with stages, dates and the private fee', async () => {
    const sheet = await workbook(ownerWeb, 'kind=assignments');
    expectFrozenWithFilters(sheet);
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(2);
    const shared = rows.find((row) => row['Nom du client']!.value === 'Partagée')!;
    expect(shared['Étape']!.value).toBe('Compromis');
    // A date column holds the Paris calendar day of the instant.
    expect(shared['Compromis le']!.value).toEqual(new Date('2026-04-15T00:00:00Z'));
    expect(shared['Compromis le']!.numFmt).toBe('dd/mm/yyyy');
    expect(shared['Prix']!.value).toBe(512_500);
    expect(shared['Honoraires HT']!.value).toBe(7500);
    expect(shared['Honoraires HT']!.numFmt).toContain('€');
    expect(shared['Honoraires à la charge de']!.value).toBe('Vendeur');
    expect(shared['Modifié le']!.value).toBeInstanceOf(Date);
    const other = rows.find((row) => row['Nom du client']!.value === 'Réservé')!;
    expect(other['Honoraires HT']!.value).toBeNull();
  }, 120_000);

  it('gives a collaborator who sees only shared clients only those clients and cards', async () => {
    await db
      .doc(`tenants/${tenantId}/config/settings`)
      .set({ collaboratorsSeeSharedOnly: true }, { merge: true });
    const clients = rowsOf(await workbook(collaboratorWeb, 'kind=clients'));
    expect(clients.map((row) => row['Nom']!.value)).toEqual(['Partagée']);
    const cards = rowsOf(await workbook(collaboratorWeb, 'kind=assignments'));
    expect(cards.map((row) => row['Nom du client']!.value)).toEqual(['Partagée']);
    // Without the setting they see every client, as in the app.
    await db
      .doc(`tenants/${tenantId}/config/settings`)
      .set({ collaboratorsSeeSharedOnly: false }, { merge: true });
    expect(rowsOf(await workbook(collaboratorWeb, 'kind=clients'))).toHaveLength(2);
  }, 120_000);

  it('refuses an unknown kind and a caller without a token', async () => {
    const unknown = await download(ownerWeb, 'kind=everything');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(
      /inconnu/,
    );
    const anonymous = await fetch(`${functionsUrl}/exportXlsx?kind=clients`);
    expect(anonymous.status).toBe(401);
  }, 120_000);
});
