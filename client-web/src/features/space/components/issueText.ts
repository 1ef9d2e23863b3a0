import { useTranslation } from 'react-i18next';
import { spaceText } from '../i18n.js';

const issueKeys = new Map(
  Object.entries(spaceText.fr.space.issues).map(([key, message]) => [message, key]),
);

/**
 * The shared schemas speak French; in English the known messages are translated by their key
 * (the French text is the key's French value), and an unknown one shows as it came.
 */
export function useIssueText() {
  const { t } = useTranslation();
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const key = issueKeys.get(message);
    return key ? t(`space.issues.${key}`) : message;
  };
}
