import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * A select and a textarea marked up like `Field` (label, then the message under the control,
 * announced as its description), which only renders inputs.
 */
function describedBy(id: string, error?: string, hint?: string) {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

function Message({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  if (error) {
    return (
      <small id={`${id}-error`} className="field-error">
        {error}
      </small>
    );
  }
  return hint ? (
    <small id={`${id}-hint`} className="field-help">
      {hint}
    </small>
  ) : null;
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const id = select.id ?? select.name ?? label;
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <select
        {...select}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {children}
      </select>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  badge,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  error?: string;
  hint?: string;
  /** Shown beside the label (e.g. "never visible to the client"). */
  badge?: ReactNode;
}) {
  const id = textarea.id ?? textarea.name ?? label;
  return (
    <div className="admin-field">
      <label htmlFor={id}>
        {label}
        {badge}
      </label>
      <textarea
        {...textarea}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}
