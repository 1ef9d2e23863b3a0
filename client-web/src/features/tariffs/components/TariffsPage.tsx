import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgencyFooter, useDocumentTitle, useTenant } from '@portail/web';
import { useTariffs } from '../api/tariffs.js';
import { TariffText } from './TariffText.js';
import '../tariffs.css';

/**
 * L1 « Tarifs »: the agency's fee schedule, public (the law wants it shown before any
 * commitment), so it is a page outside the signed-in shell, linked from every page's footer.
 */
export function TariffsPage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  const tariffs = useTariffs();
  useDocumentTitle(t('tariffs.title'));
  return (
    <div className="tariffs-page">
      <main className="tariffs-main">
        <Link className="tariffs-back" to="/">
          {t('tariffs.back')}
        </Link>
        <h1>{t('tariffs.title')}</h1>
        <p className="tariffs-intro">{t('tariffs.intro', { agency: branding.name })}</p>
        {tariffs.isPending ? (
          <p role="status">{t('ui.loading')}</p>
        ) : tariffs.isError ? (
          <p role="alert" className="error">
            {t('tariffs.failed')}
          </p>
        ) : tariffs.data.trim() === '' ? (
          <p className="card empty-state">{t('tariffs.empty')}</p>
        ) : (
          <article className="card tariffs-text">
            <TariffText text={tariffs.data} />
          </article>
        )}
      </main>
      <AgencyFooter />
    </div>
  );
}
