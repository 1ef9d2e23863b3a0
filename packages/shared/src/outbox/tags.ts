import type { Language } from '../branding/brandingValues.js';

/**
 * Every tag an e-mail template may use, whatever the event. The kind decides how a value is
 * formatted for the reader's language (a price as `320 000 €`, an instant as `mardi 3 mars 2026`)
 * and how it is encoded (a long text keeps its line breaks in HTML, a URL must be http(s)).
 * Which tags an event actually offers is in `events.ts`.
 */
export const tagKinds = [
  'text',
  'longText',
  'money',
  'number',
  'date',
  'time',
  'duration',
  'url',
  'flag',
] as const;
export type TagKind = (typeof tagKinds)[number];

export interface TagDefinition {
  kind: TagKind;
  label: Record<Language, string>;
  /**
   * The data path the value is read from when it is not the tag's own: the date and the time of
   * an appointment are two views of one instant, so the caller passes the instant once.
   */
  source?: string;
}

const tag = (kind: TagKind, fr: string, en: string, source?: string): TagDefinition =>
  source ? { kind, label: { fr, en }, source } : { kind, label: { fr, en } };

export const tagCatalogue = {
  'agency.name': tag('text', 'Nom de l’agence', 'Agency name'),
  'agency.email': tag('text', 'E-mail de l’agence', 'Agency e-mail'),
  'agency.phone': tag('text', 'Téléphone de l’agence', 'Agency phone'),
  'agency.address': tag('text', 'Adresse de l’agence', 'Agency address'),
  'agency.professionalCardNumber': tag(
    'text',
    'N° de carte professionnelle',
    'Professional card number',
  ),
  link: tag('url', 'Lien du bouton', 'Button link'),
  validity: tag('duration', 'Durée de validité du lien', 'Link validity'),

  'client.firstName': tag('text', 'Prénom du client', 'Client first name'),
  'client.lastName': tag('text', 'Nom du client', 'Client last name'),
  'guest.firstName': tag('text', 'Prénom de l’invité', 'Guest first name'),
  'guest.lastName': tag('text', 'Nom de l’invité', 'Guest last name'),
  'requester.firstName': tag('text', 'Prénom du demandeur', 'Requester first name'),
  'requester.lastName': tag('text', 'Nom du demandeur', 'Requester last name'),
  'requester.email': tag('text', 'E-mail du demandeur', 'Requester e-mail'),
  'sender.name': tag('text', 'Nom de l’expéditeur', 'Sender name'),

  'property.title': tag('text', 'Titre du bien', 'Property title'),
  'property.city': tag('text', 'Ville du bien', 'Property city'),
  'property.price': tag('money', 'Prix du bien', 'Property price'),
  'property.link': tag('url', 'Lien vers le bien', 'Property link'),

  'visit.availability': tag('longText', 'Disponibilités du client', 'Client availability'),
  'report.rating': tag('number', 'Note de la visite (sur 5)', 'Visit rating (out of 5)'),
  'report.comment': tag('longText', 'Commentaire de visite', 'Visit comment'),
  'offer.amount': tag('money', 'Montant de l’offre', 'Offer amount'),
  'offer.validUntil': tag('date', 'Date limite de l’offre', 'Offer valid until'),
  'rejection.reason': tag('longText', 'Motif du refus', 'Rejection reason'),
  'message.text': tag('longText', 'Texte du message', 'Message text'),

  'appointment.title': tag('text', 'Objet du rendez-vous', 'Appointment title'),
  'appointment.date': tag('date', 'Date du rendez-vous', 'Appointment date', 'appointment.start'),
  'appointment.time': tag('time', 'Heure du rendez-vous', 'Appointment time', 'appointment.start'),
  'appointment.place': tag('text', 'Lieu du rendez-vous', 'Appointment place'),
  'appointment.previousDate': tag(
    'date',
    'Ancienne date du rendez-vous',
    'Previous appointment date',
    'appointment.previousStart',
  ),
  'appointment.previousTime': tag(
    'time',
    'Ancienne heure du rendez-vous',
    'Previous appointment time',
    'appointment.previousStart',
  ),

  'document.title': tag('text', 'Titre du document', 'Document title'),
  'dossier.title': tag('text', 'Titre du dossier', 'Dossier title'),
  'payment.amount': tag('money', 'Montant payé', 'Amount paid'),
  'payment.date': tag('date', 'Date du paiement', 'Payment date'),
  'access.granted': tag('flag', 'Accès accepté (condition)', 'Access granted (condition)'),
} as const satisfies Record<string, TagDefinition>;

export type TagName = keyof typeof tagCatalogue;

export function isTagName(name: string): name is TagName {
  return Object.hasOwn(tagCatalogue, name);
}

export function tagDefinition(name: TagName): TagDefinition {
  return tagCatalogue[name];
}
