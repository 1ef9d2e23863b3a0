import { useTranslation } from 'react-i18next';
import type { DownloadState } from '@portail/shared';

export function StateBadge({ state }: { state: DownloadState }) {
  const { t } = useTranslation();
  return <span className={`badge dossier-state-${state}`}>{t(`dossiers.states.${state}`)}</span>;
}
