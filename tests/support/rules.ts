// The Security Rules matrix (tests/rules/) and the rules-reads bench (bench/rules-reads.ts): a
// fixture of two tenants seeded with the rules disabled, the actors who try to read and write it,
// and the runner that turns a case of a table into an assertSucceeds / assertFails.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  setDoc,
  setLogLevel,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
  type DocumentData,
  type QueryConstraint,
  type WhereFilterOp,
} from 'firebase/firestore';
import { host, ports } from './stack.js';

// ---- identities -------------------------------------------------------------------------------

export const T1 = 't1';
export const T2 = 't2';

export const uids = {
  owner: 'owner-1',
  admin: 'admin-1',
  collaborator: 'collab-1',
  removed: 'removed-1',
  pending: 'pending-1',
  /** Claims say admin; the member document says collaborator (a demotion the token predates). */
  demoted: 'demoted-1',
  /** Claims say collaborator; the member document says admin (a promotion the token predates). */
  promoted: 'promoted-1',
  otherTenantAdmin: 't2-admin-1',
  /** An admin of both tenants (a member document in each), signed in to t2. */
  dualTenant: 'dual-1',
  client: 'client-1',
  /** The other person of c1's couple, since taken out of c1's `loginUids`. */
  formerLogin: 'client-1b',
  otherClient: 'client-2',
  revokedClient: 'client-3',
  client4: 'client-4',
} as const;

/** The eight actors every collection of the matrix has cases for. */
export const coreActors = [
  'owner',
  'admin',
  'collaborator',
  'client',
  'otherTenantAdmin',
  'otherClient',
  'revokedClient',
  'unauthenticated',
] as const;

/** Each agency's own Auth tenant (user pool), named on its member and client documents. */
export const pools = { [T1]: 'pool-t1', [T2]: 'pool-t2' } as Record<string, string>;

interface Actor {
  uid: string;
  claims: Record<string, string>;
  /** The Auth tenant the token was minted in (`firebase.tenant`); none: the project's pool. */
  pool: string | null;
}

const staff = (uid: string, role: string, tenantId = T1, pool = pools[tenantId]!): Actor => ({
  uid,
  claims: { tenantId, role },
  pool,
});
const client = (uid: string, clientId: string, pool: string | null = pools[T1]!): Actor => ({
  uid,
  claims: { tenantId: T1, role: 'client', clientId },
  pool,
});
const preview = (staffUid: string, clientId: string, pool = pools[T1]!): Actor => ({
  // startImpersonation mints the token for `imp-{staffUid}`, never a real client's uid.
  uid: `imp-${staffUid}`,
  claims: { tenantId: T1, role: 'client', clientId, impersonatedBy: staffUid },
  pool,
});

export const actors = {
  owner: staff(uids.owner, 'owner'),
  admin: staff(uids.admin, 'admin'),
  collaborator: staff(uids.collaborator, 'collaborator'),
  client: client(uids.client, 'c1'),
  otherTenantAdmin: staff(uids.otherTenantAdmin, 'admin', T2),
  otherClient: client(uids.otherClient, 'c2'),
  revokedClient: client(uids.revokedClient, 'c3'),
  unauthenticated: null,
  removedMember: staff(uids.removed, 'admin'),
  pendingMember: staff(uids.pending, 'collaborator'),
  demotedAdmin: staff(uids.demoted, 'admin'),
  promotedCollaborator: staff(uids.promoted, 'collaborator'),
  /** The owner previewing c1 (read-only). */
  impersonation: preview(uids.owner, 'c1'),
  /** A preview minted by a member who has since been removed. */
  impersonationByRemoved: preview(uids.removed, 'c1'),
  /** The owner previewing c3, whose access was revoked since. */
  impersonationOfRevoked: preview(uids.owner, 'c3'),
  formerLogin: client(uids.formerLogin, 'c1'),
  /** Active admin of t1 and of t2, with a token for t2: the claim decides which tenant. */
  dualTenantAdmin: staff(uids.dualTenant, 'admin', T2),
  /** The collaborator, in a tenant whose settings say `collaboratorsSeeSharedOnly`. */
  collaboratorSharedOnly: staff(uids.collaborator, 'collaborator'),
  /** That collaborator previewing c4, which is not shared with them (unshared since). */
  previewOfUnsharedClient: preview(uids.collaborator, 'c4'),
  /** That collaborator previewing c1, shared with them. */
  previewOfSharedClient: preview(uids.collaborator, 'c1'),
  /** t1's admin's uid and claims, in a token of t2's pool: claims alone must not open t1. */
  adminFromOtherPool: staff(uids.admin, 'admin', T1, pools[T2]!),
  /** The same, minted in the project's own pool (no Auth tenant). */
  adminFromProjectPool: { ...staff(uids.admin, 'admin'), pool: null },
  /** c1's login's uid and claims, in a token of t2's pool. */
  clientFromOtherPool: client(uids.client, 'c1', pools[T2]!),
  /** A preview of c1 by t1's owner, minted in t2's pool. */
  previewFromOtherPool: preview(uids.owner, 'c1', pools[T2]!),
} satisfies Record<string, Actor | null>;

