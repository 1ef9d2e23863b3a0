import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_NOTE_MAX,
  clientPrivateNotesInput,
  numberFromText,
  numberToText,
} from '@portail/shared';
import { Field, useReadOnly } from '@portail/web';
import { usePrivateNotes, type PrivateNotes } from '../api/privateNotes.js';
import { useSavePrivateNotes } from '../api/savePrivateNotes.js';
import { LockIcon } from './icons.js';
import { SaveActions, SaveFeedback } from './SaveFeedback.js';
import { useFieldMessage } from './useFieldMessage.js';
import { useSyncedForm } from './useSyncedForm.js';

const toForm = (notes: PrivateNotes) => ({
  note: notes.note,
  feeAmount: numberToText(notes.feeAmount),
});

/** The hunter's own note and fee, in a document the client can never read. */
export function PrivateNotesSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const notes = usePrivateNotes(clientId, true);
  return (
    <section className="panel file-section private-section" aria-labelledby="notes-title">
      <div className="file-section-head">
        <h2 id="notes-title">{t('clientFile.notes.title')}</h2>
        <span className="badge badge-private">
          <LockIcon />
          {t('clientFile.notes.private')}
        </span>
      </div>
      {notes.isPending ? (
        <p>{t('ui.loading')}</p>
      ) : (
        <NotesForm clientId={clientId} stored={notes.data ?? { note: '', feeAmount: null }} />
      )}
    </section>
  );
}

function NotesForm({ clientId, stored }: { clientId: string; stored: PrivateNotes }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const fieldMessage = useFieldMessage();
  const save = useSavePrivateNotes(clientId);
  const { form, bind, errors, validate, dirty, reset, setForm, set } = useSyncedForm(
    toForm(stored),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const notes = validate(clientPrivateNotesInput, {
      note: form.note,
      feeAmount: numberFromText(form.feeAmount),
    });
    if (!notes) return;
    save.mutate(notes, { onSuccess: () => setForm(toForm(notes)), onError: reset });
  }

  const fee = bind('feeAmount');
  const noteError = fieldMessage('note', errors.note);
  return (
    <form className="file-form" onSubmit={submit} noValidate>
      <div className="admin-field">
        <label htmlFor="notes-note">{t('clientFile.notes.note')}</label>
        <textarea
          id="notes-note"
          rows={5}
          maxLength={CLIENT_NOTE_MAX}
          value={form.note}
          disabled={readOnly}
          aria-invalid={noteError ? true : undefined}
          aria-describedby="notes-note-help"
          onChange={(event) => {
            save.reset();
            set('note', event.target.value);
          }}
        />
        <small id="notes-note-help" className={noteError ? 'field-error' : 'field-help'}>
          {noteError ?? t('clientFile.notes.noteHint')}
        </small>
      </div>
      <Field
        {...fee}
        id="notes-fee"
        type="text"
        inputMode="numeric"
        label={t('clientFile.notes.feeAmount')}
        hint={t('clientFile.notes.feeHint')}
        error={fieldMessage('feeAmount', fee.error)}
        disabled={readOnly}
        onChange={(event) => {
          save.reset();
          fee.onChange(event);
        }}
      />
      <SaveFeedback saved={save.isSuccess && !dirty} error={save.error} />
      <SaveActions dirty={dirty} pending={save.isPending} disabled={readOnly} onUndo={reset} />
    </form>
  );
}
