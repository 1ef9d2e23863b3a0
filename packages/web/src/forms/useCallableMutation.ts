import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { callFunction, type CallableName } from '../firebase/callable.js';

/**
 * A callable wrapped in a react-query mutation that refreshes the given queries afterwards. A
 * refused call refreshes them too: it is often refused because the data changed meanwhile (a
 * request decided by another admin), and the screen must return to the truth. That refresh is
 * not awaited, so the caller's own `onError` still runs before a refreshed list drops its row.
 */
export function useCallableMutation<TInput, TResult = unknown>(
  name: CallableName,
  invalidate: QueryKey[] = [],
) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return useMutation({
    mutationFn: (input: TInput) => callFunction<TResult>(name, input),
    onSuccess: refresh,
    onError: () => {
      void refresh();
    },
  });
}
