import { useTranslation } from 'react-i18next';

/**
 * The shared schemas answer in French, as the functions do; in English each field has its own
 * message (`clientFile.invalid.<field>`), so that no French shows in the English interface.
 */
export function useFieldMessage() {
  const { t, i18n } = useTranslation();
  return (field: string, message: string | undefined): string | undefined => {
    if (!message) return undefined;
    if (i18n.language.startsWith('fr')) return message;
    return t(`clientFile.invalid.${field}`, { defaultValue: message });
  };
}
