// The matrix for documents (H8) and message attachments (H7): staff (scoped) and the space's
// client read a space's documents, nobody writes them through the SDKs (the upload and delete
// functions do), the download entries are staff-read and functions-written, and a message may
// carry a file only if it is a document of that same space, copied exactly. A second project
// runs the shared-only collaborator.
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
  type ActorName,
  type CaseRow,
  type FixtureOptions,
  type RuleCase,
} from '../support/rules.js';

const C = {
  documents: 'tenants/{t}/clients/{c}/documents',
  downloads: 'tenants/{t}/clients/{c}/documents/{d}/downloads',
  messages: 'tenants/{t}/clients/{c}/messages',
};

const document = (c: string, id?: string, t = T1) => paths.space(c, 'documents', id, t);
const downloads = (c: string, d: string, id?: string, t = T1) =>
  `${document(c, d, t)}/downloads${id ? `/${id}` : ''}`;
const msg = (c: string, id?: string) => paths.space(c, 'messages', id);

const plan = {
  title: 'Plan du T3',
  fileName: 'Plan du T3 – étage.pdf',
  contentType: 'application/pdf',
  size: 48_213,
  propertyId: 'p-new',
  fromMessage: false,
  uploadedBy: uids.owner,
  uploaderRole: 'staff',
  createdAt: at('2026-01-05T12:00:00Z'),
  downloadCount: 0,
  lastDownloadAt: null,
};
const attachmentOf = (documentId: string, extra: DocumentData = {}) => ({
  documentId,
  fileName: plan.fileName,
  contentType: plan.contentType,
  size: plan.size,
  ...extra,
});
const withFile = (authorUid: string, fromClient: boolean, extra: DocumentData = {}) => ({
  authorUid,
  fromClient,
  text: 'Voici le plan.',
  propertyId: null,
  attachment: attachmentOf('plan'),
  createdAt: serverTimestamp(),
  ...extra,
});

/** A document in c1–c4 of t1 and in c1 of t2, each with one download entry; one more in c2. */
async function seedDocuments(harness: RulesHarness) {
  await harness.env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    const put = (path: string, data: DocumentData) => setDoc(doc(db, path), data);
    for (const [c, t] of [
      ['c1', T1],
      ['c2', T1],
      ['c3', T1],
      ['c4', T1],
      ['c1', T2],
    ] as const) {
      await put(document(c, 'plan', t), plan);
      await put(downloads(c, 'plan', 'dl-1', t), {
        uid: uids.client,
        role: 'client',
        inline: false,
        at: at('2026-01-06T09:00:00Z'),
      });
    }
    await put(document('c2', 'only-c2'), plan);
  });
}

const fresh = { ...plan, createdAt: serverTimestamp() };
const download = { uid: uids.client, role: 'client', inline: false, at: serverTimestamp() };

/** Every actor's reads and the writes nobody makes through the SDKs. */
function documentRows(actor: ActorName, c: string, reads: 'allow' | 'deny'): CaseRow[] {
  return [
    { actor, op: 'get', path: document(c, 'plan'), expect: reads },
    { actor, op: 'list', path: document(c), expect: reads },
    {
      actor,
      op: 'list',
      path: document(c),
      where: [['propertyId', '==', 'p-new']],
      what: `${document(c)} of one property`,
      expect: reads,
    },
    { actor, op: 'create', path: document(c, 'new'), data: fresh, expect: 'deny' },
    {
      actor,
      op: 'update',
      path: document(c, 'plan'),
      what: 'bumps its download count',
      data: { downloadCount: 1 },
      expect: 'deny',
    },
    { actor, op: 'delete', path: document(c, 'plan'), expect: 'deny' },
  ];
}