export type ActorName = keyof typeof actors;

// ---- fixture ----------------------------------------------------------------------------------

/** A fixed clock, so that the fixture is the same on every run. */
export const at = (iso: string) => Timestamp.fromDate(new Date(iso));
const created = at('2026-01-05T09:00:00Z');
const updated = at('2026-01-06T09:00:00Z');

export const clientIds = ['c1', 'c2', 'c3', 'c4'] as const;

/** Each client space holds one assignment per stage a client may act on, plus others. */
export const assignmentIds = {
  new: 'p-new',
  toVisit: 'p-tovisit',
  visited: 'p-visited',
  offer: 'p-offer',
  offerAccepted: 'p-accepted',
  /** Stage `acte`: the deed is signed; staff may only step back to `compromis`. */
  acte: 'p-acte',
  /** Rejected by the client from `visited` (its lastMove says so). */
  rejected: 'p-rejected',
  /** Rejected before moves were recorded (no lastMove): it reopens at `new`. */
  rejectedUnrecorded: 'p-rejected-old',
  /** Stage `new`, not published: a draft the client must not see. */
  draft: 'p-draft',
} as const;

/** The assignments whose stage changes the fixture records under `history/`. */
export const assignmentsWithHistory = [assignmentIds.visited, assignmentIds.offer] as const;

export const validBranding = {
  name: 'Agence Un',
  primaryColour: '#1f3a5f',
  accentColour: '#e2553d',
  logoUrl: null,
  language: 'fr',
  company: {
    address: '1 rue de la République, 69002 Lyon',
    phone: '+33 4 72 00 00 00',
    email: 'contact@agence-un.example',
    professionalCardNumber: 'CPI 6901 2024 000 000 001',
  },
};

export const validSettings = {
  rowsPerPage: 25,
  language: 'fr',
  collaboratorsSeeSharedOnly: false,
  magicLinkSignIn: false,
};

export function propertySnapshot(propertyId: string) {
  return {
    title: `Bien ${propertyId}`,
    type: 'apartment',
    price: 320000,
    surface: 72,
    rooms: 3,
    city: 'Lyon',
    postalCode: '69006',
    location: { lat: 45.77, lng: 4.85 },
    description: 'T3 traversant, balcon.',
    photos: [`tenants/t1/properties/${propertyId}/photos/1.png`],
  };
}

/** Who an assignment belongs to: what assignProperty copies from the client document. */
export interface AssignmentOwner {
  tenantId: string;
  clientName: string;
  sharedWith: readonly string[];
  /** The client's login credited with the client's moves so far. */
  loginUid: string;
}

export interface AssignmentOptions {
  published?: boolean;
  owner?: AssignmentOwner;
  /** false: the card's moves were never recorded (`lastMove: null` whatever its stage). */
  recorded?: boolean;
}

