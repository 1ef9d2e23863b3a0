import { useTranslation } from 'react-i18next';
import type { DeletionRequest } from '../api/clientRow.js';
import '../clients.css';

function useRequestedBy(request: DeletionRequest): string {
  const { t } = useTranslation();
  return request.byName
    ? t('clients.requestedBy', { name: request.byName })
    : t('clients.requestedByUnknown');
}

/** "Suppression demandée par X" on a row or a file, with the collaborator's reason under it. */
export function DeletionRequestBadge({ request }: { request: DeletionRequest }) {
  const { t } = useTranslation();
  const label = useRequestedBy(request);
  return (
    <span className="deletion-request">
      <span className="badge badge-deletion">{label}</span>
      {request.reason && (
        <span className="deletion-reason">
          {t('clients.requestReasonShown', { reason: request.reason })}
        </span>
      )}
    </span>
  );
}

/** The same, as a sentence in the delete dialog. */
export function DeletionRequestNote({ request }: { request: DeletionRequest }) {
  const { t } = useTranslation();
  const label = useRequestedBy(request);
  return (
    <p className="field-help">
      {label}.{request.reason && ` ${t('clients.requestReasonShown', { reason: request.reason })}`}
    </p>
  );
}
