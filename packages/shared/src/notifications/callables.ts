/** The e-mail callables' deployed names (kept apart from `callableNames`, owned by tenancy). */
export const emailCallableNames = {
  saveEmailTemplate: 'saveEmailTemplate',
  resetEmailTemplate: 'resetEmailTemplate',
  sendTestEmail: 'sendTestEmail',
  resendEmail: 'resendEmail',
  saveSmtpSettings: 'saveSmtpSettings',
  setNotificationPreferences: 'setNotificationPreferences',
} as const;
