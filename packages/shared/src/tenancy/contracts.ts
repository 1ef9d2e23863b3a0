import { z } from 'zod';
import { brandingSchema, languageSchema } from '../branding/branding.js';

/**
 * Inputs of every callable function about tenancy and identity (T1–T7). Functions parse with
 * these; forms validate with the same schemas before calling. Messages are French: they are
 * shown to the user as they are.
 */

const trimmed = (max: number, label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, { error: `${label} est obligatoire.` })
    .max(max, { error: `${label} : ${max} caractères au plus.` });

export const emailSchema = z
  .string({ error: "L'adresse e-mail est obligatoire." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Adresse e-mail invalide.' }));

export const passwordSchema = z
  .string({ error: 'Le mot de passe est obligatoire.' })
  .min(8, { error: 'Le mot de passe doit comporter au moins 8 caractères.' })
  .max(128, { error: 'Le mot de passe est trop long.' });

/** A tenant's id is its slug: lower-case letters, digits and inner hyphens, 3 to 40 long. */
export const slugSchema = z
  .string({ error: "L'identifiant de domaine est obligatoire." })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/, {
    error: 'Identifiant : 3 à 40 caractères, lettres minuscules, chiffres et tirets.',
  });

export const tokenSchema = z
  .string({ error: 'Lien invalide.' })
  .regex(/^[A-Za-z0-9_-]{32,128}$/, { error: 'Lien invalide.' });

export const idSchema = z
  .string({ error: 'Identifiant manquant.' })
  .regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });

/**
 * The human check of the public sign-up: the ALTCHA widget's payload, base64 of
 * `{ challenge, solution }` (a proof of work on a challenge the backend signed).
 */
const humanCheckMissing = 'Vérification anti-robot manquante : cochez « Je ne suis pas un robot ».';
const humanCheckInvalid = 'La vérification anti-robot est invalide : recommencez.';
export const humanCheckSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? humanCheckMissing : humanCheckInvalid),
  })
  .min(1, { error: humanCheckMissing })
  .max(4000, { error: humanCheckInvalid });

const hex = (max: number) =>
  z
    .string()
    .regex(/^[0-9a-f]*$/i)
    .max(max);

/**
 * The decoded payload, as `altcha-lib` verifies it. The challenge's parameters keep every key
 * they came with: the backend's signature covers all of them.
 */
export const humanCheckPayloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string().max(32),
      nonce: hex(256),
      salt: hex(256),
      cost: z.number().int().positive(),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: hex(128),
      keySignature: hex(256).optional(),
      expiresAt: z.number().optional(),
    }),
    signature: hex(256),
  }),
  solution: z.object({
    counter: z.number().int().min(0),
    derivedKey: hex(256),
    time: z.number().optional(),
  }),
});
export type HumanCheckPayload = z.infer<typeof humanCheckPayloadSchema>;

/**
 * The version of the terms of use and privacy policy a sign-up accepts, recorded on the tenant
 * (`termsVersion`): change it whenever the published texts change.
 */
export const TERMS_VERSION = '2026-12-01';
/** The stable code (`details.code`) of a sign-up refused for want of consent. */
export const termsNotAcceptedCode = 'signup/terms-not-accepted';
export const termsNotAcceptedMessage =
  "Vous devez accepter les conditions d'utilisation et la politique de confidentialité.";
/** Consent is an explicit `true`: missing, false or any other value is refused. */
export const acceptTermsSchema = z.literal(true, { error: termsNotAcceptedMessage });

// T1 — tenant sign-up (public).
export const signUpTenantInput = z.object({
  companyName: trimmed(120, 'Le nom de la société'),
  slug: slugSchema,
  ownerName: trimmed(120, 'Votre nom'),
  email: emailSchema,
  password: passwordSchema,
  /** The robot check's solution (the ALTCHA widget's payload). */
  altcha: humanCheckSchema,
  acceptTerms: acceptTermsSchema,
});
export type SignUpTenantInput = z.infer<typeof signUpTenantInput>;
export interface SignUpTenantResult {
  tenantId: string;
  /** The agency's own user pool, where the owner signs in. */
  authTenantId: string;
}

