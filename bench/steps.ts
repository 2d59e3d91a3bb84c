/**
 * Steps benchmark: (1) chat messages over every built-in phrase — the longest typing time against
 * the 20-second reply standard; (2) parse and render time on hostile input at 10k, 20k and 40k
 * characters, each as a ratio to parsing ordinary script text of the same length in the same run
 * (linear code keeps the ratio flat; quadratic code multiplies it by 4 from 10k to 40k).
 *
 * Usage: npx tsx bench/steps.ts
 */
import { scenarios, standards } from '../src/catalogue/index.js';
import { best } from './lib/time.js';
import { chatPace, fillStepsOf, parseScript, splitMessage, toChat, toXStateConfig, type FilledStep } from '../src/steps/index.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// (1) Chat messages of every built-in phrase, variables filled with their documented examples.
const pace = chatPace(standards());
let phrases = 0;
let messages = 0;
let longest = { seconds: 0, ref: '', text: '' };
let over = 0;
for (const scenario of scenarios()) {
  for (const phrase of scenario.phrases) {
    const vars: Record<string, string> = {};
    for (const [name, spec] of Object.entries(phrase.variables ?? {})) vars[name] = String(spec.example ?? name);
    const steps = fillStepsOf([{ kind: 'say', phrase: `${scenario.id}#${phrase.id}` }], { vars });
    phrases++;
    for (const m of toChat(steps)) {
      messages++;
      if (m.typingSeconds > pace.replyWithinSeconds) over++;
      if (m.typingSeconds > longest.seconds) longest = { seconds: m.typingSeconds, ref: `${scenario.id}#${phrase.id}`, text: m.text };
    }
  }
}
console.log(`chat: ${phrases} phrases → ${messages} messages at ${pace.charsPerMinute} 字/分钟; longest ${longest.seconds} s (${longest.ref}: ${longest.text}); ${over} over the ${pace.replyWithinSeconds} s reply standard`);

// (2) Time per input length, as a ratio to a linear baseline measured in the same run.
/** Best of 5 runs, no warm-up (typed errors such as STEPS_TOO_DEEP are a result too). */
const bestOf = (fn: () => unknown) =>
  best(
    () => {
      try {
        fn();
      } catch {
        // a result too
      }
    },
    { runs: 5, warmMs: 0, warmCalls: 0, slowMs: Infinity },
  );
const plain = (n: number) => '您好，请问有什么可以帮您？'.repeat(Math.ceil(n / 13)).slice(0, n);
const wide = (n: number): FilledStep[] =>
  Array.from({ length: Math.ceil(n / 10) }, (_, i): FilledStep => ({ kind: 'branch', branches: [{ when: { reply: 'silent' }, steps: [{ kind: 'say', text: `${i}`, toned: `${i}` }] }] }));
const families: Array<[string, (n: number) => () => unknown]> = [
  ["parseScript('若' + digits)", (n) => () => parseScript('若' + '1'.repeat(n - 1))],
  ["parseScript('稍停' + 一…)", (n) => () => parseScript('稍停' + '一'.repeat(n - 2))],
  ['parseScript(conditional clauses on one line)', (n) => () => parseScript('若客户需要开发票，说“好的。”'.repeat(Math.ceil(n / 15)))],
  ['parseScript(reply branches on one line)', (n) => () => parseScript('若客户无回应，挂机。'.repeat(Math.ceil(n / 10)))],
  ['parseScript(还是无声 nested)', (n) => () => parseScript('“您好！”稍停五秒，' + '还是无声“您好！”稍停五秒，'.repeat(Math.ceil(n / 14)))],
  ['splitMessage(max = n)', (n) => () => splitMessage('很抱歉，'.repeat(Math.ceil(n / 4)), n)],
  ['toXStateConfig(n/10 branch steps)', (n) => () => toXStateConfig(wide(n))],
];
const sizes = [10_000, 20_000, 40_000];
const baseline = sizes.map((n) => bestOf(() => parseScript(plain(n))));
console.log(`baseline parseScript(plain text): ${baseline.map((t, i) => `${sizes[i]! / 1000}k ${t.toFixed(1)} ms`).join(', ')}`);
for (const [name, make] of families) {
  bestOf(make(10_000)); // warm up
  const times = sizes.map((n) => bestOf(make(n)));
  const ratios = times.map((t, i) => t / baseline[i]!);
  console.log(`${name}: ${times.map((t) => `${t.toFixed(1)} ms`).join(', ')}; time / baseline at 10k, 20k, 40k = ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
}
