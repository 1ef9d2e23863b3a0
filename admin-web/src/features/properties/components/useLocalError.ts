import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';

/**
 * The backend and the shared checks speak French; in another language the screen shows its own
 * sentence for the failure instead (keyed by what failed), so no French leaks into it.
 */
export function useLocalised() {
  const { t, i18n } = useTranslation();
  const french = i18n.language.startsWith('fr');
  return {
    french,
    /** A callable's refusal: its own message in French, `fallbackKey` otherwise. */
    failure: (error: unknown, fallbackKey: string) =>
      french ? errorMessage(error, t(fallbackKey)) : t(fallbackKey),
    /** A shared French message, or the translation of its code. */
    message: (frenchMessage: string, key: string, values?: Record<string, unknown>) =>
      french ? frenchMessage : t(key, values),
  };
}
