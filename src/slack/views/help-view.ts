import type { HelpEntry } from '../help-entry.js';
import { context, header, type Reply, section } from './blocks.js';

const SECTION_LIMIT = 2_900;

/** `/pacer help`: every command with a one-line example, admin commands marked. */
export function helpView(entries: readonly HelpEntry[], isAdmin: boolean): Reply {
  const lines = entries.map(
    (e) =>
      `• \`${e.usage}\`${e.adminOnly ? ' _(admins)_' : ''} — ${e.description}\n    e.g. \`${e.example}\``,
  );
  // Sections hold at most 3,000 characters, so long help is split over several.
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > SECTION_LIMIT) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return {
    text: `Pacer commands:\n${lines.join('\n')}`,
    blocks: [
      header('Pacer — keeps the team on pace'),
      ...chunks.map(section),
      context(
        isAdmin
          ? 'You are an admin: you can use every command above.'
          : 'Commands marked _(admins)_ need a Pacer admin. Ask one to change settings.',
      ),
    ],
  };
}
