import { useTranslation } from 'react-i18next';

/** Dates as the agency lives them: Paris time, in the interface's language. */
export function useAppointmentFormat() {
  const { i18n } = useTranslation();
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
  return {
    day: (date: Date) => day.format(date),
    time: (date: Date) => time.format(date),
    range: ({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) =>
      `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)}`,
  };
}
