import { agendaText } from './features/agenda/i18n.js';
import { dossiersText } from './features/dossiers/i18n.js';
import { messagesText } from './features/messages/i18n.js';
import { spaceText } from './features/space/i18n.js';
import { en, fr } from './i18n.js';

/** The screens' messages: one chunk fetched with the first screen, not with the sign-in page. */
export const screenText = {
  fr: { ...fr, ...spaceText.fr, ...dossiersText.fr, ...messagesText.fr, ...agendaText.fr },
  en: { ...en, ...spaceText.en, ...dossiersText.en, ...messagesText.en, ...agendaText.en },
};
