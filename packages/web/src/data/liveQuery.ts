import { useEffect } from 'react';
import {
  hashKey,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import {
  onSnapshot,
  type DocumentReference,
  type DocumentSnapshot,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';
import { isPermissionDenied, reportAccessDenied } from '../auth/accessDenied.js';
import { loadAuth } from '../auth/authLoader.js';

/**
 * The one live-data primitive: a Firestore listener feeding react-query's cache. Every screen that
 * must follow changes (the pipeline, the client's tabs, messages) reads through it, so a refused
 * read reaches the shell the same way everywhere and two components showing the same query share
 * one listener.
 */
type Source = Query | DocumentReference;
type Snapshot = QuerySnapshot | DocumentSnapshot;

interface Listener {
  users: number;
  unsubscribe: () => void;
  /** The last value delivered, for a query function run again while the listener is open. */
  latest?: { value: unknown };
}

interface Waiter {
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const listeners = new Map<string, Listener>();
/**
 * The query functions waiting for a key's first value. Kept apart from the listeners: a listener
 * closed before it answered (React's development double mount, a quick remount) hands the wait
 * over to the next listener of the same key instead of leaving the query loading for ever.
 */
const waiters = new Map<string, Waiter>();

function waiterFor(key: string): Waiter {
  let waiter = waiters.get(key);
  if (!waiter) {
    let resolve!: (value: unknown) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    waiter = { promise, resolve, reject };
    waiters.set(key, waiter);
  }
  return waiter;
}

function listen(
  client: QueryClient,
  queryKey: QueryKey,
  source: Source,
  read: (snapshot: never) => unknown,
): Listener {
  const key = hashKey(queryKey);
  const existing = listeners.get(key);
  if (existing) return existing;
  const onNext = (snapshot: Snapshot) => {
    const value = read(snapshot as never);
    listener.latest = { value };
    const waiter = waiters.get(key);
    if (waiter) {
      waiters.delete(key);
      waiter.resolve(value);
    } else {
      client.setQueryData(queryKey, value);
    }
  };
  const onError = (error: Error) => {
    if (isPermissionDenied(error)) {
      void loadAuth().then(({ auth }) => reportAccessDenied(auth.currentUser?.uid));
    }
    const waiter = waiters.get(key);
    if (waiter) {
      waiters.delete(key);
      waiter.reject(error);
    } else {
      client.getQueryCache().find({ queryKey })?.setState({ status: 'error', error });
    }
    listeners.delete(key);
  };
  const unsubscribe =
    'type' in source && source.type === 'document'
      ? onSnapshot(source as DocumentReference, onNext, onError)
      : onSnapshot(source as Query, onNext, onError);
  const listener: Listener = { users: 0, unsubscribe };
  listeners.set(key, listener);
  return listener;
}

/**
 * Follows `source` live under `queryKey`; `read` turns each snapshot into the value. A null
 * source reads nothing (the query waits, e.g. for a client id).
 */
export function useLiveQuery<T, S extends Snapshot = QuerySnapshot>(
  queryKey: QueryKey,
  source: Source | null,
  read: (snapshot: S) => T,
) {
  const client = useQueryClient();
  const key = hashKey(queryKey);
  useEffect(() => {
    if (!source) return;
    const listener = listen(client, queryKey, source, read as (snapshot: never) => unknown);
    listener.users++;
    return () => {
      listener.users--;
      if (listener.users === 0 && listeners.get(key) === listener) {
        listener.unsubscribe();
        listeners.delete(key);
      }
    };
    // The key names the query: a new source object for the same key is the same listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, source === null]);
  return useQuery<T>({
    queryKey,
    queryFn: () => {
      const open = listeners.get(key);
      if (open?.latest) return open.latest.value as T;
      const waiter = waiterFor(key);
      listen(client, queryKey, source!, read as (snapshot: never) => unknown);
      return waiter.promise as Promise<T>;
    },
    enabled: source !== null,
    staleTime: Infinity,
    // A listener keeps the value fresh; on error the listener is gone and a retry starts another.
    retry: false,
  });
}