/** The stages in pipeline order, up to the deed (`rejected` can follow any open one). */
const stageOrder = ['new', 'toVisit', 'visited', 'offer', 'offerAccepted', 'compromis', 'acte'];
/** The fixture's client made its first three moves and its rejections; the hunter the rest. */
const clientMadeMoveTo = ['toVisit', 'visited', 'offer', 'rejected'];
/** Where the fixture's rejected cards were rejected from. */
const rejectedFrom = 'visited';

/** A stage move as the rules require it and the history trigger records it. */
function stageMove(from: string, to: string, by: string, byClient: boolean, when: Timestamp) {
  return { from, to, by, byClient, at: when };
}

/** The moves that brought a fixture card to `stage`, an hour apart from its creation. */
function movesTo(stage: string, owner: AssignmentOwner) {
  const path = stage === 'rejected' ? [...stageOrder.slice(0, 3), 'rejected'] : stageOrder;
  const steps = path.slice(0, path.indexOf(stage) + 1);
  return steps.slice(1).map((to, i) => {
    const byClient = clientMadeMoveTo.includes(to);
    const when = Timestamp.fromMillis(created.toMillis() + (i + 1) * 3_600_000);
    return stageMove(steps[i]!, to, byClient ? owner.loginUid : uids.owner, byClient, when);
  });
}

function defaultOwner(clientId: string): AssignmentOwner {
  return {
    tenantId: T1,
    clientName: `Prénom ${clientId} Nom ${clientId}`,
    sharedWith: [],
    loginUid: uids.client,
  };
}

/**
 * An assignment as the functions write it: assignProperty creates it (snapshot, copies of the
 * client's name and sharing list, `lastMove: null`); each move fills `stage`, its action field and
 * `lastMove`. `stage` decides which action fields the card already has.
 */
export function assignmentDoc(
  clientId: string,
  propertyId: string,
  stage: string,
  { published = true, owner = defaultOwner(clientId), recorded = true }: AssignmentOptions = {},
) {
  const moves = movesTo(stage, owner);
  const reachedAt = (s: string) => moves.find((m) => m.to === s)?.at;
  // How far the card went before it was rejected decides which of the client's fields it holds.
  const reached = stageOrder.indexOf(stage === 'rejected' ? rejectedFrom : stage);
  const askedAt = reachedAt('toVisit') ?? created;
  const visitedAt = reachedAt('visited') ?? created;
  const offeredAt = reachedAt('offer') ?? created;
  return {
    propertyId,
    clientId,
    tenantId: owner.tenantId,
    clientName: owner.clientName,
    sharedWith: [...owner.sharedWith],
    published,
    stage,
    rejectedReason: stage === 'rejected' ? 'Trop de travaux' : null,
    property: propertySnapshot(propertyId),
    sourceUrl: null,
    visitRequest: reached >= 1 ? { availabilities: 'Samedi matin', at: askedAt } : null,
    report:
      reached >= 2 ? { ratings: { light: 4, location: 3 }, comment: 'Bien', at: visitedAt } : null,
    offer:
      reached >= 3
        ? { amount: 300000, validUntil: at('2026-02-01T00:00:00Z'), at: offeredAt }
        : null,
    lastMove: recorded ? (moves.at(-1) ?? null) : null,
    stageDates: {},
    createdAt: created,
    updatedAt: updated,
  };
}

interface ClientSeed {
  id: string;
  status: string;
  loginUids: string[];
  sharedWith: string[];
}

const t1Clients: ClientSeed[] = [
  { id: 'c1', status: 'active', loginUids: [uids.client], sharedWith: [uids.collaborator] },
  { id: 'c2', status: 'active', loginUids: [uids.otherClient], sharedWith: [uids.collaborator] },
  { id: 'c3', status: 'revoked', loginUids: [uids.revokedClient], sharedWith: [] },
  { id: 'c4', status: 'active', loginUids: [uids.client4], sharedWith: [] },
];

