import { type SeedProgress, type SeedSummary } from '../modules/seed/seed-national.js';

export const count = (n: number) => Math.round(n).toLocaleString('en');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (rows: number, ms: number) => (ms > 0 ? Math.round((rows * 1000) / ms) : 0);
const compact = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : String(n));

/** Progress lines for a terminal or a log: at most one a second while loading, slow index builds. */
export function progressPrinter(write: (line: string) => void = console.log): (p: SeedProgress) => void {
  let last = 0;
  return (p) => {
    const at = seconds(p.elapsedMs).padStart(8);
    if (p.phase === 'load' && p.elapsedMs - last >= 1000) {
      last = p.elapsedMs;
      const pct = Math.floor((100 * p.loaded) / p.students);
      const rates = Object.entries(p.tables)
        .filter(([, t]) => t.rows > 0 && t.ms > 0)
        .map(([name, t]) => `${name} ${compact(perSecond(t.rows, t.ms))}/s`)
        .join(' · ');
      write(`${at}  loading   pupils ${count(p.loaded)} / ${count(p.students)} (${pct}%)   COPY rows/s: ${rates}`);
    } else if (p.phase === 'constraints' && p.step && p.step.ms >= 500) {
      write(`${at}  indexing  ${p.step.name} (${seconds(p.step.ms)})`);
    } else if (p.phase === 'analyze') {
      write(`${at}  analyzing`);
    }
  };
}

/** The table of rows per table and the time split, after a seed. */
export function summaryLines(s: SeedSummary): string[] {
  const lines = [
    `Seeded ${count(s.students)} pupils for ${s.year} (seed ${s.seed}) in ${seconds(s.ms.total)}: ${count(perSecond(s.students, s.ms.total))} pupils/s`,
    `  ${'table'.padEnd(20)} ${'rows'.padStart(11)} ${'COPY s'.padStart(8)} ${'rows/s'.padStart(10)}`,
  ];
  for (const [name, t] of Object.entries(s.tables)) {
    lines.push(`  ${name.padEnd(20)} ${count(t.rows).padStart(11)} ${(t.ms / 1000).toFixed(1).padStart(8)} ${count(perSecond(t.rows, t.ms)).padStart(10)}`);
  }
  const slots = s.tables.timetable_slot?.rows ?? 0;
  lines.push(
    `  timetables: ${count(slots)} slots (S1 and S2), ${count(s.lessonsDropped)} lesson hours left unplaced; roll calls and absences: ` +
      (s.absences ? `${s.absences.days} school days of ${s.absences.term}, ${s.absences.from} to ${s.absences.to}` : 'none (no school day before today)'),
  );
  const { prepare, load, waited, constraints, analyze } = s.ms;
  lines.push(
    `  prepare ${seconds(prepare)} · generate + COPY ${seconds(load)} (generator waited ${seconds(waited)} for PostgreSQL)` +
      ` · indexes and keys ${seconds(constraints)} · analyze ${seconds(analyze)}`,
  );
  return lines;
}
