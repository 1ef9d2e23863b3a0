import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorMessage, useReadOnly, useTenant } from '@portail/web';
import { clientName, type ClientRow } from '../api/clientRow.js';
import { useInviteClient } from '../api/inviteClient.js';
import { useRevokeClientAccess } from '../api/revokeClientAccess.js';
import { useRestoreClientAccess } from '../api/restoreClientAccess.js';
import { useDeleteClient } from '../api/deleteClient.js';
import { outcomeOf, recordDeletionOutcome } from '../api/deletionOutcome.js';
import { useDeclineClientDeletion } from '../api/declineClientDeletion.js';
import { useStartImpersonation } from '../api/startImpersonation.js';
import { impersonationUrl, useClientAppUrl } from '../api/clientAppUrl.js';
import { ActionsMenu } from './ActionsMenu.js';
import { AddLoginDialog } from './AddLoginDialog.js';
import { DeletionRequestNote } from './DeletionRequestBadge.js';
import { RequestDeletionDialog } from './RequestDeletionDialog.js';
import { ShareDialog } from './ShareDialog.js';
import '../clients.css';

type Dialog = 'delete' | 'revoke' | 'login' | 'share' | 'requestDeletion' | null;

/** Only a client who has not activated their access yet is (re)invited. */
const invitable = new Set<ClientRow['status']>(['added', 'invited']);

/**
 * A client's access actions: invite, logins, access, impersonation, sharing and deletion. Admins
 * delete (and decline a collaborator's request); a collaborator asks for the deletion instead.
 * `menu` puts the buttons behind a "⋯" button (phone rows); dialogs stay outside it, so they
 * still show once the menu closes.
 */
export function ClientActions({
  client,
  manager,
  menu = false,
  onDeleted,
}: {
  client: ClientRow;
  manager: boolean;
  menu?: boolean;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const readOnly = useReadOnly();
  const name = clientName(client);
  const invite = useInviteClient();
  const revoke = useRevokeClientAccess();
  const restore = useRestoreClientAccess();
  const remove = useDeleteClient();
  const decline = useDeclineClientDeletion();
  const impersonate = useStartImpersonation();
  const appUrl = useClientAppUrl();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const busy =
    readOnly ||
    invite.isPending ||
    revoke.isPending ||
    restore.isPending ||
    remove.isPending ||
    decline.isPending ||
    impersonate.isPending;
  const failed = [invite, restore, impersonate, decline].find((m) => m.isError);
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

  const action = (label: string, onClick: () => void, className = 'secondary'): ReactNode => (
    <button
      key={label}
      type="button"
      className={className}
      disabled={busy}
      onClick={() => {
        setNotice(null);
        onClick();
      }}
    >
      {label}
    </button>
  );

  const buttons = [
    invitable.has(client.status) &&
      action(client.status === 'added' ? t('clients.invite') : t('clients.reinvite'), () =>
        invite.mutate(ref, {
          onSuccess: () =>
            setNotice(
              t(client.status === 'added' ? 'feedback.invited' : 'feedback.reinvited', {
                email: client.email,
              }),
            ),
        }),
      ),
    action(t('clients.addLogin'), () => setDialog('login')),
    client.status === 'revoked'
      ? action(t('clients.restore'), () =>
          restore.mutate(ref, { onSuccess: () => setNotice(t('feedback.restored', { name })) }),
        )
      : action(t('clients.revoke'), () => setDialog('revoke')),
    action(t('clients.impersonate'), startImpersonation),
    manager && action(t('clients.share'), () => setDialog('share')),
    manager &&
      client.deletionRequest &&
      action(t('clients.declineRequest'), () => decline.mutate(ref)),
    manager && action(t('clients.delete'), () => setDialog('delete'), 'danger'),
    !manager &&
      !client.deletionRequest &&
      action(
        t('clients.requestDeletion'),
        () => setDialog('requestDeletion'),
        'secondary danger-outline',
      ),
  ].filter(Boolean);

  // Messages and dialogs sit beside the group, so that a card can lay them out full width.
  return (
    <>
      <div
        className={menu ? 'row-actions row-actions-menu' : 'row-actions'}
        role="group"
        aria-label={t('clients.actionsFor', { name })}
      >
        {menu ? (
          <ActionsMenu label={t('clients.moreActions', { name })}>{buttons}</ActionsMenu>
        ) : (
          buttons
        )}
      </div>
      {failed && (
        <p role="alert" className="error action-feedback">
          {errorMessage(failed.error)}
        </p>
      )}
      {notice && (
        <p role="status" className="saved action-feedback">
          {notice}
        </p>
      )}
      {dialog === 'login' && (
        <AddLoginDialog
          client={client}
          onClose={() => setDialog(null)}
          onAdded={(email) => {
            setDialog(null);
            setNotice(t('feedback.loginAdded', { email, name }));
          }}
        />
      )}
      {dialog === 'revoke' && (
        <ConfirmDialog
          title={t('feedback.revokeTitle', { name })}
          confirmLabel={t('feedback.revokeConfirm')}
          danger
          pending={revoke.isPending}
          error={revoke.isError ? errorMessage(revoke.error) : null}
          onCancel={() => {
            revoke.reset();
            setDialog(null);
          }}
          onConfirm={() =>
            revoke.mutate(ref, {
              onSuccess: () => {
                setDialog(null);
                setNotice(t('feedback.revoked', { name }));
              },
            })
          }
        >
          <p>{t('feedback.revokeText', { name })}</p>
        </ConfirmDialog>
      )}
      {dialog === 'share' && <ShareDialog client={client} onClose={() => setDialog(null)} />}
      {dialog === 'requestDeletion' && (
        <RequestDeletionDialog
          client={client}
          onClose={() => setDialog(null)}
          onSent={() => {
            setDialog(null);
            setNotice(t('clients.requestSent'));
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('clients.deleteTitle', { name })}
          confirmLabel={t('clients.deleteConfirm')}
          danger
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(ref, {
              onSuccess: (answer) => {
                recordDeletionOutcome(outcomeOf(name, answer));
                setDialog(null);
                onDeleted?.();
              },
            })
          }
        >
          <p>{t('clients.deleteText')}</p>
          {client.deletionRequest && <DeletionRequestNote request={client.deletionRequest} />}
        </ConfirmDialog>
      )}
    </>
  );
}
