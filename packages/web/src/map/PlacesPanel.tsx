import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POI_MAX_PER_CLIENT } from '@portail/shared';
import { ConfirmDialog } from '../forms/ConfirmDialog.js';
import { useDeletePoi, usePois, type SpacePoi } from './api/pois.js';
import { PlaceForm } from './PlaceForm.js';
import { placeError } from './placeErrors.js';
import './map.css';

/**
 * H9: a space's points of interest (« Mes lieux »), listed, added, edited and deleted through
 * the callables. The client uses it on their space; staff in the client file (`asStaff`).
 */
export function PlacesPanel({
  tenantId,
  clientId,
  asStaff = false,
  readOnly = false,
}: {
  tenantId: string;
  clientId: string;
  asStaff?: boolean;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const pois = usePois(tenantId, clientId);
  const remove = useDeletePoi(tenantId, clientId);
  const [editing, setEditing] = useState<SpacePoi | null>(null);
  const [deleting, setDeleting] = useState<SpacePoi | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  // Remounting the form empties it after a save.
  const [formKey, setFormKey] = useState(0);

  const list = pois.data ?? [];
  const full = list.length >= POI_MAX_PER_CLIENT && !editing;
  const headingId = `places-heading-${clientId}`;

  async function confirmDelete() {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await remove.mutateAsync({ poiId: deleting.id, ...(asStaff ? { clientId } : {}) });
      setNotice(t('places.deleted', { name: deleting.name }));
      if (editing?.id === deleting.id) setEditing(null);
      setDeleting(null);
    } catch (error) {
      setDeleteError(placeError(error, t).message);
    }
  }

  return (
    <section className="panel places-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{asStaff ? t('places.staffTitle') : t('places.title')}</h2>
      <p className="places-intro">{asStaff ? t('places.staffIntro') : t('places.intro')}</p>
      {pois.isError && (
        <p role="alert" className="error">
          {t('places.loadFailed')}
        </p>
      )}
      {pois.isPending && !pois.isError && <p aria-busy="true">{t('places.loading')}</p>}
      {pois.data && list.length === 0 && <p className="places-empty">{t('places.empty')}</p>}
      {list.length > 0 && (
        <ul className="places-list">
          {list.map((poi) => (
            <li key={poi.id} className="places-item">
              <span className={`places-type places-type-${poi.type}`}>
                {t(`places.types.${poi.type}`)}
              </span>
              <span className="places-text">
                <strong>{poi.name}</strong>
                <span>{poi.address}</span>
                {poi.precision && poi.precision !== 'exact' && (
                  <small>{t(`places.precision.${poi.precision}`)}</small>
                )}
              </span>
              {!readOnly && (
                <span className="places-actions">
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('places.editNamed', { name: poi.name })}
                    onClick={() => {
                      setNotice('');
                      setEditing(poi);
                      setFormKey((key) => key + 1);
                    }}
                  >
                    {t('places.edit')}
                  </button>
                  <button
                    type="button"
                    className="secondary places-delete"
                    aria-label={t('places.deleteNamed', { name: poi.name })}
                    onClick={() => {
                      setDeleteError(null);
                      setDeleting(poi);
                    }}
                  >
                    {t('places.delete')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="places-notice">
        {notice}
      </p>
      {!readOnly && full && <p className="places-full">{t('places.full')}</p>}
      {!readOnly && !full && (
        <PlaceForm
          key={`${formKey}-${editing?.id ?? 'new'}`}
          tenantId={tenantId}
          clientId={clientId}
          asStaff={asStaff}
          editing={editing}
          disabled={pois.isPending}
          onDone={(message) => {
            setNotice(message);
            setEditing(null);
            setFormKey((key) => key + 1);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('places.deleteTitle')}
          confirmLabel={t('places.delete')}
          danger
          pending={remove.isPending}
          error={deleteError}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('places.deleteBody', { name: deleting.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
