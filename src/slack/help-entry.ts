/** One line of `/pacer help`: every command module lists its own. */
export interface HelpEntry {
  usage: string;
  example: string;
  description: string;
  adminOnly?: boolean;
}
