import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareClientInput } from '@portail/shared';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { useMembers, type Member } from '../../team/api/listMembers.js';
import type { ClientRow } from '../api/listClients.js';
import { useShareClient } from '../api/shareClient.js';
import { ConfirmDialog } from '@portail/web';

/** The tenant's active collaborators: the only members a client can usefully be shared with. */
function useActiveCollaborators() {
  const members = useMembers();
  const data = useMemo(
    () => members.data?.filter((m) => m.role === 'collaborator' && m.status === 'active'),
    [members.data],
  );
  return { ...members, data };
}

/** "Shared with N collaborators" under a client's name; nothing while it is shared with none. */
export function SharedWithCount({ client }: { client: ClientRow }) {
  const { t } = useTranslation();
  const collaborators = useActiveCollaborators();
  if (!collaborators.data) return null;
  const active = new Set(collaborators.data.map((m) => m.uid));
  const count = (client.sharedWith ?? []).filter((uid) => active.has(uid)).length;
  if (count === 0) return null;
  return <p className="field-help">{t('clients.sharedWithCount', { count })}</p>;
}

/**
 * Picks the active collaborators a client is shared with. Uids in `sharedWith` that are not
 * active collaborators (removed members, promoted admins) are kept as they are: the dialog edits
 * only what it shows.
 */
export function ShareDialog({ client, onClose }: { client: ClientRow; onClose: () => void }) {
  const { t } = useTranslation();
  const name = `${client.firstName} ${client.lastName}`;
  const collaborators = useActiveCollaborators();
  const settings = useTenantSettings();
  const share = useShareClient();
  const [selected, setSelected] = useState(() => new Set(client.sharedWith ?? []));
  const [invalid, setInvalid] = useState<string | null>(null);

  function toggle(member: Member, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(member.uid);
    else next.delete(member.uid);
    setSelected(next);
  }

  function confirm() {
    if (!collaborators.data) return;
    const shown = new Set(collaborators.data.map((m) => m.uid));
    const kept = (client.sharedWith ?? []).filter((uid) => !shown.has(uid));
    const chosen = collaborators.data.filter((m) => selected.has(m.uid)).map((m) => m.uid);
    const parsed = shareClientInput.safeParse({ sharedWith: [...new Set([...kept, ...chosen])] });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? null);
    setInvalid(null);
    share.mutate({ clientId: client.id, ...parsed.data }, { onSuccess: onClose });
  }

  const error =
    invalid ??
    (collaborators.isError ? t('clients.shareLoadFailed') : null) ??
    (share.isError ? t('clients.shareFailed') : null);

  return (
    <ConfirmDialog
      title={t('clients.shareTitle', { name })}
      confirmLabel={t('ui.save')}
      pending={share.isPending}
      error={error}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <p className="field-help">{t('clients.shareIntro')}</p>
      {settings.data && !settings.data.collaboratorsSeeSharedOnly && (
        <p className="field-help">{t('clients.shareSettingOff')}</p>
      )}
      {collaborators.isPending ? (
        <p>{t('ui.loading')}</p>
      ) : collaborators.data?.length === 0 ? (
        <p className="empty-state">{t('clients.shareNoCollaborators')}</p>
      ) : (
        <div
          role="group"
          aria-label={t('clients.shareCollaborators')}
          className="admin-dialog-body"
        >
          {collaborators.data?.map((member) => (
            <label key={member.uid} className="switch">
              <input
                type="checkbox"
                checked={selected.has(member.uid)}
                disabled={share.isPending}
                onChange={(e) => toggle(member, e.target.checked)}
              />
              <span>
                {member.displayName || member.email}
                {member.displayName && <span className="field-help"> · {member.email}</span>}
              </span>
            </label>
          ))}
        </div>
      )}
    </ConfirmDialog>
  );
}
