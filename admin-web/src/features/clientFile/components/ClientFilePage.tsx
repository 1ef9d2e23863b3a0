import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function ClientFilePage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
