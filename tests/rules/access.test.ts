// Tokens the claims alone would let in: the member or client document decides. A removed or
// pending member, a demoted admin (and a promoted collaborator), a staff preview of a client space
// (reads only, and only while the previewing member is active and the client not revoked), and a
// login taken out of a couple's space.
import { serverTimestamp } from 'firebase/firestore';
import {
  T2,
  assignmentIds as ids,
  describeMatrix,
  paths,
  table,
  uids,
  validBranding,
  type RuleCase,
} from '../support/rules.js';

const C = {
  tenant: 'tenants/{t}',
  branding: 'tenants/{t}/public/branding',
  settings: 'tenants/{t}/config/settings',
  members: 'tenants/{t}/members/{uid}',
  clients: 'tenants/{t}/clients/{c}',
  private: 'tenants/{t}/clients/{c}/private/{doc}',
  assignments: 'tenants/{t}/clients/{c}/assignments',
  messages: 'tenants/{t}/clients/{c}/messages',
  appointments: 'tenants/{t}/clients/{c}/appointments',
  documents: 'tenants/{t}/clients/{c}/documents',
  pois: 'tenants/{t}/clients/{c}/pois',
  properties: 'tenants/{t}/properties/{p}',
  dossiers: 'tenants/{t}/dossiers/{id}',
  mandates: 'tenants/{t}/mandates/{id}',
  audit: 'tenants/{t}/audit/{id}',
  domains: 'domains/{host}',
};

const c1 = paths.client('c1');
const assignments = (c = 'c1') => paths.space(c, 'assignments');
const published = [['published', '==', true]] as const;
const visitRequest = { availabilities: 'Samedi', at: serverTimestamp() };
/** A valid new→toVisit by `by`: refused only for who is asking. */
const askVisit = (by: string) => ({
  stage: 'toVisit',
  visitRequest,
  updatedAt: serverTimestamp(),
  lastMove: { from: 'new', to: 'toVisit', by, byClient: true, at: serverTimestamp() },
});
const message = (authorUid: string, fromClient: boolean) => ({
  authorUid,
  fromClient,
  text: 'Bonjour',
  createdAt: serverTimestamp(),
});

const removedMember: RuleCase[] = [
  ...table(C.tenant, [{ actor: 'removedMember', op: 'get', path: paths.tenant(), expect: 'deny' }]),
  ...table(C.members, [
    { actor: 'removedMember', op: 'list', path: paths.members(), expect: 'deny' },
    {
      actor: 'removedMember',
      op: 'update',
      path: paths.member(uids.removed),
      what: 'reinstate itself',
      data: { status: 'active' },
      expect: 'deny',
    },
  ]),
  ...table(C.clients, [
    { actor: 'removedMember', op: 'list', path: paths.clients(), expect: 'deny' },
    { actor: 'removedMember', op: 'get', path: c1, expect: 'deny' },
    {
      actor: 'removedMember',
      op: 'update',
      path: c1,
      what: 'phone',
      data: { phone: '+33 6 00 00 00 01' },
      expect: 'deny',
    },
  ]),
  ...table(C.assignments, [
    { actor: 'removedMember', op: 'list', path: assignments(), expect: 'deny' },
  ]),
  ...table(C.messages, [
    {
      actor: 'removedMember',
      op: 'create',
      path: paths.space('c1', 'messages', 'new'),
      what: 'own message',
      data: message(uids.removed, false),
      expect: 'deny',
    },
  ]),
  ...table(C.branding, [
    {
      actor: 'removedMember',
      op: 'update',
      path: paths.branding(),
      what: 'valid primaryColour',
      data: { primaryColour: '#000000' },
      expect: 'deny',
    },
    {
      actor: 'removedMember',
      op: 'get',
      path: paths.branding(),
      what: `${paths.branding()} (public)`,
      expect: 'allow',
    },
  ]),
  ...table(C.settings, [
    { actor: 'removedMember', op: 'get', path: paths.settings(), expect: 'deny' },
    {
      actor: 'removedMember',
      op: 'update',
      path: paths.settings(),
      what: 'rowsPerPage 50',
      data: { rowsPerPage: 50 },
      expect: 'deny',
    },
  ]),
  ...table(C.audit, [
    { actor: 'removedMember', op: 'list', path: paths.of('audit'), expect: 'deny' },
  ]),
  ...table(C.properties, [
    {
      actor: 'removedMember',
      op: 'create',
      path: paths.of('properties', 'p-fresh'),
      data: { title: 'T2' },
      expect: 'deny',
    },
  ]),
  ...table(C.domains, [
    {
      actor: 'removedMember',
      op: 'get',
      path: 'domains/agence-t1.example.test',
      what: 'domains/agence-t1.example.test (public)',
      expect: 'allow',
    },
  ]),
];

