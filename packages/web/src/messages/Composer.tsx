import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageInput, type MessageInput } from '@portail/shared';
import { errorMessage } from '../i18n/errorCodes.js';
import './messages.css';

interface Props {
  id: string;
  disabled: boolean;
  /** The property the question is about ("Poser une question" on its page), shown and sent. */
  attachment?: { propertyId: string; title: string } | null;
  onDetach?: () => void;
  onSend: (input: MessageInput) => Promise<unknown>;
}

/** The message box of both apps: checked with the shared schema; a refused write keeps the text to resend. */
export function Composer({ id, disabled, attachment = null, onDetach, onSend }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = messageInput.safeParse({ text, propertyId: attachment?.propertyId ?? null });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('messages.invalid'));
      return;
    }
    setError(null);
    setSending(true);
    try {
      await onSend(parsed.data);
      setText('');
      onDetach?.();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="chat-composer" onSubmit={(event) => void submit(event)} noValidate>
      {attachment && (
        <p className="chat-attachment">
          <span>{t('messages.aboutProperty', { title: attachment.title })}</span>
          <button type="button" className="secondary" onClick={onDetach} disabled={sending}>
            {t('messages.detach')}
          </button>
        </p>
      )}
      <label htmlFor={id}>{t('messages.yourMessage')}</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        maxLength={5000}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={disabled || sending}>
        {sending ? t('messages.sending') : t('messages.send')}
      </button>
    </form>
  );
}
