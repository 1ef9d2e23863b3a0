import { useTranslation } from 'react-i18next';
import { ShellPage, useSignedIn, useTenant } from '@portail/web';
import { Dashboard } from './components/Dashboard.js';
import { useTenantPlan } from './useTenantPlan.js';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { branding } = useTenant();
  const { user, claims } = useSignedIn();
  const plan = useTenantPlan();
  return (
    <ShellPage title={`${t('home.title')} ${user.displayName ?? user.email ?? ''}`}>
      <Dashboard />
      <div className="panel">
        <dl className="facts">
          <dt>{t('home.agency')}</dt>
          <dd>{branding.name}</dd>
          <dt>{t('home.plan')}</dt>
          <dd>{plan.data ? t(`home.plans.${plan.data.plan}`) : '…'}</dd>
          {plan.data?.purgeAt && (
            <>
              <dt>{t('home.purgeAt')}</dt>
              <dd>
                {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
                  plan.data.purgeAt,
                )}
              </dd>
            </>
          )}
          <dt>{t('home.role')}</dt>
          <dd>{t(`session.roles.${claims.role}`)}</dd>
        </dl>
      </div>
    </ShellPage>
  );
}
