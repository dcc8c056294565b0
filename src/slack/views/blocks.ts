import type { KnownBlock } from '@slack/types';
import { chunkLines, fitBlocks, plainText, SLACK, truncateMrkdwn } from './fit.js';

/** What a command answers with: a notification text and optional blocks. */
export interface Reply {
  text: string;
  blocks?: KnownBlock[];
}

/** A mrkdwn section; text past Slack's 3,000 is cut with … (split long text with `sections`). */
export function section(markdown: string): KnownBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncateMrkdwn(markdown, SLACK.sectionText) || ' ' },
  };
}

/** Long mrkdwn as as many sections as it needs, split at line breaks, nothing lost. */
export function sections(markdown: string | readonly string[]): KnownBlock[] {
  return chunkLines(typeof markdown === 'string' ? [markdown] : markdown, SLACK.sectionText).map(section);
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: plainText(text, SLACK.header) };
}

export function context(...markdown: string[]): KnownBlock {
  return {
    type: 'context',
    elements: markdown
      .slice(0, SLACK.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: truncateMrkdwn(text, SLACK.contextText) || ' ' })),
  };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

/**
 * A reply that Slack accepts whatever went into it: at most 50 blocks within the text budget (the
 * rest replaced by "… N more"), and a text cut to 40,000 (or `fallbackMax`: beside blocks the text
 * is only the notification, so pages pass the short SLACK.fallbackText).
 */
export function fitReply(
  text: string,
  blocks?: readonly KnownBlock[],
  fallbackMax: number = SLACK.messageText,
): Reply {
  if (!blocks || blocks.length === 0) return { text: truncateMrkdwn(text, SLACK.messageText) || ' ' };
  return { text: truncateMrkdwn(text, fallbackMax) || ' ', blocks: fitBlocks(blocks) };
}

/** A plain answer: the text in sections (as many as it needs), the start of it as the notification. */
export function textReply(markdown: string): Reply {
  return fitReply(markdown, sections(markdown));
}
