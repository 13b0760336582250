import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.js';
const b = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: 960, height: 540 } });
for (const u of process.argv.slice(2)) { await p.goto('http://127.0.0.1:4500' + u); await p.screenshot({ path: '/tmp/' + u.replaceAll('/', '_') + '.png' }); }
await b.close();
