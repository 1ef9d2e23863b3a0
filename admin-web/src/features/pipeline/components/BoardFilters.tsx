import { useTranslation } from 'react-i18next';
import { useActiveCollaborators } from '../api/activeCollaborators.js';
import type { ClientChoice } from '../api/searchClients.js';
import { ClientPicker } from './ClientPicker.js';

/** The board's filters: one client, one collaborator's clients (or, if scoped, always one's own). */
export function BoardFilters({
  client,
  onClient,
  collaboratorUid,
  onCollaborator,
  sharedOnlyUid,
  ready,
}: {
  client: ClientChoice | null;
  onClient: (client: ClientChoice | null) => void;
  collaboratorUid: string | null;
  onCollaborator: (uid: string | null) => void;
  sharedOnlyUid: string | null;
  ready: boolean;
}) {
  const { t } = useTranslation();
  const collaborators = useActiveCollaborators(ready && sharedOnlyUid === null);
  return (
    <div className="pipeline-filters" role="group" aria-label={t('pipeline.filters.label')}>
      <ClientPicker
        value={client}
        onChange={onClient}
        sharedOnlyUid={sharedOnlyUid}
        ready={ready}
      />
      <div className="pipeline-filter">
        {sharedOnlyUid ? (
          <>
            <span className="pipeline-filter-label">{t('pipeline.filters.collaborator')}</span>
            <p className="field-help">{t('pipeline.filters.sharedOnly')}</p>
          </>
        ) : (
          <>
            <label htmlFor="pipeline-collaborator">{t('pipeline.filters.collaborator')}</label>
            <select
              id="pipeline-collaborator"
              value={collaboratorUid ?? ''}
              onChange={(event) => onCollaborator(event.target.value || null)}
            >
              <option value="">{t('pipeline.filters.allCollaborators')}</option>
              {collaborators.data?.map((member) => (
                <option key={member.uid} value={member.uid}>
                  {member.name}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </div>
  );
}
