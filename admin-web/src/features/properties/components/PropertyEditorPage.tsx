import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function PropertyEditorPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
