// The matrix for what the dossiers feature adds (D1–D4): the field checks on staff's direct
// writes to a dossier (toggles only; fields, files and download states go through functions),
// the dossier's history, per-file counters and guests (staff read, functions write), the guest
// links (functions only), the tenant's unpaid policy and a client's exemption (admins).
import { serverTimestamp } from 'firebase/firestore';
import {
  T2,
  describeMatrix,
  paths,
  table,
  type ActorName,
  type CaseRow,
} from '../support/rules.js';

const dossier = (id: string, t?: string) => paths.of('dossiers', id, t);
const part = (name: string, id?: string, dossierId = 'd-c1-pub', t?: string) =>
  `${dossier(dossierId, t)}/${name}${id ? `/${id}` : ''}`;

const fields = table('tenants/{t}/dossiers/{id} (field checks)', [
  {
    actor: 'owner',
    op: 'create',
    path: dossier('d-o-empty'),
    what: 'an empty dossier',
    data: { title: '[O] Diagnostics', clientId: 'c1', published: false, paid: false, amount: 120 },
    expect: 'allow',
  },
  {
    actor: 'owner',
    op: 'create',
    path: dossier('d-o-files'),
    what: 'with files (only uploads add them)',
    data: {
      title: '[O] Diagnostics',
      clientId: 'c1',
      files: [{ id: 'f1', name: 'a.pdf', kind: 'pdf' }],
    },
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'create',
    path: dossier('d-o-state'),
    what: 'claiming a download state',
    data: { title: '[O] Diagnostics', clientId: 'c1', downloadState: 'all' },
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'create',
    path: dossier('d-o-negative'),
    what: 'with a negative amount',
    data: { title: '[O] Diagnostics', clientId: 'c1', amount: -5 },
    expect: 'deny',
  },
  {
    actor: 'collaborator',
    op: 'create',
    path: dossier('d-o-untitled'),
    what: 'without a title',
    data: { title: '', clientId: 'c1' },
    expect: 'deny',
  },
  {
    actor: 'collaborator',
    op: 'update',
    path: dossier('d-c1-draft'),
    what: 'amount and updatedAt',
    data: { amount: 450.5, updatedAt: serverTimestamp() },
    expect: 'allow',
  },
  {
    actor: 'collaborator',
    op: 'update',
    path: dossier('d-c1-draft'),
    what: 'its files',
    data: { files: [{ id: 'f1', name: 'a.pdf', kind: 'pdf' }] },
    expect: 'deny',
  },
  {
    actor: 'admin',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'its download state',
    data: { downloadState: 'all', downloadedFileIds: ['f1'] },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'its title (saveDossier keeps the search keys)',
    data: { title: 'Autre' },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'to another client',
    data: { clientId: 'c2' },
    expect: 'deny',
  },
  {
    actor: 'owner',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'paid as a string',
    data: { paid: 'yes' },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'its own amount',
    data: { amount: 0 },
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'published',
    data: { published: false },
    expect: 'deny',
  },
  {
    actor: 'otherClient',
    op: 'update',
    path: dossier('d-c2-pub'),
    what: 'its own dossier paid',
    data: { paid: true },
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'create',
    path: dossier('d-o-revoked'),
    data: { title: 'x', clientId: 'c3' },
    expect: 'deny',
  },
  {
    actor: 'unauthenticated',
    op: 'update',
    path: dossier('d-c1-pub'),
    what: 'paid',
    data: { paid: true },
    expect: 'deny',
  },
]);