const pendingMember = [
  ...table(C.tenant, [{ actor: 'pendingMember', op: 'get', path: paths.tenant(), expect: 'deny' }]),
  ...table(C.members, [
    { actor: 'pendingMember', op: 'list', path: paths.members(), expect: 'deny' },
    {
      actor: 'pendingMember',
      op: 'update',
      path: paths.member(uids.pending),
      what: 'approve itself',
      data: { status: 'active' },
      expect: 'deny',
    },
  ]),
  ...table(C.clients, [
    { actor: 'pendingMember', op: 'list', path: paths.clients(), expect: 'deny' },
  ]),
  ...table(C.private, [
    {
      actor: 'pendingMember',
      op: 'get',
      path: paths.space('c1', 'private', 'notes'),
      expect: 'deny',
    },
  ]),
  ...table(C.properties, [
    { actor: 'pendingMember', op: 'get', path: paths.of('properties', 'p-new'), expect: 'deny' },
  ]),
];

const roleFromMemberDoc = [
  ...table(C.tenant, [
    {
      actor: 'demotedAdmin',
      op: 'get',
      path: paths.tenant(),
      what: 'tenants/t1 (still staff)',
      expect: 'allow',
    },
  ]),
  ...table(C.clients, [
    { actor: 'demotedAdmin', op: 'list', path: paths.clients(), expect: 'allow' },
    {
      actor: 'demotedAdmin',
      op: 'update',
      path: c1,
      what: 'phone',
      data: { phone: '+33 6 00 00 00 02' },
      expect: 'allow',
    },
    {
      actor: 'demotedAdmin',
      op: 'update',
      path: c1,
      what: 'sharedWith (admins only)',
      data: { sharedWith: [] },
      expect: 'deny',
    },
    {
      actor: 'promotedCollaborator',
      op: 'update',
      path: c1,
      what: 'sharedWith (admin per its member doc)',
      data: { sharedWith: [] },
      expect: 'allow',
    },
  ]),
  ...table(C.branding, [
    {
      actor: 'demotedAdmin',
      op: 'update',
      path: paths.branding(),
      what: 'valid primaryColour',
      data: { primaryColour: '#000000' },
      expect: 'deny',
    },
    {
      actor: 'promotedCollaborator',
      op: 'update',
      path: paths.branding(),
      what: 'valid primaryColour',
      data: { primaryColour: '#000000' },
      expect: 'allow',
    },
  ]),
  ...table(C.settings, [
    {
      actor: 'demotedAdmin',
      op: 'update',
      path: paths.settings(),
      what: 'rowsPerPage 50',
      data: { rowsPerPage: 50 },
      expect: 'deny',
    },
    {
      actor: 'promotedCollaborator',
      op: 'update',
      path: paths.settings(),
      what: 'rowsPerPage 50',
      data: { rowsPerPage: 50 },
      expect: 'allow',
    },
  ]),
  ...table(C.audit, [
    { actor: 'demotedAdmin', op: 'list', path: paths.of('audit'), expect: 'deny' },
    { actor: 'promotedCollaborator', op: 'list', path: paths.of('audit'), expect: 'allow' },
  ]),
];

