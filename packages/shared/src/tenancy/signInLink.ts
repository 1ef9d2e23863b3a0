import { z } from 'zod';
import { emailSchema, slugSchema, tokenSchema } from './contracts.js';

/**
 * T5 / T7 — signing in to the client app with a one-click e-mailed link, when the tenant's
 * `config/settings.magicLinkSignIn` allows it. Messages are French: they are shown as they are.
 */

export const requestSignInLinkInput = z.object(
  { tenantId: slugSchema, email: emailSchema },
  { error: 'Données invalides.' },
);
export type RequestSignInLinkInput = z.infer<typeof requestSignInLinkInput>;

export const completeSignInLinkInput = z.object(
  { token: tokenSchema },
  { error: 'Lien invalide.' },
);
export interface CompleteSignInLinkResult {
  /** A custom token for `signInWithCustomToken`; the login's own claims apply on sign-in. */
  token: string;
}

/**
 * `tenants/{t}/public/signin`, readable before sign-in: which sign-in options the page offers
 * (written by functions only, from the staff-only `config/settings`) and the agency's Auth tenant,
 * which the apps sign in to (`auth.tenantId`), written at sign-up.
 */
export const publicSignInOptionsSchema = z.object({
  magicLink: z.boolean(),
  authTenantId: z.string().min(1),
});
export type PublicSignInOptions = z.infer<typeof publicSignInOptionsSchema>;
