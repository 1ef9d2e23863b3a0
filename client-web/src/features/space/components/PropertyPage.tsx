import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function PropertyPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