const impersonation = [
  ...table(C.clients, [
    { actor: 'impersonation', op: 'get', path: c1, expect: 'allow' },
    { actor: 'impersonation', op: 'get', path: paths.client('c2'), expect: 'deny' },
    { actor: 'impersonation', op: 'list', path: paths.clients(), expect: 'deny' },
    {
      actor: 'impersonation',
      op: 'update',
      path: c1,
      what: 'phone',
      data: { phone: '+33 6 00 00 00 03' },
      expect: 'deny',
    },
    { actor: 'impersonationByRemoved', op: 'get', path: c1, expect: 'deny' },
    {
      actor: 'impersonationOfRevoked',
      op: 'get',
      path: paths.client('c3'),
      what: `${paths.client('c3')} (revoked since)`,
      expect: 'deny',
    },
    { actor: 'formerLogin', op: 'get', path: c1, what: `${c1} (its former space)`, expect: 'deny' },
  ]),
  ...table(C.assignments, [
    { actor: 'impersonation', op: 'list', path: assignments(), where: published, expect: 'allow' },
    {
      actor: 'impersonation',
      op: 'list',
      path: assignments(),
      what: `${assignments()} without a filter`,
      expect: 'deny',
    },
    {
      actor: 'impersonation',
      op: 'get',
      path: paths.space('c1', 'assignments', ids.new),
      expect: 'allow',
    },
    {
      actor: 'impersonation',
      op: 'get',
      path: paths.space('c1', 'assignments', ids.draft),
      what: `${paths.space('c1', 'assignments', ids.draft)} (unpublished)`,
      expect: 'deny',
    },
    {
      actor: 'impersonation',
      op: 'update',
      path: paths.space('c1', 'assignments', ids.new),
      what: 'new→toVisit with visitRequest',
      data: askVisit(`imp-${uids.owner}`),
      expect: 'deny',
    },
    {
      actor: 'impersonationByRemoved',
      op: 'list',
      path: assignments(),
      where: published,
      expect: 'deny',
    },
    { actor: 'formerLogin', op: 'list', path: assignments(), where: published, expect: 'deny' },
    {
      actor: 'formerLogin',
      op: 'update',
      path: paths.space('c1', 'assignments', ids.new),
      what: 'new→toVisit with visitRequest',
      data: askVisit(uids.formerLogin),
      expect: 'deny',
    },
  ]),
  ...table(C.messages, [
    {
      actor: 'impersonation',
      op: 'list',
      path: paths.space('c1', 'messages'),
      orderBy: 'createdAt',
      expect: 'allow',
    },
    {
      actor: 'impersonation',
      op: 'create',
      path: paths.space('c1', 'messages', 'new'),
      what: 'as the client (fromClient true, its own uid)',
      data: message(`imp-${uids.owner}`, true),
      expect: 'deny',
    },
    {
      actor: 'impersonation',
      op: 'create',
      path: paths.space('c1', 'messages', 'new'),
      what: 'as the owner (fromClient false)',
      data: message(uids.owner, false),
      expect: 'deny',
    },
    {
      actor: 'impersonationOfRevoked',
      op: 'list',
      path: paths.space('c3', 'messages'),
      expect: 'deny',
    },
    {
      actor: 'formerLogin',
      op: 'create',
      path: paths.space('c1', 'messages', 'new'),
      what: 'own message',
      data: message(uids.formerLogin, true),
      expect: 'deny',
    },
  ]),
  ...table(C.appointments, [
    {
      actor: 'impersonation',
      op: 'get',
      path: paths.space('c1', 'appointments', 'visit-1'),
      expect: 'allow',
    },
    {
      actor: 'impersonation',
      op: 'update',
      path: paths.space('c1', 'appointments', 'visit-1'),
      what: 'move it',
      data: { place: 'Ailleurs' },
      expect: 'deny',
    },
  ]),
  ...table(C.documents, [
    {
      actor: 'impersonation',
      op: 'get',
      path: paths.space('c1', 'documents', 'doc-1'),
      expect: 'allow',
    },
    {
      actor: 'impersonation',
      op: 'delete',
      path: paths.space('c1', 'documents', 'doc-1'),
      expect: 'deny',
    },
  ]),
  ...table(C.pois, [
    { actor: 'impersonation', op: 'list', path: paths.space('c1', 'pois'), expect: 'allow' },
  ]),
  ...table(C.private, [
    {
      actor: 'impersonation',
      op: 'get',
      path: paths.space('c1', 'private', 'notes'),
      expect: 'deny',
    },
  ]),
  ...table(C.dossiers, [
    { actor: 'impersonation', op: 'get', path: paths.of('dossiers', 'd-c1-pub'), expect: 'allow' },
    {
      actor: 'impersonation',
      op: 'update',
      path: paths.of('dossiers', 'd-c1-pub'),
      what: 'paid',
      data: { paid: true },
      expect: 'deny',
    },
  ]),
  ...table(C.mandates, [
    { actor: 'impersonation', op: 'get', path: paths.of('mandates', 'm-c1'), expect: 'allow' },
    {
      actor: 'impersonation',
      op: 'create',
      path: paths.of('mandates', 'm-c1-bis'),
      data: { clientId: 'c1', number: 9, signedAt: serverTimestamp(), remote: true },
      expect: 'deny',
    },
  ]),
  ...table(C.tenant, [{ actor: 'impersonation', op: 'get', path: paths.tenant(), expect: 'deny' }]),
  ...table(C.members, [
    {
      actor: 'impersonation',
      op: 'get',
      path: paths.member(uids.owner),
      what: `${paths.member(uids.owner)} (the previewing member)`,
      expect: 'deny',
    },
  ]),
  ...table(C.properties, [
    { actor: 'impersonation', op: 'get', path: paths.of('properties', 'p-new'), expect: 'deny' },
  ]),
  ...table(C.audit, [
    { actor: 'impersonation', op: 'list', path: paths.of('audit'), expect: 'deny' },
  ]),
  ...table(C.branding, [
    {
      actor: 'impersonation',
      op: 'update',
      path: paths.branding(),
      what: 'the whole branding',
      data: validBranding,
      expect: 'deny',
    },
  ]),
];

