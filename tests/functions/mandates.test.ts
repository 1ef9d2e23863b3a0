// The mandate register against the running stack (L2, L4): createMandate numbers entries in order
// under concurrency, corrections are new entries, nobody writes the register through the SDKs,
// a client reads only their own entries, a client's deletion keeps its entries, and the register exports to .xlsx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getAuth as getWebAuth } from 'firebase/auth';
import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames, mandateRetainUntil, type CreateMandateResult } from '@portail/shared';
import type { WebClient } from '../support/callables.js';
import { expectCode, Sessions } from '../support/calls.js';
import { createStaff, createTenant, type TestStaff } from '../support/identities.js';
import { adminApp, closeAdminApps, host, ports, projectId } from '../support/stack.js';
import { activeClient } from './dossiers-support.js';

const db = getFirestore(adminApp());
const functionsUrl = `http://${host}:${ports.functions}/${projectId}/us-central1`;
const TEST_MS = 120_000;
const sessions = new Sessions();

let tenantId: string;
let owner: TestStaff;
let staff: WebClient;
let julie: { clientId: string; web: WebClient };
let marc: { clientId: string; web: WebClient };

const mandate = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  date: '2026-12-05',
  signedRemotely: true,
  termMonths: 3,
  fee: 6000,
  ...extra,
});
const create = (web: WebClient, input: unknown) =>
  web.call<CreateMandateResult>(callableNames.createMandate, input);
const entry = (id: string) => db.doc(`tenants/${tenantId}/mandates/${id}`).get();

beforeAll(async () => {
  tenantId = await createTenant();
  owner = await createStaff(tenantId, 'owner');
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  julie = await activeClient(sessions, staff, tenantId, 'Julie');
  marc = await activeClient(sessions, staff, tenantId, 'Marc');
}, TEST_MS);

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('createMandate', () => {
  it(
    'numbers entries in order with no gap or repeat, even when saved at once',
    async () => {
      const first = await create(staff, mandate(julie.clientId));
      const together = await Promise.all(
        [1, 2, 3, 4].map(() => create(staff, mandate(marc.clientId, { signedRemotely: false }))),
      );
      const numbers = [first.number, ...together.map((r) => r.number)].sort((a, b) => a - b);
      expect(numbers).toEqual([1, 2, 3, 4, 5]);
      const stored = (await entry(first.mandateId)).data()!;
      expect(stored).toMatchObject({
        number: first.number,
        clientId: julie.clientId,
        clientName: 'Julie Martin',
        date: '2026-12-05',
        signedRemotely: true,
        termMonths: 3,
        fee: 6000,
        correctionOf: null,
        createdBy: owner.uid,
      });
      expect(stored.retainUntil.toMillis()).toBe(mandateRetainUntil(stored.createdAt.toMillis()));
      expect(new Date(stored.retainUntil.toMillis()).getUTCFullYear()).toBe(
        new Date(stored.createdAt.toMillis()).getUTCFullYear() + 10,
      );
    },
    TEST_MS,
  );

  it(
    'corrects by a new entry that names the corrected one, which stays as it was',
    async () => {
      const original = await create(staff, mandate(julie.clientId, { fee: 5000 }));
      const before = (await entry(original.mandateId)).data();
      const fix = await create(
        staff,
        mandate(julie.clientId, { fee: 5500, correctionOf: original.mandateId }),
      );
      expect(fix.number).toBeGreaterThan(original.number);
      expect((await entry(fix.mandateId)).data()).toMatchObject({
        fee: 5500,
        correctionOf: original.mandateId,
        correctionOfNumber: original.number,
      });
      expect((await entry(original.mandateId)).data()).toEqual(before);
    },
    TEST_MS,
  );

  it(
    'refuses a correction of another client’s entry, bad input, and clients',
    async () => {
      const marcs = await create(staff, mandate(marc.clientId));
      await expectCode(
        create(staff, mandate(julie.clientId, { correctionOf: marcs.mandateId })),
        'functions/not-found',
        'Le mandat à corriger est introuvable pour ce client.',
      );
      await expectCode(
        create(staff, mandate(julie.clientId, { date: '2026-02-30' })),
        'functions/invalid-argument',
        'Date invalide.',
      );
      await expectCode(
        create(staff, mandate(julie.clientId, { termMonths: 0 })),
        'functions/invalid-argument',
      );
      await expectCode(create(julie.web, mandate(julie.clientId)), 'functions/permission-denied');
    },
    TEST_MS,
  );
});

