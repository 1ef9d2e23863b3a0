import { Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NavItem } from './PortalShell.js';

// The same width as the stylesheet's phone header.
const phoneQuery = '(max-width: 900px)';

function subscribePhone(onChange: () => void) {
  const query = window.matchMedia(phoneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribePhone, () => window.matchMedia(phoneQuery).matches);
}

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  const Badge = item.badge;
  return (
    <NavLink to={item.to} end={item.to === '/'} onClick={onNavigate}>
      {t(item.labelKey)}
      {Badge && (
        <Suspense fallback={null}>
          <Badge />
        </Suspense>
      )}
    </NavLink>
  );
}

/**
 * The main navigation. On a wide screen the `more` entries sit under « Plus » so that the header
 * keeps one line; on a phone the menu lists them all, one per line, the daily ones first.
 */
export function ShellNav({
  items,
  phone,
  onNavigate,
}: {
  items: NavItem[];
  phone: boolean;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const more = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  const daily = items.filter((item) => !item.more);
  const others = items.filter((item) => item.more);
  const inOthers = others.some((item) => pathname.startsWith(item.to));
  // A click elsewhere closes « Plus », as any menu does.
  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (more.current && !more.current.contains(event.target as Node)) more.current.open = false;
    };
    document.addEventListener('click', close);
    return () => document.removeEventListener('click', close);
  }, []);
  const closeMore = () => {
    if (more.current) more.current.open = false;
    onNavigate();
  };
  return (
    <nav aria-label="principal">
      {(phone ? items : daily).map((item) => (
        <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
      ))}
      {!phone && others.length > 0 && (
        <details className={inOthers ? 'shell-more active' : 'shell-more'} ref={more}>
          <summary>{t('session.more')}</summary>
          <div className="shell-more-list">
            {others.map((item) => (
              <NavEntry key={item.to} item={item} onNavigate={closeMore} />
            ))}
          </div>
        </details>
      )}
    </nav>
  );
}
