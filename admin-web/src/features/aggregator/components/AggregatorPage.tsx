import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function AggregatorPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
