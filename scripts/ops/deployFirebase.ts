// Runs firebase-tools (the project's own copy) for provisioning and deploys; a dry run only
// prints the command, so that what it prints is what a real run would run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../hosting/hostingConfig.js';
import type { FirebaseRc } from './deployPlan.js';
import { shellLine } from './provisionPlan.js';

export function runFirebase(args: readonly string[], dryRun: boolean): Promise<void> {
  process.stdout.write(`${dryRun ? '[dry-run] ' : ''}$ ${shellLine(args)}\n`);
  if (dryRun) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'firebase'), args, {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`firebase ${args[0]} failed (exit ${code})`)),
    );
  });
}

/** firebase-tools' output of a `--json` command (its `result`), for the reads provisioning makes. */
export function firebaseJson<T>(args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules', '.bin', 'firebase'), [...args, '--json'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        const parsed = JSON.parse(output) as { status?: string; result?: T; error?: string };
        if (code === 0 && parsed.status === 'success') resolve(parsed.result as T);
        else reject(new Error(parsed.error ?? `firebase ${args[0]} failed (exit ${code})`));
      } catch {
        reject(new Error(`firebase ${args[0]} failed (exit ${code}): ${output.slice(0, 500)}`));
      }
    });
  });
}

export function readFirebaseRc(): FirebaseRc {
  try {
    return JSON.parse(readFileSync(join(repoRoot, '.firebaserc'), 'utf8')) as FirebaseRc;
  } catch {
    return {};
  }
}

/** `--name value` options and the `--flag` switches named in `switches`. */
export function parseArgs(argv: readonly string[], switches: readonly string[]) {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (!switches.includes(name) && next !== undefined && !next.startsWith('--')) {
      options.set(name, next);
      i++;
    } else options.set(name, true);
  }
  const text = (name: string) => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return { positional, flag: (name: string) => options.has(name), text };
}