export function clientDoc(seed: ClientSeed, tenantId = T1) {
  return {
    firstName: `Prénom ${seed.id}`,
    lastName: `Nom ${seed.id}`,
    email: `${seed.id}@example.test`,
    phone: '+33 6 00 00 00 00',
    status: seed.status,
    authTenantId: pools[tenantId],
    loginUids: seed.loginUids,
    logins: Object.fromEntries(
      seed.loginUids.map((uid) => [
        uid,
        {
          email: `${uid}@example.test`,
          displayName: uid,
          invitedAt: created,
          invitationCount: 1,
          passwordSetAt: updated,
        },
      ]),
    ),
    sharedWith: seed.sharedWith,
    criteria: { budgetMax: 400000, areas: ['Lyon 6e'], roomsMin: 3, surfaceMin: 60 },
    createdAt: created,
    updatedAt: updated,
  };
}

function member(role: string, status: string, tenantId = T1) {
  return {
    email: `${role}-${status}@example.test`,
    displayName: `${role} (${status})`,
    role,
    status,
    authTenantId: pools[tenantId],
    createdAt: created,
  };
}

function tenantDoc(tenantId: string) {
  return {
    name: `Agence ${tenantId}`,
    slug: tenantId,
    plan: 'sandbox',
    purgeAt: at('2026-03-01T00:00:00Z'),
    ownerUid: tenantId === T1 ? uids.owner : uids.otherTenantAdmin,
    authTenantId: pools[tenantId],
    clientAppUrl: `https://${tenantId}.client.example.test`,
    adminAppUrl: `https://${tenantId}.admin.example.test`,
    createdAt: created,
  };
}

export interface FixtureOptions {
  /** Turns on "collaborators see only shared clients" in t1. */
  sharedOnly?: boolean;
}

/** The fixture's cards: which stage each assignment of a space is at, and how it got there. */
const spaceAssignments: Array<[id: string, stage: string, options: AssignmentOptions]> = [
  [assignmentIds.new, 'new', {}],
  [assignmentIds.toVisit, 'toVisit', {}],
  [assignmentIds.visited, 'visited', {}],
  [assignmentIds.offer, 'offer', {}],
  [assignmentIds.offerAccepted, 'offerAccepted', {}],
  [assignmentIds.acte, 'acte', {}],
  [assignmentIds.rejected, 'rejected', {}],
  [assignmentIds.rejectedUnrecorded, 'rejected', { recorded: false }],
  [assignmentIds.draft, 'new', { published: false }],
];

/** A client space's documents: notes, the cards above (with history) and one of everything else. */
function putSpace(
  put: (path: string, data: DocumentData) => void,
  c: string,
  seed: ClientSeed,
  tenantId: string = T1,
  staffUid: string = uids.owner,
) {
  const owner: AssignmentOwner = {
    tenantId,
    clientName: `Prénom ${seed.id} Nom ${seed.id}`,
    sharedWith: seed.sharedWith,
    loginUid: seed.loginUids[0] ?? 'former-login',
  };
  put(`${c}/private/notes`, { note: 'Budget serré', feeAmount: 9000, feeCurrency: 'EUR' });
  for (const [id, stage, options] of spaceAssignments) {
    const card = assignmentDoc(seed.id, id, stage, { ...options, owner });
    put(`${c}/assignments/${id}`, card);
    if (!(assignmentsWithHistory as readonly string[]).includes(id)) continue;
    movesTo(stage, owner).forEach((move, i) =>
      put(`${c}/assignments/${id}/history/h-${i + 1}`, move),
    );
  }
  put(`${c}/messages/m-staff`, {
    authorUid: staffUid,
    fromClient: false,
    text: 'Bonjour, voici une sélection.',
    propertyId: null,
    createdAt: at('2026-01-05T10:00:00Z'),
  });
  put(`${c}/messages/m-client`, {
    authorUid: seed.loginUids[0] ?? 'former-login',
    fromClient: true,
    text: 'Merci !',
    propertyId: assignmentIds.new,
    createdAt: at('2026-01-05T11:00:00Z'),
  });
  put(`${c}/appointments/visit-1`, {
    title: 'Visite',
    type: 'visit',
    propertyId: assignmentIds.toVisit,
    place: '4 cours Franklin Roosevelt, 69006 Lyon',
    startsAt: at('2026-01-15T10:00:00Z'),
    endsAt: at('2026-01-15T11:00:00Z'),
  });
  put(`${c}/documents/doc-1`, {
    name: 'plan.pdf',
    title: 'Plan',
    storagePath: `${c}/documents/plan.pdf`,
    contentType: 'application/pdf',
    size: 1024,
    propertyId: assignmentIds.new,
    createdAt: created,
  });
  put(`${c}/pois/poi-1`, {
    type: 'school',
    name: 'École Jean Macé',
    address: '2 rue Jean Macé, 69006 Lyon',
    location: { lat: 45.77, lng: 4.85 },
  });
}

