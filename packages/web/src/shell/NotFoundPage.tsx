import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../auth/AuthCard.js';

/** An address that leads nowhere in the app: said plainly, with the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="primary-link">
        {t('notFound.home')}
      </Link>
    </AuthCard>
  );
}
