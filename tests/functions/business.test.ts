// The hunter's business against the running stack (H5): a fee typed on a deal and the stage moves
// of the pipeline reach the deal document the Analyses page reads, and the forecast computed from
// it moves the amount from « expected » to « invoiced » at the compromis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { getFirestore, type DocumentSnapshot } from 'firebase-admin/firestore';
import {
  callableNames,
  computeForecast,
  dealId,
  forecastDealOf,
  type DealRecord,
  type PipelineStage,
  type SavePropertyResult,
} from '@portail/shared';
import type { WebClient } from '../support/callables.js';
import { expectCode, newEmail, Sessions } from '../support/calls.js';
import { createStaff, createTenant, type TestStaff } from '../support/identities.js';
import { adminApp, closeAdminApps, waitUntil } from '../support/stack.js';

const db = getFirestore(adminApp());
// Triggers queue behind everyone's on a shared stack: wait for them generously.
const TRIGGER_WAIT_MS = 180_000;
const TEST_MS = 600_000;
const sessions = new Sessions();

let tenantId: string;
let owner: TestStaff;
let staff: WebClient;
let clientId: string;

const assignmentPath = (propertyId: string) =>
  `tenants/${tenantId}/clients/${clientId}/assignments/${propertyId}`;
const feePath = (propertyId: string) =>
  `tenants/${tenantId}/clients/${clientId}/dealFees/${propertyId}`;
const dealRef = (propertyId: string) =>
  db.doc(`tenants/${tenantId}/deals/${dealId(clientId, propertyId)}`);

async function propose(): Promise<string> {
  const { propertyId } = await staff.call<SavePropertyResult>(callableNames.saveProperty, {
    fields: {
      title: '[Q] T3 Croix-Rousse',
      type: 'apartment',
      price: 420_000,
      surface: 70,
      rooms: 3,
      bedrooms: 2,
      description: '',
      address: { street: '', postalCode: '69004', city: 'Lyon' },
      addressPrecision: 'postalCode',
      privateNote: '',
      sourceUrl: '',
      showSourceToClient: false,
    },
  });
  await staff.call(callableNames.assignProperties, {
    propertyIds: [propertyId],
    clientIds: [clientId],
  });
  return propertyId;
}

/** The hunter's move, through the rules as the pipeline screen writes it. */
async function move(propertyId: string, from: PipelineStage, to: PipelineStage) {
  await updateDoc(doc(staff.firestore(), assignmentPath(propertyId)), {
    stage: to,
    updatedAt: serverTimestamp(),
    lastMove: { from, to, by: owner.uid, byClient: false, at: serverTimestamp() },
  });
}

async function walk(propertyId: string, stages: PipelineStage[]) {
  for (let i = 1; i < stages.length; i++) await move(propertyId, stages[i - 1]!, stages[i]!);
}

async function dealWhen(
  propertyId: string,
  ready: (deal: DocumentSnapshot) => boolean,
  what: string,
): Promise<DocumentSnapshot> {
  return waitUntil(
    async () => {
      const deal = await dealRef(propertyId).get();
      return ready(deal) ? deal : null;
    },
    what,
    TRIGGER_WAIT_MS,
  );
}

function forecastOf(deal: DocumentSnapshot) {
  const data = deal.data() as Omit<DealRecord, 'dates'> & {
    dates: Record<string, FirebaseFirestore.Timestamp>;
  };
  const dates = Object.fromEntries(
    Object.entries(data.dates).map(([key, at]) => [key, at.toMillis()]),
  );
  return computeForecast([forecastDealOf(deal.id, { ...data, dates })], {
    year: data.cashYear ?? 0,
  });
}

