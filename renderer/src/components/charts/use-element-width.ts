import { useEffect, useState, type RefObject } from 'react';

/** The element's content width, following resizes; `fallback` until it has been measured. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (): void => {
      const next = Math.floor(element.getBoundingClientRect().width);
      if (next > 0) setWidth((current) => (Math.abs(current - next) >= 1 ? next : current));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
