/**
 * Text on a tenant's primary colour must stay readable whatever colour the agency picks: WCAG 2
 * contrast ratios decide between white and a dark ink, taking the one that contrasts more.
 */
export const LIGHT_TEXT = '#ffffff';
export const DARK_TEXT = '#111827';
/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  return [match[1], match[2], match[3]].map((pair) => parseInt(pair as string, 16) / 255) as [
    number,
    number,
    number,
  ];
}

/** Relative luminance of a `#RRGGBB` colour, as WCAG 2 defines it (0 black, 1 white). */
export function relativeLuminance(hex: string): number {
  const rgb = channels(hex);
  if (!rgb) throw new Error(`Couleur attendue au format #RRGGBB : ${hex}`);
  const [r, g, b] = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (same colour) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [relativeLuminance(foreground), relativeLuminance(background)].sort(
    (a, b) => b - a,
  ) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or dark text on `background`, whichever reads better; ties go to white. */
export function readableTextColour(background: string): typeof LIGHT_TEXT | typeof DARK_TEXT {
  return contrastRatio(LIGHT_TEXT, background) >= contrastRatio(DARK_TEXT, background)
    ? LIGHT_TEXT
    : DARK_TEXT;
}

export function isHexColour(value: string): boolean {
  return channels(value) !== null;
}
