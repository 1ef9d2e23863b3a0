import { useTranslation } from 'react-i18next';
import { useWaitingConversations } from '../api/unreadCount.js';

/** Beside « Messages » in the nav: how many clients wait for an answer (nothing when none). */
export function NavUnreadBadge() {
  const { t } = useTranslation();
  const count = useWaitingConversations();
  if (count === 0) return null;
  return (
    <span
      className="unread-badge nav-unread"
      aria-label={t('messages.unreadConversations', { count })}
    >
      {count > 99 ? '99+' : count}
    </span>
  );
}
