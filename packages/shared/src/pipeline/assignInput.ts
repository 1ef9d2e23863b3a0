import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });

/** "Affecter" (H3): properties to client spaces, each pair a draft card in that space. */
export const assignPropertiesInput = z
  .object({
    propertyIds: z
      .array(id)
      .min(1, { error: 'Choisissez au moins un bien.' })
      .max(50, { error: '50 biens au plus à la fois.' }),
    clientIds: z
      .array(id)
      .min(1, { error: 'Choisissez au moins un client.' })
      .max(50, { error: '50 clients au plus à la fois.' }),
  })
  .refine((input) => input.propertyIds.length * input.clientIds.length <= 200, {
    error: '200 affectations au plus à la fois.',
  });
export type AssignPropertiesInput = z.infer<typeof assignPropertiesInput>;
export interface AssignPropertiesResult {
  created: number;
  /** Pairs that already existed: left as they were (a re-run changes nothing). */
  existing: number;
}

export const clientDeletionRequestInput = z.object({
  clientId: id,
  reason: z.string().trim().max(1000, { error: 'Motif : 1 000 caractères au plus.' }).default(''),
});
