// `npm run bench [-- --only name[,name]]`: runs every tests/bench/*.bench.ts, prints a table and
// JSON, and writes bench-results/latest.json. Targets are reported, never asserted.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchFigure, BenchModule } from './bench-types';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',').map((s) => s.trim());
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

const rows: Array<BenchFigure & { bench: string }> = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: BenchModule };
  if (only && !only.includes(mod.default.name)) continue;
  process.stderr.write(`running ${mod.default.name}…\n`);
  try {
    for (const figure of await mod.default.run()) rows.push({ bench: mod.default.name, ...figure });
  } catch (error) {
    rows.push({
      bench: mod.default.name,
      metric: 'error',
      value: Number.NaN,
      unit: String(error instanceof Error ? error.message : error),
    });
  }
}

console.table(
  rows.map((r) => ({
    bench: r.bench,
    metric: r.metric,
    value: r.value,
    unit: r.unit,
    target: r.target ?? '',
    met: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  })),
);
const report = { date: new Date().toISOString(), node: process.version, results: rows };
console.log(JSON.stringify(report, null, 2));
mkdirSync('bench-results', { recursive: true });
writeFileSync(path.join('bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
