/**
 * Saves text as a file through an `<a download>` on a Blob URL: no `downloads` permission, and
 * nothing leaves the browser.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; give slow disks a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "ctm-deadlines-2026-11-28" style names, dated in the plan's time zone. */
export function exportName(today: string, extension: 'csv' | 'ics'): string {
  return `ctm-deadlines-${today}.${extension}`;
}
