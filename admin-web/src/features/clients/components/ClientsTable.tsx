import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clientName, type ClientRow } from '../api/clientRow.js';
import { ClientActions } from './ClientActions.js';
import { EmailLink, PhoneLink } from './ContactLinks.js';
import { DeletionRequestBadge } from './DeletionRequestBadge.js';
import { SharedWithCount } from './ShareDialog.js';

function NameLink({ client }: { client: ClientRow }) {
  return (
    <Link className="client-name" to={`/clients/${client.id}`}>
      {clientName(client)}
    </Link>
  );
}

/** Under a client's name: whom it is shared with, and any deletion request. */
function NameNotes({ client, manager }: { client: ClientRow; manager: boolean }) {
  return (
    <>
      {manager && <SharedWithCount client={client} />}
      {client.deletionRequest && <DeletionRequestBadge request={client.deletionRequest} />}
    </>
  );
}

function StatusBadge({ client }: { client: ClientRow }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${client.status}`}>{t(`clients.statuses.${client.status}`)}</span>
  );
}

/**
 * One page of clients with each row's actions. On a phone the same rows are laid out as cards and
 * the actions go behind a "⋯" menu (`compact`): the same elements either way, so turning a tablet
 * keeps an open dialog open.
 */
export function ClientsTable({
  rows,
  manager,
  compact,
}: {
  rows: ClientRow[];
  manager: boolean;
  compact: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="admin-table clients-table">
      <thead>
        <tr>
          <th scope="col">{t('clients.name')}</th>
          <th scope="col">{t('ui.email')}</th>
          <th scope="col">{t('clients.fields.phone')}</th>
          <th scope="col">{t('team.status')}</th>
          <th scope="col">{t('ui.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} className="client-row">
            <td>
              <NameLink client={c} />
              <NameNotes client={c} manager={manager} />
            </td>
            <td>
              <EmailLink email={c.email} name={clientName(c)} />
            </td>
            <td>
              <PhoneLink phone={c.phone} name={clientName(c)} />
            </td>
            <td>
              <StatusBadge client={c} />
            </td>
            <td>
              <ClientActions client={c} manager={manager} menu={compact} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
