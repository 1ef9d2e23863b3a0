import { useTranslation } from 'react-i18next';
import { useClientCount } from '../api/listClients.js';

/** Tells admins that collaborators wait for a decision, with a way to list those clients. */
export function DeletionRequestsNotice({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  const requests = useClientCount({ search: '', status: 'all', deletionRequested: true });
  const count = requests.data ?? 0;
  if (count === 0) return null;
  return (
    <div className="notice notice-warning deletion-notice" role="status">
      <span>{t('clients.pendingRequests', { count })}</span>
      <button type="button" className="secondary" onClick={onShow}>
        {t('clients.showRequests')}
      </button>
    </div>
  );
}
