import { z } from 'zod';

/** What the client rates after a visit (C2), 1 to 5 stars each; firestore.rules lists the same. */
export const reportCriteria = ['location', 'light', 'condition', 'layout', 'price'] as const;
export type ReportCriterion = (typeof reportCriteria)[number];

/** The preset reasons of a rejection; the client may add their own words. */
export const rejectionPresets = [
  'price',
  'location',
  'condition',
  'layout',
  'surface',
  'noise',
  'other',
] as const;
export type RejectionPreset = (typeof rejectionPresets)[number];

const stars = z
  .number({ error: 'Donnez une note de 1 à 5 étoiles.' })
  .int({ error: 'Donnez une note de 1 à 5 étoiles.' })
  .min(1, { error: 'Donnez une note de 1 à 5 étoiles.' })
  .max(5, { error: 'Donnez une note de 1 à 5 étoiles.' });

export const visitRequestInput = z.object({
  availabilities: z
    .string({ error: 'Indiquez vos disponibilités.' })
    .trim()
    .min(1, { error: 'Indiquez vos disponibilités.' })
    .max(2000, { error: 'Vos disponibilités : 2 000 caractères au plus.' }),
});

export const reportInput = z.object({
  ratings: z
    .partialRecord(z.enum(reportCriteria), stars)
    .refine((ratings) => Object.keys(ratings).length > 0, {
      error: 'Notez au moins un critère.',
    }),
  comment: z.string().trim().max(5000, { error: 'Commentaire : 5 000 caractères au plus.' }),
});

/** An offer: an amount and how long it stands. Nothing is paid (L3). */
export const offerInput = z
  .object({
    amount: z
      .number({ error: 'Indiquez le montant de votre offre.' })
      .int({ error: 'Le montant est en euros, sans centimes.' })
      .min(1000, { error: 'Le montant semble trop faible.' })
      .max(100_000_000, { error: 'Le montant semble trop élevé.' }),
    validUntil: z.date({ error: 'Indiquez jusqu’à quand votre offre est valable.' }),
  })
  .refine((offer) => offer.validUntil.getTime() > Date.now(), {
    error: 'La date de validité doit être dans le futur.',
    path: ['validUntil'],
  })
  .refine((offer) => offer.validUntil.getTime() < Date.now() + 365 * 86_400_000, {
    error: 'Une offre vaut au plus un an.',
    path: ['validUntil'],
  });

export const rejectionInput = z
  .object({
    preset: z.enum(rejectionPresets).nullable(),
    text: z.string().trim().max(900, { error: 'Raison : 900 caractères au plus.' }),
  })
  .refine((rejection) => rejection.preset !== null || rejection.text.length > 0, {
    error: 'Dites-nous pourquoi ce bien ne vous convient pas.',
    path: ['text'],
  });
