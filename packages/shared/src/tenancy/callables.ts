// Kept apart from the schemas: the sign-in page calls functions without loading zod.

/**
 * The callable functions, each deployed under its own key: the apps call `/<key>` and hold only
 * the type of this list, so it can grow without weighing on the sign-in page.
 */
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
  // Dossiers (D1–D4).
  saveDossier: 'saveDossier',
  updateDossierFiles: 'updateDossierFiles',
  notifyDossierClient: 'notifyDossierClient',
  grantGuestAccess: 'grantGuestAccess',
  revokeGuestAccess: 'revokeGuestAccess',
  openGuestDossier: 'openGuestDossier',
  // The aggregator (A1–A5): the same names as `aggregatorCallableNames`.
  saveSearch: 'saveSearch',
  deleteSearch: 'deleteSearch',
  runSearchNow: 'runSearchNow',
  setPortalScraping: 'setPortalScraping',
  setFeedAccess: 'setFeedAccess',
  createPropertyFromInbox: 'createPropertyFromInbox',
  dismissInboxEntry: 'dismissInboxEntry',
  importListingByUrl: 'importListingByUrl',
  // E-mails (N2, N3): the same names as `emailCallableNames`.
  saveEmailTemplate: 'saveEmailTemplate',
  resetEmailTemplate: 'resetEmailTemplate',
  sendTestEmail: 'sendTestEmail',
  resendEmail: 'resendEmail',
  saveSmtpSettings: 'saveSmtpSettings',
  setNotificationPreferences: 'setNotificationPreferences',
  // Documents of a client space (H8): uploaded by `uploadDocument` (HTTP), removed here.
  deleteDocument: 'deleteDocument',
  // The French rules (L2) and the client's own data (C6).
  createMandate: 'createMandate',
  exportMyData: 'exportMyData',
  // Points of interest (H9).
  savePointOfInterest: 'savePointOfInterest',
  deletePointOfInterest: 'deletePointOfInterest',
} as const;
