import { ROLES, type Role } from '../../../../persistence/members-repository.js';
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
  const { options, rest } = splitOptions(tokenize(text));
  const userId = rest.length === 1 ? parseUserMention(rest[0] ?? '') : null;
  if (!userId) throw new UserFacingError(`Name one member with @, e.g. ${EXAMPLE}.`);
  const change: StructureChange = {};
  for (const [key, value] of options) {
    if (key === 'role') {
      const role = value.toLowerCase();
      if (!ROLES.includes(role as Role))
        throw new UserFacingError(`A role is admin, manager or rep, e.g. ${EXAMPLE}.`);
      change.role = role as Role;
    } else if (key === 'region') {
      change.regionName = value.toLowerCase() === 'none' ? null : value;
    } else if (key === 'manager') {
      if (value.toLowerCase() === 'none') change.managerId = null;
      else {
        const managerId = parseUserMention(value);
        if (!managerId) throw new UserFacingError(`Name the manager with @, e.g. ${EXAMPLE}.`);
        const manager = await deps.directory.ensure(managerId);
        if (!manager || manager.deleted)
          throw new UserFacingError(`<@${managerId}> is not an active member of this workspace.`);
        change.managerId = managerId;
      }
    } else {
      throw new UserFacingError(
        `I don't know the option “${escapeMrkdwn(key)}:”. Use role:, region: or manager:, e.g. ${EXAMPLE}.`,
      );
    }
  }
  const member = await deps.directory.ensure(userId);
  if (!member || member.deleted || member.isBot) {
    throw new UserFacingError(`<@${userId}> is not an active person in this workspace.`);
  }
  if (options.size === 0) {
    const region = member.regionId ? deps.regions.byId(member.regionId)?.name : null;
    return textReply(
      `<@${member.userId}>: role *${member.role}*, region *${region ? escapeMrkdwn(region) : 'none'}*, ` +
        `manager ${member.managerId ? `<@${member.managerId}>` : '*none*'}. Change with ${EXAMPLE}.`,
    );
  }
  const after = setMemberStructure(deps, member, change, caller.userId);
  const region = after.regionId ? deps.regions.byId(after.regionId)?.name : null;
  return textReply(
    `Updated <@${after.userId}>: role *${after.role}*, region *${region ? escapeMrkdwn(region) : 'none'}*, ` +
      `manager ${after.managerId ? `<@${after.managerId}>` : '*none*'}.`,
  );
};
