import type { Speaker } from '../../i18n/translator.js';
import type { HelpEntry } from '../help-entry.js';
import { context, fitReply, header, type Reply, sections } from './blocks.js';

/** `/pacer help`: every command with a one-line example, admin commands marked, in the reader's language. */
export function helpView(entries: readonly HelpEntry[], isAdmin: boolean, say: Speaker): Reply {
  const lines = entries.map((e) =>
    say.t('help.line', {
      usage: e.usage,
      admins: e.adminOnly ? 'yes' : 'no',
      description: say.t(e.descriptionKey),
      example: e.example,
    }),
  );
  // Sections hold at most 3,000 characters, so long help is split over several.
  return fitReply(`${say.t('help.intro')}\n${lines.join('\n')}`, [
    header(say.t('help.title')),
    ...sections(lines),
    context(say.t('help.home')),
    context(say.t(isAdmin ? 'help.youAreAdmin' : 'help.notAdmin')),
  ]);
}
