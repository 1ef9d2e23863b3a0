import type { EmailEvent } from '../events.js';
import { optionalQuote, quoteHtml, type EmailSpec } from './compose.js';

/** What the agency's staff receive when a client acts (N1), in English. */
const who = '{{client.firstName}} {{client.lastName}}';
const onProperty = '“{{property.title}}” in {{property.city}}';

export const staffEn = {
  visitRequested: {
    subject: `Viewing request: {{property.title}} – ${who}`,
    intro: [
      'Hello,',
      `${who} would like to view ${onProperty}, listed at {{property.price}}.`,
      optionalQuote('visit.availability', 'Their availability:'),
    ],
    action: {
      text: 'To offer them a slot, open their file:',
      html: 'Offer them a slot from their file:',
      button: 'See the request',
    },
  },
  reportFiled: {
    subject: `Viewing report: {{property.title}} – ${who}`,
    intro: [
      'Hello,',
      `${who} has viewed ${onProperty} and rates it {{report.rating}}/5.`,
      optionalQuote('report.comment', 'Their comment:'),
    ],
    action: { text: 'The full report is in their file:', button: 'Read the report' },
  },
  offerMade: {
    subject: `Offer of {{offer.amount}} on {{property.title}} – ${who}`,
    intro: [
      'Hello,',
      `${who} would like to make an offer of {{offer.amount}} on ${onProperty}, listed at {{property.price}}.{{#offer.validUntil}} The offer is valid until {{offer.validUntil}}.{{/offer.validUntil}}`,
      optionalQuote('message.text', 'Their message:'),
    ],
    action: {
      text: 'To discuss it with your client before passing it on, open their file:',
      html: 'To discuss it with your client before passing it on:',
      button: 'See the offer',
    },
  },
  propertyRejected: {
    subject: `${who} has turned down {{property.title}}`,
    intro: [
      'Hello,',
      `${who} does not wish to go further with ${onProperty}.`,
      optionalQuote('rejection.reason', 'Reason given:'),
    ],
    action: {
      text: 'This feedback will help you refine your next suggestions:',
      button: 'See the client’s file',
    },
  },
  questionAsked: {
    subject: `Question from ${who} about {{property.title}}`,
    intro: [
      'Hello,',
      `${who} has a question about ${onProperty}:`,
      { text: '{{message.text}}', html: quoteHtml('message.text') },
    ],
    action: { text: 'Reply from the conversation:', button: 'Reply' },
  },
  clientMessage: {
    subject: `New message from ${who}`,
    intro: [
      'Hello,',
      `${who} has written to you{{#property.title}} about “{{property.title}}”{{/property.title}}:`,
      { text: '{{message.text}}', html: quoteHtml('message.text') },
    ],
    action: { text: 'Reply from the conversation:', button: 'Reply' },
  },
  staffAccessRequested: {
    subject: '{{requester.firstName}} {{requester.lastName}} asks to join the {{agency.name}} team',
    intro: [
      'Hello,',
      '{{requester.firstName}} {{requester.lastName}} ({{requester.email}}) is asking for collaborator access to the {{agency.name}} management space.',
      'Please check that this person is part of your team before approving: a collaborator sees the agency’s clients and properties.',
    ],
    action: { text: 'To approve or decline this request:', button: 'Review the request' },
  },
} satisfies Partial<Record<EmailEvent, EmailSpec>>;
