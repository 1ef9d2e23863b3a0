import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function DossiersPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
