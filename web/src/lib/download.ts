// Downloads made in the browser: a figure as SVG or PNG, from the SVG the page shows.

function save(name: string, href: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/** The SVG element as a standalone document (namespaces and a white background). */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  if (!copy.getAttribute('width'))
    copy.setAttribute('width', String(svg.viewBox.baseVal.width || svg.clientWidth));
  if (!copy.getAttribute('height'))
    copy.setAttribute('height', String(svg.viewBox.baseVal.height || svg.clientHeight));
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(name: string, svgText: string) {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  save(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws the SVG at twice its size on a white canvas and saves it as PNG (for slides and print shops). */
export async function downloadPng(name: string, svgText: string) {
  const image = new Image();
  // A data URL: the page's CSP allows data: images, and the canvas stays exportable (not tainted).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  save(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
