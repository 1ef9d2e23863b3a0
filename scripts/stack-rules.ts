// firestore.rules in the local stack. firebase-tools would load the rules into hidane and reload
// them on change, but its reload sends a field hidane refuses (`ignore_errors`), and the CLI exits
// on that refusal, taking the stack down. So the CLI starts from a copy of firebase.json without
// the rules, and this module loads them, then reloads them on every save, reporting mistakes
// without stopping anything.
import { readFileSync, watch, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { host, ports, projectId } from './stack-config.js';

interface RulesIssue {
  sourcePosition?: { line?: number; column?: number };
  description?: string;
  severity?: string;
}

/** Writes the CLI's config (firebase.json minus the Firestore rules) and returns its path. */
export function emulatorConfig(root: string): string {
  const config = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8')) as {
    firestore?: { rules?: string };
  };
  delete config.firestore?.rules;
  // Next to firebase.json: firebase-tools resolves the functions' source from the config's folder.
  const path = join(root, 'firebase.emulators.json');
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}

/** Loads the rules into the emulator; returns the compiler's errors (none when loaded). */
export async function pushRules(rulesPath: string): Promise<string[]> {
  const content = readFileSync(rulesPath, 'utf8');
  const response = await fetch(
    `http://${host}:${ports.firestore}/emulator/v1/projects/${projectId}:securityRules`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content }] } }),
    },
  );
  const body = (await response.json().catch(() => ({}))) as {
    issues?: RulesIssue[];
    error?: { message?: string };
  };
  const errors = (body.issues ?? [])
    .filter((issue) => issue.severity === 'ERROR')
    .map(
      (issue) =>
        `firestore.rules:${issue.sourcePosition?.line ?? 0}:${issue.sourcePosition?.column ?? 0} ${issue.description ?? ''}`,
    );
  if (!response.ok && errors.length === 0) {
    errors.push(body.error?.message ?? `the emulator answered ${response.status}`);
  }
  return errors;
}

/**
 * Reloads the rules after each save (a burst of writes counts as one). The folder is watched, not
 * the file: editors that save by renaming a new file over the old one would end a file watch.
 */
export function watchRules(rulesPath: string, log: (line: string) => void): void {
  let timer: NodeJS.Timeout | undefined;
  watch(dirname(rulesPath), (_event, name) => {
    if (name !== basename(rulesPath)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      pushRules(rulesPath).then(
        (errors) =>
          log(errors.length ? `rules NOT updated:\n  ${errors.join('\n  ')}` : 'rules updated'),
        (error: unknown) => log(`rules NOT updated: ${String(error)}`),
      );
    }, 200);
  });
}
