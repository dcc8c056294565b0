/**
 * A text progress bar: `▓▓▓▓▓▓░░░░ 62%`. Takes basis points (10,000 = 100%), as `Pace` reports
 * them, so it never sees a float amount. Below 0 it shows 0; above 100% the bar is full and the
 * figure says how far (`▓▓▓▓▓▓▓▓▓▓ 112%`). Cells and figure round down: a full bar or 100% means reached.
 */
export function progressBar(basisPoints: number, width = 10): string {
  const cells = Number.isSafeInteger(width) && width > 0 ? width : 10;
  const bp = Number.isFinite(basisPoints) ? Math.max(0, Math.floor(basisPoints)) : 0;
  const filled = Math.min(cells, Math.floor((bp * cells) / 10_000));
  return `${'▓'.repeat(filled)}${'░'.repeat(cells - filled)} ${Math.floor(bp / 100)}%`;
}
