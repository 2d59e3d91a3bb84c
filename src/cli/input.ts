import { CliUsageError } from './io.js';

/** Bytes or text a command read; tests hand in strings, the real CLI hands in bytes. */
export type InputData = string | Uint8Array;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Byte-order marks of encodings other than UTF-8, longest first (UTF-32LE starts like UTF-16LE). */
const BOMS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
];

const hint = (name: string, from: string) => `convert it first, e.g. iconv -f ${from} -t UTF-8 ${name.startsWith('<') ? '' : `'${name}' `}> out.txt`;

/**
 * Decodes a command's input as UTF-8, or throws a usage error (exit 2) that says what the input
 * looks like instead: UTF-16/32 (a byte-order mark), binary (NUL bytes), or another legacy
 * encoding such as GBK/GB18030/Big5 (invalid UTF-8, with the offset of the first bad byte).
 * A UTF-8 byte-order mark is dropped. The error never quotes the input's bytes.
 */
export function decodeInput(name: string, data: InputData): string {
  if (typeof data === 'string') {
    if (data.includes('\0')) throw new CliUsageError(`${name} holds NUL characters: it looks like a binary file, not text`);
    return data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
  }
  for (const [encoding, bom] of BOMS) {
    if (data.length >= bom.length && bom.every((b, i) => data[i] === b)) {
      throw new CliUsageError(`${name} is ${encoding} text (it starts with a ${encoding} byte-order mark), not UTF-8: ${hint(name, encoding)}`);
    }
  }
  const nul = data.indexOf(0);
  if (nul !== -1) throw new CliUsageError(`${name} holds a NUL byte at offset ${nul}: it looks like a binary file (or UTF-16 without a byte-order mark), not UTF-8 text`);
  try {
    return utf8.decode(data);
  } catch {
    throw new CliUsageError(`${name} is not valid UTF-8 (first bad byte at offset ${firstInvalid(data)}); if it is GBK, GB18030 or Big5 text, ${hint(name, 'GB18030')}`);
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalid(data: Uint8Array): number {
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > data.length) return i;
    try {
      utf8.decode(data.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}
