import type { Language } from '../branding/brandingValues.js';
import type { EmailEvent } from './events.js';
import type { EventData } from './renderEvent.js';

/**
 * Believable values for every tag, for the settings page's live preview and "M'envoyer un test":
 * an agency reads its template filled as a real client would see it. Hosts are `.example`
 * (reserved), so a test e-mail can never point anywhere real. The page replaces `agency` with the
 * tenant's own details.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const portal = 'https://espace.horizon-immobilier.example';
const agency = {
  name: 'Horizon Immobilier',
  email: 'contact@horizon-immobilier.example',
  phone: '04 78 12 34 56',
  address: '12 rue Vaubecour, 69002 Lyon',
  professionalCardNumber: 'CPI 6901 2024 000 045 678',
};

interface LanguageSamples {
  client: EventData;
  guest: EventData;
  requester: EventData;
  sender: EventData;
  properties: EventData[];
  visitAvailability: string;
  reportComment: string;
  rejectionReason: string;
  offerMessage: string;
  question: string;
  clientMessage: string;
  staffMessage: string;
  appointment: EventData;
  documentTitle: string;
  dossierTitle: string;
}

const samples: Record<Language, LanguageSamples> = {
  fr: {
    client: { firstName: 'Léa', lastName: 'Martin' },
    guest: { firstName: 'Julien', lastName: 'Roux' },
    requester: { firstName: 'Camille', lastName: 'Bernard', email: 'camille.bernard@example.com' },
    sender: { name: 'Sophie Lambert' },
    properties: [
      {
        title: 'Appartement T3 avec balcon, quartier d’Ainay',
        city: 'Lyon 2e',
        price: 320_000,
        link: `${portal}/biens/ainay-t3`,
      },
      {
        title: 'Maison de ville avec jardin',
        city: 'Villeurbanne',
        price: 455_000,
        link: `${portal}/biens/villeurbanne-maison`,
      },
      {
        title: 'Studio rénové proche du métro',
        city: 'Lyon 7e',
        price: 149_500,
        link: `${portal}/biens/lyon7-studio`,
      },
    ],
    visitAvailability: 'En semaine après 18 h\nLe samedi matin',
    reportComment:
      'Très lumineux et bien agencé. La cuisine est à refaire et la rue est un peu bruyante.',
    rejectionReason: 'Trop de travaux à prévoir pour notre budget.',
    offerMessage: 'Nous sommes prêts à signer rapidement si le vendeur accepte.',
    question: 'Savez-vous à combien s’élèvent les charges de copropriété ?',
    clientMessage:
      'Bonjour, nous serons absents la semaine prochaine. Pouvons-nous décaler la visite ?',
    staffMessage:
      'Bonne nouvelle : le vendeur accepte une visite samedi à 10 h. Est-ce que cela vous convient ?',
    appointment: {
      title: 'Visite de l’appartement T3 à Ainay',
      place: '8 rue Sainte-Hélène, 69002 Lyon',
    },
    documentTitle: 'Diagnostic de performance énergétique',
    dossierTitle: 'Diagnostics – 8 rue Sainte-Hélène',
  },
  en: {
    client: { firstName: 'Emma', lastName: 'Clarke' },
    guest: { firstName: 'James', lastName: 'Walker' },
    requester: { firstName: 'Oliver', lastName: 'Hughes', email: 'oliver.hughes@example.com' },
    sender: { name: 'Sophie Lambert' },
    properties: [
      {
        title: 'Two-bedroom flat with balcony, Ainay',
        city: 'Lyon 2e',
        price: 320_000,
        link: `${portal}/biens/ainay-t3`,
      },
      {
        title: 'Town house with garden',
        city: 'Villeurbanne',
        price: 455_000,
        link: `${portal}/biens/villeurbanne-maison`,
      },
      {
        title: 'Renovated studio near the metro',
        city: 'Lyon 7e',
        price: 149_500,
        link: `${portal}/biens/lyon7-studio`,
      },
    ],
    visitAvailability: 'Weekdays after 6 pm\nSaturday mornings',
    reportComment:
      'Very bright and well laid out. The kitchen needs redoing and the street is a little noisy.',
    rejectionReason: 'Too much work needed for our budget.',
    offerMessage: 'We are ready to sign quickly if the seller agrees.',
    question: 'Do you know how much the service charges are?',
    clientMessage: 'Hello, we are away next week. Could we move the viewing?',
    staffMessage:
      'Good news: the seller can show you the flat on Saturday at 10 am. Does that suit you?',
    appointment: {
      title: 'Viewing of the two-bedroom flat in Ainay',
      place: '8 rue Sainte-Hélène, 69002 Lyon',
    },
    documentTitle: 'Energy performance certificate',
    dossierTitle: 'Surveys – 8 rue Sainte-Hélène',
  },
};

// 10:00 and 16:30 in Paris, whatever the machine's time zone.
const appointmentStart = new Date('2026-03-03T09:00:00Z');
const previousStart = new Date('2026-03-02T15:30:00Z');

export function sampleData(event: EmailEvent, language: Language): EventData {
  const s = samples[language];
  // A single property is the first of the list, without the list's per-item link.
  const { link: _link, ...property } = s.properties[0] ?? {};
  const common: EventData = { agency, link: `${portal}/?from=email` };
  const withClient = (data: EventData): EventData => ({ ...common, client: s.client, ...data });

  switch (event) {
    case 'visitRequested':
      return withClient({ property, visit: { availability: s.visitAvailability } });
    case 'reportFiled':
      return withClient({ property, report: { rating: 4, comment: s.reportComment } });
    case 'offerMade':
      return withClient({
        property,
        offer: { amount: 305_000, validUntil: new Date('2026-03-10T11:00:00Z') },
        message: { text: s.offerMessage },
      });
    case 'propertyRejected':
      return withClient({ property, rejection: { reason: s.rejectionReason } });
    case 'questionAsked':
      return withClient({ property, message: { text: s.question } });
    case 'clientMessage':
      return withClient({ property, message: { text: s.clientMessage } });
    case 'staffAccessRequested':
      return { ...common, requester: s.requester };
    case 'propertiesPublished':
      return withClient({ properties: s.properties });
    case 'appointmentCreated':
    case 'appointmentCancelled':
      return withClient({ appointment: { ...s.appointment, start: appointmentStart } });
    case 'appointmentChanged':
      return withClient({
        appointment: { ...s.appointment, start: appointmentStart, previousStart },
      });
    case 'staffMessage':
      return withClient({ sender: s.sender, property, message: { text: s.staffMessage } });
    case 'documentShared':
      return withClient({ document: { title: s.documentTitle }, property });
    case 'dossierAvailable':
      return withClient({ dossier: { title: s.dossierTitle } });
    case 'paymentConfirmed':
      return withClient({
        dossier: { title: s.dossierTitle },
        payment: { amount: 390, date: new Date('2026-02-20T10:15:00Z') },
      });
    case 'guestAccess':
      return {
        ...common,
        guest: s.guest,
        dossier: { title: s.dossierTitle },
        validity: 30 * DAY_MS,
      };
    case 'invitation':
      return withClient({ validity: 7 * DAY_MS });
    case 'passwordReset':
    case 'staffPasswordReset':
      return { ...common, validity: 2 * HOUR_MS };
    case 'signInLink':
      return { ...common, validity: 30 * 60_000 };
    case 'staffAccessDecided':
      return { ...common, requester: s.requester, access: { granted: true } };
  }
}
