import { useState, type ChangeEvent } from 'react';
import i18next from 'i18next';
import { fieldErrors } from './Field.js';
import { localiseIssues, type ZodLikeIssue } from './issueMessages.js';

/** What `validate` needs of a schema: zod's `safeParse`. */
interface Schema<Output> {
  safeParse(
    value: unknown,
  ): { success: true; data: Output } | { success: false; error: { issues: ZodLikeIssue[] } };
}

/** The keys of a form whose values are text, the ones an `<input>` edits. */
type TextKey<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T] & string;

/**
 * A form's values and validation messages. `bind(name)` gives a `<Field>` its name, value,
 * message and change handler; `validate(schema)` checks the values, shows the messages and
 * returns the parsed data, or `undefined` when they are invalid.
 */
export function useForm<T extends object>(initial: T) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function set<K extends keyof T>(key: K, value: T[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function bind(name: TextKey<T>) {
    return {
      name,
      value: form[name] as string,
      error: errors[name],
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        setForm((current) => ({ ...current, [name]: event.target.value })),
    };
  }

  function validate<Output>(
    schema: Schema<Output>,
    value: unknown = form,
    keyBy: 'first' | 'last' = 'first',
  ): Output | undefined {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issues = localiseIssues(parsed.error.issues, value, i18next.language, (key, values) =>
        i18next.t(key, values),
      );
      setErrors(fieldErrors(issues, keyBy));
      return undefined;
    }
    setErrors({});
    return parsed.data;
  }

  return { form, setForm, set, errors, setErrors, bind, validate };
}
