// The functions as Cloud Build installs them: `@portail/shared` is a workspace package, unknown to
// npm's registry, so the deploy ships its build inside the functions' folder and points the
// dependency at it. Without this, `npm install` in Cloud Build fails on `@portail/shared`.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../hosting/hostingConfig.js';

export const stagedFunctionsDir = '.deploy/functions';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** functions/package.json as deployed: the shared package from the folder beside it. */
export function stagedPackageJson(functionsPackage: PackageJson): PackageJson {
  const { devDependencies: _dev, ...rest } = functionsPackage;
  return {
    ...rest,
    dependencies: { ...functionsPackage.dependencies, '@portail/shared': 'file:./shared' },
  };
}

/**
 * Copies the built functions (lib/), their package.json, their non-local `.env*` files (the
 * project's settings; `.env.local` is the emulators') and the built shared package into
 * `.deploy/functions`, replaced on each deploy.
 */
export function stageFunctions(root = repoRoot): string {
  const target = join(root, stagedFunctionsDir);
  const functionsDir = join(root, 'functions');
  const sharedDir = join(root, 'packages', 'shared');
  for (const built of [
    join(functionsDir, 'lib', 'index.js'),
    join(sharedDir, 'dist', 'index.js'),
  ]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run npx tsc -b packages/shared functions`);
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'shared'), { recursive: true });
  const skipMaps = (source: string) => !source.endsWith('.map');
  cpSync(join(functionsDir, 'lib'), join(target, 'lib'), { recursive: true, filter: skipMaps });
  const functionsPackage = JSON.parse(
    readFileSync(join(functionsDir, 'package.json'), 'utf8'),
  ) as PackageJson;
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify(stagedPackageJson(functionsPackage), null, 2)}\n`,
  );
  for (const name of readdirSync(functionsDir)) {
    if (name.startsWith('.env') && name !== '.env.local')
      cpSync(join(functionsDir, name), join(target, name));
  }
  cpSync(join(sharedDir, 'package.json'), join(target, 'shared', 'package.json'));
  cpSync(join(sharedDir, 'dist'), join(target, 'shared', 'dist'), {
    recursive: true,
    filter: skipMaps,
  });
  return target;
}
