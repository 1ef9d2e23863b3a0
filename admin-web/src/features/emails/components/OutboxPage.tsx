import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { resendableStates } from '@portail/shared';
import { errorMessage, ShellPage, useReadOnly } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { useOutboxPage, useResendEmail, type OutboxRow } from '../api/outboxLog.js';
import '../emails.css';

function OutboxItem({ row }: { row: OutboxRow }) {
  const { t, i18n } = useTranslation();
  const readOnly = useReadOnly();
  const resend = useResendEmail();
  const date = row.createdAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
        row.createdAt,
      )
    : '';
  return (
    <li className="outbox-row">
      <div className="outbox-main">
        <span className={`badge outbox-state outbox-${row.state.toLowerCase()}`}>
          {t(`emails.outbox.states.${row.state}`)}
        </span>
        <strong className="outbox-subject">{row.subject}</strong>
      </div>
      <div className="outbox-meta">
        {row.to.map((address) => (
          <a key={address} href={`mailto:${address}`}>
            {address}
          </a>
        ))}
        <span>{date}</span>
        <span>{t('emails.outbox.attempts', { count: row.attempts })}</span>
      </div>
      {row.error && row.state !== 'SUCCESS' && <p className="outbox-error-text">{row.error}</p>}
      {resendableStates.includes(row.state) && (
        <div>
          <button
            type="button"
            className="secondary"
            disabled={readOnly || resend.isPending || resend.isSuccess}
            onClick={() => resend.mutate(row.id)}
          >
            {t('emails.outbox.resend')}
          </button>
          {resend.error ? (
            <p role="alert" className="error">
              {errorMessage(resend.error)}
            </p>
          ) : resend.isSuccess ? (
            <p role="status" className="saved">
              {t('emails.outbox.resent')}
            </p>
          ) : null}
        </div>
      )}
    </li>
  );
}

function OutboxList({ size }: { size: number }) {
  const { t } = useTranslation();
  // The cursors of the pages before this one, to come back to the first.
  const [cursor, setCursor] = useState<QueryDocumentSnapshot | null>(null);
  const page = useOutboxPage(size, cursor);
  if (page.error) {
    return (
      <p role="alert" className="error">
        {errorMessage(page.error)}
      </p>
    );
  }
  if (!page.data) return <p>{t('ui.loading')}</p>;
  return (
    <>
      {page.data.rows.length === 0 ? (
        <p>{t('emails.outbox.empty')}</p>
      ) : (
        <ul className="outbox-list">
          {page.data.rows.map((row) => (
            <OutboxItem key={row.id} row={row} />
          ))}
        </ul>
      )}
      <div className="emails-actions">
        {cursor && (
          <button type="button" className="secondary" onClick={() => setCursor(null)}>
            {t('emails.outbox.first')}
          </button>
        )}
        {page.data.last && (
          <button type="button" className="secondary" onClick={() => setCursor(page.data.last)}>
            {t('emails.outbox.next')}
          </button>
        )}
      </div>
    </>
  );
}

/** "Envois" (N3): the recent e-mails with their delivery state; a failed one can be resent. */
export function OutboxPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const settings = useTenantSettings();
  return (
    <ShellPage title={t('emails.outbox.title')}>
      {!manager ? (
        <p role="alert" className="notice">
          {t('emails.outbox.refused')}
        </p>
      ) : (
        <>
          <p className="muted">{t('emails.outbox.intro')}</p>
          {settings.data ? (
            <OutboxList size={settings.data.rowsPerPage} />
          ) : (
            <p>{t('ui.loading')}</p>
          )}
        </>
      )}
    </ShellPage>
  );
}
