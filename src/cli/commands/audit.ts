import { looksLikeJson, readTranscript, type TranscriptFormat } from '../../audit/index.js';
import { renderScorecard } from '../../audit/index.js';
import { parse } from '../args.js';
import { CliUsageError, EXIT, type Command } from '../io.js';
import { channelOption, varsOption } from '../options.js';
import { phrasebookFor } from '../packs.js';
import { runBatch, streamLines } from './audit-batch.js';

const FORMATS: readonly TranscriptFormat[] = ['auto', 'json', 'ndjson', 'text'];

/** Whether a whole text is NDJSON: JSON whose first line is a complete value and more lines follow. */
function isNdjson(text: string): boolean {
  if (!looksLikeJson(text)) return false;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

async function* linesOf(text: string): AsyncIterable<string> {
  for (const line of text.split('\n')) yield line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** `huashu audit`: score a call or chat transcript (or a batch of them) against the service standards. */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'Audit call or chat transcripts (质检) against the service standards; batches over NDJSON',
  help: `Usage: huashu audit <FILE|-> [--format auto|json|ndjson|text] [--channel phone|chat]
                    [--var brand=NAME …] [--pack FILE…] [--json | --markdown] [--workers N]

Scores a transcript against the built-in checks (greeting and closing, banned phrases,
honorifics, hold etiquette, response and answer times, message length, speaking rate, call
length, interruptions, the complaint procedure) and the audit sections of --pack files.

Input (FILE, or stdin with -): JSON ([{ role, text, start?, end? }] or { turns, channel?, id?,
customer?, rings?, answerSeconds? }), plain text (客服：… / [00:01:02] 客户：… one turn a line), or
NDJSON, one call per line (--format ndjson, a .ndjson/.jsonl file, or detected). NDJSON is
streamed and audited by worker threads (--workers N, default one per core; 0 audits in-process);
each call prints one line (id, score, pass/FAIL, failed checks) or, with --json, its scorecard.

Checks that need what the transcript lacks (timing, channel, brand) say n/a, never pass.
Exit codes: 0 every call passed, 1 a call failed, 2 bad usage or input.`,
  async run(args, io) {
    const { values, positionals } = parse('audit', args, {
      format: { type: 'string' },
      channel: { type: 'string' },
      var: { type: 'string', multiple: true },
      markdown: { type: 'boolean' },
      workers: { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new CliUsageError('huashu audit: give a transcript file, or - to read stdin');
    if (extra.length > 0) throw new CliUsageError(`huashu audit: unexpected argument "${extra[0]}"`);
    const format = (values.format ?? 'auto') as TranscriptFormat;
    if (!FORMATS.includes(format)) throw new CliUsageError(`huashu audit: --format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    if (values.json === true && values.markdown === true) throw new CliUsageError('huashu audit: choose --json or --markdown');
    let workers = -1;
    if (values.workers !== undefined) {
      if (!/^\d{1,3}$/.test(values.workers)) throw new CliUsageError(`huashu audit: --workers takes a number of threads (got "${values.workers}")`);
      workers = Number(values.workers);
    }
    const channel = channelOption('audit', values.channel);
    const vars = varsOption('audit', values.var);
    const setup = { packs: [...(io.config?.packs ?? []), ...(values.pack ?? [])], disable: [...(io.config?.disable ?? [])], vars: { ...vars }, channel, json: values.json === true };
    const ndjsonByName = /\.(nd)?jsonl?$/i.test(file) && !/\.json$/i.test(file);
    // Streamed batch: NDJSON from a real file or stdin, audited by worker threads.
    if (workers !== 0 && (format === 'ndjson' || (format === 'auto' && ndjsonByName))) {
      return runBatch(streamLines(file), setup, workers, io);
    }
    let text: string;
    if (file === '-') text = await io.readStdin();
    else {
      try {
        text = await io.readFile(file);
      } catch (error) {
        throw new CliUsageError(`huashu audit: cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (format === 'ndjson' || (format === 'auto' && (ndjsonByName || isNdjson(text)))) return runBatch(linesOf(text), setup, 0, io);
    const transcript = readTranscript(text, { format, channel });
    const book = await phrasebookFor(setup.packs, { ...io, config: undefined }, { disable: setup.disable });
    const card = book.audit(transcript, { vars: setup.vars, ...(channel === undefined ? {} : { channel }) });
    const output = values.json === true ? renderScorecard(card, 'json') : values.markdown === true ? renderScorecard(card, 'markdown') : renderScorecard(card);
    io.stdout(`${output}\n`);
    return card.passed ? EXIT.ok : EXIT.finding;
  },
};
