import { useTranslation } from 'react-i18next';
import { addClientLoginInput } from '@portail/shared';
import { ConfirmDialog, errorMessage, Field, useForm } from '@portail/web';
import type { ClientRow } from '../api/listClients.js';
import { useAddClientLogin } from '../api/addClientLogin.js';

export function AddLoginDialog({
  client,
  onClose,
  onAdded,
}: {
  client: ClientRow;
  onClose: () => void;
  /** After the login was added, with its address (the caller says so, `role="status"`). */
  onAdded: (email: string) => void;
}) {
  const { t } = useTranslation();
  const { form, bind, validate } = useForm({ email: '', displayName: '' });
  const add = useAddClientLogin();
  function confirm() {
    const data = validate(addClientLoginInput, { ...form, clientId: client.id });
    if (data) add.mutate(data, { onSuccess: () => onAdded(data.email) });
  }
  return (
    <ConfirmDialog
      title={t('clients.addLogin')}
      confirmLabel={t('clients.addLogin')}
      pending={add.isPending}
      error={add.isError ? errorMessage(add.error) : null}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <Field label={t('clients.fields.displayName')} {...bind('displayName')} />
      <Field label={t('ui.email')} type="email" {...bind('email')} name="loginEmail" />
    </ConfirmDialog>
  );
}
