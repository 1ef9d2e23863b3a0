import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageInput, type MessageInput } from '@portail/shared';
import { errorMessage } from '@portail/web';

interface Props {
  id: string;
  disabled: boolean;
  onSend: (input: MessageInput) => Promise<unknown>;
}

/** The reply box: checked with the shared schema; a refused write keeps the text to resend. */
export function Composer({ id, disabled, onSend }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = messageInput.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('messages.invalid'));
      return;
    }
    setError(null);
    setSending(true);
    try {
      await onSend(parsed.data);
      setText('');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="chat-composer" onSubmit={(event) => void submit(event)} noValidate>
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
