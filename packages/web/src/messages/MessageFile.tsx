import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isImageAttachment, type MessageAttachment } from '@portail/shared';
import { errorMessage } from '../i18n/errorCodes.js';
import { formatFileSize, saveDocument, useDocumentImage } from './documentFile.js';

/**
 * A message's file: a photo as a thumbnail (fetched through the download path with the ID
 * token), a PDF as a button that saves it. Either saves the file when pressed.
 */
export function MessageFile({
  clientId,
  attachment,
}: {
  clientId: string;
  attachment: MessageAttachment;
}) {
  const { t, i18n } = useTranslation();
  const image = isImageAttachment(attachment);
  const thumbnail = useDocumentImage(clientId, attachment.documentId, image);
  const [error, setError] = useState<unknown>(null);
  const save = () => {
    setError(null);
    saveDocument(clientId, attachment.documentId, attachment.fileName).catch(setError);
  };
  const label = t('messages.downloadFile', { name: attachment.fileName });
  return (
    <div className="chat-file">
      <button type="button" className="chat-file-link" onClick={save} aria-label={label}>
        {image && thumbnail.url ? (
          <img className="chat-file-image" src={thumbnail.url} alt="" />
        ) : (
          <span className="file-kind" aria-hidden="true">
            {image ? 'IMG' : 'PDF'}
          </span>
        )}
        {!(image && thumbnail.url) && (
          <span>
            {attachment.fileName}{' '}
            <span className="chat-file-size">{formatFileSize(attachment.size, i18n.language)}</span>
          </span>
        )}
      </button>
      {error != null && (
        <p role="alert" className="field-error">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}
