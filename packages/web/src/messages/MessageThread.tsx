import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorCodes.js';
import type { ChatMessage } from '../data/conversation.js';
import { MessageFile } from './MessageFile.js';
import './messages.css';

interface Props {
  /** The space the conversation belongs to: its attachments are that space's documents. */
  clientId: string;
  messages: ChatMessage[];
  /** Whose messages show on the reader's side. */
  mine: (message: ChatMessage) => boolean;
  authorName: (message: ChatMessage) => string;
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: unknown;
  onLoadOlder: () => void;
}

/**
 * The messages, oldest at the top. Scrolling to the top reads the page before; a new message
 * scrolls to the bottom, and older ones keep the reader where they were.
 */
export function MessageThread(props: Props) {
  const { t, i18n } = useTranslation();
  const { messages, hasOlder, loadingOlder, onLoadOlder } = props;
  const box = useRef<HTMLOListElement>(null);
  const sentinel = useRef<HTMLLIElement>(null);
  const lastId = useRef<string | undefined>(undefined);
  const heightBefore = useRef(0);

  useLayoutEffect(() => {
    const list = box.current;
    if (!list) return;
    const newest = messages.at(-1)?.id;
    if (newest !== lastId.current) list.scrollTop = list.scrollHeight;
    else list.scrollTop += list.scrollHeight - heightBefore.current;
    lastId.current = newest;
    heightBefore.current = list.scrollHeight;
  }, [messages]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasOlder) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !loadingOlder) onLoadOlder();
      },
      { root: box.current },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasOlder, loadingOlder, onLoadOlder]);

  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  return (
    // Focusable: a keyboard scrolls the conversation once it is longer than its box.
    <ol
      className="chat-thread"
      ref={box}
      tabIndex={0}
      aria-label={t('messages.thread')}
      aria-live="polite"
    >
      {hasOlder && (
        <li ref={sentinel} className="chat-older">
          <button type="button" className="secondary" onClick={onLoadOlder} disabled={loadingOlder}>
            {loadingOlder ? t('common.loading') : t('messages.older')}
          </button>
        </li>
      )}
      {props.olderError != null && (
        <li role="alert" className="error">
          {errorMessage(props.olderError)}
        </li>
      )}
      {messages.length === 0 && <li className="chat-empty">{t('messages.empty')}</li>}
      {messages.map((message) => (
        <li
          key={message.id}
          className={props.mine(message) ? 'chat-message chat-mine' : 'chat-message'}
        >
          <p className="chat-meta">
            <span className="chat-author">{props.authorName(message)}</span>{' '}
            <time dateTime={message.createdAt.toISOString()}>{time.format(message.createdAt)}</time>
          </p>
          {message.property && (
            <p className="chat-property">
              {t('messages.about', {
                title: message.property.title,
                city: message.property.city,
              })}
            </p>
          )}
          {message.text && <p className="chat-text">{message.text}</p>}
          {message.attachment && (
            <MessageFile clientId={props.clientId} attachment={message.attachment} />
          )}
        </li>
      ))}
    </ol>
  );
}
