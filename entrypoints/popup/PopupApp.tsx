/** The popup: the deadline checklist of tracked cases (filled by the deadline tracking). */
export function PopupApp() {
  return (
    <main class="page">
      <h1>CTM Assist</h1>
      <p>Open a complaint in the CTM: its deadline is tracked from then on and listed here.</p>
      <a class="button" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
        Settings
      </a>
    </main>
  );
}
