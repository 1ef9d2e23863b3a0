import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function ClientDossiersPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
