// Seeds the demo tenant into the running local stack. Safe to run again: every id is fixed.
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { defaultBucket } from '../../functions/src/storage.js';
import { applyEmulatorEnv, host, ports, projectId, storageBucket } from '../stack-config.js';
import {
  clientDisplayName,
  clientSearchFields,
  clientSnapshot,
  defaultTenantSettings,
  exampleFields,
  exampleLocation,
  propertyDetails,
  propertyStoredFields,
  type PropertyPhoto,
  type PropertyRecord,
} from '@portail/shared';
import { storePhoto } from '../../functions/src/properties/photoFiles.js';
import {
  demoAssignments,
  demoCompany,
  demoBranding,
  demoClients,
  demoPassword,
  demoProperties,
  demoStaff,
  demoTenantId,
  type DemoLogin,
} from './demo-data.js';
import { drawLogo, drawProperty } from './images.js';

applyEmulatorEnv();
const app = initializeApp({ projectId, storageBucket });
const db = getFirestore(app);
const tenantManager = getAuth(app).tenantManager();
const bucket = defaultBucket(app);
const tenant = db.doc(`tenants/${demoTenantId}`);
const DAY = 24 * 60 * 60 * 1000;

async function upload(path: string, bytes: Buffer): Promise<string> {
  await bucket.file(path).save(bytes, { contentType: 'image/png', resumable: false });
  return path;
}

function publicUrl(path: string): string {
  return `http://${host}:${ports.storage}/storage/v1/b/${storageBucket}/o/${encodeURIComponent(path)}?alt=media`;
}

/**
 * The demo agency's own Auth tenant (user pool), as signUpTenant creates one for every agency:
 * the one already recorded on the tenant when it still exists, else a new one.
 */
async function ensureAuthTenant(): Promise<string> {
  const recorded: unknown = (await tenant.get()).get('authTenantId');
  if (typeof recorded === 'string') {
    const existing = await tenantManager.getTenant(recorded).catch(() => null);
    if (existing) return recorded;
  }
  const created = await tenantManager.createTenant({
    displayName: `t-${demoTenantId}`,
    emailSignInConfig: { enabled: true, passwordRequired: true },
  });
  return created.tenantId;
}

async function ensureLogin(authTenantId: string, login: DemoLogin) {
  const auth = tenantManager.authForTenant(authTenantId);
  const profile = {
    email: login.email,
    password: demoPassword,
    displayName: login.displayName,
    emailVerified: true,
  };
  try {
    await auth.updateUser(login.uid, profile);
  } catch {
    await auth.createUser({ uid: login.uid, ...profile });
  }
  const claims =
    login.role === 'client'
      ? { tenantId: demoTenantId, role: login.role, clientId: login.clientId }
      : { tenantId: demoTenantId, role: login.role };
  await auth.setCustomUserClaims(login.uid, claims);
}

