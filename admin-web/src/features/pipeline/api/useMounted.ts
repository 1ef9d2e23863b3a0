import { useEffect, useState } from 'react';

/**
 * False on the first render, true just after. useLiveQuery loses its first answer when StrictMode
 * (development) mounts a component twice: the query function waits on the listener the first
 * mount opened and the re-mount closed. Handing it a source only once mounted avoids that; to be
 * dropped when useLiveQuery itself survives a re-mount (see the task I report).
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setMounted(true));
    return () => clearTimeout(timer);
  }, []);
  return mounted;
}
