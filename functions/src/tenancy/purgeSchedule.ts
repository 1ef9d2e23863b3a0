import { onSchedule } from 'firebase-functions/v2/scheduler';
import { logger } from 'firebase-functions/v2';
import { purgeDueSandboxes } from './purgeSandbox.js';

/** T1: once a day, sandbox tenants whose 90 days are up are emptied (scripts/ops/purge-sandbox.ts runs it by hand). */
export const purgeSandbox = onSchedule(
  { schedule: 'every day 03:00', timeZone: 'Europe/Paris', timeoutSeconds: 540 },
  async () => {
    const reports = await purgeDueSandboxes();
    logger.info('sandbox purge', { tenants: reports });
  },
);
