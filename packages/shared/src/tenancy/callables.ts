// Kept apart from the schemas: the sign-in page calls functions without loading zod.

/** The callable functions' deployed names, shared by functions and apps. */
export const callableNames = {
  signUpTenant: 'signUpTenant',
  requestStaffAccess: 'requestStaffAccess',
  decideStaffRequest: 'decideStaffRequest',
  changeMemberRole: 'changeMemberRole',
  removeMember: 'removeMember',
  createClient: 'createClient',
  inviteClient: 'inviteClient',
  addClientLogin: 'addClientLogin',
  completeFirstLogin: 'completeFirstLogin',
  revokeClientAccess: 'revokeClientAccess',
  restoreClientAccess: 'restoreClientAccess',
  deleteClient: 'deleteClient',
  requestPasswordReset: 'requestPasswordReset',
  completePasswordReset: 'completePasswordReset',
  requestSignInLink: 'requestSignInLink',
  completeSignInLink: 'completeSignInLink',
  startImpersonation: 'startImpersonation',
  saveProperty: 'saveProperty',
  deleteProperty: 'deleteProperty',
  updatePhotos: 'updatePhotos',
  assignProperties: 'assignProperties',
  requestClientDeletion: 'requestClientDeletion',
  declineClientDeletion: 'declineClientDeletion',
} as const;
