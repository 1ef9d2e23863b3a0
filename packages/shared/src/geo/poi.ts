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

/** Enough for a household (work, schools, family) and keeps one Matrix request per mode. */
export const POI_MAX_PER_CLIENT = 10;

const documentId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });

/**
 * The callable's input: a client saves for their own space; staff name the space (`clientId`).
 * Without `poiId` a new point is created.
 */
export const savePointOfInterestInput = pointOfInterestInput.extend({
  poiId: documentId.optional(),
  clientId: documentId.optional(),
});
export type SavePointOfInterestInput = z.infer<typeof savePointOfInterestInput>;

export const deletePointOfInterestInput = z.object(
  { poiId: documentId, clientId: documentId.optional() },
  { error: 'Données invalides.' },
);
export type DeletePointOfInterestInput = z.infer<typeof deletePointOfInterestInput>;

/** A point as stored in `tenants/{t}/clients/{c}/pois/{id}` (timestamps as epoch ms here). */
export interface PointOfInterestRecord {
  type: PoiType;
  name: string;
  /** The address as typed: the same text again is not geocoded again. */
  query: string;
  /** The geocoder's label of the address, as found. */
  address: string;
  location: { lat: number; lng: number };
  precision: 'exact' | 'street' | 'postalCode' | 'city';
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** Stable codes of the points' callables (`HttpsError` details.code), translated by the apps. */
export const poiErrorCodes = {
  addressNotFound: 'poi/address-not-found',
  geocoderUnavailable: 'poi/geocoder-unavailable',
  tooMany: 'poi/too-many',
  notFound: 'poi/not-found',
} as const;

export interface SavePointOfInterestResult {
  poiId: string;
  address: string;
  precision: PointOfInterestRecord['precision'];
}
