/**
 * A new locale is one folder: copies the committed HEAD into a temporary folder, adds
 * `src/locales/zh-MO/` there (a copy of zh-HK's folder with region MO and one greeting worded its
 * own way) and nothing else, runs the data build, and checks that the new locale is spoken
 * everywhere: `LOCALES`, `resolveLocale`, `say`, `honorific`, `greet` (its own wording), and that
 * src/ type-checks. zh-MO itself still resolves to zh-HK in huashu (issue 16); this only proves
 * the one-folder path (ARCHITECTURE.md, "Where to add… A locale").
 *
 * The copy borrows this checkout's node_modules (a symlink), so it runs offline; about a minute.
 *
 * Usage: tsx scripts/test-new-locale.ts [--keep]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const keep = process.argv.includes('--keep');

const run = (cmd: string, args: string[], cwd: string): string => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20 });
};

/** What the copy must print: the new locale in the list, resolved, saying, addressing, greeting in its own words. */
const CHECK = `
import { LOCALES } from './src/vocab/index.js';
import { greet, honorific, resolveLocale, say } from './src/index.js';
const customer = { fullName: '欧阳娜娜', gender: 'female' } as const;
const at = '2026-03-10T00:30:00Z'; // 08:30 in Macao on an ordinary Tuesday: 早上好, zh-MO's own 早晨
console.log(JSON.stringify({
  locales: LOCALES,
  resolves: [resolveLocale('zh-MO'), resolveLocale('zh-Hant-MO'), resolveLocale('zh-HK')],
  saysAsHK: say('hold.explain', { customer }, { locale: 'zh-MO' }) === say('hold.explain', { customer }, { locale: 'zh-HK' }),
  address: honorific(customer, { locale: 'zh-MO' }),
  greeting: greet({ at, tz: 'Asia/Macau', locale: 'zh-MO' }).text,
  greetingHK: greet({ at, tz: 'Asia/Macau', locale: 'zh-HK' }).text,
}));
`;
const EXPECTED = {
  locales: ['zh-CN', 'zh-TW', 'zh-HK', 'zh-MO'],
  resolves: ['zh-MO', 'zh-MO', 'zh-HK'],
  saysAsHK: true,
  address: '歐陽小姐',
  greeting: '早晨！很高興為您服務，請説。',
  greetingHK: '早上好！很高興為您服務，請説。',
};

const work = mkdtempSync(join(tmpdir(), 'huashu-locale-'));
let failed = false;
try {
  const copy = join(work, 'huashu');
  mkdirSync(copy);
  execFileSync('sh', ['-c', `git archive HEAD | tar -x -C '${copy}'`], { cwd: root, stdio: 'inherit' });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The one folder: zh-HK's, for region MO, with a greeting of its own; zh-HK gives MO up.
  const locales = join(copy, 'src/locales');
  cpSync(join(locales, 'zh-HK'), join(locales, 'zh-MO'), { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
    writeFileSync(file, text.replace(from, to));
  };
  edit(join(locales, 'zh-MO/locale.yaml'), 'regions: [HK, MO]', 'regions: [MO]');
  edit(join(locales, 'zh-MO/locale.yaml'), 'greetings: {}', 'greetings: { 早上好: 早晨 }');
  edit(join(locales, 'zh-HK/locale.yaml'), 'regions: [HK, MO]', 'regions: [HK]');

  run('npx', ['tsx', 'scripts/build-data.ts'], copy);
  writeFileSync(join(copy, 'tsconfig.src.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src'] }));
  run('npx', ['tsc', '-p', 'tsconfig.src.json', '--noEmit'], copy);
  writeFileSync(join(copy, 'check.mts'), CHECK);
  const got = JSON.parse(run('npx', ['tsx', 'check.mts'], copy)) as unknown;
  if (JSON.stringify(got) !== JSON.stringify(EXPECTED)) {
    console.error(`new locale: expected ${JSON.stringify(EXPECTED)}\n            got      ${JSON.stringify(got)}`);
    failed = true;
  } else {
    console.log('new locale: one folder (src/locales/zh-MO/) made zh-MO a locale of the list, the resolver, say, honorific and greet');
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
