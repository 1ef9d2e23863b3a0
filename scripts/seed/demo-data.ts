// The demo tenant "Agence Démo": who can sign in, and what they find there.
import type { PipelineStage, Role } from '@portail/shared';

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

/** The demo tenant's properties are the examples every sandbox starts with. */
export { exampleProperties as demoProperties } from '@portail/shared';

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
