import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, ShellPage } from '@portail/web';
import { useConversations } from '../api/conversations.js';
import { UnreadBadge } from './UnreadBadge.js';
import '@portail/web/messages.css';

/** The hunter's conversations (H7): clients by last message, those waiting for an answer first. */
export function MessagesPage() {
  const { t, i18n } = useTranslation();
  const [pages, setPages] = useState(1);
  const { rows, live, hasMore } = useConversations(pages);
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  return (
    <ShellPage title={t('messages.pageTitle')}>
      <p className="chat-summary">
        <UnreadBadge />
      </p>
      {live.error != null ? (
        <p role="alert" className="error">
          {errorMessage(live.error)}
        </p>
      ) : live.isPending ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('messages.none')}</p>
      ) : (
        <ul className="conversation-list">
          {rows.map((row) => (
            <li
              key={row.clientId}
              className={row.unread > 0 ? 'conversation unread' : 'conversation'}
            >
              <Link to={`/clients/${row.clientId}#conversation`}>
                <span className="conversation-head">
                  <strong>{row.name || t('messages.unnamed')}</strong>
                  {row.lastMessageAt && (
                    <time dateTime={row.lastMessageAt.toISOString()}>
                      {time.format(row.lastMessageAt)}
                    </time>
                  )}
                </span>
                <span className="conversation-preview">
                  {row.fromClient ? '' : `${t('messages.agency')} : `}
                  {row.preview}
                </span>
                {row.unread > 0 && (
                  <span className="unread-badge">
                    {t('messages.unread', { count: row.unread })}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {hasMore && (
        <button type="button" className="secondary" onClick={() => setPages((n) => n + 1)}>
          {t('messages.more')}
        </button>
      )}
    </ShellPage>
  );
}
