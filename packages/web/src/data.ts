// `@portail/web/data`: what signed-in screens need to read and write Firestore. Importing it loads
// the Firestore SDK, so only lazy (signed-in) routes import it.
export { db } from './firebase/firestore.js';
export { useLiveQuery } from './data/liveQuery.js';
export { stageMoveUpdate } from './data/moves.js';
export { useConversation, messagesRef, type ChatMessage } from './data/conversation.js';
export { MessageThread } from './messages/MessageThread.js';
export { Composer, type AttachFile } from './messages/Composer.js';
export {
  formatFileSize,
  saveDocument,
  uploadDocument,
  useDocumentImage,
  type UploadedDocument,
} from './messages/documentFile.js';
