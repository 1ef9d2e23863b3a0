import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorMessage, ShellPage, useSignedIn } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { useMembers, type Member } from '../api/listMembers.js';
import { useDecideStaffRequest } from '../api/decideStaffRequest.js';
import { useChangeMemberRole } from '../api/changeMemberRole.js';
import { useRemoveMember } from '../api/removeMember.js';

type StaffRole = 'admin' | 'collaborator';

/**
 * A refusal is told above the list (`onRefused`), not in the row: the list is refreshed after it
 * and the row of a request another admin decided meanwhile goes away.
 */
function PendingRow({
  member,
  onDecide,
  onRefused,
}: {
  member: Member;
  onDecide: () => void;
  onRefused: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<StaffRole>('collaborator');
  const decide = useDecideStaffRequest();
  const decideAs = (approve: boolean) => {
    onDecide();
    decide.mutate(
      { uid: member.uid, approve, role },
      { onError: (error) => onRefused(errorMessage(error)) },
    );
  };
  return (
    <tr>
      <td data-label={t('team.name')}>{member.displayName}</td>
      <td data-label={t('ui.email')}>{member.email}</td>
      <td data-label={t('team.role')}>
        <select
          aria-label={t('team.roleFor', { name: member.displayName })}
          value={role}
          onChange={(e) => setRole(e.target.value as StaffRole)}
        >
          <option value="collaborator">{t('session.roles.collaborator')}</option>
          <option value="admin">{t('session.roles.admin')}</option>
        </select>
      </td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="primary"
            disabled={decide.isPending}
            onClick={() => decideAs(true)}
          >
            {t('team.approve')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={decide.isPending}
            onClick={() => decideAs(false)}
          >
            {t('team.reject')}
          </button>
        </div>
      </td>
    </tr>
  );
}

function MemberRow({ member, manager }: { member: Member; manager: boolean }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const change = useChangeMemberRole();
  const remove = useRemoveMember();
  const [confirming, setConfirming] = useState(false);
  const editable =
    manager && member.role !== 'owner' && member.uid !== user.uid && member.status === 'active';
  return (
    <tr>
      <td data-label={t('team.name')}>{member.displayName}</td>
      <td data-label={t('ui.email')}>{member.email}</td>
      <td data-label={t('team.role')}>
        {editable ? (
          <select
            aria-label={t('team.roleFor', { name: member.displayName })}
            value={member.role}
            disabled={change.isPending}
            onChange={(e) => change.mutate({ uid: member.uid, role: e.target.value as StaffRole })}
          >
            <option value="collaborator">{t('session.roles.collaborator')}</option>
            <option value="admin">{t('session.roles.admin')}</option>
          </select>
        ) : (
          t(`session.roles.${member.role}`)
        )}
      </td>
      <td data-label={t('team.status')}>
        <span className={`badge badge-${member.status}`}>
          {t(`team.statuses.${member.status}`)}
        </span>
      </td>
      <td>
        <div className="row-actions">
          {editable && (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              {t('team.remove')}
            </button>
          )}
          {change.isError && (
            <p role="alert" className="error">
              {errorMessage(change.error)}
            </p>
          )}
          {confirming && (
            <ConfirmDialog
              title={t('team.removeTitle')}
              confirmLabel={t('team.remove')}
              danger
              pending={remove.isPending}
              error={remove.isError ? errorMessage(remove.error) : null}
              onCancel={() => setConfirming(false)}
              onConfirm={() =>
                remove.mutate({ uid: member.uid }, { onSuccess: () => setConfirming(false) })
              }
            >
              <p>{t('team.removeText', { name: member.displayName })}</p>
            </ConfirmDialog>
          )}
        </div>
      </td>
    </tr>
  );
}

export function TeamPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const members = useMembers();
  const [refusal, setRefusal] = useState<string | null>(null);
  const all = members.data ?? [];
  const pending = all.filter((m) => m.status === 'pending');
  const others = all.filter((m) => m.status !== 'pending' && m.status !== 'rejected');
  return (
    <ShellPage title={t('team.title')}>
      {members.isError && (
        <p role="alert" className="error">
          {errorMessage(members.error)}
        </p>
      )}
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      {manager && pending.length > 0 && (
        <section className="panel">
          <h2>{t('team.pending')}</h2>
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('team.name')}</th>
                <th>{t('ui.email')}</th>
                <th>{t('team.role')}</th>
                <th>{t('ui.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((m) => (
                <PendingRow
                  key={m.uid}
                  member={m}
                  onDecide={() => setRefusal(null)}
                  onRefused={setRefusal}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="panel">
        <h2>{t('team.members')}</h2>
        {members.isPending ? (
          <p>{t('ui.loading')}</p>
        ) : (
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('team.name')}</th>
                <th>{t('ui.email')}</th>
                <th>{t('team.role')}</th>
                <th>{t('team.status')}</th>
                <th>{t('ui.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((m) => (
                <MemberRow key={m.uid} member={m} manager={manager} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </ShellPage>
  );
}
