import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The platform's sign-up page: `VITE_SIGNUP_URL` when the deploy names one (the client app lives
 * on other hosts), else the admin app's own tenantless `/signup`.
 */
export function signUpHref(app: 'admin' | 'client'): string | null {
  const configured = (import.meta.env.VITE_SIGNUP_URL as string | undefined) || null;
  return configured ?? (app === 'admin' ? '/signup' : null);
}

type PublicLink = 'createAgency' | 'requestAccess' | 'signIn';

const linkTexts: Record<PublicLink, { prompt: string | null; label: string }> = {
  createAgency: { prompt: 'entry.newAgency', label: 'entry.createAgency' },
  requestAccess: { prompt: 'entry.joinTeam', label: 'entry.requestAccess' },
  signIn: { prompt: null, label: 'entry.haveAccount' },
};

/**
 * The ways between the public pages, so that none is a dead end: sign-in ↔ sign-up ↔ staff
 * request. An in-app path stays in the router; an address of another host is a plain link.
 */
export function PublicLinks({
  show,
  app = 'admin',
  prompts = true,
}: {
  show: readonly PublicLink[];
  app?: 'admin' | 'client';
  /** False when the page already says why one would follow the link. */
  prompts?: boolean;
}) {
  const { t } = useTranslation();
  const targets: Record<PublicLink, string | null> = {
    createAgency: signUpHref(app),
    requestAccess: app === 'admin' ? '/firstlogin' : null,
    signIn: '/',
  };
  const links = show.filter((name) => targets[name]);
  if (links.length === 0) return null;
  return (
    <ul className="public-links">
      {links.map((name) => {
        const href = targets[name]!;
        const { prompt, label } = linkTexts[name];
        return (
          <li key={name}>
            {prompts && prompt && <span>{t(prompt)} </span>}
            {href.startsWith('/') ? (
              <Link to={href}>{t(label)}</Link>
            ) : (
              <a href={href}>{t(label)}</a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
