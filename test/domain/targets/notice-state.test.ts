import { describe, expect, it } from 'vitest';
import { toldAfterSend, toldPastDeadline } from '../../../src/domain/targets/notice-state.js';

describe('where a target notice stands', () => {
  it('after a try to send: sent, waiting on a passing failure, superseded only when a newer change made it stale', () => {
    expect(toldAfterSend('sent', false)).toBe('sent');
    expect(toldAfterSend('already-sent', false)).toBe('sent');
    expect(toldAfterSend('pending', false)).toBe('waiting');
    expect(toldAfterSend('nothing', true)).toBe('superseded');
    expect(toldAfterSend('nothing', false)).toBe('refused');
    expect(toldAfterSend('refused', false)).toBe('refused');
  });

  it('past the deadline: a DM Slack holds counts as sent, only one that never reached Slack is given up', () => {
    expect(toldPastDeadline('sent')).toBe('sent');
    expect(toldPastDeadline('already-sent')).toBe('sent');
    expect(toldPastDeadline('refused')).toBe('refused');
    expect(toldPastDeadline('nothing')).toBe('expired');
    expect(toldPastDeadline('pending')).toBe('waiting');
  });
});
