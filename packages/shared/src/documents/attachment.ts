import { z } from 'zod';

/**
 * A message's file (H7): a document of the same space, uploaded from the composer. The message
 * copies what the thread shows; firestore.rules check that the document exists in the space and
 * that the copy matches it, so a forged attachment is never written.
 */
export const messageAttachmentSchema = z.object({
  documentId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Pièce jointe inconnue.' }),
  fileName: z.string().min(1).max(255),
  contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  size: z.number().int().positive(),
});
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

export const isImageAttachment = (attachment: Pick<MessageAttachment, 'contentType'>) =>
  attachment.contentType.startsWith('image/');
