/** A content script context that stays valid and adds listeners straight to their targets. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function fakeContext(): ContentScriptContext {
  return {
    isInvalid: false,
    onInvalidated: () => undefined,
    setInterval: () => 0,
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, options),
  } as unknown as ContentScriptContext;
}
