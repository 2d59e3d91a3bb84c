/**
 * A compiled linter as bytes: build a pack's automaton once (at deploy, in CI), load it where
 * linting happens without paying the construction again. The bytes hold the rules (as JSON)
 * and the automaton's typed arrays; the 128 KiB class table is rebuilt from the symbol list.
 *
 * Loading trusts nothing: the rules are validated with the rule schema, the automaton is checked
 * for bounds, for failure and output links that point to shallower states (so no scan can loop
 * or read out of range), and for encoding exactly the rules' patterns. Bytes made with another
 * fold table (another huashu version) are rebuilt from their rules.
 */
import type { Rule } from '../schema/index.js';
import { foldTable } from '../text/internal.js';
import type { CompiledRules } from './compile.js';

export const MAGIC = 0x4c534875; // "uHSL" little-endian
export const FORMAT = 1;
export const HEADER = 16;

/** FNV-1a over bytes. */
export function fnv(bytes: Uint8Array, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
  return h;
}

let foldHash: number | undefined;
/** A fingerprint of the fold table: bytes from another table are recompiled. */
export function foldFingerprint(): number {
  const t = foldTable();
  return (foldHash ??= fnv(new Uint8Array(t.buffer, t.byteOffset, t.byteLength)));
}

/** Whether typed arrays are little-endian here (the format is): then arrays copy as bytes. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Arrays = [Uint16Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Uint8Array];

/** The bytes of a compiled rule set. */
export function serializeCompiled(rules: readonly Rule[], c: CompiledRules): Uint8Array {
  const a = c.automaton;
  const json = new TextEncoder().encode(JSON.stringify(rules));
  const arrays: Arrays = [a.symbols, a.root, a.nodes, a.cells, a.out, a.dict, a.nextSame, a.lengths, a.viaBreak];
  const pad = (n: number) => (n + 3) & ~3;
  let size = HEADER + 4 + pad(json.length) + 4;
  for (const x of arrays) size += 4 + pad(x.byteLength);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = HEADER;
  view.setUint32(at, json.length, true);
  bytes.set(json, at + 4);
  at += 4 + pad(json.length);
  view.setUint32(at, a.breakClass, true);
  at += 4;
  for (const x of arrays) {
    view.setUint32(at, x.length, true);
    at += 4;
    if (LITTLE_ENDIAN) bytes.set(new Uint8Array(x.buffer, x.byteOffset, x.byteLength), at);
    else for (let i = 0; i < x.length; i++) {
      if (x instanceof Uint8Array) view.setUint8(at + i, x[i]!);
      else if (x instanceof Uint16Array) view.setUint16(at + 2 * i, x[i]!, true);
      else view.setInt32(at + 4 * i, x[i]!, true);
    }
    at += pad(x.byteLength);
  }
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, foldFingerprint(), true);
  view.setUint32(12, fnv(bytes, HEADER), true);
  return bytes;
}

