// Each agency signs its users in to its own Auth tenant (user pool). A token minted in another
// pool — or in the project's own — is refused whatever its claims say, even when its uid and
// claims are exactly those of a member or a client of the agency. The legitimate actors' allowed
// twins of these cases are in the other files of the matrix.
import { serverTimestamp } from 'firebase/firestore';
import {
  assignmentIds as ids,
  describeMatrix,
  paths,
  table,
  type ActorName,
  type CaseRow,
} from '../support/rules.js';

const published = [['published', '==', true]] as const;

/** What the agency's admin does every day, tried with that admin's uid and claims. */
function staffCases(actor: ActorName): CaseRow[] {
  return [
    { actor, op: 'get', path: paths.tenant(), expect: 'deny' },
    { actor, op: 'list', path: paths.members(), expect: 'deny' },
    { actor, op: 'list', path: paths.clients(), expect: 'deny' },
    { actor, op: 'get', path: paths.space('c1', 'private', 'notes'), expect: 'deny' },
    {
      actor,
      op: 'update',
      path: paths.space('c1', 'assignments', ids.new),
      what: 'unpublish an assignment',
      data: { published: false, updatedAt: serverTimestamp() },
      expect: 'deny',
    },
    { actor, op: 'list', path: paths.of('properties'), expect: 'deny' },
    {
      actor,
      op: 'list',
      path: 'assignments',
      group: true,
      where: [['tenantId', '==', 't1']],
      expect: 'deny',
    },
    {
      actor,
      op: 'create',
      path: paths.space('c1', 'messages', 'm-pool'),
      data: {
        authorUid: 'admin-1',
        fromClient: false,
        text: 'Bonjour',
        propertyId: null,
        createdAt: serverTimestamp(),
      },
      expect: 'deny',
    },
  ];
}

/** What c1's login does, tried with that login's uid and claims. */
function clientCases(actor: ActorName): CaseRow[] {
  return [
    { actor, op: 'get', path: paths.client('c1'), expect: 'deny' },
    {
      actor,
      op: 'list',
      path: paths.space('c1', 'assignments'),
      where: published,
      expect: 'deny',
    },
    { actor, op: 'list', path: paths.space('c1', 'messages'), expect: 'deny' },
    {
      actor,
      op: 'update',
      path: paths.space('c1', 'assignments', ids.new),
      what: 'ask to visit',
      data: {
        stage: 'toVisit',
        visitRequest: { availabilities: 'Samedi', at: serverTimestamp() },
        updatedAt: serverTimestamp(),
        lastMove: {
          from: 'new',
          to: 'toVisit',
          by: 'client-1',
          byClient: true,
          at: serverTimestamp(),
        },
      },
      expect: 'deny',
    },
  ];
}

const cases = [
  ...table('pools: staff token of another agency', staffCases('adminFromOtherPool')),
  ...table('pools: staff token of the project pool', staffCases('adminFromProjectPool')),
  ...table('pools: client token of another agency', clientCases('clientFromOtherPool')),
  ...table('pools: preview minted in another agency', [
    { actor: 'previewFromOtherPool', op: 'get', path: paths.client('c1'), expect: 'deny' },
    {
      actor: 'previewFromOtherPool',
      op: 'list',
      path: paths.space('c1', 'assignments'),
      where: published,
      expect: 'deny',
    },
  ]),
  // The same requests from the agency's own pool pass, so the denials above come from the pool.
  ...table('pools: the agency pool itself', [
    { actor: 'admin', op: 'list', path: paths.clients(), expect: 'allow' },
    {
      actor: 'admin',
      op: 'list',
      path: 'assignments',
      group: true,
      where: [['tenantId', '==', 't1']],
      expect: 'allow',
    },
    { actor: 'client', op: 'get', path: paths.client('c1'), expect: 'allow' },
    { actor: 'impersonation', op: 'get', path: paths.client('c1'), expect: 'allow' },
  ]),
];

describeMatrix('pools', cases);
