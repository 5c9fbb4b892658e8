/**
 * A part of the popup whose code loads on first use, once the page is idle, so the deadline list
 * does not wait for it (Vite puts each dynamic import in its own chunk).
 */
import { h, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from './when-idle';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: () => JSX.Element | null) {
  let loaded: ComponentType<P> | undefined;
  return function LazyPart(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Part) return;
      let live = true;
      const cancel = whenIdle(
        () =>
          void load().then((part) => {
            loaded = part;
            if (live) setPart(() => part);
          }),
      );
      return () => {
        live = false;
        cancel();
      };
    }, [Part]);
    return Part ? h(Part, props) : placeholder();
  };
}
