// Dossiers (D1–D5): fields, files (upload, list), guests, the client's e-mail, exports, cleanup.
// Their files are served by `files` (files/serveFile.ts, kind=dossierFile).
export { saveDossier } from './saveDossier.js';
export { uploadDossierFile } from './uploadDossierFile.js';
export { updateDossierFiles } from './updateDossierFiles.js';
export { notifyDossierClient } from './notifyDossierClient.js';
export { grantGuestAccess, revokeGuestAccess } from './guests.js';
export { openGuestDossier } from './openGuestDossier.js';
export { exportDossiers } from './exportDossiers.js';
export { removeDossierData } from './cleanup.js';
