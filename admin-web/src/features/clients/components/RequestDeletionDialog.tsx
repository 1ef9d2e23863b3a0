import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientDeletionRequestInput } from '@portail/shared';
import { ConfirmDialog, errorMessage } from '@portail/web';
import { clientName, type ClientRow } from '../api/clientRow.js';
import { useRequestClientDeletion } from '../api/requestClientDeletion.js';

/** A collaborator's "Demander la suppression": an optional reason, sent to the admins. */
export function RequestDeletionDialog({
  client,
  onClose,
  onSent,
}: {
  client: ClientRow;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const request = useRequestClientDeletion();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const id = `deletion-reason-${client.id}`;

  function confirm() {
    const parsed = clientDeletionRequestInput.safeParse({ clientId: client.id, reason });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? null);
    setInvalid(null);
    request.mutate(parsed.data, { onSuccess: onSent });
  }

  return (
    <ConfirmDialog
      title={t('clients.requestDeletionTitle', { name: clientName(client) })}
      confirmLabel={t('clients.requestSend')}
      danger
      pending={request.isPending}
      error={request.isError ? errorMessage(request.error) : null}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <p>{t('clients.requestDeletionText')}</p>
      <div className="admin-field">
        <label htmlFor={id}>{t('clients.requestReason')}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={1000}
          value={reason}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {invalid && (
          <small id={`${id}-error`} className="field-error">
            {invalid}
          </small>
        )}
      </div>
    </ConfirmDialog>
  );
}
