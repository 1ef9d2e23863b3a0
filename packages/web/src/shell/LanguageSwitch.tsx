import { useTranslation } from 'react-i18next';
import { languages } from '@portail/shared';
import { chooseLanguage } from '../i18n/i18n.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      {t('common.language')}
      <select
        value={i18n.language}
        onChange={(event) => chooseLanguage(event.target.value as (typeof languages)[number])}
      >
        {languages.map((language) => (
          <option key={language} value={language}>
            {language === 'fr' ? 'Français' : 'English'}
          </option>
        ))}
      </select>
    </label>
  );
}
