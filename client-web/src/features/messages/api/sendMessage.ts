import { useMutation } from '@tanstack/react-query';
import { addDoc, serverTimestamp } from 'firebase/firestore';
import type { MessageInput } from '@portail/shared';
import { useSpaceIds } from '../../space/api/spaceIds.js';
import { messagesRef } from '@portail/web/data';

/** A message of the signed-in login, under the rules (`fromClient: true`, its own uid). */
export async function sendClientMessage(
  tenantId: string,
  clientId: string,
  uid: string,
  input: MessageInput,
) {
  await addDoc(messagesRef(tenantId, clientId), {
    authorUid: uid,
    fromClient: true,
    text: input.text,
    propertyId: input.propertyId,
    // Only with a file: the rules compare it with the space's document of that id.
    ...(input.attachment ? { attachment: input.attachment } : {}),
    createdAt: serverTimestamp(),
  });
}

export function useSendClientMessage() {
  const { tenantId, clientId, uid } = useSpaceIds();
  return useMutation({
    mutationFn: (input: MessageInput) => sendClientMessage(tenantId, clientId, uid, input),
  });
}
