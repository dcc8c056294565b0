import type { KnownBlock, PlainTextElement } from '@slack/types';

/**
 * Slack's limits, in UTF-16 code units: that is what `String.length` counts and what the Web API
 * measures, so an emoji or a CJK character outside the BMP counts twice here. Every builder cuts to
 * these after escaping, so nothing a person types can make Slack refuse a message.
 */
export const SLACK = {
  sectionText: 3_000,
  field: 2_000,
  fields: 10,
  header: 150,
  contextText: 3_000,
  contextElements: 10,
  buttonText: 75,
  optionText: 75,
  options: 100,
  confirmTitle: 100,
  confirmText: 300,
  inputLabel: 2_000,
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  viewTitle: 24,
  privateMetadata: 3_000,
  /**
   * chat.postMessage answers `msg_blocks_too_long` past about 12,000 characters of text summed over
   * all blocks (undocumented; Slack staff name 12,000 with a buffer for containers). Pacer stays
   * under this with room for block ids and markup.
   */
  blockTextBudget: 11_000,
  /** A text beside blocks is only the notification and the fallback: kept short. */
  fallbackText: 3_000,
} as const;

const ELLIPSIS = '…';
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The largest grapheme boundary at or before `limit` (in UTF-16 units), so no emoji is split. */
function graphemeCut(text: string, limit: number): number {
  if (limit >= text.length) return text.length;
  if (limit <= 0) return 0;
  // Fast path: between two code points below U+0300 (no combining marks, joiners, emoji or surrogates
  // there) there is always a grapheme boundary, except inside CR LF. Segmenting is costly enough that
  // a 50-report digest spent most of its time here.
  const before = text.charCodeAt(limit - 1);
  const after = text.charCodeAt(limit);
  if (before < 0x300 && after < 0x300 && !(before === 13 && after === 10)) return limit;
  let cut = 0;
  // Only the graphemes around the limit matter; segmenting a little before it keeps this cheap.
  const from = Math.max(0, limit - 64);
  for (const { index } of segmenter.segment(text.slice(from, limit + 64))) {
    const at = from + index;
    if (at > limit) break;
    cut = at;
  }
  // A cluster longer than the window: fall back to a code point boundary.
  if (cut === from && from > 0 && !isBoundary(text, from)) return codePointCut(text, limit);
  return cut;
}

function isBoundary(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return !(code >= 0xdc00 && code <= 0xdfff);
}

function codePointCut(text: string, limit: number): number {
  return isBoundary(text, limit) ? limit : limit - 1;
}

/**
 * Moves a cut in escaped mrkdwn back so it never lands inside an entity (`&amp;`) or a token Pacer
 * built (`<@U…>`, `<#C…>`, `<!date…>`): half of either would show as garbage or swallow the rest.
 */
function safeMrkdwnCut(text: string, cut: number): number {
  const head = text.slice(0, cut);
  const amp = head.lastIndexOf('&');
  if (amp !== -1 && head.indexOf(';', amp) === -1 && cut - amp <= 5) cut = amp;
  const open = text.lastIndexOf('<', cut - 1);
  if (open !== -1 && text.lastIndexOf('>', cut - 1) < open) cut = open;
  return cut;
}

function cut(text: string, max: number, mrkdwn: boolean): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let at = graphemeCut(text, max - ELLIPSIS.length);
  if (mrkdwn) at = safeMrkdwnCut(text, at);
  return `${text.slice(0, at).trimEnd()}${ELLIPSIS}`;
}

/** Escaped mrkdwn cut to `max` UTF-16 units, ending in … when cut; entities and mentions stay whole. */
export function truncateMrkdwn(escapedText: string, max: number): string {
  return cut(escapedText, max, true);
}

/** Plain text (never escaped: Slack does not parse plain_text) cut to `max` units on a grapheme. */
export function truncatePlain(text: string, max: number): string {
  return cut(text, max, false);
}

/** A plain_text object that fits `max`; an empty text (which Slack refuses) becomes a space. */
export function plainText(text: string, max: number): PlainTextElement {
  const fitted = truncatePlain(text.replace(/\s+/g, ' ').trim(), max);
  return { type: 'plain_text', text: fitted || ' ', emoji: true };
}

