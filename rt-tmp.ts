import { htmlToText } from './src/text/html.js';
for (const input of ['<'.repeat(1999000), '<1'.repeat(999000), '</ '.repeat(600000), '<p>x</p>'.repeat(249000), '<p>a < b & c</p><br>'.repeat(5)]) {
  const t = performance.now();
  let r;
  try { r = htmlToText(input); } catch (e) { console.log('err', (e as Error).message.slice(0, 60)); }
  console.log(input.slice(0, 8), input.length, 'html', Math.round(performance.now() - t), JSON.stringify(r?.text.slice(0, 40)));
}
