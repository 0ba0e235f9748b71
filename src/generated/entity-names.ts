// generated — do not edit. `npm run generate` writes this file from data/annotations.json and data/article.txt.

import type { EntityId } from './ids.js';

/** Each entity of the built-in article by id: its name as the text writes it. */
export const ENTITY_NAMES: Readonly<Record<EntityId, string>> = /*#__PURE__*/ Object.freeze({
  "jilin": "Jilin",
  "huang-xinyu": "Huang Xinyu",
  "wang-jinyu": "Wang Jinyu",
  "zhao-lin": "Zhao Lin",
  "xi-jinping": "Jinping",
  "beijing": "Beijing",
  "zhongguancun-software-park": "Zhongguancun Software Park",
  "beijing-cppcc": "Beijing CPPCC",
  "beijing-municipal-party-committee": "Beijing Municipal Party Committee",
  "beijing-municipal-government": "Beijing Municipal Government",
  "state-council": "State Council",
  "beijing-news": "Beijing News",
  "shell-finance": "Shell Finance",
  "beijing-digital-technology-enterprise-yunji": "Beijing Digital Technology Enterprise Yunji",
  "xiaomi": "Xiaomi",
  "meituan": "Meituan",
  "baidu": "Baidu",
  "china-top-500-big-data-companies-2019": "2019 China Top 500 Big Data Companies",
  "digital-trade-forum": "Digital Trade Development Trends and Frontier Summit Forum",
  "service-trade-fair": "Service Trade Fair",
  "jinping-important-speech": "General Secretary Jinping’s important speech"
});
