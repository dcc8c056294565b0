import { MAX_KEY_NAME } from '../../../../domain/api-keys.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../../../../use-cases/api-keys.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';

export const apiKeyHelp: HelpEntry = {
  usage: '/pacer api-key create|list|revoke <name>',
  example: '/pacer api-key create hubspot',
  descriptionKey: 'help.pacer.apiKey',
  adminOnly: true,
};

/** `2026-11-25T10:00:00.000Z` as `2026-11-25 10:00 UTC`: an instant, so in UTC for everyone. */
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** `/pacer api-key create|list|revoke <name>`: admins only; every reply is ephemeral. */
export const apiKey: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  if (!deps.directory.isAdmin(caller)) throw new UserFacingError(say.t('apiKey.notAdmin'), 'not_admin');
  const [verb = '', name = '', ...extra] = text.trim().split(/\s+/);
  const named = extra.length === 0 ? name : `${name} ${extra.join(' ')}`;
  switch (verb.toLowerCase()) {
    case 'create': {
      const created = createApiKey(deps, caller, named);
      if (created.ok) {
        return textReply(
          say.t('apiKey.created', { name: escapeMrkdwn(created.record.name), apiKey: created.key }),
        );
      }
      if (created.error === 'taken')
        throw new UserFacingError(say.t('apiKey.taken', { name: escapeMrkdwn(named) }));
      throw new UserFacingError(say.t('apiKey.name', { problem: created.error, max: MAX_KEY_NAME }));
    }
    case 'list': {
      const keys = listApiKeys(deps);
      if (keys.length === 0) return textReply(say.t('apiKey.listEmpty'));
      const lines = keys.map((k) =>
        say.t('apiKey.line', {
          name: escapeMrkdwn(k.name),
          hint: k.hint,
          date: k.createdAt.slice(0, 10),
          member: k.createdBy,
          lastUsed: k.lastUsedAt ? minute(k.lastUsedAt) : 'never',
        }),
      );
      return textReply([say.t('apiKey.listTitle', { count: keys.length }), ...lines].join('\n'));
    }
    case 'revoke': {
      if (!named) throw new UserFacingError(say.t('apiKey.name', { problem: 'empty', max: MAX_KEY_NAME }));
      const revoked = revokeApiKey(deps, caller, named);
      if (!revoked.ok) throw new UserFacingError(say.t('apiKey.unknown', { name: escapeMrkdwn(named) }));
      return textReply(say.t('apiKey.revoked', { name: escapeMrkdwn(revoked.record.name) }));
    }
    default:
      throw new UserFacingError(say.t('apiKey.usage'));
  }
};
