import { AuthCard } from '@portail/web';

/** Placeholder until the feature lands. */
export function GuestDossierPage() {
  return <AuthCard title="…">{null}</AuthCard>;
}
