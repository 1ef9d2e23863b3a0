import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.js';
import { addMessages } from '../i18n/i18n.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { agencyCard, type AgencyCard } from './agencyCard.js';
import { myDataPath, tariffsPath } from './agencyFooterLazy.js';
import { agencyFooterText } from './agencyFooterText.js';
import './agencyFooter.css';

addMessages(agencyFooterText);

/**
 * The agency's legal mentions under every page (L1, loi Hoguet): « Carte professionnelle n° …
 * délivrée par … » when the settings have it, and in the client app the « Tarifs » link, so the
 * fee schedule is one click from any page, signed in or not, and, signed in, « Mes données » (C6).
 */
export function AgencyFooter() {
  const { t } = useTranslation();
  const { tenantId, app } = useTenant();
  const signedIn = useSession().status === 'signedIn';
  const [card, setCard] = useState<AgencyCard | null>(null);
  useEffect(() => {
    let live = true;
    void agencyCard(tenantId).then((value) => live && setCard(value));
    return () => {
      live = false;
    };
  }, [tenantId]);
  if (!card && app !== 'client') return null;
  return (
    <footer className="agency-footer">
      {card && (
        <p>
          {card.authority
            ? t('agencyFooter.cardBy', { number: card.number, authority: card.authority })
            : t('agencyFooter.card', { number: card.number })}
        </p>
      )}
      {app === 'client' && (
        <nav className="agency-footer-links" aria-label={t('agencyFooter.label')}>
          <Link to={tariffsPath}>{t('agencyFooter.tariffs')}</Link>
          {signedIn && <Link to={myDataPath}>{t('agencyFooter.myData')}</Link>}
        </nav>
      )}
    </footer>
  );
}
