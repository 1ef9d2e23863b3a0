// The matrix for working together (H6, H7, C3, C4): messages and their unread counts (the client
// document's conversation fields, each login's readState) and appointments, including the
// hunter's agenda (a collection-group query). A second project runs the shared-only cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, serverTimestamp, setDoc, setLogLevel, type DocumentData } from 'firebase/firestore';
import {
  RulesHarness,
  T1,
  T2,
  at,
  gaps,
  named,
  paths,
  rulesEnvironment,
  seedFixture,
  table,
  uids,
  type CaseRow,
  type FixtureOptions,
  type RuleCase,
} from '../support/rules.js';

const C = {
  clients: 'tenants/{t}/clients/{c}',
  messages: 'tenants/{t}/clients/{c}/messages',
  readState: 'tenants/{t}/clients/{c}/readState/{uid}',
  appointments: 'tenants/{t}/clients/{c}/appointments',
  agenda: '{path=**}/appointments',
};

const in2001 = at('2001-01-01T00:00:00Z');
const msg = (c: string, id?: string, t = T1) => paths.space(c, 'messages', id, t);
const readState = (c: string, uid: string, t = T1) => paths.space(c, 'readState', uid, t);
const appt = (c: string, id?: string, t = T1) => paths.space(c, 'appointments', id, t);

const message = (authorUid: string, fromClient: boolean, extra: DocumentData = {}) => ({
  authorUid,
  fromClient,
  text: 'Le bien est-il toujours disponible ?',
  propertyId: 'p-new',
  createdAt: serverTimestamp(),
  ...extra,
});
const reset = { unreadForStaff: 0, staffReadAt: serverTimestamp() };
const read = { unread: 0, readAt: serverTimestamp() };
const appointment = (c: string, extra: DocumentData = {}) => ({
  tenantId: T1,
  clientId: c,
  clientName: `Prénom ${c} Nom ${c}`,
  title: 'Visite du T3',
  type: 'visit',
  place: '4 cours Franklin Roosevelt, 69006 Lyon',
  propertyId: 'p-tovisit',
  startsAt: at('2026-06-15T08:30:00Z'),
  endsAt: at('2026-06-15T09:30:00Z'),
  createdBy: uids.owner,
  createdAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  ...extra,
});
const agendaWeek = [
  ['tenantId', '==', T1],
  ['startsAt', '>=', at('2026-06-15T00:00:00Z')],
  ['startsAt', '<', at('2026-06-22T00:00:00Z')],
] as const;

/** Documents the shared fixture lacks: read states, and appointments the agenda can find. */
async function seedTogether(harness: RulesHarness) {
  await harness.env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    const put = (path: string, data: DocumentData) => setDoc(doc(db, path), data);
    const zero = { unread: 2, readAt: at('2026-01-05T12:00:00Z') };
    await put(readState('c1', uids.client), zero);
    await put(readState('c1', uids.formerLogin), zero);
    await put(readState('c2', uids.otherClient), zero);
    await put(readState('c3', uids.revokedClient), zero);
    await put(readState('c1', uids.client, T2), zero);
    for (const c of ['c1', 'c4']) {
      await put(appt(c, 'agenda-1'), {
        ...appointment(c),
        createdAt: at('2026-01-05T12:00:00Z'),
        updatedAt: at('2026-01-05T12:00:00Z'),
      });
    }
  });
}

const clientCases = table(C.clients, [
  {
    actor: 'owner',
    op: 'update',
    path: paths.client('c1'),
    what: 'opens the conversation (unreadForStaff 0)',
    data: reset,
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'update',
    path: paths.client('c1'),
    what: 'sets unreadForStaff to 5',
    data: { ...reset, unreadForStaff: 5 },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: paths.client('c1'),
    what: 'opens the conversation, dated 2001',
    data: { ...reset, staffReadAt: in2001 },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: paths.client('c1'),
    what: 'forges the last message preview',
    data: { ...reset, lastMessagePreview: 'Rien' },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'list',
    path: paths.clients(),
    orderBy: 'lastMessageAt',
    what: 'conversations by last message',
    expect: 'allow',
  },
  {
    actor: 'admin',
    op: 'list',
    path: paths.clients(),
    where: [['unreadForStaff', '>', 0]],
    what: 'the unread badge query',
    expect: 'allow',
  },
  {
    actor: 'collaborator',
    op: 'update',
    path: paths.client('c4'),
    what: 'opens a conversation not shared (setting off)',
    data: reset,
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'update',
    path: paths.client('c1'),
    what: 'resets the staff count of its own space',
    data: reset,
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'update',
    path: paths.client('c1'),
    what: 'opens a conversation of another tenant',
    data: reset,
    expect: 'deny',
  },
  {
    actor: 'otherClient',
    op: 'update',
    path: paths.client('c1'),
    what: 'resets the count of another space',
    data: reset,
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'update',
    path: paths.client('c3'),
    what: 'resets the staff count of its own space',
    data: reset,
    expect: 'deny',
  },
  {
    actor: 'unauthenticated',
    op: 'update',
    path: paths.client('c1'),
    what: 'opens a conversation',
    data: reset,
    expect: 'deny',
  },
]);

