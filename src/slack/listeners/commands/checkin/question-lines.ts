import type { CheckinQuestion } from '../../../../domain/checkins/questions.js';

/**
 * The question editor is one text box, one question per line: `[1-5]` in front makes a 1–5 scale,
 * `(optional)` at the end makes it optional. Kept simple so anyone can edit it without a manual.
 */
export function questionLines(questions: readonly CheckinQuestion[]): string {
  return questions
    .map((q) => `${q.kind === 'scale' ? '[1-5] ' : ''}${q.label}${q.optional ? ' (optional)' : ''}`)
    .join('\n');
}

// `(optional)` as documented; a Chinese admin may type （可选） with full-width brackets.
const OPTIONAL = /[(（]\s*(?:optional|可选)\s*[)）]$/i;

export function parseQuestionLines(
  text: string,
):
  | { ok: true; questions: CheckinQuestion[] }
  | { ok: false; error: { code: 'count' } | { code: 'line'; line: number } } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0 || lines.length > 10) return { ok: false, error: { code: 'count' } };
  const questions: CheckinQuestion[] = [];
  for (const [i, line] of lines.entries()) {
    const scale = line.startsWith('[1-5]');
    let label = scale ? line.slice(5).trim() : line;
    const optional = OPTIONAL.test(label);
    if (optional) label = label.replace(OPTIONAL, '').trim();
    if (!label || label.length > 150) return { ok: false, error: { code: 'line', line: i + 1 } };
    const blocker = /block|阻碍|障碍|卡点/i.test(label) && !scale;
    questions.push({
      id: `q${i + 1}`,
      label,
      kind: scale ? 'scale' : 'text',
      optional,
      ...(scale ? { flag: 'confidence' as const } : blocker ? { flag: 'blocker' as const } : {}),
    });
  }
  return { ok: true, questions };
}
