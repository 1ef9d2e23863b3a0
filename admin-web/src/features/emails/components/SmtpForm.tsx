import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpSettingsInput, type SmtpSettingsView } from '@portail/shared';
import { errorMessage, Field, useForm, useReadOnly } from '@portail/web';
import { useSaveSmtpSettings } from '../api/smtpSettings.js';

/** The agency's own SMTP server; empty host: the platform's. The password is write-only. */
export function SmtpForm({ initial }: { initial: SmtpSettingsView }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const { form, set, bind, validate } = useForm({
    host: initial.host,
    port: String(initial.port),
    secure: initial.secure,
    user: initial.user,
    password: '',
    senderName: initial.senderName,
    senderAddress: initial.senderAddress,
  });
  const [clearPassword, setClearPassword] = useState(false);
  const save = useSaveSmtpSettings();
  const passwordSet = save.data?.passwordSet ?? initial.passwordSet;

  function submit(event: FormEvent) {
    event.preventDefault();
    const { password, ...rest } = form;
    const data = validate(smtpSettingsInput, {
      ...rest,
      port: Number(form.port),
      ...(clearPassword ? { password: '' } : password ? { password } : {}),
    });
    if (data) save.mutate(data);
  }
  return (
    <section className="panel emails-section" aria-labelledby="emails-smtp-title">
      <h2 id="emails-smtp-title">{t('emails.smtp.title')}</h2>
      <p className="muted">{t('emails.smtp.intro')}</p>
      <form className="admin-form" onSubmit={submit} noValidate>
        <Field label={t('emails.smtp.host')} {...bind('host')} disabled={readOnly} />
        {!form.host.trim() && <p className="muted">{t('emails.smtp.platform')}</p>}
        <Field
          label={t('emails.smtp.port')}
          type="number"
          min={1}
          max={65535}
          {...bind('port')}
          disabled={readOnly}
        />
        <label className="switch">
          <input
            type="checkbox"
            checked={form.secure}
            disabled={readOnly}
            onChange={(e) => set('secure', e.target.checked)}
          />
          <span>{t('emails.smtp.secure')}</span>
        </label>
        <Field
          label={t('emails.smtp.user')}
          autoComplete="off"
          {...bind('user')}
          disabled={readOnly}
        />
        <Field
          label={t('emails.smtp.password')}
          type="password"
          autoComplete="new-password"
          hint={passwordSet ? t('emails.smtp.passwordKept') : undefined}
          {...bind('password')}
          disabled={readOnly || clearPassword}
        />
        {passwordSet && (
          <label className="switch">
            <input
              type="checkbox"
              checked={clearPassword}
              disabled={readOnly}
              onChange={(e) => setClearPassword(e.target.checked)}
            />
            <span>{t('emails.smtp.clearPassword')}</span>
          </label>
        )}
        <Field label={t('emails.smtp.senderName')} {...bind('senderName')} disabled={readOnly} />
        <Field
          label={t('emails.smtp.senderAddress')}
          type="email"
          {...bind('senderAddress')}
          disabled={readOnly}
        />
        {save.error ? (
          <p role="alert" className="error">
            {errorMessage(save.error)}
          </p>
        ) : save.isSuccess ? (
          <p role="status" className="saved">
            {t('emails.smtp.saved')}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={readOnly || save.isPending}>
          {t('emails.smtp.save')}
        </button>
      </form>
    </section>
  );
}
