import { encode } from "uqr";

/** The quiet zone the QR standard asks for around the code, in modules. */
const quietZone = 4;
/** Pixels per module in the file's own size: about 4 cm wide when printed at 96 dpi. */
const moduleSize = 4;

/**
 * A QR code as a small SVG: black squares on white, drawn as one path of horizontal runs (a few
 * kilobytes), with its size in pixels so it prints and shows at a known size. Error correction
 * `M` survives a crease or a smudge on a printed poster.
 */
export function qrSvg(text: string): string {
  const { size, data } = encode(text, { ecc: "M", border: quietZone });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  const pixels = size * moduleSize;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" ` +
    `viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${runs.join("")}"/></svg>`
  );
}