const clientMessage = (what: string, extra: DocumentData, expect: 'allow' | 'deny'): CaseRow => ({
  actor: 'client',
  op: 'create',
  path: msg('c1', 'new'),
  what,
  data: message(uids.client, true, extra),
  expect,
});

const messageCases = table(C.messages, [
  {
    actor: 'owner',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a reply',
    data: message(uids.owner, false, { propertyId: null }),
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a reply with a forged property title',
    data: message(uids.owner, false, { property: { title: 'Château', city: 'Lyon' } }),
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a reply with fromClient true',
    data: message(uids.admin, true),
    expect: 'deny',
  },
  {
    actor: 'collaborator',
    op: 'list',
    path: msg('c4'),
    orderBy: 'createdAt',
    what: 'a conversation not shared (setting off)',
    expect: 'allow',
  },
  {
    actor: 'collaborator',
    op: 'create',
    path: msg('c1', 'new'),
    what: "a reply signed with the owner's uid",
    data: message(uids.owner, false),
    expect: 'deny',
  },
  clientMessage('a question about a property', {}, 'allow'),
  clientMessage('posing as the agency (fromClient false)', { fromClient: false }, 'deny'),
  clientMessage("signed with the other login's uid", { authorUid: uids.formerLogin }, 'deny'),
  clientMessage(
    'with a property title of its own',
    { property: { title: 'X', city: 'Y' } },
    'deny',
  ),
  clientMessage('marked as already counted', { countedAt: serverTimestamp() }, 'deny'),
  clientMessage('empty', { text: '' }, 'deny'),
  clientMessage('of 100 KB', { text: 'x'.repeat(100_000) }, 'deny'),
  {
    actor: 'client',
    op: 'update',
    path: msg('c1', 'm-client'),
    what: 'edits its own message',
    data: { text: 'Autre chose' },
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'writes to a space of another tenant',
    data: message(uids.otherTenantAdmin, false),
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: msg('c1', 'new', T2),
    what: `${msg('c1', 'new', T2)} (its own tenant)`,
    data: message(uids.otherTenantAdmin, false),
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'writes to another space',
    data: message(uids.otherClient, true),
    expect: 'deny',
  },
  { actor: 'otherClient', op: 'list', path: msg('c1'), expect: 'deny' },
  {
    actor: 'revokedClient',
    op: 'create',
    path: msg('c3', 'new'),
    what: 'writes to its own space',
    data: message(uids.revokedClient, true),
    expect: 'deny',
  },
  {
    actor: 'impersonation',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'writes while previewing',
    data: message(`imp-${uids.owner}`, true),
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: msg('c1', 'm-staff'), expect: 'deny' },
]);

