import { useCallback, useEffect, useRef, useState } from 'react';

/** Seconds spent answering: starts from `initialSec` (a restored draft's) and ticks while running. */
export function useElapsed(initialSec: number, running: boolean): { seconds: number; read(): number } {
  const [seconds, setSeconds] = useState(initialSec);
  const base = useRef({ since: Date.now(), before: initialSec });

  useEffect(() => {
    base.current = { since: Date.now(), before: initialSec };
    setSeconds(initialSec);
  }, [initialSec]);

  useEffect(() => {
    if (!running) return;
    base.current = { since: Date.now(), before: base.current.before };
    const tick = (): void => setSeconds(base.current.before + (Date.now() - base.current.since) / 1000);
    const interval = setInterval(tick, 1000);
    return () => {
      clearInterval(interval);
      base.current = { since: Date.now(), before: base.current.before + (Date.now() - base.current.since) / 1000 };
    };
  }, [running]);

  const read = useCallback(
    () => (running ? base.current.before + (Date.now() - base.current.since) / 1000 : base.current.before),
    [running],
  );
  return { seconds, read };
}
