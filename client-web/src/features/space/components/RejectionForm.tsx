import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectionInput, rejectionPresets, type RejectionPreset } from '@portail/shared';
import { fieldErrors } from '@portail/web';
import type { ClientMove } from '../api/clientMove.js';
import { FormButtons } from './FormButtons.js';
import { useIssueText } from './issueText.js';
import { TextArea } from './TextArea.js';

/** What the hunter reads: the chosen reason in the client's language, then their own words. */
export function rejectionReason(presetLabel: string | null, text: string): string {
  return [presetLabel, text.trim()].filter(Boolean).join(' — ');
}

/** "Rejeter": a preset reason, the client's words, or both. */
export function RejectionForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (move: ClientMove) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const [preset, setPreset] = useState<RejectionPreset | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = rejectionInput.safeParse({ preset, text });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    const label = parsed.data.preset
      ? t(`space.rejectionForm.presets.${parsed.data.preset}`)
      : null;
    onSubmit({ action: 'rejection', reason: rejectionReason(label, parsed.data.text) });
  }

  return (
    <form className="space-form" onSubmit={submit} noValidate>
      <fieldset className="space-presets">
        <legend>{t('space.rejectionForm.reasons')}</legend>
        {rejectionPresets.map((id) => (
          <label key={id} className="space-preset">
            <input
              type="radio"
              name="preset"
              value={id}
              checked={preset === id}
              onChange={() => setPreset(id)}
            />
            <span>{t(`space.rejectionForm.presets.${id}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextArea
        name="text"
        label={t('space.rejectionForm.text')}
        value={text}
        error={issue(errors.text)}
        onChange={(event) => setText(event.target.value)}
      />
      <FormButtons submitLabel={t('space.rejectionForm.submit')} onCancel={onCancel} />
    </form>
  );
}
