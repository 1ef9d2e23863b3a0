import { useTranslation } from 'react-i18next';
import type { TemplateIssue } from '@portail/shared';

/** What is wrong with the draft, each issue with its part and position. */
export function TemplateIssues({ issues }: { issues: readonly TemplateIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="error emails-issues">
      <p>{t('emails.templates.issues')}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            <strong>{t(`emails.templates.part.${issue.part}`)}</strong>
            {issue.line !== undefined &&
              ` (${t('emails.templates.at', { line: issue.line, column: issue.column ?? 1 })})`}
            {' : '}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
