import { agendaText } from './features/agenda/i18n.js';
import { dossiersText } from './features/dossiers/i18n.js';
import { documentsText } from './features/documents/i18n.js';
import { messagesText } from './features/messages/i18n.js';
import { spaceText } from './features/space/i18n.js';
import { tariffsText } from './features/tariffs/i18n.js';
import { archiveText } from './features/archive/i18n.js';
import { en, fr } from './i18n.js';
import { mapText } from '@portail/web/map-text';

/** The screens' messages: one chunk fetched with the first screen, not with the sign-in page. */
export const screenText = {
  fr: {
    ...fr,
    ...spaceText.fr,
    ...dossiersText.fr,
    ...documentsText.fr,
    ...messagesText.fr,
    ...agendaText.fr,
    ...tariffsText.fr,
    ...archiveText.fr,
    ...mapText.fr,
  },
  en: {
    ...en,
    ...spaceText.en,
    ...dossiersText.en,
    ...documentsText.en,
    ...messagesText.en,
    ...agendaText.en,
    ...tariffsText.en,
    ...archiveText.en,
    ...mapText.en,
  },
};
