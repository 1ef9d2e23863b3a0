import { describe, expect, it } from 'vitest';
import { clientSearchFields } from './clientSearch.js';
import {
  clientListPlan,
  clientMatchesPage,
  clientSearchWords,
  phoneSearchDigits,
  type ClientListRequest,
} from './clientListQuery.js';

const dupont = clientSearchFields({
  firstName: 'Julie et Marc',
  lastName: 'Dupont',
  email: 'julie.dupont@example.test',
  phone: '+33 6 12 34 56 78',
  logins: { m: { email: 'marc.dupont@example.test', displayName: 'Marc Dupont' } },
});
const moreau = clientSearchFields({
  firstName: 'Antoine',
  lastName: 'Moreau',
  email: 'antoine.moreau@example.test',
  phone: '07 11 22 33 44',
});

const request = (overrides: Partial<ClientListRequest>): ClientListRequest => ({
  search: '',
  status: 'all',
  deletionRequested: false,
  sharedWithUid: null,
  ...overrides,
});

/** What a plan keeps of clients, applying its filters in memory the way Firestore would. */
function listed(plan: ReturnType<typeof clientListPlan>, clients: (typeof dupont)[]) {
  return clients.filter(
    (client) =>
      plan.filters.every(([field, op, value]) => {
        if (field === 'keywords' && op === 'array-contains') {
          return client.keywords.includes(value);
        }
        return true;
      }) && clientMatchesPage(client, plan),
  );
}

describe('clientListPlan', () => {
  it('lists every status but deleting, by sort key, when nothing is asked', () => {
    expect(clientListPlan(request({}))).toEqual({
      filters: [['status', 'in', ['added', 'invited', 'active', 'revoked']]],
      orderBy: 'sortKey',
      pageWords: [],
    });
  });

  it('searches a name by its longest word and checks the others on the page', () => {
    const plan = clientListPlan(request({ search: 'Marc Dupont' }));
    expect(plan.filters[0]).toEqual(['keywords', 'array-contains', 'dupont']);
    expect(plan.pageWords).toEqual(['marc']);
    expect(listed(plan, [dupont, moreau])).toEqual([dupont]);
    expect(listed(clientListPlan(request({ search: 'Antoine Dupont' })), [dupont, moreau])).toEqual(
      [],
    );
  });

  it('finds a client by any login e-mail prefix', () => {
    const plan = clientListPlan(request({ search: 'marc.dup' }));
    expect(listed(plan, [dupont, moreau])).toEqual([dupont]);
  });

  it('searches a typed phone number by its digits, however it is written', () => {
    for (const typed of ['06 12 34', '0612345678', '+33 6 12 34 56 78', '+33 6 12', '06.12.34']) {
      const plan = clientListPlan(request({ search: typed }));
      expect(plan.filters[0]?.[0]).toBe('keywords');
      expect(listed(plan, [dupont, moreau])).toEqual([dupont]);
    }
    expect(listed(clientListPlan(request({ search: '07 11' })), [dupont, moreau])).toEqual([
      moreau,
    ]);
  });

  it('filters one status with an equality, and deletion requests on top', () => {
    expect(clientListPlan(request({ status: 'revoked', deletionRequested: true })).filters).toEqual(
      [
        ['status', '==', 'revoked'],
        ['deletionRequested', '==', true],
      ],
    );
  });

  it('gives a shared-only collaborator the sharedWith filter and checks every word on the page', () => {
    const plan = clientListPlan(request({ search: 'Marc Dupont', sharedWithUid: 'uid-hugo' }));
    expect(plan.filters).toEqual([
      ['sharedWith', 'array-contains', 'uid-hugo'],
      ['status', 'in', ['added', 'invited', 'active', 'revoked']],
    ]);
    expect(plan.filters.filter(([, op]) => op === 'array-contains')).toHaveLength(1);
    expect(plan.pageWords).toEqual(['dupont', 'marc']);
    expect(listed(plan, [dupont, moreau])).toEqual([dupont]);
    expect(
      listed(clientListPlan(request({ search: 'Moreau', sharedWithUid: 'u' })), [dupont]),
    ).toEqual([]);
  });
});

describe('client search words', () => {
  it('reads nothing searchable as no search', () => {
    expect(clientSearchWords('  ')).toEqual([]);
    expect(clientSearchWords('a')).toEqual([]);
  });

  it('turns an international French number into national digits from the start', () => {
    expect(phoneSearchDigits('+33 6 12')).toBe('0612');
    expect(phoneSearchDigits('+33')).toBe('33');
    expect(phoneSearchDigits('06 12')).toBe('0612');
    expect(phoneSearchDigits('Dupont')).toBeNull();
  });
});
