import type { KnownBlock } from '@slack/types';
import type { Logger } from '../logger.js';
import type { ChartInput, ChartRenderer, ImageUploader } from './chart-inputs.js';

/** What draws and uploads charts; absent, Pacer posts text only. */
export interface ChartDeps {
  renderer: ChartRenderer;
  uploader: ImageUploader;
}

const ALT_TEXT_MAX = 2_000;

/**
 * Renders and uploads each chart and returns its image block. A chart that fails to render or to
 * upload is logged and left out: a picture never holds back the message it belongs to.
 */
export async function chartImages(
  charts: ChartDeps | undefined,
  inputs: readonly ChartInput[],
  fileName: string,
  logger: Pick<Logger, 'warn'>,
): Promise<KnownBlock[]> {
  if (!charts) return [];
  const blocks: KnownBlock[] = [];
  for (const [i, input] of inputs.entries()) {
    try {
      const chart = charts.renderer.render(input);
      const altText = chart.altText.slice(0, ALT_TEXT_MAX) || input.title.slice(0, ALT_TEXT_MAX);
      const { fileId } = await charts.uploader.uploadImage({
        png: chart.png,
        fileName: `${fileName}-${i + 1}.png`,
        title: input.title,
        altText,
      });
      blocks.push({ type: 'image', slack_file: { id: fileId }, alt_text: altText } as KnownBlock);
    } catch (error) {
      logger.warn(`chart ${input.kind} not shown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return blocks;
}
