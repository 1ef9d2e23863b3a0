import { useTranslation } from 'react-i18next';
import { parisDayKey, parisDayRange } from '@portail/shared';
import type { SpaceAppointment } from '../api/appointments.js';

/** A month as weeks of days (Monday first); a day with appointments links to them below. */
export function MonthGrid({
  from,
  appointments,
}: {
  from: Date;
  appointments: SpaceAppointment[];
}) {
  const { t, i18n } = useTranslation();
  const counts = new Map<string, number>();
  for (const appointment of appointments) {
    const key = parisDayKey(appointment.startsAt);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const firstKey = parisDayKey(from);
  const [year, month] = firstKey.split('-').map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const today = parisDayKey(new Date());
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const names = Array.from({ length: 7 }, (_, i) =>
    weekday.format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const cells: Array<string | null> = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => parisDayKey(parisDayRange(from, i).from)),
  ];
  return (
    <table className="month-grid">
      <thead>
        <tr>
          {names.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => (
          <tr key={week}>
            {Array.from({ length: 7 }, (_, i) => {
              const key = cells[week * 7 + i];
              if (!key) return <td key={i} />;
              const count = counts.get(key) ?? 0;
              const label = Number(key.slice(8));
              return (
                <td key={i} className={key === today ? 'month-today' : undefined}>
                  {count > 0 ? (
                    <a
                      href={`#rdv-${key}`}
                      className="month-busy"
                      aria-label={t('agenda.dayCount', { day: label, count })}
                    >
                      {label}
                    </a>
                  ) : (
                    <span>{label}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
