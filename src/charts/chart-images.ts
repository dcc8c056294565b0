import type { KnownBlock } from '@slack/types';
import type { Logger } from '../logger.js';
import type { ChartInput, ChartRenderer, ImageUploader } from './chart-inputs.js';

/** What draws and uploads charts; absent, Pacer posts text only. */
export interface ChartDeps {
  renderer: ChartRenderer;
  uploader: ImageUploader;
}

const ALT_TEXT_MAX = 2_000;

/** A chart drawn and uploaded: what an image block shows. */
export interface UploadedChart {
  fileId: string;
  altText: string;
}

/** Draws one chart and uploads it; throws when either fails (callers log and go without it). */
export async function drawAndUpload(
  charts: ChartDeps,
  input: ChartInput,
  fileName: string,
): Promise<UploadedChart> {
  const chart = await charts.renderer.render(input);
  const altText = chart.altText.slice(0, ALT_TEXT_MAX) || input.title.slice(0, ALT_TEXT_MAX);
  const { fileId } = await charts.uploader.uploadImage({
    png: chart.png,
    fileName,
    title: input.title,
    altText,
  });
  return { fileId, altText };
}

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
      const { fileId, altText } = await drawAndUpload(charts, input, `${fileName}-${i + 1}.png`);
      blocks.push({ type: 'image', slack_file: { id: fileId }, alt_text: altText } as KnownBlock);
    } catch (error) {
      logger.warn(`chart ${input.kind} not shown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return blocks;
}
