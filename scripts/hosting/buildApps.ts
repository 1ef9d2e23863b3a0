import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { hostingSite, repoRoot, type HostingTarget } from './hostingConfig.js';

const stampName = '.build-stamp';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** What a build of this app is made of: its sources, the shared packages, the env files. */
function inputsStamp(appDir: string, mode: string): string {
  const inputs = [
    ...listFiles(join(appDir, 'src')),
    join(appDir, 'index.html'),
    join(appDir, 'vite.config.ts'),
    import.meta.filename,
    ...listFiles(join(repoRoot, 'packages', 'web', 'src')),
    ...listFiles(join(repoRoot, 'packages', 'web', 'build')),
    ...listFiles(join(repoRoot, 'packages', 'shared', 'dist')),
    ...readdirSync(repoRoot)
      .filter((name) => name.startsWith('.env'))
      .map((name) => join(repoRoot, name)),
  ].sort();
  const hash = createHash('sha1').update(mode);
  for (const file of inputs) {
    try {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${relative(repoRoot, file)}\0${size}\0${mtimeMs}\n`);
    } catch {
      hash.update(`${relative(repoRoot, file)}\0missing\n`);
    }
  }
  return hash.digest('hex');
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A test runner's NODE_ENV=test would make Vite build React's development bundle.
    const env = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

export interface BuildOptions {
  /**
   * `emulators` (local: the built apps talk to the local stack) or `production` (the deploy:
   * `.env.production` at the repository root names the Firebase project).
   */
  mode?: 'emulators' | 'production';
  /** Build even if the last build is of the same sources. */
  force?: boolean;
  /**
   * Where the builds go, as `<root>/<public>` of firebase.json (copied there too, so a hosting
   * server given this root serves them): the repository by default. The tests build elsewhere,
   * so that no other build into `*-web/dist` (a deploy, a developer's) changes files under them.
   */
  root?: string;
}

/**
 * Builds both apps into the folders firebase.json serves, in parallel; an app whose last build
 * (same mode) is of the same sources is kept, so that tests and `--built` runs share one build.
 */
export async function buildApps(
  options: BuildOptions = {},
): Promise<Record<HostingTarget, 'built' | 'reused'>> {
  const mode = options.mode ?? 'emulators';
  const root = options.root ?? repoRoot;
  const targets: HostingTarget[] = ['admin', 'client'];
  if (root !== repoRoot) {
    mkdirSync(root, { recursive: true });
    copyFileSync(join(repoRoot, 'firebase.json'), join(root, 'firebase.json'));
  }
  const outcome = await Promise.all(
    targets.map(async (target) => {
      const site = hostingSite(target);
      const dist = join(root, site.public);
      const appDir = join(repoRoot, site.public, '..');
      const stamp = inputsStamp(appDir, mode);
      const stampFile = join(dist, stampName);
      const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
      if (!options.force && previous === stamp && existsSync(join(dist, 'sw.js'))) {
        return [target, 'reused'] as const;
      }
      const outDir = root === repoRoot ? [] : ['--outDir', dist, '--emptyOutDir'];
      await run(
        join(repoRoot, 'node_modules', '.bin', 'vite'),
        ['build', '--mode', mode, ...outDir],
        appDir,
      );
      writeFileSync(stampFile, stamp);
      return [target, 'built'] as const;
    }),
  );
  return Object.fromEntries(outcome) as Record<HostingTarget, 'built' | 'reused'>;
}