/** Every document path the fixture writes, with its data. */
export function fixtureDocs(options: FixtureOptions = {}): Array<[string, DocumentData]> {
  const docs: Array<[string, DocumentData]> = [];
  const put = (path: string, data: DocumentData) => docs.push([path, data]);

  put('domains/agence-t1.example.test', { tenantId: T1, app: 'client' });
  put('invites/token-hash-1', {
    tenantId: T1,
    uid: uids.client,
    kind: 'clientFirstLogin',
    clientId: 'c1',
    expiresAt: at('2026-01-12T00:00:00Z'),
    usedAt: null,
  });

  for (const t of [T1, T2]) {
    const base = `tenants/${t}`;
    put(base, tenantDoc(t));
    put(`${base}/public/branding`, { ...validBranding, name: `Agence ${t}` });
    put(`${base}/config/settings`, {
      ...validSettings,
      collaboratorsSeeSharedOnly: t === T1 && options.sharedOnly === true,
    });
  }

  const t1 = `tenants/${T1}`;
  put(`${t1}/members/${uids.owner}`, member('owner', 'active'));
  put(`${t1}/members/${uids.admin}`, member('admin', 'active'));
  put(`${t1}/members/${uids.collaborator}`, member('collaborator', 'active'));
  put(`${t1}/members/${uids.removed}`, member('admin', 'removed'));
  put(`${t1}/members/${uids.pending}`, member('collaborator', 'pending'));
  put(`${t1}/members/${uids.demoted}`, member('collaborator', 'active'));
  put(`${t1}/members/${uids.promoted}`, member('admin', 'active'));
  put(`${t1}/members/${uids.dualTenant}`, member('admin', 'active'));
  put(`tenants/${T2}/members/${uids.otherTenantAdmin}`, member('admin', 'active', T2));
  put(`tenants/${T2}/members/${uids.dualTenant}`, member('admin', 'active', T2));

  for (const seed of t1Clients) {
    put(`${t1}/clients/${seed.id}`, clientDoc(seed));
    put(`${t1}/clientEmails/${seed.id}@example.test`, { clientId: seed.id });
    putSpace(put, `${t1}/clients/${seed.id}`, seed);
  }

  for (const propertyId of Object.values(assignmentIds)) {
    const { photos, ...visible } = propertySnapshot(propertyId);
    put(`${t1}/properties/${propertyId}`, {
      ...visible,
      address: '4 cours Franklin Roosevelt',
      photos,
      createdAt: created,
    });
    put(`${t1}/properties/${propertyId}/private/details`, {
      note: 'Mandataire : 06 11 22 33 44',
      sourceUrl: `https://portal.example.test/annonce/${propertyId}`,
      showSourceToClient: false,
    });
  }
  put(`${t1}/searches/s-1`, {
    portal: 'leboncoin',
    criteria: { city: 'Lyon' },
    enabled: true,
    lastRun: null,
  });
  put(`${t1}/inbox/l-1`, {
    portal: 'leboncoin',
    portalId: '123',
    fingerprint: 'abc',
    listing: { title: 'T3 Lyon 6e', price: 320000 },
    status: 'new',
  });
  const dossier = (clientId: string, published: boolean) => ({
    title: `Dossier ${clientId}`,
    clientId,
    published,
    comments: '',
    files: [],
    steps: [],
    amount: 9000,
    paid: false,
  });
  put(`${t1}/dossiers/d-c1-pub`, dossier('c1', true));
  put(`${t1}/dossiers/d-c1-draft`, dossier('c1', false));
  put(`${t1}/dossiers/d-c2-pub`, dossier('c2', true));
  put(`${t1}/dossiers/d-c3-pub`, dossier('c3', true));
  // c4 is shared with nobody: a collaborator who sees only shared clients must not see these.
  put(`${t1}/dossiers/d-c4-pub`, dossier('c4', true));
  for (const [i, clientId] of ['c1', 'c2', 'c3', 'c4'].entries()) {
    put(`${t1}/mandates/m-${clientId}`, {
      clientId,
      number: i + 1,
      signedAt: created,
      remote: false,
      retainUntil: at('2036-01-05T00:00:00Z'),
    });
  }
  put(`${t1}/outbox/o-1`, {
    to: ['c1@example.test'],
    subject: 'Invitation',
    text: 'Bonjour',
    kind: 'clientInvitation',
    delivery: { state: 'sent', attempts: 1 },
  });
  put(`${t1}/audit/a-1`, {
    action: 'client.created',
    actorUid: uids.owner,
    targetId: 'c1',
    at: created,
    details: {},
  });

  // t2 has a client with the same ID whose logins list client-1: only the tenant claim keeps
  // c1 of t1 out of it.
  const t2c1: ClientSeed = { id: 'c1', status: 'active', loginUids: [uids.client], sharedWith: [] };
  put(`tenants/${T2}/clients/c1`, clientDoc(t2c1, T2));
  putSpace(put, `tenants/${T2}/clients/c1`, t2c1, T2, uids.otherTenantAdmin);
  put(`tenants/${T2}/properties/p-t2`, { title: 'Maison', price: 500000, createdAt: created });
  put(`tenants/${T2}/searches/s-t2`, {
    portal: 'seloger',
    criteria: { city: 'Paris' },
    enabled: true,
    lastRun: null,
  });
  put(`tenants/${T2}/properties/p-t2/private/details`, {
    note: 'Vendeur pressé',
    sourceUrl: null,
    showSourceToClient: false,
  });
  put(`tenants/${T2}/audit/a-1`, {
    action: 'client.created',
    actorUid: uids.otherTenantAdmin,
    targetId: 'c1',
    at: created,
    details: {},
  });
  return docs;
}

