// Size budgets (min+gzip, bundled with its dependencies as a user's bundler would) for each
// public entry. A budget is a ceiling we chose on purpose: raise one only with a reason in
// the commit message. Entries that carry data explain their data.
const fs = require('node:fs');
const path = require('node:path');

/** Budgets by entry; the whole package's entry carries every feature. */
const budgets = {
  // Everything, zod included (zod is the one runtime dependency; only validatePack/loadPack
  // and the schemas pull it in, so apps that only say/lint/greet do not pay for it).
  // Measured 114.2 kB (brotli) with the full catalogue (84 scenarios, 196 phrases × 3 locales).
  index: '120 kB',
  // The pack schema is zod's classic API, which does not tree-shake: ~78 kB of it is zod.
  schema: '85 kB',
  // The core pack's text in three locales is most of it: measured 30.4 kB with 84 scenarios,
  // 196 phrases (zh-CN/zh-TW/zh-HK text, English glosses, notes, steps) and 14 standards.
  catalogue: '36 kB',
  // The whole merge/validate path: zod (~78 kB of it) plus every bundled pack. Measured
  // 113.9 kB with the full core catalogue (~30 kB) and four domain packs (~4 kB).
  phrasebook: '120 kB',
  // Only the bundled domain packs' data (grocery, ecommerce, property, web-portal): 4.2 kB.
  packs: '20 kB',
  honorifics: '2 kB',
};

const modules = fs
  .readdirSync(path.join(__dirname, 'dist'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(__dirname, 'dist', d.name, 'index.js')) && d.name !== 'cli')
  .map((d) => d.name);

module.exports = [
  { name: 'huashu (everything)', path: 'dist/index.js', import: '*', limit: budgets.index },
  ...modules.map((name) => {
    if (!(name in budgets)) throw new Error(`.size-limit.cjs: give the new entry "huashu/${name}" a budget`);
    return { name: `huashu/${name}`, path: `dist/${name}/index.js`, import: '*', limit: budgets[name] };
  }),
];