// An admin of both tenants signed in to t2 reads t2 only: its active member document in t1 does
// not stand in for the tenant claim.
const dualTenant = [
  ...table(C.tenant, [
    {
      actor: 'dualTenantAdmin',
      op: 'get',
      path: paths.tenant(),
      what: 'tenants/t1 (member there too, token for t2)',
      expect: 'deny',
    },
    { actor: 'dualTenantAdmin', op: 'get', path: paths.tenant(T2), expect: 'allow' },
  ]),
  ...table(C.clients, [
    { actor: 'dualTenantAdmin', op: 'list', path: paths.clients(), expect: 'deny' },
    { actor: 'dualTenantAdmin', op: 'list', path: paths.clients(T2), expect: 'allow' },
  ]),
  ...table(C.audit, [
    { actor: 'dualTenantAdmin', op: 'list', path: paths.of('audit'), expect: 'deny' },
  ]),
  ...table(C.branding, [
    {
      actor: 'dualTenantAdmin',
      op: 'update',
      path: paths.branding(),
      what: "t1's valid primaryColour",
      data: { primaryColour: '#000000' },
      expect: 'deny',
    },
  ]),
];

describeMatrix('access', [
  ...removedMember,
  ...pendingMember,
  ...roleFromMemberDoc,
  ...impersonation,
  ...dualTenant,
]);
