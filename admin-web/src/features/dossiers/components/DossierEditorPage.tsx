import { ShellPage } from '@portail/web';

/** Placeholder until the feature lands. */
export function DossierEditorPage() {
  return <ShellPage title="…">{null}</ShellPage>;
}