/** A dossier's sub-collection: staff who see its client read it, nobody writes it. */
function staffRead(name: string): CaseRow[] {
  const get = (actor: ActorName, expect: 'allow' | 'deny', dossierId = 'd-c1-pub'): CaseRow => ({
    actor,
    op: 'get',
    path: part(name, 'e-1', dossierId),
    // Entries are the functions' to write; the rules decide on the path alone.
    absent: true,
    expect,
  });
  return [
    get('owner', 'allow'),
    { actor: 'owner', op: 'list', path: part(name), expect: 'allow' },
    {
      actor: 'owner',
      op: 'create',
      path: part(name, 'e-new'),
      data: { fileId: 'f1', served: 'original' },
      expect: 'deny',
    },
    get('admin', 'allow', 'd-c2-pub'),
    { actor: 'admin', op: 'delete', path: part(name, 'e-1'), absent: true, expect: 'deny' },
    get('collaborator', 'allow'),
    get('client', 'deny'),
    { actor: 'client', op: 'list', path: part(name), expect: 'deny' },
    get('otherTenantAdmin', 'deny'),
    {
      actor: 'otherTenantAdmin',
      op: 'list',
      path: part(name, undefined, 'd-x', T2),
      expect: 'allow',
    },
    get('otherClient', 'deny', 'd-c2-pub'),
    get('revokedClient', 'deny', 'd-c3-pub'),
    get('unauthenticated', 'deny'),
  ];
}

const history = table('tenants/{t}/dossiers/{d}/history', staffRead('history'));
const fileStats = table('tenants/{t}/dossiers/{d}/fileStats', staffRead('fileStats'));
const guests = table('tenants/{t}/dossiers/{d}/guests', staffRead('guests'));

const guestLinks = table(
  'guestLinks/{tokenHash}',
  (
    [
      'owner',
      'admin',
      'collaborator',
      'client',
      'otherTenantAdmin',
      'otherClient',
      'revokedClient',
      'unauthenticated',
    ] as const
  ).map((actor): CaseRow => ({
    actor,
    op: 'get',
    path: 'guestLinks/h-1',
    absent: true,
    expect: 'deny',
  })),
);

const settings = table('tenants/{t}/config/settings (unpaidPolicy)', [
  {
    actor: 'owner',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'allow',
  },
  {
    actor: 'admin',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy stamp',
    data: { unpaidPolicy: 'stamp' },
    expect: 'allow',
  },
  {
    actor: 'admin',
    op: 'update',
    path: paths.settings(),
    what: 'an unknown unpaidPolicy',
    data: { unpaidPolicy: 'free' },
    expect: 'deny',
  },
  {
    actor: 'collaborator',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'deny',
  },
  {
    actor: 'client',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'deny',
  },
  {
    actor: 'otherTenantAdmin',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'deny',
  },
  {
    actor: 'otherClient',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'deny',
  },
  {
    actor: 'revokedClient',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'deny',
  },
  {
    actor: 'unauthenticated',
    op: 'update',
    path: paths.settings(),
    what: 'unpaidPolicy block',
    data: { unpaidPolicy: 'block' },
    expect: 'deny',
  },
]);

const exempt = (actor: ActorName, expect: 'allow' | 'deny', c = 'c1', value: unknown = true) =>
  ({
    actor,
    op: 'update',
    path: paths.client(c),
    what: `unpaidExempt ${JSON.stringify(value)} on ${c}`,
    data: { unpaidExempt: value },
    expect,
  }) satisfies CaseRow;

const exemption = table('tenants/{t}/clients/{c} (unpaidExempt)', [
  exempt('owner', 'allow'),
  exempt('admin', 'allow', 'c2'),
  exempt('admin', 'deny', 'c2', 'yes'),
  exempt('collaborator', 'deny'),
  exempt('client', 'deny'),
  exempt('otherTenantAdmin', 'deny'),
  exempt('otherClient', 'deny', 'c2'),
  exempt('revokedClient', 'deny', 'c3'),
  exempt('unauthenticated', 'deny'),
]);

describeMatrix(
  'dossiers',
  [...fields, ...history, ...fileStats, ...guests, ...guestLinks, ...settings, ...exemption],
  { complete: true, nobody: ['guestLinks/{tokenHash}'] },
);