/** Clears the project and writes the fixture, with the rules disabled. */
export async function seedFixture(
  env: RulesTestEnvironment,
  options: FixtureOptions = {},
): Promise<number> {
  await env.clearFirestore();
  const docs = fixtureDocs(options);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    for (let i = 0; i < docs.length; i += 400) {
      const batch = writeBatch(db);
      for (const [path, data] of docs.slice(i, i + 400)) batch.set(doc(db, path), data);
      await batch.commit();
    }
  });
  return docs.length;
}

/** The ruleset under test: firestore.rules, or a candidate named by FIRESTORE_RULES_FILE. */
export const rulesFile = process.env.FIRESTORE_RULES_FILE ?? 'firestore.rules';

/** A test environment on a project of its own, with the rules under test loaded. */
export async function rulesEnvironment(projectId: string): Promise<RulesTestEnvironment> {
  return initializeTestEnvironment({
    projectId,
    firestore: { host, port: ports.firestore, rules: readFileSync(rulesFile, 'utf8') },
  });
}

// ---- cases ------------------------------------------------------------------------------------

export type Op = 'get' | 'list' | 'create' | 'update' | 'delete';
export type Expect = 'allow' | 'deny';
export type WhereClause = readonly [field: string, op: WhereFilterOp, value: unknown];

export interface RuleCase {
  /** The collection as docs/data-model.md names it, e.g. `tenants/{t}/clients/{c}/assignments`. */
  collection: string;
  actor: ActorName;
  op: Op;
  /** A document's path (get, create, update, delete), a collection's (list) or, with `group`, a
   * collection ID. */
  path: string;
  /** list: query every collection named `path`, wherever it is (a collection-group query). */
  group?: boolean;
  /** What the case does, for its name; the path (and filters) when not given. */
  what?: string;
  where?: readonly WhereClause[];
  orderBy?: string;
  /** create: the document; update: the fields given to updateDoc. */
  data?: DocumentData;
  /** get: the document does not exist (a deleted client, a stale link). */
  absent?: boolean;
  expect: Expect;
}

