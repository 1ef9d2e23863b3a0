import type { InputHTMLAttributes } from 'react';

/**
 * A labelled input with its validation message right under it. The message sits outside the
 * label so that it is announced as the description, not read as part of the field's name.
 */
export function Field({
  label,
  error,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string }) {
  const id = input.id ?? input.name;
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {hint && !error && <small className="field-help">{hint}</small>}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

export type FieldIssue = { path: PropertyKey[]; message: string };

/**
 * First message per field of a zod error, keyed by the first segment of its path or, for a form
 * that shows a nested object's fields flat, by the last one.
 */
export function fieldErrors(issues: FieldIssue[], keyBy: 'first' | 'last' = 'first') {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = keyBy === 'first' ? String(issue.path[0] ?? '') : String(issue.path.at(-1));
    errors[key] ??= issue.message;
  }
  return errors;
}
