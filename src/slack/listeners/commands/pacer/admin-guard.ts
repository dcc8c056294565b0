import type { AppDeps } from '../../../../app-deps.js';
import type { Member } from '../../../../domain/entities/member.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { UserFacingError } from '../../../user-facing-error.js';

/** What a non-admin tried; each is worded in the catalog (`admin.only`). */
export type AdminAction =
  | 'channel'
  | 'timezone'
  | 'currency'
  | 'member'
  | 'addRegion'
  | 'removeRegion'
  | 'addProduct'
  | 'removeProduct'
  | 'workdays'
  | 'runJobs'
  | 'schedules'
  | 'celebrate'
  | 'kudos'
  | 'commission'
  | 'reminderDms'
  | 'language'
  | 'forget'
  | 'enableAwards'
  | 'disableAwards'
  | 'awardRules'
  | 'holidays'
  | 'checkinSchedule'
  | 'reminderDelay'
  | 'checkinQuestions';

// Callers that still name the action in English (check-ins, until they pass a code).
const LEGACY: Record<string, AdminAction> = {
  'change team holidays': 'holidays',
  'change the check-in schedule': 'checkinSchedule',
  'change the reminder delay': 'reminderDelay',
  'change the check-in questions': 'checkinQuestions',
};

/** Refuses non-admins, in their language, saying what they tried and who can do it. */
export function requireAdmin(
  deps: Pick<AppDeps, 'directory' | 'settings' | 'i18n' | 'members'>,
  caller: Member,
  action: AdminAction | keyof typeof LEGACY,
): void {
  if (deps.directory.isAdmin(caller)) return;
  const code = LEGACY[action] ?? (action as AdminAction);
  throw new UserFacingError(
    memberSpeaker(deps, caller.userId).t('admin.only', { action: code }),
    'not_admin',
  );
}
