import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parisDayKey, parisDayRange, parisWeekRange } from '@portail/shared';
import { errorMessage, ShellPage } from '@portail/web';
import { useClientListScope } from '../../clients/api/listClients.js';
import { useAgenda, type Appointment } from '../api/appointments.js';
import { useAppointmentFormat } from './format.js';
import '../agenda.css';

type Mode = 'week' | 'day';

/** The hunter's agenda (H6): every client's appointments, by week or by day, live. */
export function AgendaPage() {
  const { t } = useTranslation();
  const scope = useClientListScope();
  const [mode, setMode] = useState<Mode>('week');
  const [offset, setOffset] = useState(0);
  const [now] = useState(() => new Date());
  const range = useMemo(
    () => (mode === 'week' ? parisWeekRange(now, offset) : parisDayRange(now, offset)),
    [mode, offset, now],
  );
  // A collaborator who sees only shared clients has no tenant-wide agenda (the rules refuse it).
  const allowed = scope.ready && scope.sharedWithUid === null;
  const agenda = useAgenda(range.from, range.to, allowed);
  const format = useAppointmentFormat();

  const days = useMemo(() => {
    const byDay = new Map<string, Appointment[]>();
    for (const appointment of agenda.data ?? []) {
      const key = parisDayKey(appointment.startsAt);
      byDay.set(key, [...(byDay.get(key) ?? []), appointment]);
    }
    return [...byDay.entries()];
  }, [agenda.data]);

  const last = new Date(range.to.getTime() - 1);
  const title =
    mode === 'week'
      ? t('agenda.weekOf', { from: format.day(range.from), to: format.day(last) })
      : format.day(range.from);

  return (
    <ShellPage title={t('agenda.pageTitle')}>
      <div className="agenda-bar">
        <div role="group" aria-label={t('agenda.view')} className="agenda-modes">
          {(['week', 'day'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className={mode === option ? 'primary' : 'secondary'}
              aria-pressed={mode === option}
              onClick={() => {
                setMode(option);
                setOffset(0);
              }}
            >
              {t(`agenda.${option}`)}
            </button>
          ))}
        </div>
        <div className="agenda-nav">
          <button type="button" className="secondary" onClick={() => setOffset((n) => n - 1)}>
            ← {t(mode === 'week' ? 'agenda.previousWeek' : 'agenda.previousDay')}
          </button>
          <button type="button" className="secondary" onClick={() => setOffset(0)}>
            {t('agenda.today')}
          </button>
          <button type="button" className="secondary" onClick={() => setOffset((n) => n + 1)}>
            {t(mode === 'week' ? 'agenda.nextWeek' : 'agenda.nextDay')} →
          </button>
        </div>
      </div>
      <h2 className="agenda-range">{title}</h2>
      {scope.ready && !allowed ? (
        <p>{t('agenda.sharedOnly')}</p>
      ) : agenda.error != null ? (
        <p role="alert" className="error">
          {errorMessage(agenda.error)}
        </p>
      ) : agenda.isPending ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : days.length === 0 ? (
        <p>{t(mode === 'week' ? 'agenda.emptyWeek' : 'agenda.emptyDay')}</p>
      ) : (
        days.map(([key, appointments]) => (
          <section
            key={key}
            className="agenda-day"
            aria-label={format.day(appointments[0]!.startsAt)}
          >
            {mode === 'week' && <h3>{format.day(appointments[0]!.startsAt)}</h3>}
            <ul className="appointment-list">
              {appointments.map((appointment) => (
                <li
                  key={`${appointment.clientId}/${appointment.id}`}
                  className={`appointment appointment-${appointment.type}`}
                >
                  <p className="appointment-when">
                    {format.time(appointment.startsAt)}–{format.time(appointment.endsAt)}
                  </p>
                  <p className="appointment-title">
                    <strong>{appointment.title}</strong> · {t(`agenda.types.${appointment.type}`)}
                  </p>
                  <p>
                    <Link to={`/clients/${appointment.clientId}`}>
                      {appointment.clientName || t('agenda.client')}
                    </Link>
                    {appointment.place && ` · ${appointment.place}`}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </ShellPage>
  );
}
