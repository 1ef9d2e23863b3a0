import i18next from 'i18next';
import { errorCode, errorMessage as serverMessage } from '../firebase/callable.js';

/** Stable codes the functions send in `HttpsError` details (`details.code`), by i18n key. */
const detailCodes: Record<string, string> = {
  'staff-request/already-decided': 'errors.alreadyDecided',
  'tenant/not-found': 'errors.tenantNotFound',
  'app-check/missing': 'errors.appCheck',
  'app-check/invalid': 'errors.appCheck',
  'human-check/invalid': 'errors.humanCheck',
  'human-check/failed': 'errors.humanCheck',
  'human-check/expired': 'errors.humanCheck',
  'human-check/reused': 'errors.humanCheck',
  'file-empty': 'errors.fileEmpty',
  'file-too-large': 'errors.fileTooLarge',
  'file-not-photo': 'errors.fileNotPhoto',
  'file-not-document': 'errors.fileNotDocument',
  'file-extension-mismatch': 'errors.fileExtension',
  // Only the sign-up page sends it, and its messages come with it (admin-web features/signup).
  'signup/terms-not-accepted': 'signup.consent.required',
};

/**
 * A refusal without a code of its own, by its status: the functions' text is French and specific,
 * so it is kept in French; another language gets the status's general sentence instead.
 */
const statusCodes: Record<string, string> = {
  'functions/unauthenticated': 'errors.unauthenticated',
  'functions/permission-denied': 'errors.permissionDenied',
  'functions/not-found': 'errors.notFound',
  'functions/resource-exhausted': 'errors.tooMany',
  'functions/invalid-argument': 'errors.invalidInput',
};

export function detailCode(error: unknown): string | null {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return typeof code === 'string' ? code : null;
}

/** The i18n key for an error, if its code has one (`null`: show the server's text). */
export function errorKey(error: unknown, language: string): string | null {
  const byDetail = detailCodes[detailCode(error) ?? ''];
  if (byDetail) return byDetail;
  const code = errorCode(error) ?? '';
  if (code === 'functions/internal' || code === 'functions/unavailable') return 'errors.generic';
  if (!code.startsWith('functions/')) return 'errors.generic';
  return language === 'fr' ? null : (statusCodes[code] ?? null);
}

/**
 * The message to show for a failed call, in the UI's language: translated by the error's stable
 * code when it has one, else the function's own (French) text, else a general sentence.
 */
export function errorMessage(error: unknown, fallback?: string): string {
  const key = errorKey(error, i18next.language);
  if (key === 'errors.generic') return fallback ?? i18next.t(key);
  if (key && i18next.exists(key)) return i18next.t(key);
  return serverMessage(error, fallback ?? i18next.t('errors.generic'));
}
