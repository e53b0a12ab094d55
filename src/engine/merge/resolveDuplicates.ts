/**
 * Several readable copies of one package: identical ones merge once; of different ones the copy completed later
 * wins (`completedAt` from the hidden sheet, else the file's time, else the first given), and every other copy
 * becomes `duplicate`, naming the kept file and the cells that differ from it.
 */
import type { ProtocolProblem } from '../protocol';
import type { JudgedFile } from './judgeProtocolFile';
import { protocolDifferences } from './protocolDifferences';

export type AcceptedFile = Extract<JudgedFile, { state: 'merged' | 'incomplete' }>;

function laterThan(a: AcceptedFile, b: AcceptedFile): boolean {
  const completedA = a.protocol.meta.completedAt ?? '';
  const completedB = b.protocol.meta.completedAt ?? '';
  if (completedA !== completedB && completedA !== '' && completedB !== '') return Date.parse(completedA) > Date.parse(completedB);
  if (completedA !== completedB) return completedA !== '';
  const modifiedA = a.modified ? Date.parse(a.modified) : NaN;
  const modifiedB = b.modified ? Date.parse(b.modified) : NaN;
  return Number.isFinite(modifiedA) && Number.isFinite(modifiedB) && modifiedA > modifiedB;
}

/** Splits accepted files into those kept (one per package) and the duplicates, in the order given. */
export function resolveDuplicates(accepted: readonly AcceptedFile[]): { kept: AcceptedFile[]; duplicates: Map<AcceptedFile, ProtocolProblem> } {
  const byPackage = new Map<string, AcceptedFile[]>();
  for (const file of accepted) {
    const copies = byPackage.get(file.protocol.meta.packageId) ?? [];
    copies.push(file);
    byPackage.set(file.protocol.meta.packageId, copies);
  }
  const winners = new Set<AcceptedFile>();
  const duplicates = new Map<AcceptedFile, ProtocolProblem>();
  for (const copies of byPackage.values()) {
    let winner = copies[0];
    for (const copy of copies.slice(1)) {
      const identical = protocolDifferences(copy.protocol, winner.protocol).length === 0;
      if (!identical && laterThan(copy, winner)) winner = copy;
    }
    winners.add(winner);
    for (const copy of copies) {
      if (copy === winner) continue;
      const differences = protocolDifferences(copy.protocol, winner.protocol);
      duplicates.set(copy, {
        cell: '', work: '', task: '',
        problem: 'duplicate-protocol',
        packageId: copy.protocol.meta.packageId,
        keptFile: winner.file,
        identical: differences.length === 0,
        differences,
      });
    }
  }
  return { kept: accepted.filter((file) => winners.has(file)), duplicates };
}
