import { useTranslation } from 'react-i18next';
import { ShellPage, useTenant } from '@portail/web';
import { PublishedProperties } from '../properties/components/PublishedProperties.js';

export function HomePage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  return (
    <ShellPage title={t('home.welcome')}>
      <div className="panel">
        <p>{t('home.intro', { agency: branding.name })}</p>
      </div>
      <PublishedProperties />
    </ShellPage>
  );
}
