/**
 * The caseworker's email edits on this page, per complaint and template: in memory only, for as
 * long as the page is open (never in extension storage: an edit may hold PHI). A card that leaves
 * (the scenario changes) and comes back finds its edit here.
 */
import { createEditStore } from '../../lib/email/draft-edit';

export const panelEmailEdits = createEditStore();
