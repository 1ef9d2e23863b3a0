import { useTranslation } from 'react-i18next';
import type { DossierStep } from '@portail/shared';

/** Comments, steps and conclusions, as the agency wrote them. */
export function DossierDetails({
  comments,
  steps,
  conclusions,
}: {
  comments: string;
  steps: DossierStep[];
  conclusions: string[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {comments && (
        <section className="card dossier-section">
          <h2>{t('dossiers.comments')}</h2>
          <p className="dossier-comments">{comments}</p>
        </section>
      )}
      {steps.length > 0 && (
        <section className="card dossier-section">
          <h2>{t('dossiers.steps')}</h2>
          <ol className="dossier-steps">
            {steps.map((step, i) => (
              <li key={i} className={step.done ? 'done' : undefined}>
                {step.label}{' '}
                <span className="dossier-file-meta">
                  ({step.done ? t('dossiers.stepDone') : t('dossiers.stepTodo')})
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {conclusions.length > 0 && (
        <section className="card dossier-section">
          <h2>{t('dossiers.conclusions')}</h2>
          <ul>
            {conclusions.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
