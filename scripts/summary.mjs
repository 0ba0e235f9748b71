// `npm start`: a summary of the article, read from the built package by its own name.
import { formatCitation, formatStatistic, getEntity, metadata, statistics, article } from 'beijing-digital-economy';

const byline = metadata.contributors.map((c) => `${getEntity(c.entity).name} (${c.role})`).join(', ');
const date = metadata.datePublished;

console.log(metadata.headline);
console.log(`${getEntity(metadata.publisher).name} · ${metadata.section} · By ${byline}`);
console.log(`Published ${date.value}${date.inferred ? ' (inferred from the text)' : ''}`);
console.log('');
console.log(`${statistics.length} statistics:`);
for (const statistic of statistics) {
  const attribution = getEntity(statistic.source.attributedTo).name;
  console.log(`  - ${formatStatistic(statistic, { style: 'long', attribution })}`);
  console.log(`    ${formatStatistic(statistic, { locale: 'zh-CN', label: false })}`);
}
console.log('');
console.log(`Cite as: ${formatCitation(article, 'apa')}`);