function downloadRows(actor: ActorName, c: string, reads: 'allow' | 'deny'): CaseRow[] {
  return [
    { actor, op: 'list', path: downloads(c, 'plan'), expect: reads },
    { actor, op: 'get', path: downloads(c, 'plan', 'dl-1'), expect: reads },
    { actor, op: 'create', path: downloads(c, 'plan', 'new'), data: download, expect: 'deny' },
    { actor, op: 'delete', path: downloads(c, 'plan', 'dl-1'), expect: 'deny' },
  ];
}

const documentCases = table(C.documents, [
  ...documentRows('owner', 'c1', 'allow'),
  ...documentRows('admin', 'c1', 'allow'),
  ...documentRows('collaborator', 'c4', 'allow'),
  ...documentRows('client', 'c1', 'allow'),
  { actor: 'client', op: 'get', path: document('c2', 'plan'), expect: 'deny' },
  ...documentRows('otherClient', 'c1', 'deny'),
  ...documentRows('revokedClient', 'c3', 'deny'),
  ...documentRows('otherTenantAdmin', 'c1', 'deny'),
  {
    actor: 'otherTenantAdmin',
    op: 'get',
    path: document('c1', 'plan', T2),
    what: `${document('c1', 'plan', T2)} (its own tenant)`,
    expect: 'allow',
  },
  ...documentRows('unauthenticated', 'c1', 'deny'),
  { actor: 'impersonation', op: 'get', path: document('c1', 'plan'), expect: 'allow' },
  { actor: 'impersonation', op: 'delete', path: document('c1', 'plan'), expect: 'deny' },
]);

const downloadCases = table(C.downloads, [
  ...downloadRows('owner', 'c1', 'allow'),
  ...downloadRows('admin', 'c1', 'allow'),
  ...downloadRows('collaborator', 'c4', 'allow'),
  ...downloadRows('client', 'c1', 'deny'),
  ...downloadRows('otherClient', 'c1', 'deny'),
  ...downloadRows('revokedClient', 'c3', 'deny'),
  ...downloadRows('otherTenantAdmin', 'c1', 'deny'),
  ...downloadRows('unauthenticated', 'c1', 'deny'),
  { actor: 'impersonation', op: 'list', path: downloads('c1', 'plan'), expect: 'deny' },
]);

const clientSends = (what: string, extra: DocumentData, expect: 'allow' | 'deny'): CaseRow => ({
  actor: 'client',
  op: 'create',
  path: msg('c1', 'new'),
  what,
  data: withFile(uids.client, true, extra),
  expect,
});
const ownerSends = (what: string, extra: DocumentData, expect: 'allow' | 'deny'): CaseRow => ({
  actor: 'owner',
  op: 'create',
  path: msg('c1', 'new'),
  what,
  data: withFile(uids.owner, false, extra),
  expect,
});

