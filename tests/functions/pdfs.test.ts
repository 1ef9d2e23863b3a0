// Branded PDFs (D6) against the running stack: the three documents rendered in the tenant's
// branding with French text intact, who may download which, and the stored copy kept while its
// sources stay the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { activeClient, functionsUrl, idToken, pageTexts, pdfPages } from './dossiers-support.js';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const AGENCY = '[W] Agence Cœur de Lyon';

let tenantId: string;
let staff: WebClient;
let client: { clientId: string; web: WebClient };
let otherClient: { clientId: string; web: WebClient };

const property = {
  title: '[W] Appartement à Saint-Jean',
  type: 'apartment',
  price: 412_000,
  surface: 72.5,
  rooms: 3,
  bedrooms: 2,
  description: 'Très lumineux, parquet en chêne, cuisine équipée.',
  address: { street: '3 rue Saint-Jean', postalCode: '69005', city: 'Lyon' },
  addressPrecision: 'street',
  energyRating: 'C',
  location: null,
  geocode: null,
  photos: [],
  keywords: ['w'],
};

async function get(web: WebClient, query: Record<string, string>) {
  const search = new URLSearchParams({ kind: 'generatedPdf', ...query });
  return fetch(`${functionsUrl}/files?${search}`, {
    headers: { authorization: `Bearer ${await idToken(web)}` },
  });
}

async function pdfText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const bytes = new Uint8Array(await response.arrayBuffer());
  return pageTexts(bytes, pdfPages(bytes)).join('\n');
}

beforeAll(async () => {
  tenantId = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  client = await activeClient(sessions, staff, tenantId);
  otherClient = await activeClient(sessions, staff, tenantId, 'Paul');
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
  await db.doc(`tenants/${tenantId}/public/branding`).set(
    {
      name: AGENCY,
      primaryColour: '#0b5cad',
      company: {
        address: '12 rue de la République, 69002 Lyon',
        phone: '04 72 00 00 00',
        email: 'contact@agence.test',
        professionalCardNumber: 'CPI 6901 2024 000 045 678',
        professionalCardAuthority: 'CCI Lyon Métropole',
      },
    },
    { merge: true },
  );
  await db.doc(`tenants/${tenantId}/properties/p1`).set(property);
  await db.doc(`tenants/${tenantId}/clients/${client.clientId}/assignments/p1`).set({
    propertyId: 'p1',
    clientId: client.clientId,
    tenantId,
    published: true,
    stage: 'offer',
    clientName: 'Julie Martin',
    sharedWith: [],
    property: {
      ...property,
      city: 'Lyon',
      postalCode: '69005',
      addressLabel: 'rue Saint-Jean, 69005 Lyon',
    },
    report: {
      ratings: { location: 5, light: 4, price: 2 },
      comment: 'Belle lumière ; cuisine à refaire, prix élevé à 412 000 €. Œil-de-bœuf charmant.',
      at: Timestamp.fromDate(new Date('2026-11-20T10:00:00Z')),
    },
    offer: {
      amount: 398_000,
      validUntil: Timestamp.fromDate(new Date(Date.now() + 14 * 86_400_000)),
      at: Timestamp.now(),
    },
  });
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('files?kind=generatedPdf', () => {
  it('renders the property sheet for staff, in the branding, accents intact', async () => {
    const text = await pdfText(await get(staff, { document: 'propertySheet', propertyId: 'p1' }));
    expect(text).toContain('FICHE DU BIEN');
    expect(text).toContain('[W] Appartement à Saint-Jean');
    expect(text).toContain('412 000 €');
    expect(text).toContain('Très lumineux, parquet en chêne');
    expect(text).toContain('Classe énergie C');
    expect(text).toContain(AGENCY);
    expect(text).toContain('Carte professionnelle n° CPI 6901 2024 000 045 678');
    expect(text).toContain('CCI Lyon Métropole');
    // The client-safe address: the street number stays private at street precision.
    expect(text).not.toContain('3 rue Saint-Jean');
  });

  it('gives the client their visit report and offer draft, and staff the same ones', async () => {
    const report = await pdfText(
      await get(client.web, { document: 'visitReport', propertyId: 'p1' }),
    );
    expect(report).toContain('COMPTE RENDU DE VISITE');
    expect(report).toContain('Julie Martin');
    expect(report).toContain('20 novembre 2026');
    expect(report).toContain('Œil-de-bœuf charmant');
    expect(report).toMatch(/Emplacement[\s\S]*5\/5/);
    expect(report).toContain(AGENCY);

    const offer = await pdfText(
      await get(staff, { document: 'offerDraft', propertyId: 'p1', clientId: client.clientId }),
    );
    expect(offer).toContain('Offre d’achat');
    expect(offer).toContain('398 000 €');
    expect(offer).toContain('Je soussigné(e) Julie Martin');
    expect(offer).toContain('aucun versement d’argent');
  });

  it('refuses the sheet to a client, and another space’s report', async () => {
    const sheet = await get(client.web, { document: 'propertySheet', propertyId: 'p1' });
    expect(sheet.status).toBe(404);
    const other = await get(otherClient.web, {
      document: 'visitReport',
      propertyId: 'p1',
      clientId: client.clientId,
    });
    expect(other.status).toBe(404);
    const unknown = await get(staff, { document: 'nonsense', propertyId: 'p1' });
    expect(unknown.status).toBe(400);
  });

  it('says there is nothing yet when the client has not written it', async () => {
    await db.doc(`tenants/${tenantId}/clients/${client.clientId}/assignments/p2`).set({
      propertyId: 'p2',
      clientId: client.clientId,
      tenantId,
      published: true,
      stage: 'new',
      clientName: 'Julie Martin',
      property: { ...property, city: 'Lyon', postalCode: '69005', addressLabel: 'Lyon' },
      report: null,
      offer: null,
    });
    const answer = await get(client.web, { document: 'offerDraft', propertyId: 'p2' });
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: { message: string; details: { code: string } } };
    expect(body.error.details.code).toBe('pdf-no-offer');
    expect(body.error.message).toContain('offre');
  });

  it('keeps the rendered copy in Storage while its sources stay, and renders again after', async () => {
    const path = `tenants/${tenantId}/clients/${client.clientId}/generated/p1/compte-rendu.pdf`;
    const first = new Uint8Array(
      await (await get(client.web, { document: 'visitReport', propertyId: 'p1' })).arrayBuffer(),
    );
    const [stored] = await defaultBucket(adminApp()).file(path).download();
    expect(Buffer.compare(Buffer.from(first), stored)).toBe(0);
    const again = new Uint8Array(
      await (
        await get(staff, { document: 'visitReport', propertyId: 'p1', clientId: client.clientId })
      ).arrayBuffer(),
    );
    expect(Buffer.compare(Buffer.from(again), stored)).toBe(0);

    await db
      .doc(`tenants/${tenantId}/clients/${client.clientId}/assignments/p1`)
      .update({ 'report.comment': 'Finalement, très bien situé.' });
    const text = await pdfText(
      await get(client.web, { document: 'visitReport', propertyId: 'p1' }),
    );
    expect(text).toContain('Finalement, très bien situé.');
  });
});
