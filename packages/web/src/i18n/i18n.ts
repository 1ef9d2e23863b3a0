import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@portail/shared';
import { en } from './en.js';
import { fr } from './fr.js';
import { mergeMessages } from './mergeMessages.js';

const choiceKey = 'portail.language';

/** French by default; English when the tenant says so or the user picks it. */
export function initI18n(appResources: { fr: object; en: object }) {
  void i18next.use(initReactI18next).init({
    resources: {
      fr: { translation: mergeMessages(fr, appResources.fr as Record<string, unknown>) },
      en: { translation: mergeMessages(en, appResources.en as Record<string, unknown>) },
    },
    lng: localStorage.getItem(choiceKey) ?? 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

/**
 * Messages of the signed-in screens, loaded with the first screen rather than with the sign-in
 * page: merged into both languages, deep, the screens' wording winning as it did when bundled eagerly.
 */
export function addMessages(resources: { fr: object; en: object }) {
  for (const language of ['fr', 'en'] as const) {
    i18next.addResourceBundle(language, 'translation', resources[language], true, true);
  }
}

/** The tenant's language applies unless this browser's user chose one. */
export function applyTenantLanguage(language: Language) {
  if (!localStorage.getItem(choiceKey)) void i18next.changeLanguage(language);
}

export function chooseLanguage(language: Language) {
  localStorage.setItem(choiceKey, language);
  void i18next.changeLanguage(language);
}
