import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_HEAD_BYTES,
  messageInput,
  precheckDocument,
  type MessageAttachment,
  type MessageInput,
} from '@portail/shared';
import { errorMessage } from '../i18n/errorCodes.js';
import { formatFileSize } from './documentFile.js';
import './messages.css';

/** Uploads a chosen file as a document of the space and gives back what the message carries. */
export type AttachFile = (
  file: File,
  onProgress: (fraction: number) => void,
) => Promise<MessageAttachment>;

interface Props {
  id: string;
  disabled: boolean;
  /** The property the question is about ("Poser une question" on its page), shown and sent. */
  attachment?: { propertyId: string; title: string } | null;
  onDetach?: () => void;
  /** Offered when given: one photo or PDF per message (H7). */
  onAttach?: AttachFile;
  onSend: (input: MessageInput) => Promise<unknown>;
}

const accept = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/** The message box of both apps: checked with the shared schema; a refused write keeps the text to resend. */
export function Composer({ id, disabled, attachment = null, onDetach, onAttach, onSend }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<MessageAttachment | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const attach = async (chosen: File | undefined) => {
    if (!chosen || !onAttach) return;
    setError(null);
    const head = new Uint8Array(await chosen.slice(0, DOCUMENT_HEAD_BYTES).arrayBuffer());
    const check = precheckDocument({ name: chosen.name, size: chosen.size, head });
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setProgress(0);
    try {
      setFile(await onAttach(chosen, setProgress));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setProgress(null);
      if (picker.current) picker.current.value = '';
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = messageInput.safeParse({
      text,
      propertyId: attachment?.propertyId ?? null,
      attachment: file,
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('messages.invalid'));
      return;
    }
    setError(null);
    setSending(true);
    try {
      await onSend(parsed.data);
      setText('');
      setFile(null);
      onDetach?.();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSending(false);
    }
  };

  const uploading = progress !== null;
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
      {file && (
        <p className="chat-attachment chat-file-chosen">
          <span>
            {t('messages.attached', {
              name: file.fileName,
              size: formatFileSize(file.size, i18n.language),
            })}
          </span>
          <button
            type="button"
            className="secondary"
            onClick={() => setFile(null)}
            disabled={sending}
          >
            {t('messages.removeFile')}
          </button>
        </p>
      )}
      {uploading && (
        <p role="status" className="chat-upload">
          <label htmlFor={`${id}-progress`}>{t('messages.uploading')}</label>
          <progress id={`${id}-progress`} max={1} value={progress} />
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="chat-actions">
        {onAttach && (
          <>
            <input
              ref={picker}
              id={`${id}-file`}
              type="file"
              accept={accept}
              className="visually-hidden"
              // The button below opens it: the hidden input gets a name but no tab stop.
              aria-label={t('messages.attach')}
              tabIndex={-1}
              disabled={disabled || uploading || sending}
              onChange={(event) => void attach(event.target.files?.[0])}
            />
            <button
              type="button"
              className="secondary"
              disabled={disabled || uploading || sending}
              onClick={() => picker.current?.click()}
            >
              {file ? t('messages.replaceFile') : t('messages.attach')}
            </button>
          </>
        )}
        <button type="submit" className="primary" disabled={disabled || sending || uploading}>
          {sending ? t('messages.sending') : t('messages.send')}
        </button>
      </div>
    </form>
  );
}
