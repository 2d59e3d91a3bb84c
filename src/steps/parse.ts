import type { ActionKind, BranchInput, Condition, StepInput } from '../schema/index.js';

// Every pattern of the parser, simplified and traditional forms side by side.
const NUM = '[0-9０-９零〇一二两兩三四五六七八九十百]+';
const ORDINAL_UNIT = '(?:步|种情况|種情況|种|種|点|點|条|條)';
// At a line's start 第N needs its unit or a mark after it (第一次 is not a marker); the punctuation
// and spaces after a marker are part of it (they go into the labelled step's source, not a note).
const MARKER = new RegExp(
  `^(?:第${NUM}(?:${ORDINAL_UNIT}|(?=[:：,，、.．\\s]))|[(（]${NUM}[)）]|[一二三四五六七八九十]+、|[0-9０-９]+[、.．](?![0-9０-９])|[A-Za-zＡ-Ｚ][.．、](?![0-9A-Za-z]))[:：,，、.．\\s]*`,
);
/** A marker in the middle of a line (after ；。，！？ or a closing quote): 第N needs its unit, no A. form. */
const MID_MARKER = new RegExp(
  `^(?:第${NUM}${ORDINAL_UNIT}|[(（]${NUM}[)）]|(?:[一二三四五六七八九十]+、|[0-9０-９]+[、.．])(?!${NUM}))`,
);
const MID_BREAK = /[,，。!！?？;；]/;
const PAUSE = new RegExp(`(?:稍停|停顿|停頓|暂停|暫停|稍等|等待|等|过|過|隔)(?:约|約)?(${NUM})(?:秒|s\\b)`);
const HANG_UP = /挂机|掛機|挂线|掛線|挂断电话|掛斷電話/;
const NEGATED_HANG_UP = /(?:不|勿|别|別)(?:可以|要|能|得)?(?:直接|随意|隨意)?(?:挂机|掛機|挂线|掛線|挂断|掛斷)/;
const WAIT_REPLY = /等(?:待)?(?:用户|用戶|客户|客戶|业主|業主|顾客|顧客|对方|對方)?(?:的)?(?:回答|回复|回覆|答复|答覆|回应|回應)/;
/**
 * 还是无声 / 对方还是毫无反应 / 仍无法听清楚: the customer still does what the open branch
 * answers, after its steps; a condition without 若, nested in that branch.
 */
const STILL = /^(?:对方|對方|客户|客戶|用户|用戶|业主|業主|顾客|顧客)?(?:还是|還是|仍然|依然|仍旧|仍舊|仍)/;
const CONDITION = /^(?:若|如果|假如|倘若|如(?=用户|用戶|客户|客戶|业主|業主|顾客|顧客|对方|對方|确实|確實|仍|还|還)|当|當)/;
const SAYS = /(?:说|說|表示|回答)[:：]?$/;
const SPEECH_MODE = /(?:说|說|应|應|道|通话|通話|情绪|情緒|问|問|答)[:：]$/;
/** A bare instruction verb right before quoted speech (问候“您好！”): it joins the say step's source. */
const SAY_VERB = /^(?:则|則|就|便|应|應|请|請|再|并|並|然后|然後)?(?:问候|問候|说|說|回答|告知|答复|答覆|回复|回覆|询问|詢問|提醒|表示|讲|講|致歉|道歉|致谢|致謝|告诉|告訴|解释|解釋|安抚|安撫)(?:道|说|說)?[:：]?$/;
const INSTRUCTION_START = /^(?:并|並|然后|然後|同时|同時|记录|記錄|应|應|需|注意|备注|備注|则|則|请按|請按|按正常)/;
const SPEECHY = /您|请(?!求)|請(?!求)|谢谢|謝謝|抱歉|对不起|對不起|再见|再見|你好|麻烦|麻煩/;
/** Words to the customer, not about them: 并请客户… / 可以请用户… are instructions. */
const speechy = (clause: string) =>
  SPEECHY.test(clause.replace(/^(?:并|並|可以|可)?(?:请|請)(?=客户|客戶|用户|用戶|业主|業主|顾客|顧客)/, ''));
const QUOTE_TOGGLE = new Set(['“', '”', '"', '＂']);
const QUOTE_OPEN = new Set(['「', '『']);
const QUOTE_CLOSE = new Set(['」', '』']);
const CLAUSE_END = /[,，。!！?？;；:：]/;

