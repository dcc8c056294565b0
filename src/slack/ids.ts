/** Every action_id and callback_id Pacer uses, so listeners and views cannot drift apart. */
export const ACTIONS = {
  dealUndo: 'deal_undo',
  dealEdit: 'deal_edit',
  dealDelete: 'deal_delete',
  dealConfirm: 'deal_confirm',
  dealCancel: 'deal_cancel',
  dealApprove: 'deal_approve',
  dealReject: 'deal_reject',
  checkinStart: 'checkin_start',
  feedbackGive: 'feedback_give',
  dataImportAll: 'data_import_all',
  dataImportValid: 'data_import_valid',
  homeLogDeal: 'home_log_deal',
  homeCheckinStart: 'home_checkin_start',
  homeLeaderboard: 'home_leaderboard',
  homeSetupChannel: 'home_setup_channel',
  homeSetupTimezone: 'home_setup_timezone',
  homeSetupMembers: 'home_setup_members',
  homeSetupTarget: 'home_setup_target',
  targetAck: 'target_ack',
} as const;

export const VIEWS = {
  dealModal: 'deal_modal',
  checkinModal: 'checkin_modal',
  feedbackModal: 'feedback_modal',
  checkinQuestionsModal: 'checkin_questions_modal',
  homeSetupModal: 'home_setup_modal',
  homeLeaderboardModal: 'home_leaderboard_modal',
  contestModal: 'contest_modal',
} as const;
