import { useTranslation } from 'react-i18next';
import type { ClientRow } from '../api/listClients.js';
import { ClientActions } from './ClientActions.js';
import { SharedWithCount } from './ShareDialog.js';

/** One page of clients, with each row's actions. */
export function ClientsTable({ rows, manager }: { rows: ClientRow[]; manager: boolean }) {
  const { t } = useTranslation();
  return (
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
              <span className={`badge badge-${c.status}`}>{t(`clients.statuses.${c.status}`)}</span>
            </td>
            <td>
              <ClientActions client={c} manager={manager} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
