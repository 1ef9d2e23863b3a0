import { describe, expect, it } from 'vitest';
import { callableNames } from './callables.js';

describe('callableNames', () => {
  it('names every callable by its deployed name, as the apps call it', () => {
    for (const [key, deployed] of Object.entries(callableNames)) expect(deployed).toBe(key);
  });
});