const messageCases = table(C.messages, [
  ownerSends('a reply with a document of the space', {}, 'allow'),
  ownerSends('a file without text', { text: '' }, 'allow'),
  ownerSends('no file and no text', { text: '', attachment: null }, 'deny'),
  ownerSends('a document that does not exist', { attachment: attachmentOf('ghost') }, 'deny'),
  ownerSends(
    'another size than the document’s',
    { attachment: attachmentOf('plan', { size: 1 }) },
    'deny',
  ),
  ownerSends(
    'another name than the document’s',
    { attachment: attachmentOf('plan', { fileName: 'facture.pdf' }) },
    'deny',
  ),
  ownerSends(
    'a field of its own in the attachment',
    { attachment: { ...attachmentOf('plan'), url: 'https://evil.example/x.pdf' } },
    'deny',
  ),
  ownerSends(
    'a document id that is a path',
    { attachment: attachmentOf('../c2/documents/plan') },
    'deny',
  ),
  {
    actor: 'admin',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a reply with a document of the space',
    data: withFile(uids.admin, false),
    expect: 'allow',
  },
  {
    actor: 'collaborator',
    op: 'create',
    path: msg('c4', 'new'),
    what: 'a reply with a document of the space (setting off)',
    data: withFile(uids.collaborator, false),
    expect: 'allow',
  },
  {
    actor: 'collaborator',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a document of another space (only c2 holds it)',
    data: withFile(uids.collaborator, false, { attachment: attachmentOf('only-c2') }),
    expect: 'deny',
  },
  clientSends('a file of its space', {}, 'allow'),
  clientSends('a file of its space, without text', { text: '' }, 'allow'),
  clientSends('a forged attachment', { attachment: attachmentOf('forged') }, 'deny'),
  clientSends(
    'an image posing as the PDF',
    { attachment: attachmentOf('plan', { contentType: 'image/png' }) },
    'deny',
  ),
  {
    actor: 'otherClient',
    op: 'create',
    path: msg('c2', 'new'),
    what: 'a file of its own space',
    data: withFile(uids.otherClient, true),
    expect: 'allow',
  },
  {
    actor: 'otherClient',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a file into another space',
    data: withFile(uids.otherClient, true),
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'create',
    path: msg('c3', 'new'),
    what: 'a file into its own space',
    data: withFile(uids.revokedClient, true),
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a file into a space of another tenant',
    data: withFile(uids.otherTenantAdmin, false),
    expect: 'deny',
  },
  {
    actor: 'unauthenticated',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a file',
    data: withFile('nobody', true),
    expect: 'deny',
  },
  {
    actor: 'impersonation',
    op: 'create',
    path: msg('c1', 'new'),
    what: 'a file while previewing',
    data: withFile(`imp-${uids.owner}`, true),
    expect: 'deny',
  },
]);

const sharedOnly = 'collaboratorSharedOnly';
const sharedOnlyCases: RuleCase[] = [
  ...table(C.documents, [
    { actor: sharedOnly, op: 'get', path: document('c1', 'plan'), expect: 'allow' },
    { actor: sharedOnly, op: 'list', path: document('c1'), expect: 'allow' },
    { actor: sharedOnly, op: 'get', path: document('c4', 'plan'), expect: 'deny' },
    { actor: sharedOnly, op: 'list', path: document('c4'), expect: 'deny' },
    { actor: sharedOnly, op: 'delete', path: document('c1', 'plan'), expect: 'deny' },
  ]),
  ...table(C.downloads, [
    { actor: sharedOnly, op: 'list', path: downloads('c1', 'plan'), expect: 'allow' },
    { actor: sharedOnly, op: 'list', path: downloads('c4', 'plan'), expect: 'deny' },
  ]),
  ...table(C.messages, [
    {
      actor: sharedOnly,
      op: 'create',
      path: msg('c1', 'new'),
      what: 'a file to a shared client',
      data: withFile(uids.collaborator, false),
      expect: 'allow',
    },
    {
      actor: sharedOnly,
      op: 'create',
      path: msg('c4', 'new'),
      what: 'a file to a client not shared',
      data: withFile(uids.collaborator, false),
      expect: 'deny',
    },
  ]),
];

function describeDocuments(name: string, cases: RuleCase[], options: FixtureOptions = {}) {
  setLogLevel('silent');
  describe(`firestore.rules matrix: ${name}`, () => {
    let harness: RulesHarness | undefined;
    beforeAll(async () => {
      harness = new RulesHarness(await rulesEnvironment(`demo-rules-${name}`));
      await seedFixture(harness.env, options);
      await seedDocuments(harness);
    });
    afterAll(async () => {
      await harness?.cleanup();
      console.log(`rules matrix: ${cases.length} cases in tests/rules/documents.test.ts (${name})`);
    });
    it.each(named(cases).map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      if (!harness) throw new Error('the environment did not start');
      await harness.check(k);
    });
  });
}

const everyday = [...documentCases, ...downloadCases, ...messageCases];

it('has cases for every core actor in every collection, allowed and denied', () => {
  expect(gaps(everyday)).toEqual([]);
});

describeDocuments('documents', everyday);
describeDocuments('documents-shared-only', sharedOnlyCases, { sharedOnly: true });
