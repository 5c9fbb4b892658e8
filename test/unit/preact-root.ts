/** A fresh element for each test to render Preact views into, unmounted and removed after it. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function usePreactRoot(): { readonly el: HTMLElement } {
  const root = { el: undefined as unknown as HTMLElement };
  beforeEach(() => {
    root.el = document.createElement('div');
    document.body.append(root.el);
  });
  afterEach(() => {
    render(null, root.el);
    root.el.remove();
  });
  return root;
}