beforeAll(async () => {
  tenantId = await createTenant();
  owner = await createStaff(tenantId, 'owner');
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  ({ clientId } = await staff.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Julie',
    lastName: 'Fee',
    email: newEmail('fee'),
  }));
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('deal documents', () => {
  it(
    'keeps no deal for a proposal that has neither a fee nor an offer',
    async () => {
      const propertyId = await propose();
      await move(propertyId, 'new', 'toVisit');
      // Give the trigger the time to run, then check it wrote nothing.
      await waitUntil(
        async () =>
          (
            await db
              .collection(`${assignmentPath(propertyId)}/history`)
              .count()
              .get()
          ).data().count >= 2,
        'the history of the move',
        TRIGGER_WAIT_MS,
      );
      expect((await dealRef(propertyId).get()).exists).toBe(false);
    },
    TEST_MS,
  );

  it(
    'follows a fee and the stages: expected at offer accepted, invoiced at compromis',
    async () => {
      const propertyId = await propose();
      await walk(propertyId, ['new', 'toVisit', 'visited', 'offer']);
      await setDoc(doc(staff.firestore(), feePath(propertyId)), {
        amountExclVat: 8000,
        amountInclVat: 9600,
        payer: 'client',
        updatedBy: owner.uid,
        updatedAt: serverTimestamp(),
      });
      const atOffer = await dealWhen(
        propertyId,
        (deal) => deal.get('feeExclVat') === 8000 && deal.get('dates.offerAt') !== undefined,
        'the deal at offer with its fee',
      );
      expect(atOffer.data()).toMatchObject({
        tenantId,
        clientId,
        propertyId,
        clientName: 'Julie Fee',
        propertyTitle: '[Q] T3 Croix-Rousse',
        stage: 'offer',
        series: 'expected',
        fee: { amountExclVat: 8000, amountInclVat: 9600, payer: 'client' },
      });

      await move(propertyId, 'offer', 'offerAccepted');
      const accepted = await dealWhen(
        propertyId,
        (deal) => deal.get('dates.offerAcceptedAt') !== undefined,
        'the acceptance date',
      );
      const before = forecastOf(accepted);
      expect(before.totals.expected.exclVat).toBe(8000);
      expect(before.totals.invoiced.exclVat).toBe(0);

      await move(propertyId, 'offerAccepted', 'compromis');
      const compromis = await dealWhen(
        propertyId,
        (deal) => deal.get('stage') === 'compromis' && deal.get('dates.compromisAt') !== undefined,
        'the compromis date',
      );
      expect(compromis.get('series')).toBe('invoiced');
      const after = forecastOf(compromis);
      expect(after.totals.expected.exclVat).toBe(0);
      expect(after.totals.invoiced.exclVat).toBe(8000);
      expect(after.totals.invoiced.inclVat).toBe(9600);
      // The acte is estimated 4 months after the real compromis date: that is where the money is.
      const placed = after.deals[0]!;
      expect(placed.timeline.compromis?.estimated).toBe(false);
      expect(compromis.get('cashKey')).toBe(
        `${placed.cashMonth!.year}-${String(placed.cashMonth!.month).padStart(2, '0')}`,
      );

      // Back a stage: the amount is expected again.
      await move(propertyId, 'compromis', 'offerAccepted');
      await dealWhen(propertyId, (deal) => deal.get('series') === 'expected', 'the step back');

      // The fee cleared: the deal stays (it reached the offer) with nothing to count.
      await deleteDoc(doc(staff.firestore(), feePath(propertyId)));
      const cleared = await dealWhen(propertyId, (deal) => deal.get('fee') === null, 'no fee');
      expect(cleared.get('feeExclVat')).toBe(0);
    },
    TEST_MS,
  );

  it(
    'refuses a fee the rules do not accept, and removes the deal with its card',
    async () => {
      const propertyId = await propose();
      await expectCode(
        setDoc(doc(staff.firestore(), feePath(propertyId)), {
          amountExclVat: 9000,
          amountInclVat: 100,
          payer: 'client',
          updatedBy: owner.uid,
          updatedAt: serverTimestamp(),
        }),
        'permission-denied',
      );
      await setDoc(doc(staff.firestore(), feePath(propertyId)), {
        amountExclVat: 3000,
        amountInclVat: 3600,
        payer: 'seller',
        updatedBy: owner.uid,
        updatedAt: serverTimestamp(),
      });
      // A fee alone keeps a deal, placed nowhere until an offer.
      const early = await dealWhen(propertyId, (deal) => deal.exists, 'the deal of a fee');
      expect(early.data()).toMatchObject({ stage: 'new', series: null, cashKey: null });
      await deleteDoc(doc(staff.firestore(), assignmentPath(propertyId)));
      await dealWhen(propertyId, (deal) => !deal.exists, 'the deal removed');
      await waitUntil(
        async () => !(await db.doc(feePath(propertyId)).get()).exists,
        'the fee removed',
        TRIGGER_WAIT_MS,
      );
    },
    TEST_MS,
  );
});
