import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorCodes.js';
import { addMessages } from '../i18n/i18n.js';
import { useReadOnly, useSignedIn } from '../shell/PortalShell.js';
import { useTenant } from '../tenant/TenantProvider.js';
import {
  markAllRead,
  markRead,
  resetUnread,
  useBellItems,
  useBellUnread,
  type BellEntry,
} from './api/bell.js';
import { bellText } from './i18n.js';
import './bell.css';

addMessages(bellText);

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

function BellList({
  items,
  onOpenItem,
}: {
  items: BellEntry[];
  onOpenItem: (item: BellEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  if (items.length === 0) return <p className="bell-empty">{t('bell.empty')}</p>;
  return (
    <ul className="bell-list">
      {items.map((item) => (
        <li key={item.id} className={item.read ? 'bell-item' : 'bell-item bell-item-unread'}>
          <Link to={item.link} onClick={() => onOpenItem(item)}>
            <span className="bell-item-title">{item.title}</span>
            <span className="bell-item-meta">
              {!item.read && <span className="bell-dot">{t('bell.unread')}</span>}
              <time dateTime={item.createdAt.toISOString()}>{when.format(item.createdAt)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The header's bell: the count of what arrived since the panel was last opened (live), and a
 * panel of the latest items linking to their object. A preview of a client space has no bell:
 * it belongs to the client, not to the member previewing.
 */
export function Bell() {
  // Not even its count is read in a preview: the rules refuse it, and a refused read is taken for
  // a revoked access by the whole app.
  return useReadOnly() ? null : <MemberBell />;
}

function MemberBell() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  const [open, setOpen] = useState(false);
  const [writeError, setWriteError] = useState<unknown>(null);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const titleId = useId();
  const unread = useBellUnread(tenantId, user.uid);
  const items = useBellItems(tenantId, user.uid, open);
  const count = unread.data ?? 0;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const report = (write: Promise<void>) => {
    setWriteError(null);
    write.catch(setWriteError);
  };
  const toggle = () => {
    const opening = !open;
    setOpen(opening);
    if (opening && count > 0) report(resetUnread(tenantId, user.uid));
  };
  const unreadIds = (items.data ?? []).filter((item) => !item.read).map((item) => item.id);

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? t('bell.openUnread', { count }) : t('bell.open')}
        onClick={toggle}
      >
        <BellIcon />
        {count > 0 && (
          <span className="bell-badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <section className="bell-panel" id={panelId} aria-labelledby={titleId}>
          <div className="bell-panel-head">
            <h2 id={titleId}>{t('bell.title')}</h2>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('bell.close')}
            </button>
          </div>
          {items.isPending ? (
            <p className="bell-empty">{t('bell.loading')}</p>
          ) : items.isError ? (
            <p role="alert" className="error">
              {t('bell.error')}
            </p>
          ) : (
            <BellList
              items={items.data}
              onOpenItem={(item) => {
                if (!item.read) report(markRead(tenantId, user.uid, item.id));
                setOpen(false);
              }}
            />
          )}
          {writeError != null && (
            <p role="alert" className="error">
              {errorMessage(writeError)}
            </p>
          )}
          <button
            type="button"
            className="secondary bell-mark-all"
            disabled={unreadIds.length === 0}
            onClick={() => report(markAllRead(tenantId, user.uid, unreadIds))}
          >
            {t('bell.markAllRead')}
          </button>
        </section>
      )}
    </div>
  );
}
