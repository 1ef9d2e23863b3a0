import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/readState.js';

/** This login's unread messages, next to "Messages" (nothing when none). */
export function UnreadBadge() {
  const { t } = useTranslation();
  const count = useUnreadCount();
  if (count === 0) return null;
  return (
    <span className="unread-badge" aria-label={t('messages.unreadCount', { count })}>
      {count > 98 ? '99+' : count}
    </span>
  );
}
