import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addClientLoginInput, createClientInput } from '@portail/shared';
import { errorMessage, ShellPage, useTenant } from '@portail/web';
import { ConfirmDialog } from '../../common/components/ConfirmDialog.js';
import { Field, fieldErrors } from '../../common/components/Field.js';
import { useIsManager } from '../../common/useIsManager.js';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { useClients, type ClientRow } from '../api/listClients.js';
import { useCreateClient } from '../api/createClient.js';
import { useInviteClient } from '../api/inviteClient.js';
import { useAddClientLogin } from '../api/addClientLogin.js';
import { useRevokeClientAccess } from '../api/revokeClientAccess.js';
import { useRestoreClientAccess } from '../api/restoreClientAccess.js';
import { useDeleteClient } from '../api/deleteClient.js';
import { useStartImpersonation } from '../api/startImpersonation.js';
import { impersonationUrl, useClientAppUrl } from '../api/clientAppUrl.js';
import { ShareDialog, SharedWithCount } from './ShareDialog.js';

function CreateClientForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', phone: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateClient();
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createClientInput.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onDone });
  }
  const field = (key: keyof typeof form, type = 'text') => (
    <Field
      label={t(`clients.fields.${key}`)}
      name={key}
      type={type}
      value={form[key]}
      error={errors[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
    />
  );
  return (
    <form
      className="panel admin-form form-grid"
      onSubmit={submit}
      noValidate
      aria-label={t('clients.add')}
    >
      <h2>{t('clients.add')}</h2>
      {field('firstName')}
      {field('lastName')}
      {field('email', 'email')}
      {field('phone', 'tel')}
      {create.isError && (
        <p role="alert" className="error">
          {errorMessage(create.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onDone}>
          {t('ui.cancel')}
        </button>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('clients.create')}
        </button>
      </div>
    </form>
  );
}

function AddLoginDialog({ client, onClose }: { client: ClientRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ email: '', displayName: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useAddClientLogin();
  function confirm() {
    const parsed = addClientLoginInput.safeParse({ ...form, clientId: client.id });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    add.mutate(parsed.data, { onSuccess: onClose });
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
      <Field
        label={t('clients.fields.displayName')}
        name="displayName"
        value={form.displayName}
        error={errors.displayName}
        onChange={(e) => setForm({ ...form, displayName: e.target.value })}
      />
      <Field
        label={t('ui.email')}
        name="loginEmail"
        type="email"
        value={form.email}
        error={errors.email}
        onChange={(e) => setForm({ ...form, email: e.target.value })}
      />
    </ConfirmDialog>
  );
}

function ClientActions({ client, manager }: { client: ClientRow; manager: boolean }) {
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

  return (
    <div className="row-actions" role="group" aria-label={t('clients.actionsFor', { name })}>
      {client.status !== 'revoked' && (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => invite.mutate(ref)}
        >
          {client.status === 'added' ? t('clients.invite') : t('clients.reinvite')}
        </button>
      )}
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => setDialog('login')}
      >
        {t('clients.addLogin')}
      </button>
      {client.status === 'revoked' ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => restore.mutate(ref)}
        >
          {t('clients.restore')}
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => revoke.mutate(ref)}
        >
          {t('clients.revoke')}
        </button>
      )}
      <button type="button" className="secondary" disabled={busy} onClick={startImpersonation}>
        {t('clients.impersonate')}
      </button>
      {manager && (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => setDialog('share')}
        >
          {t('clients.share')}
        </button>
      )}
      {manager && (
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => setDialog('delete')}
        >
          {t('clients.delete')}
        </button>
      )}
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

export function ClientsPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const clients = useClients();
  const settings = useTenantSettings();
  const pageSize = settings.data?.rowsPerPage ?? 25;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const filtered = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (clients.data ?? []).filter(
      (c) => !needle || `${c.firstName} ${c.lastName} ${c.email}`.toLowerCase().includes(needle),
    );
  }, [clients.data, search]);
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = filtered.slice(current * pageSize, (current + 1) * pageSize);

  return (
    <ShellPage title={t('clients.title')}>
      <div className="toolbar">
        <input
          type="search"
          aria-label={t('clients.search')}
          placeholder={t('clients.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
        />
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('clients.add')}
          </button>
        )}
      </div>
      {adding && <CreateClientForm onDone={() => setAdding(false)} />}
      {clients.isError && (
        <p role="alert" className="error">
          {errorMessage(clients.error)}
        </p>
      )}
      <div className="panel">
        {clients.isPending ? (
          <p>{t('ui.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="empty-state">{t('clients.empty')}</p>
        ) : (
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('clients.name')}</th>
                <th>{t('ui.email')}</th>
                <th>{t('clients.fields.phone')}</th>
                <th>{t('team.status')}</th>
                <th>{t('ui.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td data-label={t('clients.name')}>
                    {c.firstName} {c.lastName}
                    {manager && <SharedWithCount client={c} />}
                  </td>
                  <td data-label={t('ui.email')}>{c.email}</td>
                  <td data-label={t('clients.fields.phone')}>{c.phone}</td>
                  <td data-label={t('team.status')}>
                    <span className={`badge badge-${c.status}`}>
                      {t(`clients.statuses.${c.status}`)}
                    </span>
                  </td>
                  <td>
                    <ClientActions client={c} manager={manager} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav className="pager" aria-label={t('clients.pagination')}>
          <button
            type="button"
            className="secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('clients.previous')}
          </button>
          <span>{t('clients.pageOf', { page: current + 1, pages, count: filtered.length })}</span>
          <button
            type="button"
            className="secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('clients.next')}
          </button>
        </nav>
      </div>
    </ShellPage>
  );
}
