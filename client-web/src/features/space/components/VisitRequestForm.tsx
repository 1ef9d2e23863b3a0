import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { visitRequestInput } from '@portail/shared';
import { useForm } from '@portail/web';
import type { ClientMove } from '../api/clientMove.js';
import { FormButtons } from './FormButtons.js';
import { useIssueText } from './issueText.js';
import { TextArea } from './TextArea.js';

/** "Demander une visite": the client's availabilities, in their own words. */
export function VisitRequestForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (move: ClientMove) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const { form, set, errors, validate } = useForm({ availabilities: '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(visitRequestInput);
    if (data) onSubmit({ action: 'visitRequest', availabilities: data.availabilities });
  }

  return (
    <form className="space-form" onSubmit={submit} noValidate>
      <TextArea
        name="availabilities"
        label={t('space.visitForm.availabilities')}
        hint={t('space.visitForm.hint')}
        value={form.availabilities}
        error={issue(errors.availabilities)}
        onChange={(event) => set('availabilities', event.target.value)}
        autoFocus
      />
      <FormButtons submitLabel={t('space.visitForm.submit')} onCancel={onCancel} />
    </form>
  );
}
