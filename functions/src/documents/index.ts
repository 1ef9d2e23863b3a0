// Documents of a client space (H8) and message attachments (H7): uploaded here, served by
// `files` (files/serveFile.ts, kind=document).
export { uploadDocument } from './uploadDocument.js';
export { deleteDocument } from './deleteDocument.js';
