/**
 * Beyond this many pixels a side, browsers refuse to make a canvas (Chromium and Firefox stop at
 * 32,767; the area limit, about 268 million pixels in Chromium, is caught when toBlob gives nothing).
 */
const MAX_SIDE = 32_767;

/**
 * Rasterises an SVG document (as `exportSvg` writes it) into a PNG at `pixelRatio` device pixels
 * per SVG pixel, 1 to 4. Drawing the SVG, rather than copying Cytoscape's canvas, is what lets the
 * PNG carry the title, legend and source line the SVG has, and look exactly like it.
 */
export async function exportPng(svg: string, pixelRatio: number): Promise<Blob> {
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
    const pixels = { width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) };
    if (pixels.width > MAX_SIDE || pixels.height > MAX_SIDE) {
      throw new RangeError(
        `export-png: ${pixels.width}×${pixels.height} pixels is more than a browser can draw; export the current view, an SVG, or at a lower pixel ratio`,
      );
    }
    const canvas = document.createElement('canvas');
    canvas.width = pixels.width;
    canvas.height = pixels.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('export-png: the browser gave no 2D canvas');
    context.drawImage(image, 0, 0, pixels.width, pixels.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) {
      throw new RangeError(
        `export-png: the browser could not encode ${pixels.width}×${pixels.height} pixels; export the current view, an SVG, or at a lower pixel ratio`,
      );
    }
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
