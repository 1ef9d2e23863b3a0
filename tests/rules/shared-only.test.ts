// A tenant that turned on "collaborators see only shared clients": its collaborator sees c1 (and
// c2), shared with them, but not c4; a list of clients must filter on `sharedWith`. Owners and
// admins are not scoped. A project of its own, seeded with the setting on.
import { serverTimestamp } from 'firebase/firestore';
import {
  assignmentDoc,
  assignmentIds as ids,
  describeMatrix,
  paths,
  table,
  uids,
  type RuleCase,
} from '../support/rules.js';

const actor = 'collaboratorSharedOnly';
const message = {
  authorUid: uids.collaborator,
  fromClient: false,
  text: 'Bonjour',
  createdAt: serverTimestamp(),
};

const cases: RuleCase[] = [
  ...table('tenants/{t}/clients/{c}', [
    {
      actor,
      op: 'get',
      path: paths.client('c1'),
      what: `${paths.client('c1')} (shared)`,
      expect: 'allow',
    },
    {
      actor,
      op: 'get',
      path: paths.client('c2'),
      what: `${paths.client('c2')} (shared)`,
      expect: 'allow',
    },
    {
      actor,
      op: 'get',
      path: paths.client('c4'),
      what: `${paths.client('c4')} (not shared)`,
      expect: 'deny',
    },
    {
      actor,
      op: 'list',
      path: paths.clients(),
      where: [['sharedWith', 'array-contains', uids.collaborator]],
      expect: 'allow',
    },
    {
      actor,
      op: 'list',
      path: paths.clients(),
      what: `${paths.clients()} without a filter`,
      expect: 'deny',
    },
    {
      actor,
      op: 'list',
      path: paths.clients(),
      where: [['status', '==', 'active']],
      expect: 'deny',
    },
    {
      actor,
      op: 'update',
      path: paths.client('c1'),
      what: 'phone of a shared client',
      data: { phone: '+33 6 77 77 77 77' },
      expect: 'allow',
    },
    {
      actor,
      op: 'update',
      path: paths.client('c4'),
      what: 'phone of a client not shared',
      data: { phone: '+33 6 77 77 77 77' },
      expect: 'deny',
    },
    {
      actor,
      op: 'update',
      path: paths.client('c4'),
      what: 'sharedWith (share c4 with itself)',
      data: { sharedWith: [uids.collaborator] },
      expect: 'deny',
    },
    {
      actor: 'owner',
      op: 'get',
      path: paths.client('c4'),
      what: `${paths.client('c4')} (owners are not scoped)`,
      expect: 'allow',
    },
    {
      actor: 'admin',
      op: 'list',
      path: paths.clients(),
      what: `${paths.clients()} without a filter (admins are not scoped)`,
      expect: 'allow',
    },
    {
      actor: 'client',
      op: 'get',
      path: paths.client('c1'),
      what: `${paths.client('c1')} (its own)`,
      expect: 'allow',
    },
  ]),
  ...table('tenants/{t}/clients/{c}/private/{doc}', [
    { actor, op: 'get', path: paths.space('c1', 'private', 'notes'), expect: 'allow' },
    { actor, op: 'get', path: paths.space('c4', 'private', 'notes'), expect: 'deny' },
    {
      actor,
      op: 'update',
      path: paths.space('c4', 'private', 'notes'),
      what: `${paths.space('c4', 'private', 'notes')} note`,
      data: { note: 'x' },
      expect: 'deny',
    },
  ]),
  ...table('tenants/{t}/clients/{c}/assignments', [
    { actor, op: 'list', path: paths.space('c1', 'assignments'), expect: 'allow' },
    { actor, op: 'list', path: paths.space('c4', 'assignments'), expect: 'deny' },
    { actor, op: 'get', path: paths.space('c4', 'assignments', ids.new), expect: 'deny' },
    {
      actor,
      op: 'update',
      path: paths.space('c1', 'assignments', ids.new),
      what: 'new→toVisit on a shared client',
      data: { stage: 'toVisit' },
      expect: 'allow',
    },
    {
      actor,
      op: 'create',
      path: paths.space('c4', 'assignments', 'p-extra'),
      data: assignmentDoc('c4', 'p-extra', 'new', true),
      expect: 'deny',
    },
    { actor: 'owner', op: 'list', path: paths.space('c4', 'assignments'), expect: 'allow' },
  ]),
  ...table('tenants/{t}/clients/{c}/messages', [
    {
      actor,
      op: 'create',
      path: paths.space('c1', 'messages', 'new'),
      what: 'own message to a shared client',
      data: message,
      expect: 'allow',
    },
    {
      actor,
      op: 'create',
      path: paths.space('c4', 'messages', 'new'),
      what: 'own message to a client not shared',
      data: message,
      expect: 'deny',
    },
    { actor, op: 'list', path: paths.space('c4', 'messages'), expect: 'deny' },
  ]),
  ...table('tenants/{t}/clients/{c}/appointments', [
    { actor, op: 'get', path: paths.space('c1', 'appointments', 'visit-1'), expect: 'allow' },
    { actor, op: 'get', path: paths.space('c4', 'appointments', 'visit-1'), expect: 'deny' },
  ]),
  ...table('tenants/{t}/clients/{c}/documents', [
    { actor, op: 'get', path: paths.space('c4', 'documents', 'doc-1'), expect: 'deny' },
  ]),
  ...table('tenants/{t}/clients/{c}/pois', [
    { actor, op: 'list', path: paths.space('c4', 'pois'), expect: 'deny' },
  ]),
  ...table('tenants/{t}/properties/{p}', [
    {
      actor,
      op: 'get',
      path: paths.of('properties', ids.new),
      what: `${paths.of('properties', ids.new)} (not scoped)`,
      expect: 'allow',
    },
  ]),
  // A preview started while the client was shared ends when it no longer is.
  ...table('tenants/{t}/clients/{c}/assignments', [
    {
      actor: 'previewOfSharedClient',
      op: 'list',
      path: paths.space('c1', 'assignments'),
      where: [['published', '==', true]],
      expect: 'allow',
    },
    {
      actor: 'previewOfUnsharedClient',
      op: 'list',
      path: paths.space('c4', 'assignments'),
      where: [['published', '==', true]],
      expect: 'deny',
    },
  ]),
  ...table('tenants/{t}/clients/{c}', [
    { actor: 'previewOfSharedClient', op: 'get', path: paths.client('c1'), expect: 'allow' },
    { actor: 'previewOfUnsharedClient', op: 'get', path: paths.client('c4'), expect: 'deny' },
  ]),
  ...table('tenants/{t}/config/settings', [
    { actor, op: 'get', path: paths.settings(), expect: 'allow' },
    {
      actor,
      op: 'update',
      path: paths.settings(),
      what: 'turn the setting off',
      data: { collaboratorsSeeSharedOnly: false },
      expect: 'deny',
    },
  ]),
];

describeMatrix('shared-only', cases, { sharedOnly: true });
