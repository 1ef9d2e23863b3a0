import type { Branding } from '@portail/shared';

export function BrandMark({ branding, large = false }: { branding: Branding; large?: boolean }) {
  return (
    <div className={large ? 'brand brand-large' : 'brand'}>
      {branding.logoUrl && <img src={branding.logoUrl} alt="" className="brand-logo" />}
      <span className="brand-name">{branding.name}</span>
    </div>
  );
}
