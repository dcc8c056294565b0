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
} as const;

export const VIEWS = {
  dealModal: 'deal_modal',
  checkinModal: 'checkin_modal',
  feedbackModal: 'feedback_modal',
  checkinQuestionsModal: 'checkin_questions_modal',
} as const;
