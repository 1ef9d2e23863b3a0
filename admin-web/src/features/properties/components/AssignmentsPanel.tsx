import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssignPropertiesResult, PropertyRecord } from '@portail/shared';
import { useReadOnly } from '@portail/web';
import {
  ASSIGNMENTS_SHOWN,
  usePropertyAssignments,
  type PropertyAssignment,
} from '../api/propertyAssignments.js';
import { useSetAssignmentPublished } from '../api/setAssignmentPublished.js';
import { AssignDialog } from './AssignDialog.js';
import { useLocalised } from './useLocalError.js';

function PublishToggle({
  propertyId,
  assignment,
}: {
  propertyId: string;
  assignment: PropertyAssignment;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const readOnly = useReadOnly();
  const publish = useSetAssignmentPublished();
  const action = assignment.published
    ? t('properties.clients.unpublish')
    : t('properties.clients.publish');
  return (
    <>
      <button
        type="button"
        className={assignment.published ? 'secondary' : 'primary'}
        aria-label={t('properties.clients.publishFor', { action, name: assignment.clientName })}
        disabled={readOnly || publish.isPending}
        onClick={() =>
          publish.mutate({
            clientId: assignment.clientId,
            propertyId,
            published: !assignment.published,
          })
        }
      >
        {action}
      </button>
      {publish.isError && (
        <p role="alert" className="error assignment-error">
          {localised.failure(publish.error, 'properties.clients.publishFailed')}
        </p>
      )}
    </>
  );
}

/**
 * H3 — the clients this property is proposed to, each card's stage and whether the client sees
 * it ("Publier" / "Dépublier"), and "Affecter" to add more.
 */
export function AssignmentsPanel({
  propertyId,
  property,
}: {
  propertyId: string;
  property: PropertyRecord;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const assignments = usePropertyAssignments(propertyId);
  const [picking, setPicking] = useState(false);
  const [result, setResult] = useState<AssignPropertiesResult | null>(null);
  const rows = useMemo(() => assignments.data ?? [], [assignments.data]);
  const assigned = useMemo(() => new Set(rows.map((row) => row.clientId)), [rows]);

  return (
    <section className="panel assignments-panel" aria-labelledby="assignments-title">
      <div className="panel-head">
        <h2 id="assignments-title">
          {t('properties.clients.title')}{' '}
          {assignments.data && <span className="count">{rows.length}</span>}
        </h2>
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          onClick={() => {
            setResult(null);
            setPicking(true);
          }}
        >
          {t('properties.assign.open')}
        </button>
      </div>
      <div role="status">
        {result && (
          <p className="notice">
            {t('properties.assign.created', { count: result.created })}
            {result.existing > 0 &&
              ` · ${t('properties.assign.existing', { count: result.existing })}`}
            .
          </p>
        )}
      </div>
      {assignments.isError ? (
        <p role="alert" className="error">
          {t('properties.clients.loadFailed')}
        </p>
      ) : assignments.isPending ? (
        <p role="status">{t('ui.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('properties.clients.empty')}</p>
      ) : (
        <ul className="assignment-list" aria-label={t('properties.clients.list')}>
          {rows.map((row) => (
            <li key={row.clientId} className="assignment-row">
              <div className="assignment-who">
                <Link to={`/clients/${row.clientId}`}>{row.clientName || row.clientId}</Link>
                <span className="assignment-badges">
                  <span className={`stage-badge stage-${row.stage}`}>
                    <span className="sr-only">{t('properties.clients.stage')} : </span>
                    {t(`properties.stages.${row.stage}`)}
                  </span>
                  <span className={row.published ? 'badge badge-active' : 'badge'}>
                    {row.published
                      ? t('properties.clients.published')
                      : t('properties.clients.draft')}
                  </span>
                </span>
              </div>
              <PublishToggle propertyId={propertyId} assignment={row} />
            </li>
          ))}
        </ul>
      )}
      {rows.length >= ASSIGNMENTS_SHOWN && (
        <p className="field-help">{t('properties.clients.more', { count: ASSIGNMENTS_SHOWN })}</p>
      )}
      {picking && (
        <AssignDialog
          propertyId={propertyId}
          property={property}
          assigned={assigned}
          onClose={() => setPicking(false)}
          onAssigned={setResult}
        />
      )}
    </section>
  );
}
