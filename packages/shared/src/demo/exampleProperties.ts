import type { PropertyType } from '../pipeline/stages.js';
import {
  propertyFieldsSchema,
  type PropertyFields,
  type PropertyLocation,
} from '../properties/property.js';

/**
 * Example properties (around Lyon): the demo tenant's, and what every new sandbox tenant starts
 * with (T1), so an agency trying the product has something to assign and publish. Plain data:
 * the seed and the functions write it.
 */
export interface ExampleProperty {
  id: string;
  title: string;
  type: PropertyType;
  price: number;
  surface: number;
  rooms: number;
  address: string;
  postalCode: string;
  city: string;
  location: { lat: number; lng: number };
  description: string;
  privateNote: string;
  sourceUrl: string | null;
}

const streets = [
  ['12 rue Vendôme', '69006', 'Lyon', 45.7668, 4.8456],
  ['4 cours Franklin Roosevelt', '69006', 'Lyon', 45.7689, 4.8514],
  ['27 rue Paul Bert', '69003', 'Lyon', 45.7575, 4.8527],
  ['8 avenue Henri Barbusse', '69100', 'Villeurbanne', 45.7664, 4.8797],
  ['15 rue Francis de Pressensé', '69100', 'Villeurbanne', 45.7672, 4.8731],
  ['3 chemin de la Sauvegarde', '69130', 'Écully', 45.7794, 4.7764],
  ['21 avenue Victor Hugo', '69160', 'Tassin-la-Demi-Lune', 45.7638, 4.7807],
  ['9 rue Garibaldi', '69006', 'Lyon', 45.7702, 4.8535],
  ['44 rue de la Part-Dieu', '69003', 'Lyon', 45.7601, 4.8489],
  ['2 impasse des Tilleuls', '69130', 'Écully', 45.7741, 4.7702],
] as const;

const kinds: [PropertyType, string, number, number, number][] = [
  ['apartment', 'Appartement haussmannien lumineux', 98, 4, 620_000],
  ['apartment', 'Grand T4 avec balcon filant', 105, 4, 645_000],
  ['apartment', 'T4 rénové proche Part-Dieu', 92, 4, 540_000],
  ['apartment', 'T3 avec terrasse', 64, 3, 329_000],
  ['apartment', 'T3 traversant au calme', 68, 3, 355_000],
  ['house', 'Maison familiale avec jardin', 168, 6, 870_000],
  ['house', 'Maison contemporaine avec piscine', 182, 6, 895_000],
  ['apartment', 'Duplex sous les toits', 110, 5, 690_000],
  ['apartment', 'T4 à rafraîchir, fort potentiel', 95, 4, 465_000],
  ['house', 'Maison de plain-pied', 150, 5, 780_000],
];

export const exampleProperties: ExampleProperty[] = kinds.map(
  ([type, title, surface, rooms, price], i) => {
    const [address, postalCode, city, lat, lng] = streets[i]!;
    return {
      id: `property-${i + 1}`,
      title,
      type,
      price,
      surface,
      rooms,
      address,
      postalCode,
      city,
      location: { lat, lng },
      description: `${title} de ${surface} m² à ${city}, ${rooms} pièces. Proche commerces et transports.`,
      privateNote: `Mandat chez l'agence du quartier — contact : M. Laurent, 04 78 00 00 ${String(10 + i)}`,
      sourceUrl: i % 3 === 0 ? null : `https://www.example.test/annonces/${1000 + i}`,
    };
  },
);

/** An example as a hunter would have entered it (the fields saveProperty takes). */
export function exampleFields(example: ExampleProperty): PropertyFields {
  return propertyFieldsSchema.parse({
    title: example.title,
    type: example.type,
    price: example.price,
    surface: example.surface,
    rooms: example.rooms,
    description: example.description,
    address: { street: example.address, postalCode: example.postalCode, city: example.city },
    addressPrecision: 'exact',
    privateNote: example.privateNote,
    sourceUrl: example.sourceUrl ?? '',
    showSourceToClient: false,
  });
}

/** Examples come placed on the map already: no geocoder is needed to write them. */
export function exampleLocation(example: ExampleProperty): PropertyLocation {
  return {
    location: example.location,
    geocode: {
      label: `${example.address} ${example.postalCode} ${example.city}`,
      precision: 'exact',
      score: 1,
    },
  };
}
