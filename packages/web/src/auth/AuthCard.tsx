import type { FormEvent, ReactNode } from 'react';
import { useTenant } from '../tenant/TenantProvider.js';
import { BrandMark } from '../shell/BrandMark.js';
import { LanguageSwitch } from '../shell/LanguageSwitch.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';

/** The branded card every page before sign-in uses: logo and name, a title, then the form. */
export function AuthCard({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit?: (event: FormEvent) => void;
  children: ReactNode;
}) {
  const { branding } = useTenant();
  useDocumentTitle(title);
  const content = (
    <>
      <BrandMark branding={branding} large />
      <h1>{title}</h1>
      {children}
      <LanguageSwitch />
    </>
  );
  return (
    <main className="centered-page">
      {onSubmit ? (
        <form className="card sign-in" onSubmit={onSubmit} noValidate>
          {content}
        </form>
      ) : (
        <div className="card sign-in">{content}</div>
      )}
    </main>
  );
}
