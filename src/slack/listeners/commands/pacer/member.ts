import { ROLES, type Role } from '../../../../domain/entities/member.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { type StructureChange, setMemberStructure } from '../../../../use-cases/team-setup.js';
import { splitOptions, tokenize } from '../../../command-text.js';
import { parseUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const EXAMPLE = '`/pacer member @ana role:rep region:North manager:@maria`';

/** `/pacer member <@U…> role:manager|rep|admin region:<name>|none manager:<@U…>|none` */
export const setMember: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'member');
  const say = memberSpeaker(deps, caller.userId);
  const { options, rest } = splitOptions(tokenize(text));
  const userId = rest.length === 1 ? parseUserMention(rest[0] ?? '') : null;
  if (!userId) throw new UserFacingError(say.t('member.nameOne', { example: EXAMPLE }));
  const change: StructureChange = {};
  for (const [key, value] of options) {
    if (key === 'role') {
      const role = value.toLowerCase();
      if (!ROLES.includes(role as Role))
        throw new UserFacingError(say.t('member.badRole', { example: EXAMPLE }));
      change.role = role as Role;
    } else if (key === 'region') {
      change.regionName = value.toLowerCase() === 'none' ? null : value;
    } else if (key === 'manager') {
      if (value.toLowerCase() === 'none') change.managerId = null;
      else {
        const managerId = parseUserMention(value);
        if (!managerId) throw new UserFacingError(say.t('member.nameManager', { example: EXAMPLE }));
        const manager = await deps.directory.ensure(managerId);
        if (!manager || manager.deleted)
          throw new UserFacingError(say.t('member.managerNotActive', { member: managerId }));
        change.managerId = managerId;
      }
    } else {
      throw new UserFacingError(say.t('member.badOption', { option: escapeMrkdwn(key), example: EXAMPLE }));
    }
  }
  const member = await deps.directory.ensure(userId);
  if (!member || member.deleted || member.isBot) {
    throw new UserFacingError(say.t('member.notActive', { member: userId }));
  }
  const described = (m: typeof member) => {
    const region = m.regionId ? deps.regions.byId(m.regionId)?.name : null;
    return {
      member: m.userId,
      role: m.role,
      hasRegion: region ? 'yes' : 'no',
      region: region ? escapeMrkdwn(region) : '',
      hasManager: m.managerId ? 'yes' : 'no',
      manager: m.managerId ?? '',
    };
  };
  if (options.size === 0) return textReply(say.t('member.show', { ...described(member), example: EXAMPLE }));
  const after = setMemberStructure(deps, member, change, caller.userId);
  return textReply(say.t('member.updated', described(after)));
};
