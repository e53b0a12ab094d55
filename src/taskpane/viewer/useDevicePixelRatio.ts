import { useEffect, useState } from 'react';

/** `window.devicePixelRatio`, updated when the pane moves to a screen with another scaling or the page is zoomed. */
export function useDevicePixelRatio(): number {
  const [ratio, setRatio] = useState(() => (typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1));
  useEffect(() => {
    const update = (): void => setRatio(window.devicePixelRatio || 1);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(`(resolution: ${ratio}dppx)`) : null;
    window.addEventListener('resize', update);
    media?.addEventListener('change', update);
    return () => {
      window.removeEventListener('resize', update);
      media?.removeEventListener('change', update);
    };
  }, [ratio]);
  return ratio;
}
