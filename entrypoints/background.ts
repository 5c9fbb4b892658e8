/** Background worker. Deadline tracking lands here (see lib/deadlines, lib/store). */
export default defineBackground(() => {
});
