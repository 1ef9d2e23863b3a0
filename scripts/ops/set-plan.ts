// Switches a tenant between the sandbox and the paid plan (paid tenants are never purged):
//   node_modules/.bin/tsx scripts/ops/set-plan.ts <tenantId> paid|sandbox
import { applyEmulatorEnv } from '../stack-config.js';

const [tenantId, plan] = process.argv.slice(2);
if (!tenantId || (plan !== 'paid' && plan !== 'sandbox')) {
  console.error('Usage: set-plan.ts <tenantId> paid|sandbox');
  process.exit(2);
}
if (!process.env.GOOGLE_APPLICATION_CREDENTIALS) applyEmulatorEnv();
const { setTenantPlan } = await import('../../functions/src/tenancy/plan.js');
await setTenantPlan(tenantId, plan);
console.log(`${tenantId} is now on the ${plan} plan.`);
