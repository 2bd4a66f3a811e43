/**
 * Beyond this many pixels a side, browsers refuse to make a canvas (Chromium and Firefox stop at
 * 32,767).
 */
const MAX_SIDE = 32_767;
/** Chromium's largest canvas area, 16,384² pixels; past it toBlob gives nothing. */
const MAX_AREA = 16_384 * 16_384;
/** Each retry after the browser still could not encode the canvas halves the ratio, this many times at most. */
const RETRIES = 4;

/** A PNG export and the pixel ratio it was drawn at, which is lower than asked when the asked one did not fit. */
export interface PngResult {
  blob: Blob;
  /** Device pixels per SVG pixel the image was drawn at (below 1 for a drawing wider than a canvas can be). */
  pixelRatio: number;
  /** The ratio asked for. */
  requestedPixelRatio: number;
  width: number;
  height: number;
}

/** The highest ratio up to `asked` at which a `width` × `height` image fits a browser's canvas. */
export function fittingPixelRatio(width: number, height: number, asked: number): number {
  const ratio = Math.min(asked, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  // Rounded down, so that the rounded pixel sizes stay within the limits too.
  return Math.floor(ratio * 10_000) / 10_000;
}

/**
 * Rasterises an SVG document (as `exportSvg` writes it) into a PNG at `pixelRatio` device pixels
 * per SVG pixel, 1 to 4. Drawing the SVG, rather than copying Cytoscape's canvas, is what lets the
 * PNG carry the title, legend and source line the SVG has, and look exactly like it.
 *
 * A drawing too large for a browser's canvas at that ratio is drawn at the highest ratio that
 * fits (below 1 if need be), and at half that again while the browser still cannot encode it; the
 * result says which ratio it got. Rejects only when the SVG cannot be drawn at all.
 */
export async function exportPng(svg: string, pixelRatio: number): Promise<PngResult> {
  if (!Number.isFinite(pixelRatio) || pixelRatio < 1 || pixelRatio > 4) {
    throw new RangeError(`export-png: the pixel ratio must be between 1 and 4, not ${pixelRatio}`);
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error('export-png: not an SVG document the browser can draw');
    }
    // The size comes from the decoded image, not from parsing the text: a page that enforces
    // Trusted Types refuses to turn strings into documents.
    const { naturalWidth: width, naturalHeight: height } = image;
    if (!(width > 0) || !(height > 0)) throw new Error('export-png: not an SVG document with a width and a height');
    let ratio = fittingPixelRatio(width, height, pixelRatio);
    for (let attempt = 0; ; attempt++) {
      const pixels = { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
      const blob = await draw(image, pixels);
      if (blob) return { blob, pixelRatio: ratio, requestedPixelRatio: pixelRatio, ...pixels };
      if (attempt === RETRIES) {
        throw new RangeError(
          `export-png: the browser could not encode ${pixels.width}×${pixels.height} pixels; export the SVG instead`,
        );
      }
      ratio /= 2;
    }
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The image drawn on a canvas of `pixels` and encoded, or null when the browser could not. */
async function draw(image: HTMLImageElement, pixels: { width: number; height: number }): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, pixels.width, pixels.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Free the pixels at once rather than when the canvas is collected: a retry needs the memory.
  canvas.width = 0;
  canvas.height = 0;
  return blob;
}
