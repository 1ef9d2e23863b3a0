import { describe, expect, it } from 'vitest';
import { deletePointOfInterestInput, savePointOfInterestInput } from './poi.js';

describe('savePointOfInterestInput', () => {
  const point = { type: 'work', name: 'Bureau', address: ' 5 place  Charles Béraudier ' };

  it('accepts a new point, and an edit naming its point and space', () => {
    expect(savePointOfInterestInput.parse(point)).toEqual({
      type: 'work',
      name: 'Bureau',
      address: '5 place Charles Béraudier',
    });
    expect(
      savePointOfInterestInput.parse({ ...point, poiId: 'abc_1', clientId: 'client-dupont' }),
    ).toMatchObject({ poiId: 'abc_1', clientId: 'client-dupont' });
  });

  it('refuses ids that could leave the space’s collection', () => {
    expect(savePointOfInterestInput.safeParse({ ...point, poiId: '../x' }).success).toBe(false);
    expect(deletePointOfInterestInput.safeParse({ poiId: 'a/b' }).success).toBe(false);
    expect(deletePointOfInterestInput.safeParse({ poiId: 'a', clientId: '' }).success).toBe(false);
  });

  it('refuses a name of 121 characters with a French message', () => {
    const result = savePointOfInterestInput.safeParse({ ...point, name: 'x'.repeat(121) });
    expect(result.error?.issues[0]?.message).toBe(
      'Nom du lieu trop long (120 caractères au plus).',
    );
  });
});
