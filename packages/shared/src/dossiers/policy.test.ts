import { describe, expect, it } from 'vitest';
import { serveDecision, type DownloaderRole, type UnpaidPolicy } from './policy.js';
import type { DossierFileKind } from './dossier.js';

const decide = (
  role: DownloaderRole,
  kind: DossierFileKind,
  { paid = false, clientExempt = false, policy = 'stamp' as UnpaidPolicy } = {},
) => serveDecision({ role, kind, paid, clientExempt, policy }).serve;

describe('serveDecision', () => {
  it('stamps what it can draw on for an unpaid client, and blocks a HEIC it cannot', () => {
    expect(decide('client', 'pdf')).toBe('stamped');
    expect(decide('guest', 'png')).toBe('stamped');
    expect(decide('client', 'heic')).toBe('blocked');
    expect(decide('preview', 'heic')).toBe('blocked');
  });

  it('serves the original once paid, to an exempt client, and to staff always', () => {
    expect(decide('client', 'heic', { paid: true })).toBe('original');
    expect(decide('client', 'pdf', { clientExempt: true, policy: 'block' })).toBe('original');
    expect(decide('staff', 'heic', { policy: 'block' })).toBe('original');
  });

  it('blocks every kind under the block policy', () => {
    for (const kind of ['pdf', 'jpeg', 'png', 'heic'] as const) {
      expect(decide('client', kind, { policy: 'block' })).toBe('blocked');
    }
  });
});