const readStateCases = table(C.readState, [
  { actor: 'owner', op: 'get', path: readState('c1', uids.client), expect: 'allow' },
  {
    actor: 'owner',
    op: 'update',
    path: readState('c1', uids.client),
    what: "resets a login's count",
    data: read,
    expect: 'deny',
  },
  { actor: 'admin', op: 'list', path: paths.space('c1', 'readState'), expect: 'allow' },
  { actor: 'collaborator', op: 'get', path: readState('c1', uids.client), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'create',
    path: readState('c1', uids.collaborator),
    what: 'a read state of its own',
    data: read,
    expect: 'deny',
  },
  { actor: 'client', op: 'get', path: readState('c1', uids.client), expect: 'allow' },
  {
    actor: 'client',
    op: 'get',
    path: readState('c1', uids.formerLogin),
    what: "the other login's count",
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: readState('c1', uids.client),
    what: 'reads the conversation (unread 0)',
    data: read,
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'update',
    path: readState('c1', uids.client),
    what: 'sets its count to 3',
    data: { ...read, unread: 3 },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: readState('c1', uids.client),
    what: 'reads the conversation, dated 2001',
    data: { ...read, readAt: in2001 },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: readState('c1', uids.client),
    what: 'adds a field',
    data: { ...read, note: 'x' },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: readState('c1', uids.formerLogin),
    what: "resets the other login's count",
    data: read,
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'delete',
    path: readState('c1', uids.client),
    expect: 'deny',
  },
  {
    actor: 'formerLogin',
    op: 'update',
    path: readState('c1', uids.formerLogin),
    what: 'reads a conversation it left',
    data: read,
    expect: 'deny',
  },
  {
    actor: 'impersonation',
    op: 'create',
    path: readState('c1', `imp-${uids.owner}`),
    what: 'marks read while previewing',
    data: read,
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'get',
    path: readState('c1', uids.client),
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'get',
    path: readState('c1', uids.client, T2),
    what: `${readState('c1', uids.client, T2)} (its own tenant)`,
    expect: 'allow',
  },
  { actor: 'otherClient', op: 'get', path: readState('c1', uids.client), expect: 'deny' },
  {
    actor: 'otherClient',
    op: 'update',
    path: readState('c2', uids.otherClient),
    what: 'reads its own conversation',
    data: read,
    expect: 'allow',
  },
  {
    actor: 'revokedClient',
    op: 'update',
    path: readState('c3', uids.revokedClient),
    what: 'reads its own conversation',
    data: read,
    expect: 'deny',
  },
  { actor: 'unauthenticated', op: 'get', path: readState('c1', uids.client), expect: 'deny' },
]);

const ownerCreates = (what: string, extra: DocumentData, expect: 'allow' | 'deny'): CaseRow => ({
  actor: 'owner',
  op: 'create',
  path: appt('c1', 'new'),
  what,
  data: appointment('c1', extra),
  expect,
});

const appointmentCases = table(C.appointments, [
  ownerCreates('a visit', {}, 'allow'),
  ownerCreates(
    'a deed without property or place',
    { type: 'acte', propertyId: null, place: '' },
    'allow',
  ),
  ownerCreates('ending before it starts', { endsAt: at('2026-06-15T08:00:00Z') }, 'deny'),
  ownerCreates('ending when it starts', { endsAt: at('2026-06-15T08:30:00Z') }, 'deny'),
  ownerCreates('lasting two days', { endsAt: at('2026-06-17T08:30:00Z') }, 'deny'),
  ownerCreates('of an unknown type', { type: 'apéro' }, 'deny'),
  ownerCreates('without a title', { title: '' }, 'deny'),
  ownerCreates('naming another tenant', { tenantId: T2 }, 'deny'),
  ownerCreates('naming another client', { clientId: 'c2' }, 'deny'),
  ownerCreates('with a field of its own', { secret: true }, 'deny'),
  ownerCreates('with a string for a date', { startsAt: '2026-06-15T08:30' }, 'deny'),
  {
    actor: 'owner',
    op: 'update',
    path: appt('c1', 'agenda-1'),
    what: 'moves it an hour later',
    data: { startsAt: at('2026-06-15T09:30:00Z'), endsAt: at('2026-06-15T10:30:00Z') },
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'update',
    path: appt('c1', 'agenda-1'),
    what: 'moves its start after its end',
    data: { startsAt: at('2026-06-15T10:30:00Z') },
    expect: 'deny',
  },
  { actor: 'admin', op: 'delete', path: appt('c1', 'agenda-1'), expect: 'allow' },
  {
    actor: 'collaborator',
    op: 'create',
    path: appt('c4', 'new'),
    what: 'for a client not shared (setting off)',
    data: appointment('c4'),
    expect: 'allow',
  },
  { actor: 'client', op: 'get', path: appt('c1', 'agenda-1'), expect: 'allow' },
  {
    actor: 'client',
    op: 'list',
    path: appt('c1'),
    orderBy: 'startsAt',
    what: 'its calendar',
    expect: 'allow',
  },
  {
    actor: 'client',
    op: 'create',
    path: appt('c1', 'new'),
    what: 'plans one itself',
    data: appointment('c1'),
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: appt('c1', 'agenda-1'),
    what: 'moves one',
    data: { place: 'Chez moi' },
    expect: 'deny',
  },
  { actor: 'client', op: 'delete', path: appt('c1', 'agenda-1'), expect: 'deny' },
  {
    actor: 'impersonation',
    op: 'delete',
    path: appt('c1', 'agenda-1'),
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: appt('c1', 'new'),
    what: 'in a space of another tenant',
    data: appointment('c1'),
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: appt('c1', 'new', T2),
    what: `${appt('c1', 'new', T2)} (its own tenant)`,
    data: appointment('c1', { tenantId: T2, createdBy: uids.otherTenantAdmin }),
    expect: 'allow',
  },
  { actor: 'otherClient', op: 'get', path: appt('c1', 'agenda-1'), expect: 'deny' },
  { actor: 'otherClient', op: 'list', path: appt('c2'), expect: 'allow' },
  { actor: 'revokedClient', op: 'list', path: appt('c3'), expect: 'deny' },
  { actor: 'unauthenticated', op: 'list', path: appt('c1'), expect: 'deny' },
]);

