import { describe, expect, it } from 'vitest';
import { brandingSchema, defaultBranding } from './branding.js';

describe('branding', () => {
  it('accepts the default branding', () => {
    expect(brandingSchema.parse(defaultBranding)).toEqual(defaultBranding);
  });

  it('rejects colours that are not #RRGGBB', () => {
    const result = brandingSchema.safeParse({ ...defaultBranding, primaryColour: 'blue' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Couleur attendue au format #RRGGBB');
  });

  it('defaults the language to French', () => {
    const { language: _language, ...rest } = defaultBranding;
    expect(brandingSchema.parse(rest).language).toBe('fr');
  });
});