async function main() {
  const authTenantId = await ensureAuthTenant();
  const [bucketExists] = await bucket.exists();
  if (!bucketExists) await bucket.create();

  const logoPath = await upload(
    `tenants/${demoTenantId}/branding/logo.png`,
    drawLogo(demoBranding.primaryColour, demoBranding.accentColour),
  );

  const batch = db.batch();
  // The demo is a paid tenant so that the sandbox purge never empties it.
  batch.set(tenant, {
    name: demoBranding.name,
    slug: demoTenantId,
    plan: 'paid',
    purgeAt: null,
    ownerUid: demoStaff[0]!.uid,
    authTenantId,
    adminAppUrl: `http://localhost:${ports.adminWeb}`,
    clientAppUrl: `http://localhost:${ports.clientWeb}`,
    createdAt: FieldValue.serverTimestamp(),
  });
  batch.set(tenant.collection('config').doc('settings'), defaultTenantSettings);
  // The sign-in page's public copy of the settings (functions keep it in step afterwards).
  batch.set(tenant.collection('public').doc('signin'), {
    magicLink: defaultTenantSettings.magicLinkSignIn,
    authTenantId,
  });
  batch.set(tenant.collection('public').doc('branding'), {
    ...demoBranding,
    logoUrl: publicUrl(logoPath),
    company: demoCompany,
  });
  for (const [port, kind] of [
    [ports.adminWeb, 'admin'],
    [ports.clientWeb, 'client'],
  ] as const) {
    for (const hostname of ['localhost', '127.0.0.1', `${demoTenantId}.localhost`]) {
      batch.set(db.doc(`domains/${hostname}:${port}`), {
        tenantId: demoTenantId,
        app: kind,
        authTenantId,
      });
    }
  }

  for (const member of demoStaff) {
    batch.set(tenant.collection('members').doc(member.uid), {
      email: member.email,
      displayName: member.displayName,
      role: member.role,
      status: 'active',
      authTenantId,
      createdAt: FieldValue.serverTimestamp(),
    });
  }

  for (const client of demoClients) {
    const ref = tenant.collection('clients').doc(client.id);
    batch.set(ref, {
      firstName: client.firstName,
      lastName: client.lastName,
      email: client.email,
      phone: client.phone,
      status: 'active',
      authTenantId,
      loginUids: client.logins.map((login) => login.uid),
      // As the invitation leaves them: each person of the space, invited once, password chosen.
      logins: Object.fromEntries(
        client.logins.map((login) => [
          login.uid,
          {
            email: login.email,
            displayName: login.displayName,
            invitedAt: Timestamp.fromMillis(Date.now() - 30 * DAY),
            invitationCount: 1,
            passwordSetAt: Timestamp.fromMillis(Date.now() - 29 * DAY),
          },
        ]),
      ),
      sharedWith: client.sharedWithCollaborator ? ['demo-collaborator'] : [],
      criteria: client.criteria,
      ...clientSearchFields({ ...client, logins: {} }),
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    batch.set(tenant.collection('clientEmails').doc(client.email), { clientId: client.id });
    batch.set(ref.collection('private').doc('notes'), {
      note: client.privateNote,
      feeAmount: Math.round(client.criteria.budgetMax * 0.03),
      feeCurrency: 'EUR',
    });
  }

  // Properties as saveProperty leaves them, with two photos each resized as uploadPhoto does.
  const records = new Map<string, PropertyRecord>();
  for (const [index, example] of demoProperties.entries()) {
    const fields = exampleFields(example);
    const photos: PropertyPhoto[] = [];
    for (const n of [0, 1]) {
      const { id, width, height } = await storePhoto(
        demoTenantId,
        example.id,
        drawProperty(index * 2 + n),
        'image/png',
      );
      photos.push({ id, width, height });
    }
    const stored = { ...propertyStoredFields(fields, exampleLocation(example)), photos };
    records.set(example.id, stored as PropertyRecord);
    const ref = tenant.collection('properties').doc(example.id);
    batch.set(ref, {
      ...stored,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      createdBy: demoStaff[0]!.uid,
    });
    batch.set(ref.collection('private').doc('details'), propertyDetails(fields));
  }

  for (const assignment of demoAssignments) {
    const client = demoClients.find((c) => c.id === assignment.clientId)!;
    const record = records.get(assignment.propertyId)!;
    batch.set(
      tenant
        .collection('clients')
        .doc(assignment.clientId)
        .collection('assignments')
        .doc(assignment.propertyId),
      {
        propertyId: assignment.propertyId,
        clientId: assignment.clientId,
        tenantId: demoTenantId,
        published: assignment.published,
        stage: assignment.stage,
        rejectedReason: assignment.rejectedReason ?? null,
        visitRequest: null,
        report: null,
        offer: null,
        property: clientSnapshot(record),
        sourceUrl: null,
        clientName: clientDisplayName(client),
        sharedWith: client.sharedWithCollaborator ? ['demo-collaborator'] : [],
        lastMove: null,
        stageDates: {},
        createdBy: demoStaff[0]!.uid,
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      },
    );
  }

  const now = Date.now();
  const dupont = tenant.collection('clients').doc('client-dupont');
  batch.set(dupont.collection('appointments').doc('visit-property-2'), {
    title: 'Visite — Grand T4 avec balcon filant',
    type: 'visit',
    propertyId: 'property-2',
    place: '4 cours Franklin Roosevelt, 69006 Lyon',
    tenantId: demoTenantId,
    clientId: 'client-dupont',
    clientName: 'Julie Dupont',
    startsAt: Timestamp.fromMillis(now + 3 * DAY),
    endsAt: Timestamp.fromMillis(now + 3 * DAY + 60 * 60 * 1000),
  });
  batch.set(
    tenant.collection('clients').doc('client-nguyen').collection('appointments').doc('compromis'),
    {
      title: 'Signature du compromis',
      type: 'compromis',
      propertyId: 'property-5',
      place: 'Étude de Maître Roux, Villeurbanne',
      tenantId: demoTenantId,
      clientId: 'client-nguyen',
      clientName: 'Sophie Nguyen',
      startsAt: Timestamp.fromMillis(now + 10 * DAY),
      endsAt: Timestamp.fromMillis(now + 10 * DAY + 90 * 60 * 1000),
    },
  );
  const messages = [
    [
      'm1',
      'demo-owner',
      false,
      'Bonjour Julie et Marc, voici trois biens qui correspondent à vos critères.',
      null,
      4,
    ],
    [
      'm2',
      'demo-client-julie',
      true,
      'Merci ! Le T4 avec balcon nous plaît beaucoup, peut-on le visiter ?',
      'property-2',
      3,
    ],
    [
      'm3',
      'demo-owner',
      false,
      'Visite calée pour jeudi, je vous envoie le rendez-vous.',
      'property-2',
      2,
    ],
  ] as const;
  for (const [id, authorUid, fromClient, text, propertyId, daysAgo] of messages) {
    batch.set(dupont.collection('messages').doc(id), {
      authorUid,
      fromClient,
      text,
      propertyId,
      createdAt: Timestamp.fromMillis(now - daysAgo * DAY),
    });
  }
  await batch.commit();

  for (const login of [...demoStaff, ...demoClients.flatMap((client) => client.logins)]) {
    await ensureLogin(authTenantId, login);
  }
  console.log(`[seed] demo tenant "${demoBranding.name}" ready (${demoTenantId})`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[seed] failed:', error);
    process.exit(1);
  },
);
