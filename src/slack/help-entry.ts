import type { MessageKey } from '../i18n/catalog.js';

/** One line of `/pacer help`: every command module lists its own. */
export interface HelpEntry {
  usage: string;
  example: string;
  /** What the command does, in the catalog: said in the reader's language. */
  descriptionKey: MessageKey;
  adminOnly?: boolean;
}
