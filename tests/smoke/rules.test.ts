import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { host, ports } from '../support/stack.js';

let testEnv: RulesTestEnvironment;

beforeAll(async () => {
  testEnv = await initializeTestEnvironment({
    // A project of its own, so clearing it never touches the demo tenant.
    projectId: 'demo-rules-smoke',
    firestore: {
      host,
      port: ports.firestore,
      rules: readFileSync('firestore.rules', 'utf8'),
    },
  });
  await testEnv.clearFirestore();
  await testEnv.withSecurityRulesDisabled(async (context) => {
    await setDoc(doc(context.firestore(), 'tenants/t1/members/u1'), {
      displayName: 'Owner',
      role: 'owner',
      status: 'active',
      authTenantId: 'pool-t1',
    });
  });
});

afterAll(async () => {
  await testEnv.cleanup();
});

describe('smoke: firestore.rules loaded by @firebase/rules-unit-testing', () => {
  it('lets a member of the tenant read a member profile', async () => {
    const staff = testEnv.authenticatedContext('u1', {
      tenantId: 't1',
      role: 'owner',
      // The agency's own Auth tenant, as the emulator mints it.
      firebase: { sign_in_provider: 'password', tenant: 'pool-t1' } as {
        sign_in_provider: 'password';
      },
    });
    await assertSucceeds(getDoc(doc(staff.firestore(), 'tenants/t1/members/u1')));
  });

  it("denies another tenant's admin", async () => {
    const stranger = testEnv.authenticatedContext('u2', { tenantId: 't2', role: 'admin' });
    await assertFails(getDoc(doc(stranger.firestore(), 'tenants/t1/members/u1')));
  });
});