/** Actions an instruction names, in the order they are looked for. */
const ACTION_PATTERNS: ReadonlyArray<readonly [ActionKind, RegExp]> = [
  ['record-complaint', /(?:记录|記錄)(?:客户|客戶|业主|業主)?(?:的)?(?:投诉|投訴)/],
  ['schedule-callback', /(?:回电|回電|回复电话|回覆電話)/],
  ['follow-up', /(?:回访|回訪)/],
  ['escalate', /(?:报告|報告|交由|提交|上报|上報)(?:给|給)?(?:现场|現場)?(?:上司|值班长|值班長|班长|班長|主管|组长|組長|上级|上級)/],
  ['transfer', /^(?:将|將|把)?(?:电话|電話)?(?:转接|轉接)/],
  ['create-ticket', /(?:提交|建立)(?:工单|工單)/],
];
const WITHIN_HOURS = new RegExp(`(${NUM})\\s*(?:个|個)?(?:小时|小時)(?:之)?内|(${NUM})\\s*(?:个|個)?(?:小时|小時)(?:之)?內`);

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Reads a number written in Arabic, full-width or Chinese numerals (up to 九百九十九).
 *
 * @param text - the numeral
 * @returns the number, or `undefined` when `text` is not a numeral
 * @example
 * ```ts
 * parseNumber('五'); //=> 5
 * parseNumber('二十四'); //=> 24
 * ```
 */
export function parseNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  for (const ch of ascii) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else return undefined;
  }
  return total + digit;
}

const SILENT =
  /无回应|無回應|没有回应|沒有回應|没回应|沒回應|不回应|不回應|无反应|無反應|没有反应|沒有反應|没反应|沒反應|毫无反应|毫無反應|不说话|不說話|不出声|不出聲|无声|無聲|没有声音|沒有聲音|不回答|没有回答|沒有回答|没有应答|沒有應答|无人应答|無人應答|未有回应|未有回應|未回应|未回應|未有反应|未有反應/;
const DIALECT = /(?:讲|講|说|說)方言/;
const INSISTS = /坚持|堅持/;
const UNCLEAR = /听不清|聽不清|没听清|沒聽清|没有听清|沒有聽清|听不懂|聽不懂|没听懂|沒聽懂/;
const DECLINES = /不同意|拒绝|拒絕|那算了|不愿意|不願意|不接受|不答应|不答應|说不用|說不用|说不行|說不行/;
const AGREES = /同意|说可以|說可以|愿意|願意|接受|答应|答應|说好|說好|说行|說行/;

function replyIntent(words: string): Condition | undefined {
  if (/算了|不用|不要|不必|再说|再說|不可以|不行|不同意|拒绝|拒絕/.test(words)) return { reply: 'decline' };
  if (/不需要|没有了|沒有了|没事|沒事/.test(words)) return { reply: 'no-more' };
  if (/表扬|表揚|称赞|稱讚/.test(words)) return { reply: 'praise' };
  if (/谢谢|謝謝|感谢|感謝/.test(words)) return { reply: 'thanks' };
  if (/可以|好的|(?<![您你问問])好(?!吗|嗎)|行|同意|抓紧|抓緊|没问题|沒問題/.test(words)) return { reply: 'agree' };
  return undefined;
}

/**
 * What a condition clause (若…/如果…/如客户…) means: a reply intent (what the customer says, 若用户说:可以,
 * or does, 若客户无回应 / 不同意 / 愿意 / 听不清), a time limit (2分钟以上, 超过30秒) or a flag (焦急,
 * 转接不成功, 仍听不清…).
 *
 * @param clause - the clause, simplified or traditional
 * @returns the condition, or `undefined` when it is not one the step model knows
 * @example
 * ```ts
 * parseCondition('如果整個查詢過程需2分鐘以上'); //=> { elapsedOver: 120 }
 * parseCondition('若用户说:那算了'); //=> { reply: 'decline' }
 * parseCondition('若客户无回应'); //=> { reply: 'silent' }
 * ```
 */
