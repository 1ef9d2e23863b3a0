import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { grantGuestAccessInput } from '@portail/shared';
import { errorMessage, Field, fieldErrors, useReadOnly } from '@portail/web';
import type { DossierRow } from '../api/dossierRow.js';
import { useGrantGuest, useGuests, useRevokeGuest } from '../api/guests.js';

const inDays = (days: number) => {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  return date.toISOString().slice(0, 10);
};

/** D4 — guests of this dossier: give access by e-mail until a date, revoke it. */
export function GuestsPanel({ dossier }: { dossier: DossierRow }) {
  const { t, i18n } = useTranslation();
  const readOnly = useReadOnly();
  const guests = useGuests(dossier.id);
  const grant = useGrantGuest();
  const revoke = useRevokeGuest(dossier.id);
  const [values, setValues] = useState({
    email: '',
    firstName: '',
    lastName: '',
    until: inDays(14),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'fr-FR');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    // The end of the chosen day, in the browser's time zone.
    const expiresAt = new Date(`${values.until}T23:59:00`).getTime();
    const parsed = grantGuestAccessInput.safeParse({
      dossierId: dossier.id,
      email: values.email,
      firstName: values.firstName,
      lastName: values.lastName,
      expiresAt: Number.isFinite(expiresAt) ? expiresAt : 0,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    grant.mutate(parsed.data, {
      onSuccess: () => {
        setSentTo(parsed.data.email);
        setValues((v) => ({ ...v, email: '', firstName: '', lastName: '' }));
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="dossier-guests-title">
      <h2 id="dossier-guests-title">{t('dossiers.guests.title')}</h2>
      <p className="field-help">{t('dossiers.guests.intro')}</p>
      <form className="dossier-guest-form" onSubmit={submit} noValidate>
        <fieldset disabled={readOnly || grant.isPending}>
          <Field
            label={t('dossiers.guests.email')}
            name="guest-email"
            type="email"
            autoComplete="off"
            value={values.email}
            error={errors.email}
            onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
          />
          <Field
            label={t('dossiers.guests.firstName')}
            name="guest-first-name"
            value={values.firstName}
            error={errors.firstName}
            onChange={(e) => setValues((v) => ({ ...v, firstName: e.target.value }))}
          />
          <Field
            label={t('dossiers.guests.lastName')}
            name="guest-last-name"
            value={values.lastName}
            error={errors.lastName}
            onChange={(e) => setValues((v) => ({ ...v, lastName: e.target.value }))}
          />
          <Field
            label={t('dossiers.guests.expiresAt')}
            name="guest-until"
            type="date"
            value={values.until}
            error={errors.expiresAt}
            onChange={(e) => setValues((v) => ({ ...v, until: e.target.value }))}
          />
          <button type="submit" className="primary">
            {t('dossiers.guests.grant')}
          </button>
        </fieldset>
      </form>
      {sentTo && <p role="status">{t('dossiers.guests.granted', { email: sentTo })}</p>}
      {(grant.isError || revoke.isError) && (
        <p role="alert" className="error">
          {errorMessage(grant.error ?? revoke.error)}
        </p>
      )}
      {(guests.data ?? []).length === 0 ? (
        <p>{t('dossiers.guests.none')}</p>
      ) : (
        <ul className="dossier-guests">
          {(guests.data ?? []).map((guest) => {
            const { expired } = guest;
            return (
              <li key={guest.id}>
                <span>
                  {guest.firstName} {guest.lastName} —{' '}
                  <a href={`mailto:${guest.email}`}>{guest.email}</a>{' '}
                  <span className="field-help">
                    {guest.revoked
                      ? t('dossiers.guests.revoked')
                      : expired
                        ? t('dossiers.guests.expired')
                        : t('dossiers.guests.until', { date: date(guest.expiresAt) })}
                  </span>
                </span>
                {!guest.revoked && !expired && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={readOnly || revoke.isPending}
                    aria-label={t('dossiers.guests.revokeName', { email: guest.email })}
                    onClick={() => revoke.mutate(guest.id)}
                  >
                    {t('dossiers.guests.revoke')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
