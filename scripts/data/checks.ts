/**
 * Cross-checks of the built-in packs at build time: the same checks users' packs get at
 * runtime (src/phrasebook/check.ts), with each problem placed at its file, line and column.
 */
import { checkPackReferences, type KnownPhrases } from '../../src/phrasebook/check.js';
import type { PackIssue } from '../../src/schema/errors.js';
import type { LoadedPack } from '../../src/files/index.js';

/** Checks one pack against the packs it extends, pushing positioned issues. */
export function checkPack(loaded: LoadedPack, bases: readonly LoadedPack[], issues: PackIssue[]): void {
  const earlier = new Map<string, Set<string>>();
  for (const base of bases) for (const s of base.pack.scenarios ?? []) earlier.set(s.id, new Set(s.phrases.map((p) => p.id)));
  for (const issue of checkPackReferences(loaded.pack, earlier as KnownPhrases)) {
    const [section, index, ...rest] = issue.path;
    const list = typeof section === 'string' ? (loaded.pack as Record<string, unknown>)[section] : undefined;
    const item = Array.isArray(list) && typeof index === 'number' ? (list[index] as object | undefined) : undefined;
    const origin = item === undefined ? undefined : loaded.origin.get(item);
    const path = origin === undefined ? issue.path : [origin.section, origin.index, ...rest];
    const pos = origin?.file.locate(path);
    issues.push({ pack: loaded.pack.id, file: origin?.file.file ?? loaded.files[0]?.file, path, line: pos?.line, column: pos?.column, message: issue.message });
  }
}