export function parseCondition(clause: string): Condition | undefined {
  const says = /(?:说|說|表示|回答)[:：]?(.*)$/.exec(clause);
  if (says !== null && /(?:用户|用戶|客户|客戶|业主|業主|顾客|顧客|对方|對方)/.test(clause)) {
    const reply = replyIntent(says[1] ?? '');
    if (reply !== undefined) return reply;
  }
  const minutes = new RegExp(`(${NUM})\\s*(?:分钟|分鐘)(?:以上|之上)?`).exec(clause);
  if (minutes !== null && /以上|超过|超過|之上|需/.test(clause)) {
    const n = parseNumber(minutes[1] ?? '');
    if (n !== undefined && n > 0) return { elapsedOver: n * 60 };
  }
  const seconds = new RegExp(`(?:超过|超過)(${NUM})\\s*秒|(${NUM})\\s*秒(?:以上|之上)`).exec(clause);
  if (seconds !== null) {
    const n = parseNumber(seconds[1] ?? seconds[2] ?? '');
    if (n !== undefined && n > 0) return { elapsedOver: n };
  }
  if (/焦急|着急|著急|急躁/.test(clause)) return { flag: 'customer-anxious' };
  if (/不接受道歉/.test(clause)) return { flag: 'apology-rejected' };
  if (/转接不成功|轉接不成功|转接失败|轉接失敗/.test(clause)) return { flag: 'transfer-failed' };
  if (/破口大骂|破口大罵|情绪激烈|情緒激烈|辱骂|辱罵/.test(clause)) return { flag: 'customer-abusive' };
  if (/仍(?:无法|無法|听不|聽不|不能)|还是听不|還是聽不|确实无法|確實無法/.test(clause)) return { flag: 'still-unclear' };
  if (/无法处理|無法處理|解决不了|解決不了|无法当场|無法當場/.test(clause)) return { flag: 'cannot-resolve' };
  if (/私人|私事/.test(clause)) return { flag: 'personal-matter' };
  if (says !== null) {
    const reply = replyIntent(says[1] ?? '');
    if (reply !== undefined) return reply;
  }
  // What the customer does, not says: 客户无回应, 用户不同意, 客户愿意…
  if (SILENT.test(clause)) return { reply: 'silent' };
  if (UNCLEAR.test(clause)) return { reply: 'unclear' };
  if (DIALECT.test(clause)) return { reply: 'dialect' };
  if (INSISTS.test(clause)) return { reply: 'insists' };
  if (DECLINES.test(clause)) return { reply: 'decline' };
  if (AGREES.test(clause)) return { reply: 'agree' };
  return undefined;
}

interface Token {
  raw: string;
  quoted: boolean;
}

/** Splits a line into quoted speech and unquoted clauses, keeping every character. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  let inQuote = false;
  const flush = (quoted: boolean) => {
    if (buf !== '') tokens.push({ raw: buf, quoted });
    buf = '';
  };
  for (const ch of line) {
    const last = tokens[tokens.length - 1];
    if (ch === '↑' && buf === '' && last !== undefined) {
      last.raw += ch;
      continue;
    }
    if (!inQuote && (QUOTE_TOGGLE.has(ch) || QUOTE_OPEN.has(ch))) {
      flush(false);
      buf = ch;
      inQuote = true;
    } else if (inQuote && (QUOTE_TOGGLE.has(ch) || QUOTE_CLOSE.has(ch))) {
      buf += ch;
      flush(true);
      inQuote = false;
    } else {
      buf += ch;
      if (!inQuote && CLAUSE_END.test(ch)) flush(false);
    }
  }
  flush(inQuote);
  // A closing clause mark right after a quote, or lone punctuation, joins the token before it.
  const merged: Token[] = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && !t.quoted && /^[\s,，。!！?？;；:：、…]+$/.test(t.raw)) prev.raw += t.raw;
    else merged.push({ ...t });
  }
  return merged;
}

/**
 * Splits a line where a numbering marker starts a new step in the middle of it: outside quotes,
 * after ；。，！？ or a closing quote (“…”稍停五秒；第二步：…). Keeps every character.
 */
function splitAtMarkers(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let inQuote = false;
  let canBreak = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (!inQuote && (QUOTE_TOGGLE.has(ch) || QUOTE_OPEN.has(ch))) {
      inQuote = true;
      canBreak = false;
    } else if (inQuote) {
      if (QUOTE_TOGGLE.has(ch) || QUOTE_CLOSE.has(ch)) {
        inQuote = false;
        canBreak = true;
      }
    } else if (/\s/.test(ch)) {
      continue;
    } else if (canBreak && i > start && MID_MARKER.test(line.slice(i))) {
      parts.push(line.slice(start, i));
      start = i;
      canBreak = false;
    } else canBreak = MID_BREAK.test(ch);
  }
  parts.push(line.slice(start));
  return parts;
}