/**
 * Splits escaped mrkdwn into pieces of at most `max` units without losing anything: at a line
 * break if there is one in the second half, else at a space, else at a grapheme, never inside an
 * entity or a mention.
 */
export function splitMrkdwn(escapedText: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = escapedText;
  while (rest.length > max) {
    let at = safeMrkdwnCut(rest, graphemeCut(rest, max));
    const window = rest.slice(0, at);
    const newline = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    let skip = 0;
    if (newline > max / 2) [at, skip] = [newline, 1];
    else if (space > max / 2) [at, skip] = [space, 1];
    if (at <= 0) at = codePointCut(rest, max); // a single token longer than max: never in practice
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + skip);
  }
  if (rest || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Lines packed into as few texts of at most `max` units as fit; a line too long is split. */
export function chunkLines(lines: readonly string[], max: number = SLACK.sectionText): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    for (const piece of splitMrkdwn(line, max)) {
      if (current && current.length + 1 + piece.length > max) {
        chunks.push(current);
        current = '';
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Items joined by `separator` while they fit `max`, then "and N more": a list of names or
 * mentions never breaks a limit, and the reader knows what was left out.
 */
export function listWithMore(
  items: readonly string[],
  max: number,
  separator = ', ',
  more: (n: number) => string = (n) => ` and ${n} more`,
): string {
  let out = '';
  for (const [i, item] of items.entries()) {
    const next = out ? `${out}${separator}${item}` : item;
    const left = items.length - i - 1;
    const tail = left > 0 ? more(left).length : 0;
    if (next.length + tail > max) {
      const n = items.length - i;
      return out ? `${out}${more(n)}` : truncateMrkdwn(`${item}${more(n - 1)}`, max);
    }
    out = next;
  }
  return out;
}

/** The text a block carries, summed: what Slack counts toward `msg_blocks_too_long`. */
export function blockTextLength(value: unknown): number {
  if (typeof value === 'string') return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blockTextLength(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    n += key === 'text' && typeof v === 'string' ? v.length : blockTextLength(v);
  }
  return n;
}

/**
 * The blocks that fit one message (count and text budget), in order; what does not fit is replaced
 * by a last context line saying how many were left out. A safety net: builders that can grow split
 * into pages instead.
 */
export function fitBlocks(
  blocks: readonly KnownBlock[],
  maxBlocks: number = SLACK.messageBlocks,
  budget: number = SLACK.blockTextBudget,
  omitted: (n: number) => string = (n) => `_… ${n} more not shown._`,
): KnownBlock[] {
  const kept: KnownBlock[] = [];
  let used = 0;
  for (const [i, block] of blocks.entries()) {
    const size = blockTextLength(block);
    const roomForNote = i < blocks.length - 1 ? 1 : 0;
    if (kept.length + 1 + roomForNote > maxBlocks || used + size > budget - (roomForNote ? 40 : 0)) {
      kept.push({ type: 'context', elements: [{ type: 'mrkdwn', text: omitted(blocks.length - i) }] });
      return kept;
    }
    kept.push(block);
    used += size;
  }
  return kept;
}

/**
 * Blocks spread over as many messages as needed, each within the block count and the text budget;
 * `reserve` blocks per page are left for the caller's own header and footer.
 */
export function paginate(
  blocks: readonly KnownBlock[],
  reserve = 2,
  maxBlocks: number = SLACK.messageBlocks,
  budget: number = SLACK.blockTextBudget - 600,
): KnownBlock[][] {
  const pages: KnownBlock[][] = [];
  let page: KnownBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    const size = blockTextLength(block);
    if (page.length > 0 && (page.length + 1 > maxBlocks - reserve || used + size > budget)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(block);
    used += size;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** "(2/3)" on every page of a message in several parts, nothing on a single one. */
export function pageMarker(index: number, count: number): string {
  return count > 1 ? ` (${index + 1}/${count})` : '';
}
