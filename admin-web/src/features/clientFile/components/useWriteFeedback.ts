import { useTranslation } from 'react-i18next';
import { errorCode } from '@portail/web';

/** What a section says after a direct write: saved, refused by the rules, or failed. */
export function useWriteFeedback() {
  const { t } = useTranslation();
  return (error: unknown): string =>
    errorCode(error) === 'permission-denied' ? t('clientFile.refused') : t('clientFile.failed');
}
