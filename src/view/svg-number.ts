/**
 * A coordinate or length as SVG text writes it: rounded to hundredths of a pixel, trailing zeros
 * dropped. One rule for the shapes, arrow heads, legend swatches and the exporter, so that the
 * same geometry always prints the same.
 */
export const f = (n: number): number => Number(n.toFixed(2));
