import type { EmailEvent } from '../events.js';
import { optionalQuote, quoteHtml, type EmailSpec } from './compose.js';

/**
 * What the agency's staff receive when a client acts (N1), in French. Short and factual: the
 * reader wants to know who did what on which property, and to get to the file in one click.
 */
const who = '{{client.firstName}} {{client.lastName}}';
const onProperty = 'le bien « {{property.title}} » à {{property.city}}';

export const staffFr = {
  visitRequested: {
    subject: `Demande de visite : {{property.title}} – ${who}`,
    intro: [
      'Bonjour,',
      `${who} souhaite visiter ${onProperty}, affiché à {{property.price}}.`,
      optionalQuote('visit.availability', 'Ses disponibilités :'),
    ],
    action: {
      text: 'Pour lui proposer un créneau, ouvrez sa fiche :',
      html: 'Proposez-lui un créneau depuis sa fiche :',
      button: 'Voir la demande',
    },
  },
  reportFiled: {
    subject: `Compte rendu de visite : {{property.title}} – ${who}`,
    intro: [
      'Bonjour,',
      `${who} a visité ${onProperty} et lui donne la note de {{report.rating}}/5.`,
      optionalQuote('report.comment', 'Son commentaire :'),
    ],
    action: {
      text: 'Le compte rendu complet est sur sa fiche :',
      button: 'Lire le compte rendu',
    },
  },
  offerMade: {
    subject: `Offre de {{offer.amount}} sur {{property.title}} – ${who}`,
    intro: [
      'Bonjour,',
      `${who} souhaite faire une offre de {{offer.amount}} pour ${onProperty}, affiché à {{property.price}}.{{#offer.validUntil}} Offre valable jusqu’au {{offer.validUntil}}.{{/offer.validUntil}}`,
      optionalQuote('message.text', 'Son message :'),
    ],
    action: {
      text: 'Pour en discuter avec votre client avant de la transmettre, ouvrez sa fiche :',
      html: 'Pour en discuter avec votre client avant de la transmettre :',
      button: 'Voir l’offre',
    },
  },
  propertyRejected: {
    subject: `${who} a écarté {{property.title}}`,
    intro: [
      'Bonjour,',
      `${who} ne souhaite pas donner suite pour ${onProperty}.`,
      optionalQuote('rejection.reason', 'Motif indiqué :'),
    ],
    action: {
      text: 'Ce retour vous aidera à affiner vos prochaines propositions :',
      button: 'Voir la fiche du client',
    },
  },
  questionAsked: {
    subject: `Question de ${who} sur {{property.title}}`,
    intro: [
      'Bonjour,',
      `${who} a une question sur ${onProperty} :`,
      { text: '{{message.text}}', html: quoteHtml('message.text') },
    ],
    action: { text: 'Répondez-lui depuis la conversation :', button: 'Répondre' },
  },
  clientMessage: {
    subject: `Nouveau message de ${who}`,
    intro: [
      'Bonjour,',
      `${who} vous a écrit{{#property.title}} au sujet du bien « {{property.title}} »{{/property.title}} :`,
      { text: '{{message.text}}', html: quoteHtml('message.text') },
    ],
    action: { text: 'Répondez-lui depuis la conversation :', button: 'Répondre' },
  },
  staffAccessRequested: {
    subject:
      '{{requester.firstName}} {{requester.lastName}} demande à rejoindre l’équipe {{agency.name}}',
    intro: [
      'Bonjour,',
      '{{requester.firstName}} {{requester.lastName}} ({{requester.email}}) demande un accès collaborateur à l’espace de gestion {{agency.name}}.',
      'Vérifiez qu’il s’agit bien d’une personne de votre équipe avant de valider : un collaborateur voit les clients et les biens de l’agence.',
    ],
    action: {
      text: 'Pour accepter ou refuser cette demande :',
      button: 'Examiner la demande',
    },
  },
} satisfies Partial<Record<EmailEvent, EmailSpec>>;
