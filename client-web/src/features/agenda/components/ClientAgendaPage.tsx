import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDayKey, parisDayRange, parisMonthRange } from '@portail/shared';
import { errorMessage, isPermissionDenied, ShellPage, useTenant } from '@portail/web';
import { useSpaceIds } from '../../space/api/spaceIds.js';
import { useSpaceAppointments, type SpaceAppointment } from '../api/appointments.js';
import { downloadIcs } from '../api/downloadIcs.js';
import { MonthGrid } from './MonthGrid.js';
import '../agenda.css';

type View = 'list' | 'month';

/** C4: the space's appointments, as a list of what is coming and as a month; read only. */
export function ClientAgendaPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('list');
  const [month, setMonth] = useState(0);
  const [now] = useState(() => new Date());
  const range = useMemo(
    () =>
      view === 'list' ? { from: parisDayRange(now).from, to: null } : parisMonthRange(now, month),
    [view, month, now],
  );
  const appointments = useSpaceAppointments(range.from, range.to);

  if (appointments.error != null && isPermissionDenied(appointments.error)) return null;
  return (
    <ShellPage title={t('agenda.pageTitle')}>
      <div role="group" aria-label={t('agenda.view')} className="agenda-views">
        {(['list', 'month'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={view === option ? 'primary' : 'secondary'}
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {t(`agenda.${option}`)}
          </button>
        ))}
      </div>
      {view === 'month' && (
        <MonthNav from={range.from} onMove={(step) => setMonth((n) => n + step)} />
      )}
      {appointments.error != null ? (
        <p role="alert" className="error">
          {errorMessage(appointments.error)}
        </p>
      ) : appointments.isPending ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : view === 'month' ? (
        <>
          <MonthGrid from={range.from} appointments={appointments.data} />
          <AppointmentList appointments={appointments.data} empty={t('agenda.emptyMonth')} />
        </>
      ) : (
        <AppointmentList appointments={appointments.data} empty={t('agenda.empty')} />
      )}
    </ShellPage>
  );
}

function MonthNav({ from, onMove }: { from: Date; onMove: (step: number) => void }) {
  const { t, i18n } = useTranslation();
  const label = new Intl.DateTimeFormat(i18n.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(from);
  return (
    <div className="agenda-month-nav">
      <button type="button" className="secondary" onClick={() => onMove(-1)}>
        ← <span className="visually-hidden">{t('agenda.previousMonth')}</span>
      </button>
      <h2>{label}</h2>
      <button type="button" className="secondary" onClick={() => onMove(1)}>
        <span className="visually-hidden">{t('agenda.nextMonth')}</span> →
      </button>
    </div>
  );
}

function AppointmentList({
  appointments,
  empty,
}: {
  appointments: SpaceAppointment[];
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const { branding } = useTenant();
  const ids = useSpaceIds();
  if (appointments.length === 0) return <p>{empty}</p>;
  const day = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Paris',
  });
  const time = new Intl.DateTimeFormat(i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  });
  return (
    <ul className="space-appointments">
      {appointments.map((appointment) => (
        <li
          key={appointment.id}
          id={`rdv-${parisDayKey(appointment.startsAt)}`}
          className={`space-appointment appointment-${appointment.type}`}
        >
          <p className="space-appointment-when">
            {day.format(appointment.startsAt)} · {time.format(appointment.startsAt)}–
            {time.format(appointment.endsAt)}
          </p>
          <p>
            <strong>{appointment.title}</strong> · {t(`agenda.types.${appointment.type}`)}
          </p>
          {appointment.place && <p className="space-appointment-place">{appointment.place}</p>}
          <button
            type="button"
            className="secondary"
            onClick={() => downloadIcs(appointment, ids, branding.name)}
          >
            {t('agenda.addToCalendar')}
          </button>
        </li>
      ))}
    </ul>
  );
}
