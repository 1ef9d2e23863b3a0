// The e-mail settings and delivery callables (N2, N3).
export { resendEmail } from './resendEmail.js';
export { resetEmailTemplate } from './resetEmailTemplate.js';
export { saveEmailTemplate } from './saveEmailTemplate.js';
export { saveSmtpSettings } from './saveSmtpSettings.js';
export { sendTestEmail } from './sendTestEmail.js';
export { setNotificationPreferences } from './setNotificationPreferences.js';
