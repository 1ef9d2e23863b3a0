import { useState } from 'react';
import { useForm } from '@portail/web';

/**
 * A form over live data: it shows the stored values and follows them while untouched, keeps what
 * is being typed when another change arrives, and `reset()` returns it to the stored values (after
 * a refused write, the screen shows the truth again).
 */
export function useSyncedForm<T extends object>(
  stored: T,
): ReturnType<typeof useForm<T>> & { dirty: boolean; reset: () => void } {
  const form = useForm(stored);
  const storedKey = JSON.stringify(stored);
  const [synced, setSynced] = useState(storedKey);
  if (synced !== storedKey) {
    const untouched = JSON.stringify(form.form) === synced;
    setSynced(storedKey);
    if (untouched) form.setForm(stored);
  }
  return {
    ...form,
    dirty: JSON.stringify(form.form) !== storedKey,
    reset() {
      form.setForm(stored);
      form.setErrors({});
    },
  };
}
