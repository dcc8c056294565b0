import type { KnownBlock } from '@slack/types';

/** What a command answers with: a notification text and optional blocks. */
export interface Reply {
  text: string;
  blocks?: KnownBlock[];
}

export function section(markdown: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: markdown } };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: text.slice(0, 150), emoji: true } };
}

export function context(...markdown: string[]): KnownBlock {
  return { type: 'context', elements: markdown.slice(0, 10).map((text) => ({ type: 'mrkdwn', text })) };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

/** A plain answer: one section with the same text as the notification. */
export function textReply(markdown: string): Reply {
  return { text: markdown, blocks: [section(markdown)] };
}
