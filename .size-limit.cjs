// Size budgets (min+gzip, bundled with its dependencies as a user's bundler would) for each
// public entry. A budget is a ceiling we chose on purpose: raise one only with a reason in
// the commit message. Entries that carry data explain their data.
const fs = require('node:fs');
const path = require('node:path');

/** Budgets by entry; the whole package's entry carries every feature. */
const budgets = {
  // Everything, zod included (zod is the one runtime dependency; only validatePack/loadPack
  // and the schemas pull it in, so apps that only say/lint/greet do not pay for it).
  // +15 kB for lint (its rules and the traditional→simplified table; was 90 kB).
  index: '105 kB',
  // The pack schema is zod's classic API, which does not tree-shake: ~78 kB of it is zod.
  schema: '85 kB',
  // The core pack's text in three locales is most of it.
  catalogue: '30 kB',
  // The whole merge/validate path: zod (~78 kB of it) plus every bundled pack.
  phrasebook: '110 kB',
  // Only the bundled domain packs' data.
  packs: '20 kB',
  honorifics: '2 kB',
  // The linter, the built-in rules (~4 kB) and the traditional→simplified table (~3,000 pairs, ~7 kB).
  lint: '16 kB',
  // Folding tables: the traditional→simplified character pairs are most of it.
  text: '10 kB',
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
