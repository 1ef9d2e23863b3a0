import type { EmailEvent } from '../events.js';
import { detailsBox, quoteHtml, type EmailSpec, type Paragraph } from './compose.js';

/**
 * What clients and guests receive, in French: the agency writes to its client (vouvoiement),
 * says what happened, and leads back to the client space.
 */
const hello = 'Bonjour {{client.firstName}},';
const regards = ['Bien cordialement,', '{{agency.name}}'];
const soon = ['À bientôt,', '{{agency.name}}'];

const appointmentBox: Paragraph = detailsBox(
  'Objet : {{appointment.title}}\nDate : {{appointment.date}} à {{appointment.time}}{{#appointment.place}}\nLieu : {{appointment.place}}{{/appointment.place}}',
  '<strong>{{appointment.title}}</strong><br>{{appointment.date}} à {{appointment.time}}{{#appointment.place}}<br>{{appointment.place}}{{/appointment.place}}',
);
const toCalendar = {
  text: 'Il figure dans l’agenda de votre espace client :',
  button: 'Voir mon agenda',
};

export const clientFr = {
  propertiesPublished: {
    subject: 'De nouveaux biens sélectionnés pour vous – {{agency.name}}',
    intro: [
      hello,
      'Nous avons sélectionné pour vous de nouveaux biens qui correspondent à votre recherche :',
      {
        text: '{{#properties}}- {{property.title}}, {{property.city}} – {{property.price}}\n  {{property.link}}\n\n{{/properties}}',
        html: '<ul style="padding-left:20px;margin:16px 0">{{#properties}}<li style="margin:0 0 12px"><a href="{{property.link}}" style="color:#1f2937;font-weight:bold">{{property.title}}</a><br>{{property.city}} – {{property.price}}</li>{{/properties}}</ul>',
      },
    ],
    action: {
      text: 'Retrouvez-les avec leurs photos et tous leurs détails dans votre espace :',
      button: 'Voir les biens',
    },
    outro: [
      'Dites-nous ce que vous en pensez : demandez une visite, posez une question ou écartez un bien en un clic, nous affinerons nos recherches.',
    ],
    closing: soon,
  },
  appointmentCreated: {
    subject: 'Rendez-vous : {{appointment.title}}, le {{appointment.date}} à {{appointment.time}}',
    intro: [hello, 'Nous avons fixé un rendez-vous avec vous :', appointmentBox],
    action: toCalendar,
    outro: [
      'Si ce créneau ne vous convient pas, {{#agency.phone}}appelez-nous au {{agency.phone}} ou {{/agency.phone}}écrivez-nous depuis votre espace : nous trouverons une autre date.',
    ],
    closing: soon,
  },
  appointmentChanged: {
    subject:
      'Rendez-vous modifié : {{appointment.title}}, le {{appointment.date}} à {{appointment.time}}',
    intro: [
      hello,
      'Votre rendez-vous initialement prévu le {{appointment.previousDate}} à {{appointment.previousTime}} a été modifié. Voici ce qui est désormais prévu :',
      appointmentBox,
    ],
    action: toCalendar,
    outro: [
      'Si ce nouveau créneau ne vous convient pas, {{#agency.phone}}appelez-nous au {{agency.phone}} ou {{/agency.phone}}écrivez-nous depuis votre espace.',
    ],
    closing: soon,
  },
  appointmentCancelled: {
    subject: 'Rendez-vous annulé : {{appointment.title}}, le {{appointment.date}}',
    intro: [hello, 'Le rendez-vous suivant est annulé :', appointmentBox],
    action: {
      text: 'Votre agenda est à jour dans votre espace client :',
      button: 'Voir mon agenda',
    },
    outro: [
      'Nous revenons vers vous pour convenir d’une nouvelle date si nécessaire.{{#agency.phone}} Pour toute question, appelez-nous au {{agency.phone}}.{{/agency.phone}}',
    ],
    closing: regards,
  },
  staffMessage: {
    subject: 'Nouveau message de {{sender.name}} – {{agency.name}}',
    intro: [
      hello,
      '{{sender.name}} vous a écrit{{#property.title}} au sujet du bien « {{property.title}} »{{/property.title}} :',
      { text: '{{message.text}}', html: quoteHtml('message.text') },
    ],
    action: {
      text: 'Pour lui répondre, ouvrez la conversation dans votre espace :',
      html: 'Pour lui répondre :',
      button: 'Répondre',
    },
    closing: ['{{agency.name}}'],
  },
  documentShared: {
    subject: 'Nouveau document : {{document.title}} – {{agency.name}}',
    intro: [
      hello,
      'Un nouveau document vous attend dans votre espace client : « {{document.title}} »{{#property.title}}, au sujet du bien « {{property.title}} »{{/property.title}}.',
    ],
    action: {
      text: 'Vous pouvez le consulter et le télécharger ici :',
      button: 'Voir le document',
    },
    closing: regards,
  },
  dossierAvailable: {
    subject: 'Votre dossier « {{dossier.title}} » est disponible',
    intro: [
      hello,
      'Votre dossier « {{dossier.title}} » est disponible dans votre espace client : vous pouvez consulter et télécharger l’ensemble de ses documents.',
    ],
    action: { text: 'Pour y accéder :', button: 'Consulter le dossier' },
    closing: regards,
  },
  paymentConfirmed: {
    subject: 'Paiement reçu pour le dossier « {{dossier.title}} »',
    intro: [
      hello,
      'Nous avons bien reçu, le {{payment.date}}, votre paiement de {{payment.amount}} pour le dossier « {{dossier.title}} ». Merci !',
      'Tous les documents du dossier sont désormais disponibles au téléchargement.',
    ],
    action: { text: 'Pour y accéder :', button: 'Consulter le dossier' },
    closing: regards,
  },
  guestAccess: {
    subject: '{{agency.name}} vous donne accès au dossier « {{dossier.title}} »',
    intro: [
      'Bonjour {{guest.firstName}},',
      '{{agency.name}} vous donne accès au dossier « {{dossier.title}} » : vous pouvez en consulter et en télécharger les documents, sans créer de compte.',
    ],
    action: {
      text: 'Ouvrez ce lien pour y accéder :',
      html: 'Pour y accéder :',
      button: 'Consulter le dossier',
    },
    outro: [
      'Ce lien vous est personnel et reste valable {{validity}}. Ne le transférez pas : toute personne qui l’ouvre accède au dossier.',
    ],
    closing: regards,
  },
} satisfies Partial<Record<EmailEvent, EmailSpec>>;
