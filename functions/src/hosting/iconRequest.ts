/** What `/icons/<size>[-maskable].png` asks for; null for any other name. */
export interface IconRequest {
  size: number;
  maskable: boolean;
}

/** The sizes browsers ask for: 180 (iOS home screen), 192 and 512 (Android, desktop). */
export const iconSizes = [180, 192, 512] as const;

export function parseIconPath(path: string): IconRequest | null {
  const match = /^\/icons\/(\d{3})(-maskable)?\.png$/.exec(path);
  if (!match) return null;
  const size = Number(match[1]);
  if (!(iconSizes as readonly number[]).includes(size)) return null;
  return { size, maskable: match[2] !== undefined };
}

/**
 * The house in the tenant's colour, as the apps draw the tab icon of a tenant without a logo
 * (packages/web/src/tenant/TenantProvider.tsx `defaultIcon`). A maskable icon is cropped by the
 * launcher to any shape inside the centre circle of 80%: it fills the square and draws the house
 * a little smaller.
 */
export function houseSvg(colour: string, size: number, maskable: boolean): string {
  const background = maskable
    ? `<rect width="32" height="32" fill="${colour}"/>`
    : `<rect width="32" height="32" rx="6" fill="${colour}"/>`;
  const house = '<path d="M7 16 16 8l9 8h-3v8h-5v-6h-2v6h-5v-8z" fill="#fff"/>';
  const drawn = maskable
    ? `<g transform="translate(16 16) scale(0.85) translate(-16 -16)">${house}</g>`
    : house;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${background}${drawn}</svg>`;
}
