import type { EmailEvent } from '../events.js';
import { detailsBox, quoteHtml, type EmailSpec, type Paragraph } from './compose.js';

/** What clients and guests receive, in English. */
const hello = 'Hello {{client.firstName}},';
const regards = ['Kind regards,', '{{agency.name}}'];

const appointmentBox: Paragraph = detailsBox(
  'What: {{appointment.title}}\nWhen: {{appointment.date}} at {{appointment.time}}{{#appointment.place}}\nWhere: {{appointment.place}}{{/appointment.place}}',
  '<strong>{{appointment.title}}</strong><br>{{appointment.date}} at {{appointment.time}}{{#appointment.place}}<br>{{appointment.place}}{{/appointment.place}}',
);
const toCalendar = {
  text: 'You will find it in the calendar of your client space:',
  button: 'See my calendar',
};

export const clientEn = {
  propertiesPublished: {
    subject: 'New properties selected for you – {{agency.name}}',
    intro: [
      hello,
      'We have selected new properties for you that match your search:',
      {
        text: '{{#properties}}- {{property.title}}, {{property.city}} – {{property.price}}\n  {{property.link}}\n\n{{/properties}}',
        html: '<ul style="padding-left:20px;margin:16px 0">{{#properties}}<li style="margin:0 0 12px"><a href="{{property.link}}" style="color:#1f2937;font-weight:bold">{{property.title}}</a><br>{{property.city}} – {{property.price}}</li>{{/properties}}</ul>',
      },
    ],
    action: {
      text: 'See them with their photos and full details in your client space:',
      button: 'See the properties',
    },
    outro: [
      'Let us know what you think: ask for a viewing, ask a question or set a property aside in one click, and we will refine our search.',
    ],
    closing: regards,
  },
  appointmentCreated: {
    subject: 'Appointment: {{appointment.title}}, {{appointment.date}} at {{appointment.time}}',
    intro: [hello, 'We have booked an appointment with you:', appointmentBox],
    action: toCalendar,
    outro: [
      'If this time does not suit you, {{#agency.phone}}call us on {{agency.phone}} or {{/agency.phone}}write to us from your client space and we will find another date.',
    ],
    closing: regards,
  },
  appointmentChanged: {
    subject:
      'Appointment changed: {{appointment.title}}, now {{appointment.date}} at {{appointment.time}}',
    intro: [
      hello,
      'Your appointment originally planned for {{appointment.previousDate}} at {{appointment.previousTime}} has changed. Here is what is now planned:',
      appointmentBox,
    ],
    action: toCalendar,
    outro: [
      'If the new time does not suit you, {{#agency.phone}}call us on {{agency.phone}} or {{/agency.phone}}write to us from your client space.',
    ],
    closing: regards,
  },
  appointmentCancelled: {
    subject: 'Appointment cancelled: {{appointment.title}}, {{appointment.date}}',
    intro: [hello, 'The following appointment has been cancelled:', appointmentBox],
    action: {
      text: 'Your calendar is up to date in your client space:',
      button: 'See my calendar',
    },
    outro: [
      'We will be in touch to arrange a new date if needed.{{#agency.phone}} For any question, call us on {{agency.phone}}.{{/agency.phone}}',
    ],
    closing: regards,
  },
  staffMessage: {
    subject: 'New message from {{sender.name}} – {{agency.name}}',
    intro: [
      hello,
      '{{sender.name}} has written to you{{#property.title}} about “{{property.title}}”{{/property.title}}:',
      { text: '{{message.text}}', html: quoteHtml('message.text') },
    ],
    action: {
      text: 'To reply, open the conversation in your client space:',
      html: 'To reply:',
      button: 'Reply',
    },
    closing: ['{{agency.name}}'],
  },
  documentShared: {
    subject: 'New document: {{document.title}} – {{agency.name}}',
    intro: [
      hello,
      'A new document is waiting for you in your client space: “{{document.title}}”{{#property.title}}, about “{{property.title}}”{{/property.title}}.',
    ],
    action: { text: 'You can view and download it here:', button: 'See the document' },
    closing: regards,
  },
  dossierAvailable: {
    subject: 'Your dossier “{{dossier.title}}” is available',
    intro: [
      hello,
      'Your dossier “{{dossier.title}}” is now available in your client space: you can view and download all of its documents.',
    ],
    action: { text: 'To access it:', button: 'Open the dossier' },
    closing: regards,
  },
  paymentConfirmed: {
    subject: 'Payment received for the dossier “{{dossier.title}}”',
    intro: [
      hello,
      'We received your payment of {{payment.amount}} on {{payment.date}} for the dossier “{{dossier.title}}”. Thank you!',
      'All the documents of the dossier can now be downloaded.',
    ],
    action: { text: 'To access them:', button: 'Open the dossier' },
    closing: regards,
  },
  guestAccess: {
    subject: '{{agency.name}} has given you access to the dossier “{{dossier.title}}”',
    intro: [
      'Hello {{guest.firstName}},',
      '{{agency.name}} has given you access to the dossier “{{dossier.title}}”: you can view and download its documents without creating an account.',
    ],
    action: {
      text: 'Open this link to access it:',
      html: 'To access it:',
      button: 'Open the dossier',
    },
    outro: [
      'This link is personal and remains valid for {{validity}}. Please do not forward it: anyone who opens it can see the dossier.',
    ],
    closing: regards,
  },
} satisfies Partial<Record<EmailEvent, EmailSpec>>;
