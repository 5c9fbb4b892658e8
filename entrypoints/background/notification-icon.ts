/**
 * The notification icon, inline: Chrome requires an icon on a basic notification and the
 * extension ships no image files. A 48 px blue square with a white "!" (136-byte PNG).
 */
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAT0lEQVR42u3YOw0AIAxAwepADzrQghaMgoIuLHxy5Am4pU1KlNqvKoCeBkUbRwICAsqayQMCAgICAgICAgICcnUAmTIgIJsa6E+Qn3ygjRabdECn5tRy9gAAAABJRU5ErkJggg==';
