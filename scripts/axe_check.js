// Runs axe-core's WCAG 2.2 AA rules (and its best practices) on exported HTML files in
// headless Chromium; exits 1 when any file has a violation. Used by check_exports.sh.
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  let total = 0;
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage({ javaScriptEnabled: true, bypassCSP: true });
    await page.goto('file://' + path.resolve(file));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
    console.log(path.basename(file), 'violations:', result.violations.length, result.violations.map(v => v.id + '(' + v.nodes.length + ')').join(' '));
    total += result.violations.length;
    await page.close();
  }
  await browser.close();
  process.exit(total ? 1 : 0);
})();
