import { describe, expect, it } from 'vitest';
import { brandingSchema } from './branding.js';
import { defaultBranding, readBranding } from './brandingValues.js';

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

  it('reads stored branding field by field, falling back on what is missing or wrong', () => {
    expect(
      readBranding({ name: ' Agence X ', primaryColour: 'red', logoUrl: 'javascript:x' }),
    ).toEqual({
      ...defaultBranding,
      name: 'Agence X',
    });
    expect(readBranding(null)).toEqual(defaultBranding);
  });
});
