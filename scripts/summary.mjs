// `npm start`: a summary of the article, read from the built package by its own name.
import { getEntity, metadata, statistics } from 'beijing-digital-economy';

const byline = metadata.contributors.map((c) => `${getEntity(c.entity).name} (${c.role})`).join(', ');
const date = metadata.datePublished;
const unitOf = (unit) =>
  unit.kind === 'currency' ? unit.currency : unit.kind === 'percent' ? '%' : unit.kind === 'years' ? 'years' : `${unit.kind} of ${unit.of}`;

console.log(metadata.headline);
console.log(`${getEntity(metadata.publisher).name} · ${metadata.section}`);
console.log(`By ${byline}`);
console.log(`Published ${date.value}${date.inferred ? ' (inferred from the text)' : ''}`);
console.log('');
console.log(`${statistics.length} statistics:`);
for (const s of statistics) {
  console.log(`  ${s.label}: ${s.comparator} ${s.value} ${unitOf(s.unit)}${s.period ? ` (${s.period})` : ''} — “${s.statedAs}”`);
}
