/**
 * Rasterises the icon source `assets/icon.svg` into the PNGs the manifests name:
 * `public/icon/{16,32,48,128}.png`, with transparent corners.
 *
 * Usage: `npx tsx scripts/icons.ts` after editing the SVG; commit the PNGs it writes. It renders
 * the SVG in the installed Chromium (playwright-core, the same browser the tests use), so it needs
 * no extra package and no download. `CHROMIUM_PATH` overrides the browser as in the tests.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { chromiumPath } from '../tests/support/chromium';

const SOURCE = fileURLToPath(new URL('../assets/icon.svg', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../public/icon/', import.meta.url));

/**
 * Icon sizes and the transparent margin around the artwork at each. Toolbar and menu sizes use
 * the whole square; the 128 px store icon follows the Chrome Web Store's advice of about 96 px of
 * artwork with transparent padding around it.
 */
const SIZES: readonly { size: number; padding: number }[] = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  { size: 128, padding: 13 },
];

/** An HTML page showing only the SVG, `inner` pixels wide, inset by `padding` on every side. */
function pageFor(svg: string, inner: number, padding: number): string {
  if (!/^<svg\s/.test(svg.trim()))
    throw new Error(`${SOURCE} does not start with an <svg> element`);
  const sized = svg.trim().replace(/^<svg\s/, `<svg width="${inner}" height="${inner}" `);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; background: transparent; }
    svg { display: block; margin: ${padding}px; }
  </style></head><body>${sized}</body></html>`;
}

async function main(): Promise<void> {
  const svg = await readFile(SOURCE, 'utf8');
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const { size, padding } of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      await page.setContent(pageFor(svg, size - 2 * padding, padding));
      const png = await page.screenshot({ omitBackground: true, type: 'png' });
      await page.close();
      const file = `${OUT_DIR}${size}.png`;
      await writeFile(file, png);
      console.log(`${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(`Icons failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
