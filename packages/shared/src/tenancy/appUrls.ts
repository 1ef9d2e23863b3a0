/**
 * Where a tenant's two apps live, named from its slug. Production sets the templates
 * (`https://{slug}.admin.example.com`); the functions read them from their environment and the
 * sign-up page from its build's, so the addresses it announces are the ones the tenant gets.
 */
export const defaultAppUrlTemplates = {
  admin: 'https://{slug}-admin.portail-immo.app',
  client: 'https://{slug}.portail-immo.app',
} as const;

export function appUrlFromTemplate(
  template: string | undefined,
  app: 'admin' | 'client',
  slug: string,
) {
  return (template || defaultAppUrlTemplates[app]).replaceAll('{slug}', slug);
}
