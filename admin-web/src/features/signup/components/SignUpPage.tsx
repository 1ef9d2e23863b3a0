import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signUpTenantInput } from '@portail/shared';
import { errorMessage, Field, LanguageSwitch, useForm } from '@portail/web';
import { useSignUpTenant } from '../api/signUpTenant.js';

export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

export function SignUpPage() {
  const { t } = useTranslation();
  const { set, bind, validate } = useForm({
    companyName: '',
    slug: '',
    ownerName: '',
    email: '',
    password: '',
  });
  const [slugTouched, setSlugTouched] = useState(false);
  const signUp = useSignUpTenant();

  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(signUpTenantInput);
    if (!data) return;
    signUp.mutate(data, {
      onSuccess: ({ tenantId }) => {
        location.assign(`/?tenant=${encodeURIComponent(tenantId)}`);
      },
    });
  }

  return (
    <main className="centered-page">
      <form className="card sign-in signup-card" onSubmit={submit} noValidate>
        <h1>{t('signup.title')}</h1>
        <p className="notice">{t('signup.sandbox')}</p>
        <Field
          label={t('signup.companyName')}
          {...bind('companyName')}
          onChange={(e) => {
            set('companyName', e.target.value);
            if (!slugTouched) set('slug', suggestSlug(e.target.value));
          }}
        />
        <Field
          label={t('signup.slug')}
          hint={t('signup.slugHint')}
          {...bind('slug')}
          onChange={(e) => {
            setSlugTouched(true);
            set('slug', e.target.value);
          }}
        />
        <Field label={t('signup.ownerName')} autoComplete="name" {...bind('ownerName')} />
        <Field label={t('ui.email')} type="email" autoComplete="email" {...bind('email')} />
        <Field
          label={t('ui.password')}
          type="password"
          autoComplete="new-password"
          {...bind('password')}
        />
        {signUp.isError && (
          <p role="alert" className="error">
            {errorMessage(signUp.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={signUp.isPending}>
          {signUp.isPending ? t('ui.pending') : t('signup.submit')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
