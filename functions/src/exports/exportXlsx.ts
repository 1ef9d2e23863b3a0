import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { FieldPath, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import {
  dealDateOfStage,
  exportDefinitions,
  exportRow,
  languageSchema,
  mandateExport,
  mandateExportSource,
  mandatesPath,
  type ExportRow,
  type Language,
  type PipelineStage,
} from '@portail/shared';
import { z } from 'zod';
import { db } from '../admin.js';
import { requireAppCheck } from '../common/appCheck.js';
import { requireStaff, type StaffCaller } from '../common/guards.js';
import { httpAuth, sendHttpError } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { contentDisposition } from '../files/contentDisposition.js';
import { writeXlsx } from './writeXlsx.js';

export const xlsxKinds = ['clients', 'properties', 'assignments', 'mandates'] as const;
const exportXlsxInput = z.object({
  kind: z.enum(xlsxKinds, { error: "Type d'export inconnu." }),
  /** The tenant's language when absent. */
  language: languageSchema.optional(),
});

/** Documents read per page: each page is streamed into the sheet before the next one is read. */
export const EXPORT_PAGE = 500;

/** Pages through `base` in document order with a cursor: never one giant read. */
async function* pages(base: Query): AsyncGenerator<QueryDocumentSnapshot[]> {
  const ordered = base.orderBy(FieldPath.documentId());
  let after: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (after ? ordered.startAfter(after) : ordered).limit(EXPORT_PAGE).get();
    if (page.size > 0) yield page.docs;
    if (page.size < EXPORT_PAGE) return;
    after = page.docs[page.size - 1];
  }
}

/** Whether the caller sees only the clients shared with them (the rules' `sharedOnly`). */
async function sharedOnlyUid(caller: StaffCaller): Promise<string | null> {
  if (caller.role !== 'collaborator') return null;
  const settings = await db.doc(`tenants/${caller.tenantId}/config/settings`).get();
  return settings.get('collaboratorsSeeSharedOnly') === true ? caller.uid : null;
}

async function tenantLanguage(tenantId: string): Promise<Language> {
  const [settings, branding] = await Promise.all([
    db.doc(`tenants/${tenantId}/config/settings`).get(),
    db.doc(`tenants/${tenantId}/public/branding`).get(),
  ]);
  const parsed = languageSchema.safeParse(settings.get('language') ?? branding.get('language'));
  return parsed.success ? parsed.data : 'fr';
}

async function* clientRows(tenantId: string, scopedTo: string | null) {
  let query: Query = db.collection(`tenants/${tenantId}/clients`);
  if (scopedTo) query = query.where('sharedWith', 'array-contains', scopedTo);
  const { columns } = exportDefinitions.clients;
  for await (const page of pages(query)) {
    for (const doc of page) yield exportRow(columns, doc.data());
  }
}

async function* propertyRows(tenantId: string) {
  const { columns } = exportDefinitions.properties;
  for await (const page of pages(db.collection(`tenants/${tenantId}/properties`))) {
    const details = await db.getAll(
      ...page.map((doc) => doc.ref.collection('private').doc('details')),
    );
    for (const [index, doc] of page.entries()) {
      const data = doc.data();
      // The record keeps its address as {street, postalCode, city}; the sheet has a column each.
      const address = (data.address ?? {}) as {
        street?: string;
        postalCode?: string;
        city?: string;
      };
      yield exportRow(columns, {
        ...data,
        address: address.street ?? '',
        postalCode: address.postalCode ?? '',
        city: address.city ?? '',
        details: details[index]?.data() ?? {},
      });
    }
  }
}

/** The forecast's dates of an assignment, from the stage dates recordMove keeps. */
function datesOf(stageDates: Record<string, unknown> | undefined): Record<string, unknown> {
  const dates: Record<string, unknown> = {};
  for (const [stage, key] of Object.entries(dealDateOfStage)) {
    const at = stageDates?.[stage as PipelineStage];
    if (at !== undefined) dates[key] = at;
  }
  return dates;
}

