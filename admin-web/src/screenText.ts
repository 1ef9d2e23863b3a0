import { analysesText } from './features/analyses/i18n.js';
import { aggregatorText } from './features/aggregator/i18n.js';
import { clientFileText } from './features/clientFile/i18n.js';
import { dossiersText } from './features/dossiers/i18n.js';
import { documentsText } from './features/documents/i18n.js';
import { emailsText } from './features/emails/i18n.js';
import { exportsText } from './features/exports/i18n.js';
import { feesText } from './features/fees/i18n.js';
import { dashboardText } from './features/home/i18n.js';
import { agendaText } from './features/agenda/i18n.js';
import { messagesText } from './features/messages/i18n.js';
import { pipelineText } from './features/pipeline/i18n.js';
import { propertiesText } from './features/properties/i18n.js';
import { mapText } from '@portail/web/map-text';
import { profileText } from './features/profile/i18n.js';
import { mandatesText } from './features/mandates/i18n.js';
import { settingsLegalText } from './features/settings/i18n.js';

const features = [
  mapText,
  mandatesText,
  settingsLegalText,
  propertiesText,
  pipelineText,
  clientFileText,
  aggregatorText,
  dossiersText,
  documentsText,
  messagesText,
  agendaText,
  feesText,
  analysesText,
  dashboardText,
  exportsText,
  emailsText,
  profileText,
];

/** The screens' messages: one chunk fetched with the first screen, not with the sign-in page. */
export const screenText = {
  fr: Object.assign({}, ...features.map((feature) => feature.fr)) as object,
  en: Object.assign({}, ...features.map((feature) => feature.en)) as object,
};
