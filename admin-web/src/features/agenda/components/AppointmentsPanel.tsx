import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorMessage, useReadOnly } from '@portail/web';
import { useClientAppointments, type Appointment } from '../api/appointments.js';
import { useClientPropertyOptions } from '../api/clientProperties.js';
import { useDeleteAppointment, useSaveAppointment } from '../api/saveAppointment.js';
import { AppointmentForm } from './AppointmentForm.js';
import { useAppointmentFormat } from './format.js';
import '../agenda.css';

/** The client's appointments in the client file (H6): plan, move, cancel. */
export function AppointmentsPanel({
  clientId,
  clientName,
}: {
  clientId: string;
  clientName: string;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const list = useClientAppointments(clientId);
  const save = useSaveAppointment(clientId, clientName);
  const remove = useDeleteAppointment(clientId);
  const format = useAppointmentFormat();
  const properties = useClientPropertyOptions(clientId).data ?? [];
  const titleOf = (propertyId: string | null) =>
    properties.find((property) => property.propertyId === propertyId)?.title;
  const [editing, setEditing] = useState<Appointment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Appointment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <section className="panel appointments-panel" aria-labelledby="appointments-title">
      <div className="appointments-head">
        <h2 id="appointments-title">{t('agenda.panelTitle')}</h2>
        {editing === null && (
          <button
            type="button"
            className="primary"
            disabled={readOnly}
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {t('agenda.add')}
          </button>
        )}
      </div>
      {saved && (
        <p role="status" className="saved">
          {saved}
        </p>
      )}
      {editing === 'new' && (
        <AppointmentForm
          appointment={null}
          properties={properties}
          disabled={readOnly}
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            await save.mutateAsync({ id: null, input });
            setEditing(null);
            setSaved(t('agenda.created'));
          }}
        />
      )}
      {list.error != null ? (
        <p role="alert" className="error">
          {errorMessage(list.error)}
        </p>
      ) : list.isPending ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : list.data.length === 0 ? (
        <p>{t('agenda.noneForClient')}</p>
      ) : (
        <ul className="appointment-list">
          {list.data.map((appointment) =>
            editing !== 'new' && editing?.id === appointment.id ? (
              <li key={appointment.id}>
                <AppointmentForm
                  appointment={appointment}
                  properties={properties}
                  disabled={readOnly}
                  onCancel={() => setEditing(null)}
                  onSave={async (input) => {
                    await save.mutateAsync({ id: appointment.id, input });
                    setEditing(null);
                    setSaved(t('agenda.updated'));
                  }}
                />
              </li>
            ) : (
              <li key={appointment.id} className={`appointment appointment-${appointment.type}`}>
                <p className="appointment-when">{format.range(appointment)}</p>
                <p className="appointment-title">
                  <strong>{appointment.title}</strong> · {t(`agenda.types.${appointment.type}`)}
                </p>
                {appointment.propertyId && titleOf(appointment.propertyId) && (
                  <p className="appointment-place">{titleOf(appointment.propertyId)}</p>
                )}
                {appointment.place && <p className="appointment-place">{appointment.place}</p>}
                <div className="appointment-buttons">
                  <button
                    type="button"
                    className="secondary"
                    disabled={readOnly}
                    onClick={() => {
                      setSaved(null);
                      setEditing(appointment);
                    }}
                  >
                    {t('agenda.edit')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={readOnly}
                    onClick={() => setDeleting(appointment)}
                  >
                    {t('agenda.delete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('agenda.deleteTitle')}
          confirmLabel={t('agenda.delete')}
          danger
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error) : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                setSaved(t('agenda.deleted'));
              },
            })
          }
        >
          <p>{t('agenda.deleteBody', { title: deleting.title, when: format.range(deleting) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