async function* assignmentRows(tenantId: string, scopedTo: string | null) {
  let query: Query = db.collectionGroup('assignments').where('tenantId', '==', tenantId);
  if (scopedTo) query = query.where('sharedWith', 'array-contains', scopedTo);
  const { columns } = exportDefinitions.assignments;
  // Document order is path order: a client's cards come together, so one client is kept.
  let client = null as { id: string; data: Record<string, unknown> } | null;
  for await (const page of pages(query)) {
    const fees = await db.getAll(
      ...page.map((doc) => doc.ref.parent.parent!.collection('dealFees').doc(doc.id)),
    );
    for (const [index, doc] of page.entries()) {
      const clientRef = doc.ref.parent.parent!;
      if (client?.id !== clientRef.id) {
        client = { id: clientRef.id, data: (await clientRef.get()).data() ?? {} };
      }
      const data = doc.data();
      yield exportRow(columns, {
        ...data,
        client: client.data,
        fee: fees[index]?.data() ?? {},
        dates: datesOf(data.stageDates as Record<string, unknown> | undefined),
      });
    }
  }
}

/**
 * The register (L2) in number order. A collaborator who sees only shared clients gets only
 * their entries (an entry of a deleted client has no sharing list left: admins keep it).
 */
async function* mandateRows(tenantId: string, scopedTo: string | null) {
  const sharedClients = new Map<string, boolean>();
  const register = db.collection(mandatesPath(tenantId)).orderBy('number');
  let after: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (after ? register.startAfter(after) : register).limit(EXPORT_PAGE).get();
    for (const doc of page.docs) {
      const entry = doc.data();
      if (scopedTo) {
        const clientId = String(entry.clientId);
        if (!sharedClients.has(clientId)) {
          const client = await db.doc(`tenants/${tenantId}/clients/${clientId}`).get();
          const shared = (client.get('sharedWith') as string[] | undefined) ?? [];
          sharedClients.set(clientId, shared.includes(scopedTo));
        }
        if (!sharedClients.get(clientId)) continue;
      }
      yield exportRow(mandateExport.columns, mandateExportSource(entry));
    }
    if (page.size < EXPORT_PAGE) return;
    after = page.docs[page.size - 1];
  }
}

const fileNames: Record<(typeof xlsxKinds)[number], Record<Language, string>> = {
  clients: { fr: 'clients.xlsx', en: 'clients.xlsx' },
  properties: { fr: 'biens.xlsx', en: 'properties.xlsx' },
  assignments: { fr: 'suivi-des-biens.xlsx', en: 'pipeline.xlsx' },
  mandates: { fr: 'registre-des-mandats.xlsx', en: 'mandate-register.xlsx' },
};

/**
 * H11: `GET /exportXlsx?kind=clients|properties|assignments|mandates[&language=fr|en]` with the ID token,
 * staff only: a real .xlsx (typed columns, euro and date formats, frozen header, filters)
 * streamed while Firestore is read page by page. A collaborator who sees only shared clients
 * gets only those clients and their cards; the agency's properties are every staff member's.
 */
export const exportXlsx = onRequest(
  { cors: true, memory: '512MiB', timeoutSeconds: 540 },
  async (request, response) => {
    try {
      if (request.method !== 'GET') throw new HttpsError('invalid-argument', 'Lecture attendue.');
      await requireAppCheck(request);
      const caller = await requireStaff({ auth: await httpAuth(request) });
      const input = parseInput(exportXlsxInput, request.query);
      const language = input.language ?? (await tenantLanguage(caller.tenantId));
      const scopedTo = await sharedOnlyUid(caller);
      const rows: AsyncGenerator<ExportRow> =
        input.kind === 'clients'
          ? clientRows(caller.tenantId, scopedTo)
          : input.kind === 'properties'
            ? propertyRows(caller.tenantId)
            : input.kind === 'mandates'
              ? mandateRows(caller.tenantId, scopedTo)
              : assignmentRows(caller.tenantId, scopedTo);
      const definition = input.kind === 'mandates' ? mandateExport : exportDefinitions[input.kind];
      response.set(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      response.set('Content-Disposition', contentDisposition(fileNames[input.kind][language]));
      response.set('Cache-Control', 'private, no-store');
      response.set('Access-Control-Expose-Headers', 'Content-Disposition');
      await writeXlsx(
        response,
        { name: definition.sheetName, columns: definition.columns },
        rows,
        language,
      );
    } catch (error) {
      if (!response.headersSent) sendHttpError(response, error);
      else response.destroy();
    }
  },
);
