import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addAreas, type AreaRefusal } from '@portail/shared';

/**
 * A tag input for the areas searched: Enter or a comma adds what was typed (several at once when
 * pasted with commas), each tag has its remove button, Backspace in the empty box removes the last.
 */
export function AreasInput({
  id,
  areas,
  onChange,
  disabled,
  error,
}: {
  id: string;
  areas: string[];
  onChange: (areas: string[]) => void;
  disabled: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState<AreaRefusal | null>(null);

  function commit(text: string) {
    const result = addAreas(areas, text);
    setRefused(result.refused);
    if (result.areas.length !== areas.length) onChange(result.areas);
    setTyped(result.refused ? text : '');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',' || event.key === ';') {
      event.preventDefault();
      commit(typed);
    } else if (event.key === 'Backspace' && typed === '' && areas.length > 0) {
      onChange(areas.slice(0, -1));
    }
  }

  const message =
    error ??
    (refused === 'tooLong'
      ? t('clientFile.criteria.areaTooLong')
      : refused === 'tooMany'
        ? t('clientFile.criteria.areasTooMany')
        : undefined);

  return (
    <div className="admin-field areas-field">
      <label htmlFor={id}>{t('clientFile.criteria.areas')}</label>
      <div className={message ? 'tag-input invalid' : 'tag-input'}>
        {areas.length > 0 && (
          <ul className="tags" aria-label={t('clientFile.criteria.chosenAreas')}>
            {areas.map((area) => (
              <li key={area} className="tag">
                <span>{area}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={t('clientFile.criteria.removeArea', { area })}
                  disabled={disabled}
                  onClick={() => onChange(areas.filter((other) => other !== area))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          value={typed}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            setRefused(null);
            const value = event.target.value;
            // A paste with commas adds its areas at once.
            if (/[,;]/.test(value)) commit(value);
            else setTyped(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => typed.trim() && commit(typed)}
        />
      </div>
      {message ? (
        <small id={`${id}-help`} className="field-error">
          {message}
        </small>
      ) : (
        <small id={`${id}-help`} className="field-help">
          {areas.length === 0 ? `${t('clientFile.criteria.noAreas')} ` : ''}
          {t('clientFile.criteria.areasHint')}
        </small>
      )}
    </div>
  );
}