// T4 — team.
export const requestStaffAccessInput = z.object({
  tenantId: slugSchema,
  displayName: trimmed(120, 'Votre nom'),
  email: emailSchema,
  password: passwordSchema,
});
export const decideStaffRequestInput = z.object({
  uid: idSchema,
  approve: z.boolean(),
  role: z.enum(['admin', 'collaborator']).default('collaborator'),
});
export const changeMemberRoleInput = z.object({
  uid: idSchema,
  role: z.enum(['admin', 'collaborator']),
});
export const removeMemberInput = z.object({ uid: idSchema });
/**
 * Who a client is shared with (`clients/{c}.sharedWith`), written directly by owners and admins;
 * the rules also cap the list at 50.
 */
export const shareClientInput = z.object({
  sharedWith: z
    .array(idSchema)
    .max(50, { error: 'Un client peut être partagé avec 50 collaborateurs au plus.' })
    .refine((uids) => new Set(uids).size === uids.length, {
      error: 'Un collaborateur est sélectionné deux fois.',
    }),
});
export type ShareClientInput = z.infer<typeof shareClientInput>;

// T5 — client access lifecycle.
export const clientCriteriaSchema = z.object({
  budgetMax: z.number().int().positive().max(100_000_000).nullable().default(null),
  areas: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  roomsMin: z.number().int().min(0).max(50).nullable().default(null),
  surfaceMin: z.number().int().min(0).max(100_000).nullable().default(null),
});
export const createClientInput = z.object({
  firstName: trimmed(80, 'Le prénom'),
  lastName: trimmed(80, 'Le nom'),
  email: emailSchema,
  phone: z.string().trim().max(40).default(''),
  criteria: clientCriteriaSchema.default({
    budgetMax: null,
    areas: [],
    roomsMin: null,
    surfaceMin: null,
  }),
});
export type CreateClientInput = z.infer<typeof createClientInput>;
export const clientRefInput = z.object({ clientId: idSchema });
export const addClientLoginInput = z.object({
  clientId: idSchema,
  email: emailSchema,
  displayName: trimmed(120, 'Le nom'),
});
export const completeFirstLoginInput = z.object({ token: tokenSchema, password: passwordSchema });
export const requestPasswordResetInput = z.object({
  tenantId: slugSchema,
  app: z.enum(['admin', 'client']),
  email: emailSchema,
});
export const completePasswordResetInput = completeFirstLoginInput;

// T2 / T7 — settings written directly by admins, checked by the rules and by these schemas.
export const tenantSettingsSchema = z.object({
  rowsPerPage: z
    .number()
    .int()
    .min(10, { error: 'Entre 10 et 350 lignes par page.' })
    .max(350, { error: 'Entre 10 et 350 lignes par page.' }),
  language: languageSchema,
  collaboratorsSeeSharedOnly: z.boolean(),
  magicLinkSignIn: z.boolean(),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;
export const defaultTenantSettings: TenantSettings = {
  rowsPerPage: 25,
  language: 'fr',
  collaboratorsSeeSharedOnly: false,
  magicLinkSignIn: false,
};

export const companyInfoSchema = z.object({
  address: z.string().trim().max(300),
  phone: z.string().trim().max(40),
  email: z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide.' })]),
  professionalCardNumber: z
    .string()
    .trim()
    .max(60, { error: 'Numéro de carte : 60 caractères au plus.' }),
  /** Who issued the card (L1), e.g. « CCI Paris Île-de-France »; optional in stored documents. */
  professionalCardAuthority: z
    .string()
    .trim()
    .max(120, { error: 'Organisme : 120 caractères au plus.' })
    .default(''),
});
export const publicBrandingSchema = brandingSchema.extend({ company: companyInfoSchema });
export type PublicBranding = z.infer<typeof publicBrandingSchema>;

// T6 — impersonation.
export const startImpersonationInput = clientRefInput;
export interface StartImpersonationResult {
  /** A custom token to sign in to the client app, read-only. */
  token: string;
}

export const memberStatuses = ['pending', 'active', 'rejected', 'removed'] as const;
export type MemberStatus = (typeof memberStatuses)[number];
export const clientStatuses = ['added', 'invited', 'active', 'revoked', 'deleting'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const SANDBOX_PURGE_DAYS = 90;
export const INVITE_TTL_DAYS = 7;
export const RESET_TTL_HOURS = 2;
