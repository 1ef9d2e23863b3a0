import { useTranslation } from 'react-i18next';
import { useUnreadConversations } from '../api/conversations.js';

/** "3" next to "Conversations": how many clients wait for an answer (nothing when none). */
export function UnreadBadge() {
  const { t } = useTranslation();
  const count = useUnreadConversations();
  if (count === 0) return null;
  return (
    <span className="unread-badge" aria-label={t('messages.unreadConversations', { count })}>
      {count > 98 ? '99+' : count}
    </span>
  );
}
