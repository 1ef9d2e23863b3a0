import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorMessage, useTenant } from '@portail/web';
import type { ClientRow } from '../api/listClients.js';
import { useInviteClient } from '../api/inviteClient.js';
import { useRevokeClientAccess } from '../api/revokeClientAccess.js';
import { useRestoreClientAccess } from '../api/restoreClientAccess.js';
import { useDeleteClient } from '../api/deleteClient.js';
import { useStartImpersonation } from '../api/startImpersonation.js';
import { impersonationUrl, useClientAppUrl } from '../api/clientAppUrl.js';
import { AddLoginDialog } from './AddLoginDialog.js';
import { ShareDialog } from './ShareDialog.js';

/** A client row's buttons: invite, logins, access, impersonation, sharing and deletion. */
export function ClientActions({ client, manager }: { client: ClientRow; manager: boolean }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const name = `${client.firstName} ${client.lastName}`;
  const invite = useInviteClient();
  const revoke = useRevokeClientAccess();
  const restore = useRestoreClientAccess();
  const remove = useDeleteClient();
  const impersonate = useStartImpersonation();
  const appUrl = useClientAppUrl();
  const [dialog, setDialog] = useState<'delete' | 'login' | 'share' | null>(null);
  const busy =
    invite.isPending ||
    revoke.isPending ||
    restore.isPending ||
    remove.isPending ||
    impersonate.isPending;
  const failed = [invite, revoke, restore, impersonate].find((m) => m.isError);
  const ref = { clientId: client.id };

  function startImpersonation() {
    const tab = window.open('', '_blank');
    impersonate.mutate(ref, {
      onSuccess: ({ token }) => {
        const url = impersonationUrl(
          appUrl.data ?? `http://${location.hostname}:5174`,
          tenantId,
          token,
        );
        if (tab) tab.location.href = url;
        else window.open(url, '_blank');
      },
      onError: () => tab?.close(),
    });
  }

  const action = (label: string, onClick: () => void, className = 'secondary') => (
    <button type="button" className={className} disabled={busy} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <div className="row-actions" role="group" aria-label={t('clients.actionsFor', { name })}>
      {client.status !== 'revoked' &&
        action(client.status === 'added' ? t('clients.invite') : t('clients.reinvite'), () =>
          invite.mutate(ref),
        )}
      {action(t('clients.addLogin'), () => setDialog('login'))}
      {client.status === 'revoked'
        ? action(t('clients.restore'), () => restore.mutate(ref))
        : action(t('clients.revoke'), () => revoke.mutate(ref))}
      {action(t('clients.impersonate'), startImpersonation)}
      {manager && action(t('clients.share'), () => setDialog('share'))}
      {manager && action(t('clients.delete'), () => setDialog('delete'), 'danger')}
      {failed && (
        <p role="alert" className="error">
          {errorMessage(failed.error)}
        </p>
      )}
      {dialog === 'login' && <AddLoginDialog client={client} onClose={() => setDialog(null)} />}
      {dialog === 'share' && <ShareDialog client={client} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('clients.deleteTitle', { name })}
          confirmLabel={t('clients.deleteConfirm')}
          danger
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onCancel={() => setDialog(null)}
          onConfirm={() => remove.mutate(ref, { onSuccess: () => setDialog(null) })}
        >
          <p>{t('clients.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
