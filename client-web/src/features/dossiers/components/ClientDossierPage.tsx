import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function ClientDossierPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
