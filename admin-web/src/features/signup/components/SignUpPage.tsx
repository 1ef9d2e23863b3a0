import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signUpTenantInput } from '@portail/shared';
import { errorMessage, LanguageSwitch } from '@portail/web';
import { Field, fieldErrors } from '../../common/components/Field.js';
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
  const [form, setForm] = useState({
    companyName: '',
    slug: '',
    ownerName: '',
    email: '',
    password: '',
  });
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const signUp = useSignUpTenant();

  const set = (key: keyof typeof form, value: string) =>
    setForm((current) => ({
      ...current,
      [key]: value,
      ...(key === 'companyName' && !slugTouched ? { slug: suggestSlug(value) } : {}),
    }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = signUpTenantInput.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    signUp.mutate(parsed.data, {
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
          name="companyName"
          value={form.companyName}
          error={errors.companyName}
          onChange={(e) => set('companyName', e.target.value)}
        />
        <Field
          label={t('signup.slug')}
          name="slug"
          value={form.slug}
          error={errors.slug}
          hint={t('signup.slugHint')}
          onChange={(e) => {
            setSlugTouched(true);
            set('slug', e.target.value);
          }}
        />
        <Field
          label={t('signup.ownerName')}
          name="ownerName"
          value={form.ownerName}
          error={errors.ownerName}
          autoComplete="name"
          onChange={(e) => set('ownerName', e.target.value)}
        />
        <Field
          label={t('ui.email')}
          name="email"
          type="email"
          value={form.email}
          error={errors.email}
          autoComplete="email"
          onChange={(e) => set('email', e.target.value)}
        />
        <Field
          label={t('ui.password')}
          name="password"
          type="password"
          value={form.password}
          error={errors.password}
          autoComplete="new-password"
          onChange={(e) => set('password', e.target.value)}
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
