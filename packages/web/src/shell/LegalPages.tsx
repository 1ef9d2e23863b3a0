import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TERMS_VERSION } from '@portail/shared';
import { legalText, type LegalSection } from './legalText.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { useExactDocumentTitle } from './useDocumentTitle.js';
import { privacyPath, termsPath } from './legalRoutes.js';
import './legal.css';

// The pages are a chunk of their own: their texts join the app's messages when it loads.
for (const language of ['fr', 'en'] as const) {
  i18next.addResourceBundle(language, 'translation', legalText[language], true, false);
}

type LegalDocument = 'terms' | 'privacy';

/**
 * One legal text, readable without signing in and outside any agency (the sign-up links to it),
 * with the way to the other text when this app has it and back home.
 */
function LegalPage({ document, other }: { document: LegalDocument; other?: string }) {
  const { t, i18n } = useTranslation();
  const title = t(`legal.${document}.title`);
  useExactDocumentTitle(title);
  const sections = t(`legal.${document}.sections`, { returnObjects: true }) as LegalSection[];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(`${TERMS_VERSION}T12:00:00Z`),
  );
  return (
    <main className="centered-page">
      <article className="card legal-page">
        <h1>{title}</h1>
        <p className="legal-version">{t('legal.version', { date })}</p>
        {sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
        ))}
        <ul className="public-links">
          {other && (
            <li>
              <Link to={other}>{t(`legal.${document}.other`)}</Link>
            </li>
          )}
          <li>
            <Link to="/">{t('legal.home')}</Link>
          </li>
        </ul>
        <LanguageSwitch />
      </article>
    </main>
  );
}

/** The admin app has both texts, each linking to the other. */
export function TermsPage() {
  return <LegalPage document="terms" other={privacyPath} />;
}

export function AdminPrivacyPage() {
  return <LegalPage document="privacy" other={termsPath} />;
}

/** The client app has the privacy policy only: its clients sign no terms of their own. */
export function ClientPrivacyPage() {
  return <LegalPage document="privacy" />;
}
