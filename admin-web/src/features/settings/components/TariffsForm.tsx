import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TARIFFS_MAX_CHARS, tariffsInput } from '@portail/shared';
import { useReadOnly } from '@portail/web';
import { useSaveTariffs } from '../api/tariffs.js';
import { SaveButton } from './SaveButton.js';

/** L1 « Tarifs »: the fee schedule clients read, as markdown-light text. */
export function TariffsForm({ initial }: { initial: string }) {
  const { t, i18n } = useTranslation();
  const readOnly = useReadOnly();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const save = useSaveTariffs();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = tariffsInput.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    save.mutate(parsed.data);
  }
  return (
    <form className="panel admin-form tariffs-form" onSubmit={submit} noValidate>
      <h2>{t('legal.tariffsTitle')}</h2>
      <p className="field-help">{t('legal.tariffsHelp')}</p>
      <div className="admin-field">
        <label htmlFor="tariffs-text">{t('legal.tariffsLabel')}</label>
        <textarea
          id="tariffs-text"
          rows={12}
          value={text}
          disabled={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'tariffs-text-error' : 'tariffs-text-count'}
          onChange={(event) => setText(event.target.value)}
        />
        <small id="tariffs-text-count" className="field-help">
          {t('legal.tariffsCount', {
            count: text.length.toLocaleString(i18n.language),
            max: TARIFFS_MAX_CHARS.toLocaleString(i18n.language),
          })}
        </small>
        {error && (
          <small id="tariffs-text-error" className="field-error" role="alert">
            {error}
          </small>
        )}
      </div>
      <SaveButton save={save} label={t('legal.tariffsSave')} />
    </form>
  );
}
