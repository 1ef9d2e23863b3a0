import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, ShellPage, useReadOnly } from '@portail/web';
import { ExportButton } from '../../exports/components/ExportButton.js';
import { useMandateClient } from '../api/mandateClient.js';
import { useMandatePage, type MandateCursor, type MandateRow } from '../api/mandatePage.js';
import { MandateForm } from './MandateForm.js';
import { MandateTable } from './MandateTable.js';
import '../mandates.css';

/**
 * L2 « Registre des mandats »: the whole register (`/mandats`) or one client's entries
 * (`/mandats?client=…`, from the client file, with « Nouveau mandat »), one page at a time,
 * printable as PDF (the browser's print, styled for paper) and exportable as .xlsx.
 */
export function MandatesPage() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [params] = useSearchParams();
  const clientId = params.get('client') ?? '';
  const client = useMandateClient(clientId);
  const [cursors, setCursors] = useState<Array<MandateCursor | null>>([null]);
  const pageIndex = cursors.length - 1;
  const page = useMandatePage(clientId, cursors[pageIndex] ?? null, pageIndex);
  const [editing, setEditing] = useState<{ corrects?: MandateRow } | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const name = client.data ?? (client.isFetched ? t('mandates.deletedClient') : '…');
  const title = clientId ? t('mandates.clientTitle', { name }) : t('mandates.title');
  const rows = page.data?.rows ?? [];

  return (
    <ShellPage title={title}>
      <p className="field-help">{t('mandates.intro')}</p>
      <div className="mandate-toolbar no-print">
        {clientId && <Link to="/mandats">{t('mandates.all')}</Link>}
        {clientId && client.data && (
          <button
            type="button"
            className="primary"
            disabled={readOnly}
            onClick={() => {
              setDone(null);
              setEditing({});
            }}
          >
            {t('mandates.new')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('mandates.print')}
        </button>
        {!clientId && <ExportButton kind="mandates" />}
      </div>
      {done !== null && (
        <p role="status" className="saved">
          {t('mandates.form.done', { number: done })}
        </p>
      )}
      {page.isError ? (
        <p role="alert" className="error">
          {t('mandates.loadFailed', { reason: errorMessage(page.error) })}
        </p>
      ) : page.isPending ? (
        <p role="status">{t('ui.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="card empty-state">{t('mandates.empty')}</p>
      ) : (
        <MandateTable
          rows={rows}
          showClient={!clientId}
          readOnly={readOnly}
          onCorrect={(row) => {
            setDone(null);
            setEditing({ corrects: row });
          }}
        />
      )}
      {(pageIndex > 0 || page.data?.next) && (
        <nav className="pager no-print" aria-label={t('mandates.pagination')}>
          <button
            type="button"
            className="secondary"
            disabled={pageIndex === 0 || page.isFetching}
            onClick={() => setCursors((list) => list.slice(0, -1))}
          >
            {t('mandates.previous')}
          </button>
          <span aria-live="polite">{t('mandates.page', { page: pageIndex + 1 })}</span>
          <button
            type="button"
            className="secondary"
            disabled={!page.data?.next || page.isFetching}
            onClick={() => page.data?.next && setCursors((list) => [...list, page.data.next])}
          >
            {t('mandates.next')}
          </button>
        </nav>
      )}
      {editing && (
        <MandateForm
          clientId={editing.corrects?.clientId ?? clientId}
          corrects={editing.corrects}
          onCancel={() => setEditing(null)}
          onDone={(number) => {
            setEditing(null);
            setDone(number);
          }}
        />
      )}
    </ShellPage>
  );
}
