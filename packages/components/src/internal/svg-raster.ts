/** Serialises an SVG as a standalone document that image viewers and `<img>` accept. */
export function svgDocument(svg: SVGSVGElement): string {
  const standalone = svg.cloneNode(true) as SVGSVGElement;
  standalone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(standalone)}`;
}

/**
 * Draws an SVG onto a canvas of `pixels` × `pixels` without smoothing, so that a symbol made
 * of whole modules keeps hard edges when the scale is a whole number of pixels per module.
 */
export async function rasterizeSvg(svg: SVGSVGElement, pixels: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svgDocument(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(pixels, pixels);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels;
    canvas.height = pixels;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, pixels, pixels);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded as PNG.'))), 'image/png');
  });
}
