// Runs the sandbox purge by hand (the scheduled function runs it daily):
//   node_modules/.bin/tsx scripts/ops/purge-sandbox.ts            purge tenants whose date has come
//   node_modules/.bin/tsx scripts/ops/purge-sandbox.ts <tenantId> purge that sandbox tenant now
// Against the local stack by default; with GOOGLE_APPLICATION_CREDENTIALS and no emulator
// variables it acts on the real project.
import { applyEmulatorEnv } from '../stack-config.js';

if (!process.env.GOOGLE_APPLICATION_CREDENTIALS) applyEmulatorEnv();
const { db } = await import('../../functions/src/admin.js');
const { purgeDueSandboxes, purgeTenant } =
  await import('../../functions/src/tenancy/purgeSandbox.js');

const tenantId = process.argv[2];
if (tenantId) {
  const tenant = await db.doc(`tenants/${tenantId}`).get();
  if (!tenant.exists) throw new Error(`Unknown tenant ${tenantId}`);
  if (tenant.get('plan') !== 'sandbox') throw new Error(`${tenantId} is not a sandbox tenant`);
  console.log(await purgeTenant(tenantId));
} else {
  const reports = await purgeDueSandboxes();
  console.log(reports.length ? reports : 'No sandbox tenant is due.');
}