describe('the register through the rules', () => {
  it(
    'is append-only for staff too: no create, update or delete through the SDKs',
    async () => {
      const { mandateId } = await create(staff, mandate(julie.clientId));
      const firestore = staff.firestore();
      const ref = doc(firestore, `tenants/${tenantId}/mandates/${mandateId}`);
      await expectCode(updateDoc(ref, { fee: 1 }), 'permission-denied');
      await expectCode(deleteDoc(ref), 'permission-denied');
      await expectCode(
        setDoc(doc(firestore, `tenants/${tenantId}/mandates/forged`), {
          ...mandate(julie.clientId),
          number: 999,
        }),
        'permission-denied',
      );
      expect((await entry(mandateId)).get('fee')).toBe(6000);
    },
    TEST_MS,
  );

  it(
    'is read by a client only for the mandates they signed',
    async () => {
      const register = collection(julie.web.firestore(), `tenants/${tenantId}/mandates`);
      await expectCode(getDocs(register), 'permission-denied');
      await expectCode(
        getDocs(query(register, where('clientId', '==', marc.clientId))),
        'permission-denied',
      );
      const own = await getDocs(query(register, where('clientId', '==', julie.clientId)));
      expect(own.size).toBeGreaterThan(0);
      expect(own.docs.every((entry) => entry.get('clientId') === julie.clientId)).toBe(true);
    },
    TEST_MS,
  );
});

describe('the register export', () => {
  it(
    'downloads as a typed .xlsx in number order, with the withdrawal end date',
    async () => {
      const token = await getWebAuth(staff.app).currentUser!.getIdToken();
      const response = await fetch(`${functionsUrl}/exportXlsx?kind=mandates&language=fr`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('registre-des-mandats.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      const sheet = book.worksheets[0]!;
      expect(sheet.name).toBe('Registre des mandats');
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const col = (name: string) => header.indexOf(name) + 1;
      const count = (await db.collection(`tenants/${tenantId}/mandates`).count().get()).data()
        .count;
      expect(sheet.rowCount - 1).toBe(count);
      const numbers = Array.from(
        { length: count },
        (_, i) => sheet.getRow(i + 2).getCell(col('N°')).value,
      );
      expect(numbers).toEqual([...numbers].sort((a, b) => Number(a) - Number(b)));
      const first = sheet.getRow(2);
      expect(first.getCell(col('Client')).value).toBe('Julie Martin');
      expect(first.getCell(col('Honoraires TTC')).value).toBe(6000);
      expect(first.getCell(col('Date du mandat')).value).toEqual(new Date(Date.UTC(2026, 11, 5)));
      // 5 December + 14 days is Saturday 19 December: the period runs to Monday 21.
      expect(first.getCell(col('Fin du délai de rétractation')).value).toEqual(
        new Date(Date.UTC(2026, 11, 21)),
      );
      expect(first.getCell(col('Signé à distance')).value).toBe('Oui');
    },
    TEST_MS,
  );
});

describe('deleting a client (L4)', () => {
  it(
    'keeps the client’s register entries, with their client id and retention date',
    async () => {
      const doomed = await activeClient(sessions, staff, tenantId, 'Paul');
      const { mandateId } = await create(staff, mandate(doomed.clientId));
      const before = (await entry(mandateId)).data()!;
      const outcome = await staff.call<{ mandatesKept: number; keptUntil: number }>(
        callableNames.deleteClient,
        { clientId: doomed.clientId },
      );
      expect(outcome.mandatesKept).toBe(1);
      expect(outcome.keptUntil).toBe(before.retainUntil.toMillis());
      expect((await db.doc(`tenants/${tenantId}/clients/${doomed.clientId}`).get()).exists).toBe(
        false,
      );
      const after = (await entry(mandateId)).data()!;
      expect(after).toEqual(before);
      expect(after.clientId).toBe(doomed.clientId);
      expect(after.retainUntil.toMillis()).toBeGreaterThan(Date.now());
    },
    TEST_MS,
  );
});
