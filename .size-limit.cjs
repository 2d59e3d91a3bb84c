// Size budgets (min+gzip, bundled with its dependencies as a user's bundler would) for each
// public entry. A budget is a ceiling we chose on purpose: raise one only with a reason in
// the commit message. Entries that carry data explain their data.
const fs = require('node:fs');
const path = require('node:path');

/** Budgets by entry; the whole package's entry carries every feature. */
const budgets = {
  // Everything, zod included (zod is the one runtime dependency; only validatePack/loadPack
  // and the schemas pull it in, so apps that only say/lint/greet do not pay for it).
  // 133.4 kB before lint; lint adds its rules and the traditional→simplified table (~15 kB).
  index: '155 kB',
  // The pack schema is zod's classic API, which does not tree-shake: ~78 kB of it is zod.
  schema: '85 kB',
  // The core pack's text in three locales is most of it: measured 30.4 kB with 84 scenarios,
  // 196 phrases (zh-CN/zh-TW/zh-HK text, English glosses, notes, steps) and 14 standards.
  catalogue: '36 kB',
  // The whole merge/validate path: zod (~78 kB of it) plus every bundled pack. Measured
  // 113.9 kB with the full core catalogue (~30 kB) and four domain packs (~4 kB).
  // 140.2 kB measured: zod (~78 kB), every bundled pack, greet (calendar), lint (rules and the
  // traditional→simplified table) and steps, all merged.
  phrasebook: '145 kB',
  // Only the bundled domain packs' data (grocery, ecommerce, property, web-portal): 4.2 kB.
  packs: '20 kB',
  // Step parser, flow runner, renderers and XState export (~6.5 kB) on top of the core
  // catalogue that stepsOf fills from (the catalogue's own budget, 30 kB); no zod.
  // 40.6 kB measured once say() fills through honorifics (surname tables).
  steps: '42 kB',
  // Lunar table (201 years), solar-term table and 2007+ statutory schedule; no runtime dependency.
  calendar: '8 kB',
  // Every exported greeting function: the calendar (lunar table, festivals, statutory schedule),
  // the greeting data in three locales, fill(), and createGreeter's merging.
  // 11.9 kB measured after merging honorifics (fill carries the surname tables); being reduced.
  greetings: '12.5 kB',
  // fill, honorific and parseName with the surname tables (百家姓 singles and compounds, their
  // traditional forms: ~2.8 kB of Chinese text gzipped) that customer objects need; 4.6 kB brotli
  // measured when set.
  honorifics: '5 kB',
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
  // What a greeting widget imports: the lunar table, solar terms and the statutory schedule.
  { name: 'huashu/calendar { toLunar, holidayOn }', path: 'dist/calendar/index.js', import: '{ toLunar, holidayOn }', limit: '7 kB' },
  // greet() alone, as an app greeting customers imports it. The issue asks for 6 kB, but the
  // calendar it needs (holidayOn + zonedDateTime: lunar table, solar terms, statutory schedule
  // 2007+) is 4.9 kB by itself; greet adds ~2.4 kB (its data in three locales ~0.9 kB, fill()
  // ~0.6 kB, the engine). 6 kB needs a smaller calendar; until then this ceiling holds the line.
  { name: 'huashu/greetings { greet }', path: 'dist/greetings/index.js', import: '{ greet }', limit: '12 kB' },
  ...modules.map((name) => {
    if (!(name in budgets)) throw new Error(`.size-limit.cjs: give the new entry "huashu/${name}" a budget`);
    return { name: `huashu/${name}`, path: `dist/${name}/index.js`, import: '*', limit: budgets[name] };
  }),
  // `fill` alone still addresses customer objects, so it carries the surname tables (see bench/honorifics.ts).
  { name: 'huashu/honorifics { fill }', path: 'dist/honorifics/index.js', import: '{ fill }', limit: '5 kB' },
];
