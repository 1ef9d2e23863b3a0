// The client access lifecycle, password resets and sign-in links (T5).
export { createClient } from './createClient.js';
export { inviteClient } from './inviteClient.js';
export { addClientLogin } from './addClientLogin.js';
export { completeFirstLogin } from './completeFirstLogin.js';
export { revokeClientAccess } from './revokeClientAccess.js';
export { restoreClientAccess } from './restoreClientAccess.js';
export { deleteClient } from './deleteClient.js';
export { requestPasswordReset } from './requestPasswordReset.js';
export { completePasswordReset } from './completePasswordReset.js';
export { requestSignInLink } from './requestSignInLink.js';
export { completeSignInLink } from './completeSignInLink.js';
export { requestClientDeletion, declineClientDeletion } from './requestClientDeletion.js';
export { syncClientCopies } from './syncClientCopies.js';
