import { useEffect, useState } from 'react';

/**
 * False on the first render, true just after. useLiveQuery's query function waits on the
 * listener the first mount opened; StrictMode (development) mounts twice and the re-mount closes
 * that listener, so the query would wait for ever. Handing it a source only once mounted (the
 * first mount's timer is cancelled with it) avoids that.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setMounted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return mounted;
}
