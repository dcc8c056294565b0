import type { HelpEntry } from '../help-entry.js';
import { context, fitReply, header, type Reply, sections } from './blocks.js';

/** `/pacer help`: every command with a one-line example, admin commands marked. */
export function helpView(entries: readonly HelpEntry[], isAdmin: boolean): Reply {
  const lines = entries.map(
    (e) =>
      `• \`${e.usage}\`${e.adminOnly ? ' _(admins)_' : ''} — ${e.description}\n    e.g. \`${e.example}\``,
  );
  // Sections hold at most 3,000 characters, so long help is split over several.
  return fitReply(`Pacer commands:\n${lines.join('\n')}`, [
    header('Pacer — keeps the team on pace'),
    ...sections(lines),
    context(
      isAdmin
        ? 'You are an admin: you can use every command above.'
        : 'Commands marked _(admins)_ need a Pacer admin. Ask one to change settings.',
    ),
  ]);
}