function unquote(raw: string): string {
  return raw.replace(/[“”"＂「」『』]/g, '').trim();
}

/**
 * Parses a free-text script in the sources' own style into steps: numbered items (第一步,
 * 1、, 一、, (一), A.) become labels, at a line's start or after ；。，！？ or a closing quote in
 * the middle of one (a bare label goes to the next step); quoted speech (“…” 「…」), with a bare
 * verb before it (问候“…”, 应说：“…”), and what follows 应说: become `say` steps; pauses (稍停五秒, 停顿2秒后挂机, 过5秒挂机) become `wait` (and `hang-up`) steps;
 * 等用户回答 a wait for the reply; conditions (若/如果/如客户…, see {@link parseCondition})
 * branches on the reply, elapsed time or an observed flag. Simplified and traditional input,
 * full-width or ASCII punctuation alike. Nothing is dropped: what is
 * not recognised becomes a `note`, and every step keeps its original wording in `source`.
 *
 * @param text - the script
 * @returns the steps, in the pack schema's shape (fill them with `fillStepsOf` to run or render)
 * @example
 * ```ts
 * parseScript('“您好!”稍停五秒,挂机。').map((s) => s.kind); //=> ['say', 'wait', 'action']
 * parseScript('第一步：“您好！”稍停五秒；第二步：若客户无回应，挂机。').map((s) => s.label ?? s.kind); //=> ['第一步', 'wait', '第二步']
 * ```
 */
export function parseScript(text: string): StepInput[] {
  const top: StepInput[] = [];
  let open: { branchStep: Extract<StepInput, { kind: 'branch' }>; branch: BranchInput; line: number; multiLine: boolean } | undefined;
  let pending: { label: string | undefined; source: string } | undefined;
  let run: { kind: 'say' | 'note'; raw: string; prefix: string } | undefined;
  let sayPrefix = '';

  const container = () => (open === undefined ? top : open.branch.steps);
  const emit = (step: StepInput) => {
    if (pending !== undefined) {
      if (pending.label !== undefined) step.label = pending.label;
      step.source = pending.source + (step.source ?? '');
      pending = undefined;
    }
    container().push(step);
  };
  const flushRun = () => {
    if (run === undefined) return;
    const { kind, raw, prefix } = run;
    run = undefined;
    const inner = kind === 'say' ? unquote(raw) : '';
    if (kind === 'say' && /\S/.test(inner)) emit({ kind: 'say', text: inner, source: prefix + raw });
    else emit({ kind: 'note', text: (prefix + raw).trim(), source: prefix + raw });
  };
  const add = (kind: 'say' | 'note', raw: string) => {
    if (run !== undefined && run.kind === kind) run.raw += raw;
    else {
      flushRun();
      run = { kind, raw, prefix: kind === 'say' ? sayPrefix : '' };
    }
    if (kind === 'say') sayPrefix = '';
  };

  const lines = text.split(/\r\n|\r|\n/).flatMap(splitAtMarkers);
  lines.forEach((rawLine, lineNo) => {
    let line = rawLine;
    const lead = /^[\s\-*•·]*/.exec(line)?.[0] ?? '';
    const marker = MARKER.exec(line.slice(lead.length));
    if (marker !== null) {
      flushRun();
      open = undefined;
      if (pending !== undefined) emit({ kind: 'note', text: pending.source.trim() || '·', source: '' });
      pending = { label: marker[0].replace(/[:：,，、.．\s]+$/, '') || marker[0], source: lead + marker[0] };
      line = line.slice(lead.length + marker[0].length);
    } else if (lead !== '' && /\S/.test(lead)) {
      pending = pending === undefined ? { label: undefined, source: lead } : { label: pending.label, source: pending.source + lead };
      line = line.slice(lead.length);
    }
    if (line.trim() === '' && open?.multiLine === true) open = undefined;
    if (open !== undefined && open.line !== lineNo && !open.multiLine) open = undefined;

    const tokens = tokenize(line);
    let speechMode = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const raw = token.raw;
      const clause = raw.trim();
      if (clause === '') continue;
      if (token.quoted) {
        add('say', raw);
        continue;
      }
      if (SAY_VERB.test(clause) && tokens[i + 1]?.quoted === true) {
        flushRun();
        speechMode = false;
        sayPrefix = raw;
        continue;
      }
      // A condition: 若/如果/如客户…, with the customer's words after 说: joined to it; or a
      // reply that is still the same (还是无声), nested in the open branch.
      const still = !CONDITION.test(clause) && STILL.test(clause);
      const stillWhen = still ? parseCondition(unquote(raw)) : undefined;
      if (stillWhen !== undefined) {
        flushRun();
        speechMode = false;
        const branch: BranchInput = { when: stillWhen, steps: [], source: raw };
        const branchStep: Extract<StepInput, { kind: 'branch' }> = { kind: 'branch', branches: [branch] };
        emit(branchStep); // into the open branch when there is one, else at the top
        open = { branchStep, branch, line: lineNo, multiLine: !tokens.slice(i + 1).some((t) => t.raw.trim() !== '') };
        continue;
      }
      if (CONDITION.test(clause)) {
        let source = raw;
        const next = tokens[i + 1];
        if (SAYS.test(clause) && next !== undefined && (!next.quoted || parseCondition(clause + unquote(next.raw)) !== undefined)) {
          // 若用户说:可以 / 若客户说：“那算了”: the words are part of the condition.
          source += next.raw;
          i++;
        }
        let when = parseCondition(unquote(source));
        // 如果声音已经足够大,客户仍无法听清楚时: a condition running over clauses up to …时.
        for (let j = i + 1; when === undefined && j <= i + 2; j++) {
          const more = tokens[j];
          if (more === undefined || more.quoted) break;
          const longer = source + tokens.slice(i + 1, j + 1).map((t) => t.raw).join('');
          if (!/[时時][,，:：]?$/.test(longer.trim())) continue;
          when = parseCondition(unquote(longer));
          if (when !== undefined) {
            source = longer;
            i = j;
          }
        }
        if (when !== undefined) {
          flushRun();
          speechMode = false;
          const parent = open !== undefined && !open.multiLine && open.line === lineNo ? open.branchStep : undefined;
          open = undefined;
          const last = top[top.length - 1];
          const branch: BranchInput = { when, steps: [], source };
          let branchStep: Extract<StepInput, { kind: 'branch' }>;
          if (
            pending === undefined &&
            last?.kind === 'branch' &&
            'reply' in when &&
            last.branches.every((b) => 'reply' in b.when) &&
            (parent === undefined || parent === last)
          ) {
            branchStep = last;
            branchStep.branches.push(branch);
          } else {
            branchStep = { kind: 'branch', branches: [branch] };
            emit(branchStep);
          }
          const rest = tokens.slice(i + 1).some((t) => t.raw.trim() !== '');
          open = { branchStep, branch, line: lineNo, multiLine: !rest };
          continue;
        }
        add('note', source);
        continue;
      }
      const pause = PAUSE.exec(clause);
      if (pause !== null) {
        const seconds = parseNumber(pause[1] ?? '');
        if (seconds !== undefined && seconds > 0) {
          flushRun();
          speechMode = false;
          emit({ kind: 'wait', seconds, source: raw });
          if (HANG_UP.test(clause) && !NEGATED_HANG_UP.test(clause)) container().push({ kind: 'action', action: 'hang-up' });
          continue;
        }
      }
      if (HANG_UP.test(clause) && !NEGATED_HANG_UP.test(clause) && !SPEECHY.test(clause)) {
        flushRun();
        speechMode = false;
        emit({ kind: 'action', action: 'hang-up', source: raw });
        continue;
      }
      if (WAIT_REPLY.test(clause)) {
        flushRun();
        speechMode = false;
        emit({ kind: 'wait', for: 'reply', source: raw });
        continue;
      }
      if (!speechMode && !speechy(clause)) {
        const found = ACTION_PATTERNS.map(([action, re]) => [action, re.exec(clause)?.index ?? -1] as const)
          .filter(([, at]) => at >= 0)
          .sort((a, b) => a[1] - b[1]);
        if (found.length > 0) {
          flushRun();
          const hours = WITHIN_HOURS.exec(clause);
          const withinHours = hours === null ? undefined : parseNumber(hours[1] ?? hours[2] ?? '');
          found.forEach(([action], n) => {
            const step: StepInput = { kind: 'action', action, note: clause };
            if (withinHours !== undefined && withinHours > 0 && (action === 'schedule-callback' || action === 'follow-up')) step.withinHours = withinHours;
            if (n === 0) emit({ ...step, source: raw });
            else container().push({ kind: 'action', action });
          });
          speechMode = /[:：]$/.test(clause);
          continue;
        }
      }
      if (SPEECH_MODE.test(clause)) {
        add('note', raw);
        speechMode = true;
        continue;
      }
      if (INSTRUCTION_START.test(clause)) {
        add('note', raw);
        speechMode = false;
        continue;
      }
      add(speechMode || speechy(clause) || (run?.kind === 'say' && !/[:：]$/.test(clause)) ? 'say' : 'note', raw);
    }
    flushRun();
    if (open !== undefined && open.line === lineNo && open.branch.steps.length > 0) open.multiLine = false;
  });
  flushRun();
  if (pending !== undefined) {
    const p: { label: string | undefined; source: string } = pending;
    pending = undefined;
    container().push({ kind: 'note', text: p.source.trim() || '·', ...(p.label === undefined ? {} : { label: p.label }), source: p.source });
  }
  return top;
}
