import { useTranslation } from 'react-i18next';

/** The eye beside the listing's link: pressed, the client sees the link on their card. */
export function SourceToggle({
  shown,
  disabled,
  onChange,
}: {
  shown: boolean;
  disabled?: boolean;
  onChange: (shown: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="source-toggle">
      <button
        type="button"
        className={shown ? 'eye-toggle eye-on' : 'eye-toggle'}
        aria-pressed={shown}
        disabled={disabled}
        onClick={() => onChange(!shown)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M12 5C6.5 5 2.7 9.1 1.5 12c1.2 2.9 5 7 10.5 7s9.3-4.1 10.5-7C21.3 9.1 17.5 5 12 5Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
          <circle cx="12" cy="12" r="3.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
          {!shown && <path d="M3 3l18 18" stroke="currentColor" strokeWidth="1.8" />}
        </svg>
        {t('properties.editor.showSource')}
      </button>
      <small className="field-help">
        {shown ? t('properties.editor.sourceShown') : t('properties.editor.sourceHidden')}
      </small>
    </div>
  );
}
