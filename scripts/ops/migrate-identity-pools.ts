// Moves the users of a project created before "one identity pool per agency" into one Auth
// tenant per agency. A dry run first, always:
//   node_modules/.bin/tsx scripts/ops/migrate-identity-pools.ts                 # what it would do
//   node_modules/.bin/tsx scripts/ops/migrate-identity-pools.ts --apply [--tenant <id>…]
//        [--delete-originals]
// Against a real project (GOOGLE_APPLICATION_CREDENTIALS set), passwords move with their hashes:
// give the project's hash parameters (console → Authentication → Users → ⋮ → Password hash
// parameters) as HASH_KEY, HASH_SALT_SEPARATOR (base64), HASH_ROUNDS and HASH_MEM_COST.
import { initializeApp } from 'firebase-admin/app';
import { applyEmulatorEnv, projectId } from '../stack-config.js';
import { migrateIdentityPools, type HashConfig } from './identityPools.js';

const args = process.argv.slice(2);
const apply = args.includes('--apply');
const tenantIds = args.flatMap((arg, i) =>
  arg === '--tenant' && args[i + 1] ? [args[i + 1]!] : [],
);
const real = Boolean(process.env.GOOGLE_APPLICATION_CREDENTIALS);
if (!real) applyEmulatorEnv();

const env = process.env;
const hash: HashConfig | null = env.HASH_KEY
  ? {
      key: Buffer.from(env.HASH_KEY, 'base64'),
      saltSeparator: Buffer.from(env.HASH_SALT_SEPARATOR ?? '', 'base64'),
      rounds: Number(env.HASH_ROUNDS ?? 8),
      memoryCost: Number(env.HASH_MEM_COST ?? 14),
    }
  : null;

const app = real ? initializeApp() : initializeApp({ projectId });
const plans = await migrateIdentityPools({
  app,
  apply,
  tenantIds: tenantIds.length ? tenantIds : undefined,
  hash,
  deleteOriginals: args.includes('--delete-originals'),
});
if (!apply) {
  console.log(
    plans.length
      ? `Dry run: ${plans.length} tenant(s) to move. Run again with --apply to move them.`
      : 'Nothing to move: every tenant has its own Auth tenant.',
  );
}
process.exit(0);
