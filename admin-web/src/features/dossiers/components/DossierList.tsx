import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dossierAddressLabel } from '@portail/shared';
import type { DossierRow } from '../api/dossierRow.js';
import { StateBadge } from './StateBadge.js';

const euros = (amount: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
  }).format(amount);

/** One card per dossier: a grid of columns on a desktop, stacked on a phone. */
export function DossierList({ rows }: { rows: DossierRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="dossier-list">
      {rows.map((row) => (
        <li key={row.id} className="dossier-row">
          <div className="dossier-main">
            <Link to={`/dossiers/${row.id}`} aria-label={t('dossiers.open', { title: row.title })}>
              {row.title}
            </Link>
            <span className="dossier-client">{row.clientName}</span>
            {row.address && <span className="field-help">{dossierAddressLabel(row.address)}</span>}
          </div>
          <div className="dossier-meta">
            <span className={`badge ${row.published ? 'badge-active' : 'badge-pending'}`}>
              {row.published ? t('dossiers.published') : t('dossiers.draft')}
            </span>
            <span className={`badge ${row.paid ? 'badge-active' : 'badge-rejected'}`}>
              {row.paid ? t('dossiers.paid') : t('dossiers.unpaid')} ·{' '}
              {euros(row.amount, i18n.language)}
            </span>
            <StateBadge state={row.downloadState} />
            <span className="field-help">{t('dossiers.files', { count: row.files.length })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
