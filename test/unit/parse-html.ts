/** HTML → Document as a browser parses it, for tests in happy-dom. */

/** happy-dom's parser ignores `<option selected>`; browsers apply it. Do what the browser does. */
export function selectAsBrowser(doc: Document): void {
  for (const option of Array.from(doc.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
}

export function parseHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  selectAsBrowser(doc);
  return doc;
}
