import { describe, expect, it } from 'vitest';
import { mergeMessages } from './mergeMessages.js';

describe('mergeMessages', () => {
  it('keeps the shared messages of a group the app extends', () => {
    const merged = mergeMessages(
      { auth: { signIn: 'Se connecter', forgot: 'Mot de passe oublié' }, nav: { home: 'Accueil' } },
      { auth: { link: 'Recevoir un lien' } },
    );
    expect(merged).toEqual({
      auth: { signIn: 'Se connecter', forgot: 'Mot de passe oublié', link: 'Recevoir un lien' },
      nav: { home: 'Accueil' },
    });
  });

  it("lets the app's message win, at any depth, and does not touch its inputs", () => {
    const shared = { a: { b: { c: 'shared', d: 'kept' } }, e: 'shared' };
    const merged = mergeMessages(shared, { a: { b: { c: 'app' } }, e: { now: 'a group' } });
    expect(merged).toEqual({ a: { b: { c: 'app', d: 'kept' } }, e: { now: 'a group' } });
    expect(shared.a.b.c).toBe('shared');
  });
});
