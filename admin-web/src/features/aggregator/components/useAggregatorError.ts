import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import { aggregatorText } from '../i18n.js';

const known = new Set(Object.keys(aggregatorText.fr.aggregator.errors));

/**
 * The message key of an aggregator error code (`http`, `aggregator/timeout`…). A code this
 * version does not know reads as `internal`, never as the French message stored beside it.
 */
export function aggregatorErrorKey(code: string | null | undefined): string {
  const name = (code ?? '').replace(/^aggregator\//, '');
  return `aggregator.errors.${known.has(name) ? name : 'internal'}`;
}

/** A refusal in the interface's language: by its `aggregator/<code>` when it has one. */
export function useAggregatorError() {
  const { t } = useTranslation();
  return (error: unknown): string | null => {
    if (!error) return null;
    const code = (error as { details?: { code?: unknown } }).details?.code;
    const name = typeof code === 'string' ? code.replace(/^aggregator\//, '') : '';
    return known.has(name) ? t(`aggregator.errors.${name}`) : errorMessage(error);
  };
}
