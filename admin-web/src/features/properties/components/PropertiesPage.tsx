import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function PropertiesPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
