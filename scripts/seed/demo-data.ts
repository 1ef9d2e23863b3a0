// The demo tenant "Agence Démo": who can sign in, and what they find there.
import type { PipelineStage, PropertyType, Role } from '@portail/shared';

export const demoTenantId = 'agence-demo';
export const demoPassword = 'demo1234';

export const demoBranding = {
  name: 'Agence Démo',
  primaryColour: '#1f4e5f',
  accentColour: '#e2a03d',
  language: 'fr' as const,
};

export const demoCompany = {
  address: '18 quai Saint-Antoine, 69002 Lyon',
  phone: '04 78 00 00 00',
  email: 'contact@agence-demo.test',
  professionalCardNumber: 'CPI 6901 2026 000 000 001',
};

export interface DemoLogin {
  uid: string;
  email: string;
  displayName: string;
  role: Role;
  clientId?: string;
}

export const demoStaff: DemoLogin[] = [
  {
    uid: 'demo-owner',
    email: 'gerant@agence-demo.test',
    displayName: 'Claire Martin',
    role: 'owner',
  },
  {
    uid: 'demo-collaborator',
    email: 'collaborateur@agence-demo.test',
    displayName: 'Hugo Bernard',
    role: 'collaborator',
  },
];

export interface DemoClient {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  criteria: { budgetMax: number; areas: string[]; roomsMin: number; surfaceMin: number };
  privateNote: string;
  /** Shared with the demo collaborator, for tenants that restrict collaborators. */
  sharedWithCollaborator: boolean;
  logins: DemoLogin[];
}

export const demoClients: DemoClient[] = [
  {
    id: 'client-dupont',
    firstName: 'Julie et Marc',
    lastName: 'Dupont',
    email: 'julie.dupont@example.test',
    phone: '+33 6 12 34 56 78',
    criteria: { budgetMax: 650_000, areas: ['Lyon 6e', 'Lyon 3e'], roomsMin: 4, surfaceMin: 90 },
    privateNote:
      'Couple pressé : bail actuel se termine en juin. Financement validé par leur banque.',
    sharedWithCollaborator: true,
    logins: [
      {
        uid: 'demo-client-julie',
        email: 'julie.dupont@example.test',
        displayName: 'Julie Dupont',
        role: 'client',
        clientId: 'client-dupont',
      },
      {
        uid: 'demo-client-marc',
        email: 'marc.dupont@example.test',
        displayName: 'Marc Dupont',
        role: 'client',
        clientId: 'client-dupont',
      },
    ],
  },
  {
    id: 'client-nguyen',
    firstName: 'Sophie',
    lastName: 'Nguyen',
    email: 'sophie.nguyen@example.test',
    phone: '+33 6 98 76 54 32',
    criteria: { budgetMax: 380_000, areas: ['Villeurbanne'], roomsMin: 3, surfaceMin: 60 },
    privateNote: 'Primo-accédante, sensible aux charges de copropriété.',
    sharedWithCollaborator: true,
    logins: [
      {
        uid: 'demo-client-sophie',
        email: 'sophie.nguyen@example.test',
        displayName: 'Sophie Nguyen',
        role: 'client',
        clientId: 'client-nguyen',
      },
    ],
  },
  {
    id: 'client-moreau',
    firstName: 'Antoine',
    lastName: 'Moreau',
    email: 'antoine.moreau@example.test',
    phone: '+33 7 11 22 33 44',
    criteria: { budgetMax: 900_000, areas: ['Écully', 'Tassin'], roomsMin: 5, surfaceMin: 150 },
    privateNote: 'Recherche une maison avec jardin, télétravail : bureau indispensable.',
    sharedWithCollaborator: false,
    logins: [
      {
        uid: 'demo-client-antoine',
        email: 'antoine.moreau@example.test',
        displayName: 'Antoine Moreau',
        role: 'client',
        clientId: 'client-moreau',
      },
    ],
  },
];

export interface DemoProperty {
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

export const demoProperties: DemoProperty[] = kinds.map(
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

export interface DemoAssignment {
  clientId: string;
  propertyId: string;
  stage: PipelineStage;
  published: boolean;
  rejectedReason?: string;
}

/** Every pipeline stage appears at least once, plus a draft the client must not see. */
export const demoAssignments: DemoAssignment[] = [
  { clientId: 'client-dupont', propertyId: 'property-1', stage: 'new', published: true },
  { clientId: 'client-dupont', propertyId: 'property-2', stage: 'toVisit', published: true },
  { clientId: 'client-dupont', propertyId: 'property-3', stage: 'visited', published: true },
  { clientId: 'client-dupont', propertyId: 'property-8', stage: 'offer', published: true },
  { clientId: 'client-dupont', propertyId: 'property-9', stage: 'new', published: false },
  {
    clientId: 'client-dupont',
    propertyId: 'property-10',
    stage: 'rejected',
    published: true,
    rejectedReason: 'Trop loin des écoles',
  },
  { clientId: 'client-nguyen', propertyId: 'property-4', stage: 'offerAccepted', published: true },
  { clientId: 'client-nguyen', propertyId: 'property-5', stage: 'compromis', published: true },
  { clientId: 'client-moreau', propertyId: 'property-6', stage: 'acte', published: true },
  { clientId: 'client-moreau', propertyId: 'property-7', stage: 'toVisit', published: true },
];
