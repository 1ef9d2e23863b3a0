import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import {
  acceptTermsSchema,
  defaultBranding,
  defaultTenantSettings,
  signUpTenantInput,
  termsNotAcceptedCode,
  termsNotAcceptedMessage,
  TERMS_VERSION,
  type PublicSignInOptions,
  type SignUpTenantResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { authForPool, createAuthTenant, deleteAuthTenant } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import { consumeHumanCheck, humanCheckSecrets } from '../common/humanCheck.js';
import { limitCallable } from '../common/rateLimit.js';
import { parseInput } from '../common/validation.js';
import { appUrlFor, domainHost } from './appUrls.js';
import { writeExampleProperties } from './exampleContent.js';
import { nextPurgeAt } from './plan.js';
import { createStaffUser } from './staffUsers.js';

/** Slugs that would collide with our own host names or confuse users. */
const reservedSlugs = new Set(['admin', 'api', 'app', 'www', 'mail', 'support', 'portail', 'demo']);

export const slugTaken = () =>
  new HttpsError('already-exists', 'Cet identifiant est déjà pris : choisissez-en un autre.');

/**
 * T1 "Créer mon espace" (public), once the owner has accepted the terms of use and privacy policy
 * (TERMS_VERSION, recorded on the tenant): creates the tenant in the sandbox (purged every
 * SANDBOX_PURGE_DAYS until it goes paid, example properties included), its own Auth tenant (the
 * agency's user pool), its branding and settings, and its owner's account in that pool. The pool
 * and the owner are created first and removed again if the tenant cannot be created, so a refused
 * sign-up leaves nothing behind.
 *
 * Each call costs a tenant and ten properties, so it is held back three ways before anything is
 * written: a limit per caller address (`signUp` in common/rateLimitPolicy.ts), the robot check's
 * proof of work (good once, see common/humanCheck.ts) and, in production, App Check. The e-mail
 * reveals nothing: every agency gets a new, empty pool, so an address is never "already used".
 */
export const signUpTenant = onCall(
  { secrets: humanCheckSecrets },
  async (request): Promise<SignUpTenantResult> => {
    // Checked apart so that the refusal carries its own code, whatever else is wrong.
    const consent = (request.data as { acceptTerms?: unknown } | null)?.acceptTerms;
    if (!acceptTermsSchema.safeParse(consent).success) {
      throw new HttpsError('invalid-argument', termsNotAcceptedMessage, {
        code: termsNotAcceptedCode,
      });
    }
    const input = parseInput(signUpTenantInput, request.data);
    await limitCallable('signUp', request);
    await consumeHumanCheck(input.altcha);
    const tenantId = input.slug;
    if (reservedSlugs.has(tenantId)) throw slugTaken();
    const tenantRef = db.doc(`tenants/${tenantId}`);
    if ((await tenantRef.get()).exists) throw slugTaken();

    const authTenantId = await createAuthTenant(tenantId);
    const auth = authForPool(authTenantId);
    let user: UserRecord;
    try {
      user = await createStaffUser(auth, input.email, input.password, input.ownerName);
    } catch (error) {
      await deleteAuthTenant(authTenantId);
      throw error;
    }
    const adminAppUrl = appUrlFor('admin', tenantId);
    const clientAppUrl = appUrlFor('client', tenantId);
    try {
      await db.runTransaction(async (tx) => {
        if ((await tx.get(tenantRef)).exists) throw slugTaken();
        tx.create(tenantRef, {
          name: input.companyName,
          slug: tenantId,
          plan: 'sandbox',
          purgeAt: nextPurgeAt(),
          ownerUid: user.uid,
          authTenantId,
          adminAppUrl,
          clientAppUrl,
          // What the owner agreed to, and when (the version names the published texts).
          termsVersion: TERMS_VERSION,
          termsAcceptedAt: FieldValue.serverTimestamp(),
          createdAt: FieldValue.serverTimestamp(),
        });
        tx.create(db.doc(`tenants/${tenantId}/public/branding`), {
          ...defaultBranding,
          name: input.companyName,
          company: { address: '', phone: '', email: input.email, professionalCardNumber: '' },
        });
        tx.create(db.doc(`tenants/${tenantId}/config/settings`), defaultTenantSettings);
        // What the signed-out sign-in page may know of the settings (see publishSignInOptions).
        tx.create(db.doc(`tenants/${tenantId}/public/signin`), {
          magicLink: defaultTenantSettings.magicLinkSignIn,
          authTenantId,
        } satisfies PublicSignInOptions);
        tx.create(db.doc(`tenants/${tenantId}/members/${user.uid}`), {
          email: input.email,
          displayName: input.ownerName,
          role: 'owner',
          status: 'active',
          authTenantId,
          createdAt: FieldValue.serverTimestamp(),
        });
        for (const [app, url] of [
          ['admin', adminAppUrl],
          ['client', clientAppUrl],
        ] as const) {
          const host = domainHost(url);
          if (host) tx.create(db.doc(`domains/${host}`), { tenantId, app, authTenantId });
        }
        writeAudit(
          tenantId,
          { action: 'tenant.created', actorUid: user.uid, targetId: tenantId },
          tx,
        );
      });
    } catch (error) {
      await deleteAuthTenant(authTenantId);
      if (error instanceof HttpsError) throw error;
      // A domain entry or document created meanwhile by a concurrent sign-up of the same slug.
      if ((error as { code?: number }).code === 6) throw slugTaken();
      throw error;
    }
    await auth.setCustomUserClaims(user.uid, { tenantId, role: 'owner' });
    await writeExampleProperties(tenantId);
    return { tenantId, authTenantId };
  },
);
