import { useTranslation } from 'react-i18next';
import { errorMessage, useReadOnly, useSignedIn, useTenant } from '@portail/web';
import {
  Composer,
  MessageThread,
  uploadDocument,
  useConversation,
  type ChatMessage,
} from '@portail/web/data';
import { useMarkReadWhileOpen } from '../api/markRead.js';
import { useSendStaffMessage } from '../api/sendMessage.js';

/** The client's conversation in the client file (H7): live, read as soon as it is open. */
export function ConversationPanel({
  clientId,
  clientName,
}: {
  clientId: string;
  clientName: string;
}) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const readOnly = useReadOnly();
  const { tenantId } = useTenant();
  const conversation = useConversation(tenantId, clientId);
  const send = useSendStaffMessage(clientId);
  useMarkReadWhileOpen(clientId, !readOnly);
  const authorName = (message: ChatMessage) =>
    message.fromClient
      ? clientName
      : message.authorUid === user.uid
        ? t('messages.you')
        : t('messages.agency');

  return (
    <section className="panel chat-panel" id="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('messages.title')}</h2>
      {conversation.error != null ? (
        <p role="alert" className="error">
          {errorMessage(conversation.error)}
        </p>
      ) : conversation.isPending ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <MessageThread
          clientId={clientId}
          messages={conversation.messages}
          mine={(message) => !message.fromClient}
          authorName={authorName}
          hasOlder={conversation.hasOlder}
          loadingOlder={conversation.loadingOlder}
          olderError={conversation.olderError}
          onLoadOlder={() => void conversation.loadOlder()}
        />
      )}
      <Composer
        id={`reply-${clientId}`}
        disabled={readOnly}
        onAttach={(file, onProgress) =>
          uploadDocument({ clientId, fromMessage: true }, file, file.name, onProgress)
        }
        onSend={(input) => send.mutateAsync(input)}
      />
    </section>
  );
}
