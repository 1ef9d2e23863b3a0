import { analysesText } from './features/analyses/i18n.js';
import { aggregatorText } from './features/aggregator/i18n.js';
import { clientFileText } from './features/clientFile/i18n.js';
import { dossiersText } from './features/dossiers/i18n.js';
import { emailsText } from './features/emails/i18n.js';
import { exportsText } from './features/exports/i18n.js';
import { feesText } from './features/fees/i18n.js';
import { dashboardText } from './features/home/i18n.js';
import { agendaText } from './features/agenda/i18n.js';
import { messagesText } from './features/messages/i18n.js';
import { pipelineText } from './features/pipeline/i18n.js';
import { propertiesText } from './features/properties/i18n.js';

const features = [
  propertiesText,
  pipelineText,
  clientFileText,
  aggregatorText,
  dossiersText,
  messagesText,
  agendaText,
  feesText,
  analysesText,
  dashboardText,
  exportsText,
  emailsText,
];

/** The screens' messages: one chunk fetched with the first screen, not with the sign-in page. */
export const screenText = {
  fr: Object.assign({}, ...features.map((feature) => feature.fr)) as object,
  en: Object.assign({}, ...features.map((feature) => feature.en)) as object,
};
