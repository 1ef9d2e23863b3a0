import type { TextareaHTMLAttributes } from 'react';

/** `Field` for several lines: the label, the text, and the hint or the message under it. */
export function TextArea({
  label,
  error,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}) {
  const id = textarea.id ?? textarea.name;
  const described = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="admin-field space-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        rows={4}
        {...textarea}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {hint && !error && (
        <small id={`${id}-hint`} className="field-help">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
