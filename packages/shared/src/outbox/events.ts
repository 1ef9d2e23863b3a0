import { z } from 'zod';
import type { Language } from '../branding/brandingValues.js';
import type { TagName } from './tags.js';

/**
 * Every e-mail the product sends (N1, N2), who receives it and which tags its template may use.
 * Templates, validation, sample data and the settings page all read this one catalogue, so an
 * event added here is immediately editable, validated and previewable.
 */
export const emailEvents = [
  // To the agency's staff, after a client's action (N1) or a join request (T4).
  'visitRequested',
  'reportFiled',
  'offerMade',
  'propertyRejected',
  'questionAsked',
  'clientMessage',
  'staffAccessRequested',
  // To client logins.
  'propertiesPublished',
  'appointmentCreated',
  'appointmentChanged',
  'appointmentCancelled',
  'staffMessage',
  'documentShared',
  'dossierAvailable',
  'paymentConfirmed',
  // To an occasional guest of one dossier (D4).
  'guestAccess',
  // Access and security.
  'invitation',
  'passwordReset',
  'staffPasswordReset',
  'signInLink',
  'staffAccessDecided',
] as const;
export type EmailEvent = (typeof emailEvents)[number];
export const emailEventSchema = z.enum(emailEvents, { error: 'Type d’e-mail inconnu.' });

export const emailAudiences = ['staff', 'client', 'guest', 'requester'] as const;
export type EmailAudience = (typeof emailAudiences)[number];

/** A repeated section: `{{#properties}}…{{property.title}}…{{/properties}}`. */
export interface ListDefinition {
  /** The tags that only make sense inside the block, read from each item in turn. */
  itemTags: readonly TagName[];
  /** The tags' common prefix: inside the block, `property.title` reads the item's `title`. */
  itemPrefix: string;
  label: Record<Language, string>;
}

export const listCatalogue = {
  properties: {
    itemTags: ['property.title', 'property.city', 'property.price', 'property.link'],
    itemPrefix: 'property',
    label: { fr: 'Liste des biens', en: 'List of properties' },
  },
} as const satisfies Record<string, ListDefinition>;
export type ListName = keyof typeof listCatalogue;

export interface EmailEventDefinition {
  audience: EmailAudience;
  /**
   * Essential e-mails (access, security, receipts) are always sent: a recipient's notification
   * preferences can switch off only the others.
   */
  essential: boolean;
  label: Record<Language, string>;
  /** Tags offered besides the ones every event has (`agency.*`, `link`). */
  tags: readonly TagName[];
  lists: readonly ListName[];
  /** Tags a template must keep in both bodies, or the e-mail loses its purpose. */
  required: readonly TagName[];
}

/** Every e-mail names its sender and carries one call to action. */
export const commonTags = [
  'agency.name',
  'agency.email',
  'agency.phone',
  'agency.address',
  'agency.professionalCardNumber',
  'link',
] as const satisfies readonly TagName[];

const client = ['client.firstName', 'client.lastName'] as const;
const property = ['property.title', 'property.city', 'property.price'] as const;
const appointment = [
  'appointment.title',
  'appointment.date',
  'appointment.time',
  'appointment.place',
] as const;

const event = (
  audience: EmailAudience,
  essential: boolean,
  label: Record<Language, string>,
  tags: readonly TagName[],
  extra: { lists?: readonly ListName[]; required?: readonly TagName[] } = {},
): EmailEventDefinition => ({
  audience,
  essential,
  label,
  tags,
  lists: extra.lists ?? [],
  required: extra.required ?? [],
});
const oneTimeLink = { required: ['link'] } as const;

