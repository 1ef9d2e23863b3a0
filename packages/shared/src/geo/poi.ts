import { z } from 'zod';
import { addressQuerySchema } from './address.js';

/** H9 / C4 — the kinds of place a client cares about around a property. */
export const poiTypes = ['work', 'school', 'family', 'transport', 'other'] as const;
export const poiTypeSchema = z.enum(poiTypes, { error: 'Type de lieu inconnu.' });
export type PoiType = z.infer<typeof poiTypeSchema>;

export const poiTypeLabels: Record<PoiType, string> = {
  work: 'Travail',
  school: 'École',
  family: 'Famille',
  transport: 'Transport',
  other: 'Autre',
};

export const pointOfInterestInput = z.object(
  {
    type: poiTypeSchema,
    name: z
      .string()
      .trim()
      .min(1, { error: 'Nom du lieu obligatoire.' })
      .max(120, { error: 'Nom du lieu trop long (120 caractères au plus).' }),
    address: addressQuerySchema,
  },
  { error: 'Données invalides.' },
);
export type PointOfInterestInput = z.infer<typeof pointOfInterestInput>;

/** How a client may travel; `transit` only where the routing provider has it. */
export const travelModes = ['walking', 'cycling', 'driving', 'transit'] as const;
export const travelModeSchema = z.enum(travelModes, { error: 'Mode de déplacement inconnu.' });
export type TravelMode = z.infer<typeof travelModeSchema>;

export const travelModeLabels: Record<TravelMode, string> = {
  walking: 'À pied',
  cycling: 'À vélo',
  driving: 'En voiture',
  transit: 'En transports en commun',
};
