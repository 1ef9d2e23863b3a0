import { z } from 'zod';

/** A guest link (D4) lasts at most this long; the hunter picks the date. */
export const GUEST_MAX_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });
const name = (label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, { error: `${label} est obligatoire.` })
    .max(80, { error: `${label} : 80 caractères au plus.` });

/**
 * Giving one person access to one dossier by e-mail, until a date (`expiresAt`, epoch ms): at
 * least an hour ahead, at most GUEST_MAX_DAYS days.
 */
export const grantGuestAccessInput = z
  .object({
    dossierId: id,
    email: z.email({ error: 'Adresse e-mail invalide.' }).trim().toLowerCase().max(254),
    firstName: name('Le prénom'),
    lastName: name('Le nom'),
    expiresAt: z.number({ error: 'Choisissez une date d’expiration.' }).int(),
  })
  .refine((input) => input.expiresAt > Date.now() + 60 * 60 * 1000, {
    error: 'La date d’expiration doit être dans le futur.',
    path: ['expiresAt'],
  })
  .refine((input) => input.expiresAt <= Date.now() + GUEST_MAX_DAYS * DAY_MS, {
    error: `Un accès occasionnel dure ${GUEST_MAX_DAYS} jours au plus.`,
    path: ['expiresAt'],
  });
export type GrantGuestAccessInput = z.input<typeof grantGuestAccessInput>;

export const revokeGuestAccessInput = z.object({ dossierId: id, guestId: id });

/** The token a guest link carries: 43 base64url characters (32 random bytes). */
export const guestTokenSchema = z
  .string({ error: 'Lien invalide.' })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Lien invalide.' });

export interface DossierGuest {
  email: string;
  firstName: string;
  lastName: string;
  expiresAt: number;
  revokedAt: number | null;
  createdAt: number;
}

export const GUEST_LINK_REFUSED_CODE = 'dossier/guest-link-refused';
export const GUEST_LINK_REFUSED_MESSAGE =
  'Ce lien d’accès n’est plus valable (expiré ou retiré). Demandez-en un nouveau à l’agence.';
