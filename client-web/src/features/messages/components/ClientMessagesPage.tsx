import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, isPermissionDenied, ShellPage, useReadOnly, useTenant } from '@portail/web';
import { useSpaceAssignment } from '../../space/api/spaceAssignment.js';
import { useSpaceIds } from '../../space/api/spaceIds.js';
import {
  Composer,
  MessageThread,
  uploadDocument,
  useConversation,
  type ChatMessage,
} from '@portail/web/data';
import { useMarkReadWhileOpen } from '../api/readState.js';
import { useSendClientMessage } from '../api/sendMessage.js';

/** C3: the space's one conversation with the agency, live; `?bien=` attaches a property. */
export function ClientMessagesPage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  const { tenantId, clientId, uid } = useSpaceIds();
  const readOnly = useReadOnly();
  const [params, setParams] = useSearchParams();
  const propertyId = params.get('bien') ?? '';
  const card = useSpaceAssignment(propertyId);
  const conversation = useConversation(tenantId, clientId);
  const send = useSendClientMessage();
  useMarkReadWhileOpen();

  const attachment =
    propertyId && card.data
      ? {
          propertyId,
          title: card.data.property.title || t('space.card.untitled'),
        }
      : null;
  const authorName = (message: ChatMessage) =>
    !message.fromClient
      ? branding.name
      : message.authorUid === uid
        ? t('messages.you')
        : t('messages.household');

  if (conversation.error != null && isPermissionDenied(conversation.error)) return null;
  return (
    <ShellPage title={t('messages.pageTitle')}>
      <section className="panel chat-panel" aria-label={t('messages.thread')}>
        {conversation.error != null ? (
          <p role="alert" className="error">
            {errorMessage(conversation.error)}
          </p>
        ) : conversation.isPending ? (
          <p aria-busy="true">{t('common.loading')}</p>
        ) : (
          <MessageThread
            clientId={clientId}
            messages={conversation.messages}
            mine={(message) => message.fromClient}
            authorName={authorName}
            hasOlder={conversation.hasOlder}
            loadingOlder={conversation.loadingOlder}
            olderError={conversation.olderError}
            onLoadOlder={() => void conversation.loadOlder()}
          />
        )}
        <Composer
          id="client-message"
          disabled={readOnly}
          attachment={attachment}
          onDetach={() => setParams({}, { replace: true })}
          onAttach={(file, onProgress) =>
            uploadDocument({ clientId, fromMessage: true }, file, file.name, onProgress)
          }
          onSend={(input) => send.mutateAsync(input)}
        />
        {readOnly && <p className="field-help">{t('messages.readOnly')}</p>}
      </section>
    </ShellPage>
  );
}
