import { useMutation } from '@tanstack/react-query';
import { addDoc, serverTimestamp } from 'firebase/firestore';
import type { MessageInput } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { messagesRef } from '@portail/web/data';

/** A reply, written under the rules (`fromClient: false`, the author's uid, the server's time). */
export async function sendStaffMessage(
  tenantId: string,
  clientId: string,
  uid: string,
  input: MessageInput,
) {
  await addDoc(messagesRef(tenantId, clientId), {
    authorUid: uid,
    fromClient: false,
    text: input.text,
    propertyId: input.propertyId,
    // Only with a file: the rules compare it with the space's document of that id.
    ...(input.attachment ? { attachment: input.attachment } : {}),
    createdAt: serverTimestamp(),
  });
}

export function useSendStaffMessage(clientId: string) {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  return useMutation({
    mutationFn: (input: MessageInput) => sendStaffMessage(tenantId, clientId, user.uid, input),
  });
}
