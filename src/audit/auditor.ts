import { coreAudit } from '../generated/audit.js';
import { compileAuditor, type Auditor, type AuditorOptions } from './engine.js';
import type { Transcript, TranscriptTurn } from './transcript.js';
import type { Scorecard } from './types.js';

/**
 * Compiles transcript checks (质检): the built-in ones (from the sources' standards) plus your
 * packs' audit sections. Phrase lists become one linter pass per turn; procedure orders are
 * derived from the scenarios' steps once, here.
 *
 * @param options - sections, disabled ids, variables (`brand`), standards, roles, language
 * @returns an {@link Auditor}
 * @throws {@link HuashuError} `INVALID_RULE` when a check names an unknown phrase set, standard or scenario
 * @example
 * ```ts
 * const auditor = createAuditor({ vars: { brand: '阳光物业' } });
 * const card = auditor.audit({
 *   channel: 'chat',
 *   turns: [
 *     { role: '客户', text: '在吗？', start: 0 },
 *     { role: '客服', text: '您好，这里是阳光物业，很高兴为您服务。', start: 4 },
 *   ],
 * });
 * card.checks.find((c) => c.id === 'opening-greeting')?.verdict; //=> 'pass'
 * card.checks.find((c) => c.id === 'chat-first-response')?.verdict; //=> 'pass'
 * card.checks.find((c) => c.id === 'closing-farewell')?.verdict; //=> 'fail'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createAuditor(options: AuditorOptions = {}): Auditor {
  return compileAuditor(options.core === false ? [] : [coreAudit], options);
}

let builtIn: Auditor | undefined;

/**
 * Audits a call or chat against the built-in checks (the sources' service standards): greeting
 * and closing, banned phrases, honorifics, hold etiquette, response and answer times, message
 * length, speaking rate, call length, interruptions and the complaint procedure.
 *
 * @param transcript - `{ turns: [{ role, text, start?, end? }], channel?, customer?, rings?, answerSeconds? }` or the turns
 * @param options - as for {@link createAuditor} (a new auditor is compiled when options are given)
 * @returns the scorecard
 * @throws {@link TranscriptError} `INVALID_TRANSCRIPT` for a malformed transcript
 * @example
 * ```ts
 * const card = audit([
 *   { role: '客服', text: '您好，很高兴为您服务，请问有什么可以帮您？' },
 *   { role: '客户', text: '我想查一下订单。' },
 *   { role: '客服', text: '好的，请问还有其他需要帮助的吗？' },
 *   { role: '客户', text: '没有了。' },
 *   { role: '客服', text: '感谢您的咨询，祝您生活愉快，再见！' },
 * ]);
 * card.checks.filter((c) => c.verdict === 'fail').map((c) => c.id); //=> []
 * card.checks.find((c) => c.id === 'no-interruption')?.reason; //=> '未知渠道（电话或在线），无法判断'
 * ```
 */
export function audit(transcript: Transcript | readonly TranscriptTurn[], options?: AuditorOptions): Scorecard {
  if (options !== undefined) return createAuditor(options).audit(transcript);
  builtIn ??= createAuditor();
  return builtIn.audit(transcript);
}
