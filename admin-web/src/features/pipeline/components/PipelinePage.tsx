import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function PipelinePage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
