// Renders every model in processes/ to docs/processes/<process id>.png with bpmn-js, the library
// Camunda Modeler draws with, in a headless Chromium. Run: npm run render:processes
// (Chromium from the system: CHROMIUM=/path/to/chromium overrides /usr/bin/chromium).
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const css = ['diagram-js.css', 'bpmn-js.css'].map(file => require.resolve(`bpmn-js/dist/assets/${file}`));
const output = join(root, 'docs', 'processes');
mkdirSync(output, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas"></div></body></html>');
  for (const file of css) {
    await page.addStyleTag({ path: file });
  }
  await page.addScriptTag({ path: viewer });
  for (const model of readdirSync(join(root, 'processes')).filter(name => name.endsWith('.bpmn')).sort()) {
    const xml = readFileSync(join(root, 'processes', model), 'utf8');
    const box = await page.evaluate(async (xml) => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      const bpmn = new window.BpmnJS({ container });
      await bpmn.importXML(xml);
      const { inner } = bpmn.get('canvas').viewbox();
      const margin = 20;
      container.style.width = `${Math.ceil(inner.width + 2 * margin)}px`;
      container.style.height = `${Math.ceil(inner.height + 2 * margin)}px`;
      bpmn.get('canvas').resized();
      bpmn.get('canvas').viewbox({ x: inner.x - margin, y: inner.y - margin, width: inner.width + 2 * margin, height: inner.height + 2 * margin });
      return { width: Math.ceil(inner.width + 2 * margin), height: Math.ceil(inner.height + 2 * margin) };
    }, xml);
    await page.setViewportSize(box);
    const target = join(output, basename(model, '.bpmn') + '.png');
    await page.locator('#canvas').screenshot({ path: target });
    console.log(`${model} -> ${target} (${box.width}x${box.height})`);
  }
} finally {
  await browser.close();
}
