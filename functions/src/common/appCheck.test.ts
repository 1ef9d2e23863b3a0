import { describe, expect, it } from 'vitest';
import { appCheckEnforced, requireAppCheck } from './appCheck.js';

const withHeader = (token?: string) => ({
  get: (name: string) => (name.toLowerCase() === 'x-firebase-appcheck' ? token : undefined),
});

describe('App Check on the HTTP functions', () => {
  it('is enforced only when the environment says production', () => {
    expect(appCheckEnforced({})).toBe(false);
    expect(appCheckEnforced({ APP_CHECK_ENFORCED: 'false' })).toBe(false);
    expect(appCheckEnforced({ APP_CHECK_ENFORCED: '1' })).toBe(false);
    expect(appCheckEnforced({ APP_CHECK_ENFORCED: 'true' })).toBe(true);
  });

  it('lets everything through when not enforced, without looking at the header', async () => {
    const verify = () => Promise.reject(new Error('must not be called'));
    await requireAppCheck(withHeader(), { enforced: false, verify });
    await requireAppCheck(withHeader('forged'), { enforced: false, verify });
  });

  it('refuses a missing or invalid token when enforced, and accepts a verified one', async () => {
    const verified: string[] = [];
    const verify = async (token: string) => {
      if (token !== 'good') throw new Error('bad token');
      verified.push(token);
    };
    await expect(requireAppCheck(withHeader(), { enforced: true, verify })).rejects.toMatchObject({
      code: 'unauthenticated',
      details: { code: 'app-check/missing' },
    });
    await expect(
      requireAppCheck(withHeader('forged'), { enforced: true, verify }),
    ).rejects.toMatchObject({ code: 'unauthenticated', details: { code: 'app-check/invalid' } });
    await requireAppCheck(withHeader('good'), { enforced: true, verify });
    expect(verified).toEqual(['good']);
  });
});
