import { useRef, useState, type FormEvent } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { appUrlFromTemplate, signUpTenantInput, slugSchema } from '@portail/shared';
import {
  errorMessage,
  Field,
  LanguageSwitch,
  PublicLinks,
  useExactDocumentTitle,
  useForm,
} from '@portail/web';
import { useSignUpTenant } from '../api/signUpTenant.js';
import { signupText } from '../i18n.js';
import { ConsentCheckbox } from './ConsentCheckbox.js';
import { HumanCheck, type HumanCheckHandle } from './HumanCheck.js';
import '../signup.css';

// The page is a chunk of its own: its messages join the app's when it loads.
for (const language of ['fr', 'en'] as const) {
  i18next.addResourceBundle(language, 'translation', signupText[language], true, false);
}

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

const formFields = signUpTenantInput.omit({ altcha: true });

/** The two addresses a valid slug will give, as the functions will name them. */
function SlugAddresses({ slug }: { slug: string }) {
  const { t } = useTranslation();
  if (!slugSchema.safeParse(slug).success) return null;
  const env = import.meta.env;
  return (
    <p className="field-help" aria-live="polite">
      {t('signup.addresses', {
        admin: appUrlFromTemplate(env.VITE_ADMIN_APP_URL_TEMPLATE, 'admin', slug),
        client: appUrlFromTemplate(env.VITE_CLIENT_APP_URL_TEMPLATE, 'client', slug),
      })}
    </p>
  );
}

export function SignUpPage() {
  const { t } = useTranslation();
  useExactDocumentTitle(t('signup.title'));
  const { form, set, bind, validate, errors, setErrors } = useForm({
    companyName: '',
    slug: '',
    ownerName: '',
    email: '',
    password: '',
    acceptTerms: false,
  });
  const [slugTouched, setSlugTouched] = useState(false);
  const [checking, setChecking] = useState(false);
  const humanCheck = useRef<HumanCheckHandle>(null);
  const signUp = useSignUpTenant();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate(formFields)) return;
    let altcha: string;
    setChecking(true);
    try {
      altcha = (await humanCheck.current?.solve()) ?? '';
    } catch (error) {
      setErrors({ altcha: error instanceof Error ? error.message : t('signup.humanCheck.failed') });
      return;
    } finally {
      setChecking(false);
    }
    const data = validate(signUpTenantInput, { ...form, altcha });
    if (!data) return;
    signUp.mutate(data, {
      onSuccess: ({ tenantId }) => {
        location.assign(`/?tenant=${encodeURIComponent(tenantId)}`);
      },
      // Each solution is good once: after any refusal the next attempt needs a new one.
      onError: () => humanCheck.current?.reset(),
    });
  }

  const pending = checking || signUp.isPending;
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
        <SlugAddresses slug={form.slug} />
        <Field label={t('signup.ownerName')} autoComplete="name" {...bind('ownerName')} />
        <Field label={t('ui.email')} type="email" autoComplete="email" {...bind('email')} />
        <Field
          label={t('ui.password')}
          type="password"
          autoComplete="new-password"
          {...bind('password')}
        />
        <ConsentCheckbox
          checked={form.acceptTerms}
          onChange={(checked) => set('acceptTerms', checked)}
          error={errors.acceptTerms}
        />
        <HumanCheck ref={humanCheck} error={errors.altcha} />
        {signUp.isError && (
          <p role="alert" className="error">
            {errorMessage(signUp.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('ui.pending') : t('signup.submit')}
        </button>
        <PublicLinks show={['signIn']} />
        <LanguageSwitch />
      </form>
    </main>
  );
}
