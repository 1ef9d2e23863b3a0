// Builds both apps once and deploys the backend and every tenant's two sites:
//
//   npm run deploy -- [--tenant <slug>] [--project <id|alias>] [--hosting-only] [--dry-run]
//
// The tenants are those `npm run tenant:provision` applied targets for (.firebaserc). One build
// serves them all: each app finds its tenant from the host at run time. `--dry-run` prints the
// steps and the firebase-tools command, and builds or deploys nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApps } from '../hosting/buildApps.js';
import { repoRoot } from '../hosting/hostingConfig.js';
import { parseArgs, readFirebaseRc, runFirebase } from './deployFirebase.js';
import {
  deployCommand,
  deployConfig,
  provisionedTenants,
  resolveProject,
  type FirebaseJson,
} from './deployPlan.js';
import { stagedFunctionsDir, stageFunctions } from './deployStage.js';

const args = parseArgs(process.argv.slice(2), ['dry-run', 'hosting-only']);
const dryRun = args.flag('dry-run');
const configFile = 'firebase.deploy.json';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const step = (text: string) => process.stdout.write(`${dryRun ? '[dry-run] ' : ''}${text}\n`);

async function main() {
  const rc = readFirebaseRc();
  const projectId = resolveProject(rc, args.text('project'));
  if (!projectId) fail('No Firebase project: pass --project or set "default" in .firebaserc.');
  if (projectId.startsWith('demo-') && !dryRun) {
    fail(`"${projectId}" is the local demo project: pass --project <your project> (or --dry-run).`);
  }
  const provisioned = provisionedTenants(rc, projectId);
  const wanted = args.text('tenant');
  if (wanted && !provisioned.includes(wanted) && !dryRun) {
    fail(`"${wanted}" has no sites in ${projectId}: npm run tenant:provision -- ${wanted} first.`);
  }
  const tenants = wanted ? [wanted] : provisioned;
  if (tenants.length === 0) step(`No tenant provisioned in ${projectId}: the backend only.`);
  const hostingOnly = args.flag('hosting-only');
  if (hostingOnly && tenants.length === 0) fail('--hosting-only, and no tenant to deploy.');

  if (!dryRun && !existsSync(join(repoRoot, '.env.production'))) {
    fail('.env.production is missing: see README, "Deploy to your Firebase project".');
  }
  step('build: vite build --mode production (admin-web, client-web), with .env.production');
  if (!dryRun) await buildApps({ mode: 'production', force: true });
  if (!hostingOnly) {
    step('build: tsc -b packages/shared functions');
    step(`stage: functions/lib and packages/shared into ${stagedFunctionsDir}`);
    if (!dryRun) {
      const tsc = spawnSync(
        join(repoRoot, 'node_modules', '.bin', 'tsc'),
        ['-b', 'packages/shared', 'functions'],
        {
          cwd: repoRoot,
          stdio: 'inherit',
        },
      );
      if (tsc.status !== 0) throw new Error('tsc -b packages/shared functions failed');
      stageFunctions();
    }
  }
  const firebaseJson = JSON.parse(
    readFileSync(join(repoRoot, 'firebase.json'), 'utf8'),
  ) as FirebaseJson;
  const config = deployConfig(firebaseJson, tenants, stagedFunctionsDir);
  step(
    `write: ${configFile} (firebase.json with hosting for ${tenants.join(', ') || 'no tenant'}, functions from ${stagedFunctionsDir})`,
  );
  const command = deployCommand({ projectId, tenants, hostingOnly, configFile });
  if (dryRun) {
    await runFirebase(command, true);
    return;
  }
  writeFileSync(join(repoRoot, configFile), `${JSON.stringify(config, null, 2)}\n`);
  try {
    await runFirebase(command, false);
  } finally {
    rmSync(join(repoRoot, configFile), { force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