/** The cases of a collection, without repeating its name in each. */
export type CaseRow = Omit<RuleCase, 'collection'>;

export function table(collection: string, rows: CaseRow[]): RuleCase[] {
  return rows.map((row) => ({ collection, ...row }));
}

export function caseName(k: RuleCase): string {
  const filters = (k.where ?? []).map(([f, op, v]) => `${f} ${op} ${JSON.stringify(v)}`);
  const described =
    k.what ??
    [
      k.group ? `group ${k.path}` : k.path,
      filters.length ? `where ${filters.join(' and ')}` : '',
      k.orderBy ? `orderBy ${k.orderBy}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  return `${k.collection} · ${k.actor} · ${k.op} ${described} · ${k.expect}`;
}

/** The cases as `it.each` wants them, each under its name; two cases may not share a name. */
export function named(cases: RuleCase[]): Array<RuleCase & { name: string }> {
  const seen = new Set<string>();
  return cases.map((k) => {
    const name = caseName(k);
    if (seen.has(name)) throw new Error(`two cases are named "${name}"`);
    seen.add(name);
    return { ...k, name };
  });
}

/**
 * Which of the core actors lack a case in a collection, and which collections lack an allowed
 * or a denied case: the matrix's own completeness check.
 */
export function gaps(cases: RuleCase[], nobody: readonly string[] = []): string[] {
  const problems: string[] = [];
  const collections = [...new Set(cases.map((k) => k.collection))];
  for (const name of collections) {
    const mine = cases.filter((k) => k.collection === name);
    for (const actor of coreActors) {
      if (!mine.some((k) => k.actor === actor)) problems.push(`${name}: no case for ${actor}`);
    }
    // A collection nobody reads or writes through the SDKs (∅) can only have denials.
    const expected = nobody.includes(name) ? (['deny'] as const) : (['allow', 'deny'] as const);
    for (const expect of expected) {
      if (!mine.some((k) => k.expect === expect)) problems.push(`${name}: no ${expect} case`);
    }
    if (nobody.includes(name) && mine.some((k) => k.expect === 'allow')) {
      problems.push(`${name}: nobody may access it, yet a case allows`);
    }
  }
  return problems;
}

type Db = ReturnType<RulesTestContext['firestore']>;

/** Runs cases against one environment, one SDK instance per actor. */
export class RulesHarness {
  private readonly contexts = new Map<ActorName, RulesTestContext>();

  constructor(readonly env: RulesTestEnvironment) {}

  db(actor: ActorName): Db {
    let context = this.contexts.get(actor);
    if (!context) {
      const who: Actor | null = actors[actor];
      context = who
        ? this.env.authenticatedContext(who.uid, {
            ...who.claims,
            // As the Auth emulator and Identity Platform mint them (`firebase.tenant`).
            firebase: {
              sign_in_provider: 'password',
              ...(who.pool ? { tenant: who.pool } : {}),
            } as { sign_in_provider: 'password' },
          })
        : this.env.unauthenticatedContext();
      this.contexts.set(actor, context);
    }
    return context.firestore();
  }

  /** The request a case makes, as `actor`. */
  request(k: RuleCase): Promise<unknown> {
    const db = this.db(k.actor);
    switch (k.op) {
      case 'get':
        return getDoc(doc(db, k.path));
      case 'list': {
        const constraints: QueryConstraint[] = (k.where ?? []).map(([f, op, v]) => where(f, op, v));
        if (k.orderBy) constraints.push(orderBy(k.orderBy));
        const source = k.group ? collectionGroup(db, k.path) : collection(db, k.path);
        return getDocs(query(source, ...constraints));
      }
      case 'create':
        return setDoc(doc(db, k.path), requireData(k));
      case 'update':
        return updateDoc(doc(db, k.path), requireData(k));
      case 'delete':
        return deleteDoc(doc(db, k.path));
    }
  }

  /**
   * Asserts the case's outcome. The target must be as the case assumes (a get, an update or a
   * delete of a document that exists, a create of one that does not), so that a denial comes
   * from the rules and not from a missing document. A write puts the document back as it was
   * afterwards, so that no case depends on the order they run in.
   */
  async check(k: RuleCase): Promise<void> {
    const assert = k.expect === 'allow' ? assertSucceeds : assertFails;
    if (k.group && k.op !== 'list') throw new Error(`${caseName(k)}: only a list can span a group`);
    if (k.op === 'list') {
      await assert(this.request(k));
      return;
    }
    await this.env.withSecurityRulesDisabled(async (context) => {
      const ref = doc(context.firestore(), k.path);
      const before = await getDoc(ref);
      const shouldExist = k.op !== 'create' && !k.absent;
      if (before.exists() !== shouldExist) {
        throw new Error(`${k.path} ${shouldExist ? 'does not exist' : 'exists already'} (${k.op})`);
      }
      try {
        await assert(this.request(k));
      } finally {
        if (k.op !== 'get') {
          const data = before.data();
          await (data ? setDoc(ref, data) : deleteDoc(ref));
        }
      }
    });
  }

  async cleanup(): Promise<void> {
    this.contexts.clear();
    await this.env.cleanup();
  }
}

function requireData(k: RuleCase): DocumentData {
  if (!k.data) throw new Error(`${caseName(k)}: a ${k.op} needs data`);
  return k.data;
}

// ---- paths ------------------------------------------------------------------------------------

export const paths = {
  tenant: (t = T1) => `tenants/${t}`,
  branding: (t = T1) => `tenants/${t}/public/branding`,
  settings: (t = T1) => `tenants/${t}/config/settings`,
  members: (t = T1) => `tenants/${t}/members`,
  member: (uid: string, t = T1) => `tenants/${t}/members/${uid}`,
  clients: (t = T1) => `tenants/${t}/clients`,
  client: (c: string, t = T1) => `tenants/${t}/clients/${c}`,
  /** A sub-collection of a client space, or one of its documents. */
  space: (c: string, sub: string, id?: string, t = T1) =>
    `tenants/${t}/clients/${c}/${sub}${id ? `/${id}` : ''}`,
  /** A tenant's collection, or one of its documents. */
  of: (name: string, id?: string, t = T1) => `tenants/${t}/${name}${id ? `/${id}` : ''}`,
};

// ---- suites -----------------------------------------------------------------------------------

export interface MatrixOptions extends FixtureOptions {
  /** Check that every collection has cases for the eight core actors, allowed and denied. */
  complete?: boolean;
  /** Collections nobody accesses through the SDKs (∅ in docs/data-model.md): denials only. */
  nobody?: readonly string[];
}

/**
 * A test file's matrix: its own project `demo-rules-{name}` (so files never clash), cleared and
 * seeded before its cases, one test per case, and the count printed at the end.
 */
export function describeMatrix(name: string, cases: RuleCase[], options: MatrixOptions = {}) {
  // Denials are the point here: keep the SDK from logging each one as a stream error.
  setLogLevel('silent');
  describe(`firestore.rules matrix: ${name}`, () => {
    let harness: RulesHarness | undefined;

    beforeAll(async () => {
      harness = new RulesHarness(await rulesEnvironment(`demo-rules-${name}`));
      await seedFixture(harness.env, options);
    });

    afterAll(async () => {
      await harness?.cleanup();
      console.log(`rules matrix: ${cases.length} cases in tests/rules/${name}.test.ts`);
    });

    if (options.complete) {
      it('has cases for every core actor in every collection, allowed and denied', () => {
        expect(gaps(cases, options.nobody)).toEqual([]);
      });
    }

    it.each(named(cases).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      if (!harness) throw new Error('the environment did not start');
      await harness.check(k);
    });
  });
}