export const emailEventCatalogue: Record<EmailEvent, EmailEventDefinition> = {
  visitRequested: event('staff', false, { fr: 'Demande de visite', en: 'Visit request' }, [
    ...client,
    ...property,
    'visit.availability',
  ]),
  reportFiled: event('staff', false, { fr: 'Compte rendu de visite', en: 'Visit report' }, [
    ...client,
    ...property,
    'report.rating',
    'report.comment',
  ]),
  offerMade: event('staff', false, { fr: 'Offre d’un client', en: 'Offer from a client' }, [
    ...client,
    ...property,
    'offer.amount',
    'offer.validUntil',
    'message.text',
  ]),
  propertyRejected: event(
    'staff',
    false,
    { fr: 'Bien écarté par un client', en: 'Property rejected by a client' },
    [...client, ...property, 'rejection.reason'],
  ),
  questionAsked: event(
    'staff',
    false,
    { fr: 'Question sur un bien', en: 'Question about a property' },
    [...client, ...property, 'message.text'],
  ),
  clientMessage: event('staff', false, { fr: 'Message d’un client', en: 'Message from a client' }, [
    ...client,
    'property.title',
    'message.text',
  ]),
  staffAccessRequested: event(
    'staff',
    false,
    { fr: 'Demande d’accès d’un collaborateur', en: 'Staff access request' },
    ['requester.firstName', 'requester.lastName', 'requester.email'],
  ),

  propertiesPublished: event(
    'client',
    false,
    { fr: 'Nouveaux biens publiés', en: 'New properties published' },
    [...client],
    { lists: ['properties'] },
  ),
  appointmentCreated: event('client', false, { fr: 'Rendez-vous fixé', en: 'Appointment booked' }, [
    ...client,
    ...appointment,
  ]),
  appointmentChanged: event(
    'client',
    false,
    { fr: 'Rendez-vous modifié', en: 'Appointment changed' },
    [...client, ...appointment, 'appointment.previousDate', 'appointment.previousTime'],
  ),
  appointmentCancelled: event(
    'client',
    false,
    { fr: 'Rendez-vous annulé', en: 'Appointment cancelled' },
    [...client, ...appointment],
  ),
  staffMessage: event(
    'client',
    false,
    { fr: 'Message de l’agence', en: 'Message from the agency' },
    [...client, 'sender.name', 'property.title', 'message.text'],
  ),
  documentShared: event('client', false, { fr: 'Document partagé', en: 'Document shared' }, [
    ...client,
    'document.title',
    'property.title',
  ]),
  dossierAvailable: event('client', false, { fr: 'Dossier disponible', en: 'Dossier available' }, [
    ...client,
    'dossier.title',
  ]),
  paymentConfirmed: event(
    'client',
    true,
    { fr: 'Confirmation de paiement', en: 'Payment confirmation' },
    [...client, 'dossier.title', 'payment.amount', 'payment.date'],
  ),

  guestAccess: event(
    'guest',
    true,
    { fr: 'Accès occasionnel à un dossier', en: 'Guest access to a dossier' },
    ['guest.firstName', 'guest.lastName', 'dossier.title', 'validity'],
    oneTimeLink,
  ),

  invitation: event(
    'client',
    true,
    { fr: 'Invitation sur l’espace client', en: 'Client space invitation' },
    [...client, 'validity'],
    oneTimeLink,
  ),
  passwordReset: event(
    'client',
    true,
    { fr: 'Mot de passe oublié (client)', en: 'Password reset (client)' },
    ['validity'],
    oneTimeLink,
  ),
  staffPasswordReset: event(
    'staff',
    true,
    { fr: 'Mot de passe oublié (équipe)', en: 'Password reset (staff)' },
    ['validity'],
    oneTimeLink,
  ),
  signInLink: event(
    'client',
    true,
    { fr: 'Lien de connexion', en: 'Sign-in link' },
    ['validity'],
    oneTimeLink,
  ),
  staffAccessDecided: event(
    'requester',
    true,
    { fr: 'Réponse à une demande d’accès', en: 'Staff access decision' },
    ['requester.firstName', 'requester.lastName', 'access.granted'],
  ),
};

/** The tags usable anywhere in the event's templates (not the ones only valid inside a list). */
export function eventTags(event: EmailEvent): readonly TagName[] {
  return [...commonTags, ...emailEventCatalogue[event].tags];
}

export function isEssentialEvent(event: EmailEvent): boolean {
  return emailEventCatalogue[event].essential;
}

export function eventsForAudience(audience: EmailAudience): EmailEvent[] {
  return emailEvents.filter((name) => emailEventCatalogue[name].audience === audience);
}
