import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { callFunction, type CallableName } from '../firebase/callable.js';

/** A callable wrapped in a react-query mutation that refreshes the given queries on success. */
export function useCallableMutation<TInput, TResult = unknown>(
  name: CallableName,
  invalidate: QueryKey[] = [],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => callFunction<TResult>(name, input),
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
