import { HttpsError } from 'firebase-functions/v2/https';
import { tenantEmailTemplateSchema, type TenantEmailTemplate } from '@portail/shared';

/**
 * Parses an edited template; a refused one answers `invalid-argument` whose details carry each
 * issue's stable code, part and position (line, column, tag, suggestion) for the app to point at
 * the spot and translate, besides the French message.
 */
export function parseTemplate(data: unknown): TenantEmailTemplate {
  const result = tenantEmailTemplateSchema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    ...((issue as { params?: Record<string, unknown> }).params ?? {}),
  }));
  throw new HttpsError('invalid-argument', issues[0]?.message ?? 'Modèle invalide.', {
    code: 'template.invalid',
    issues,
  });
}
