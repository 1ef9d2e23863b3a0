import { useTranslation } from 'react-i18next';
import { downloadStates } from '@portail/shared';
import { useClientOptions } from '../api/clientOptions.js';
import { useDossierScope, type DossierFilters } from '../api/listDossiers.js';

export function DossierFiltersBar({
  typed,
  onType,
  filters,
  onChange,
}: {
  typed: string;
  onType: (text: string) => void;
  filters: DossierFilters;
  onChange: (change: Partial<DossierFilters>) => void;
}) {
  const { t } = useTranslation();
  const clients = useClientOptions();
  const scope = useDossierScope();
  return (
    <div className="dossiers-filters">
      <input
        type="search"
        aria-label={t('dossiers.search')}
        placeholder={t('dossiers.searchPlaceholder')}
        value={typed}
        onChange={(e) => onType(e.target.value)}
      />
      <label className="inline-field">
        <span>{t('dossiers.client')}</span>
        <select value={filters.clientId} onChange={(e) => onChange({ clientId: e.target.value })}>
          <option value="">{scope.mustPickClient ? '—' : t('dossiers.allClients')}</option>
          {(clients.data ?? []).map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('dossiers.payment')}</span>
        <select
          value={filters.paid}
          onChange={(e) => onChange({ paid: e.target.value as DossierFilters['paid'] })}
        >
          <option value="">{t('dossiers.allPayments')}</option>
          <option value="paid">{t('dossiers.paid')}</option>
          <option value="unpaid">{t('dossiers.unpaid')}</option>
        </select>
      </label>
      <label className="inline-field">
        <span>{t('dossiers.state')}</span>
        <select
          value={filters.downloadState}
          onChange={(e) =>
            onChange({ downloadState: e.target.value as DossierFilters['downloadState'] })
          }
        >
          <option value="">{t('dossiers.allStates')}</option>
          {downloadStates.map((state) => (
            <option key={state} value={state}>
              {t(`dossiers.states.${state}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
