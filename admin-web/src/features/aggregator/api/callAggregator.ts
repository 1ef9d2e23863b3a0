import type { aggregatorCallableNames } from '@portail/shared';
import { callFunction } from '@portail/web';

export type AggregatorCallable = keyof typeof aggregatorCallableNames;

/** The aggregator's callables, through the one callable client (ID token, App Check). */
export function callAggregator<T>(name: AggregatorCallable, data: unknown): Promise<T> {
  return callFunction<T>(name, data);
}