const agenda = (
  actor: CaseRow['actor'],
  expect: 'allow' | 'deny',
  where: CaseRow['where'] = agendaWeek,
  what?: string,
): CaseRow => ({
  actor,
  op: 'list',
  path: 'appointments',
  group: true,
  where,
  orderBy: 'startsAt',
  ...(what ? { what } : {}),
  expect,
});

const agendaCases = table(C.agenda, [
  agenda('owner', 'allow'),
  agenda('owner', 'deny', [], 'every tenant’s appointments (no tenantId)'),
  agenda('admin', 'allow'),
  agenda('collaborator', 'allow'),
  agenda('client', 'deny'),
  agenda('otherTenantAdmin', 'deny'),
  agenda('otherClient', 'deny'),
  agenda('revokedClient', 'deny'),
  agenda('unauthenticated', 'deny'),
  agenda('impersonation', 'deny'),
]);

const sharedOnly = 'collaboratorSharedOnly';
const sharedOnlyCases: RuleCase[] = [
  ...table(C.clients, [
    {
      actor: sharedOnly,
      op: 'update',
      path: paths.client('c1'),
      what: 'opens a shared conversation',
      data: reset,
      expect: 'allow',
    },
    {
      actor: sharedOnly,
      op: 'update',
      path: paths.client('c4'),
      what: 'opens a conversation not shared',
      data: reset,
      expect: 'deny',
    },
    {
      actor: sharedOnly,
      op: 'list',
      path: paths.clients(),
      where: [['sharedWith', 'array-contains', uids.collaborator]],
      orderBy: 'lastMessageAt',
      what: 'its conversations by last message',
      expect: 'allow',
    },
    {
      actor: sharedOnly,
      op: 'list',
      path: paths.clients(),
      orderBy: 'lastMessageAt',
      what: 'every conversation by last message',
      expect: 'deny',
    },
  ]),
  ...table(C.messages, [
    {
      actor: sharedOnly,
      op: 'create',
      path: msg('c1', 'new'),
      what: 'replies to a shared client',
      data: message(uids.collaborator, false),
      expect: 'allow',
    },
    {
      actor: sharedOnly,
      op: 'create',
      path: msg('c4', 'new'),
      what: 'replies to a client not shared',
      data: message(uids.collaborator, false),
      expect: 'deny',
    },
  ]),
  ...table(C.readState, [
    { actor: sharedOnly, op: 'get', path: readState('c1', uids.client), expect: 'allow' },
  ]),
  ...table(C.appointments, [
    {
      actor: sharedOnly,
      op: 'create',
      path: appt('c1', 'new'),
      what: 'for a shared client',
      data: appointment('c1', { createdBy: uids.collaborator }),
      expect: 'allow',
    },
    {
      actor: sharedOnly,
      op: 'create',
      path: appt('c4', 'new'),
      what: 'for a client not shared',
      data: appointment('c4', { createdBy: uids.collaborator }),
      expect: 'deny',
    },
    { actor: sharedOnly, op: 'list', path: appt('c4'), expect: 'deny' },
  ]),
  ...table(C.agenda, [agenda(sharedOnly, 'deny')]),
];

function describeTogether(name: string, cases: RuleCase[], options: FixtureOptions = {}) {
  setLogLevel('silent');
  describe(`firestore.rules matrix: ${name}`, () => {
    let harness: RulesHarness | undefined;
    beforeAll(async () => {
      harness = new RulesHarness(await rulesEnvironment(`demo-rules-${name}`));
      await seedFixture(harness.env, options);
      await seedTogether(harness);
    });
    afterAll(async () => {
      await harness?.cleanup();
    });
    it.each(named(cases).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      if (!harness) throw new Error('the environment did not start');
      await harness.check(k);
    });
  });
}

const everyday = [
  ...clientCases,
  ...messageCases,
  ...readStateCases,
  ...appointmentCases,
  ...agendaCases,
];

it('has cases for every core actor in every collection, allowed and denied', () => {
  expect(gaps(everyday)).toEqual([]);
});

describeTogether('together', everyday);
describeTogether('together-shared-only', sharedOnlyCases, { sharedOnly: true });
