/** Every action_id and callback_id Pacer uses, so listeners and views cannot drift apart. */
export const ACTIONS = {
  dealUndo: 'deal_undo',
  dealEdit: 'deal_edit',
  dealDelete: 'deal_delete',
} as const;

export const VIEWS = {
  dealModal: 'deal_modal',
} as const;
