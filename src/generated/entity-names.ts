// generated — do not edit. `npm run generate` writes this file from data/article.json and data/article.txt.

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

/** Each entity of the built-in article that has a Chinese form, by id: that form. */
export const ENTITY_NAMES_ZH_HANS: Readonly<Partial<Record<EntityId, string>>> = /*#__PURE__*/ Object.freeze({
  "jilin": "吉林",
  "huang-xinyu": "Huang Xinyu",
  "wang-jinyu": "Wang Jinyu",
  "zhao-lin": "Zhao Lin",
  "xi-jinping": "习近平",
  "beijing": "北京",
  "zhongguancun-software-park": "中关村软件园",
  "beijing-cppcc": "北京市政协",
  "beijing-municipal-party-committee": "中共北京市委",
  "beijing-municipal-government": "北京市人民政府",
  "state-council": "国务院",
  "beijing-news": "新京报",
  "shell-finance": "贝壳财经",
  "beijing-digital-technology-enterprise-yunji": "北京数字科技企业Yunji",
  "xiaomi": "小米",
  "meituan": "美团",
  "baidu": "百度",
  "china-top-500-big-data-companies-2019": "2019中国大数据企业500强",
  "digital-trade-forum": "数字贸易发展趋势和前沿高峰论坛",
  "service-trade-fair": "服贸会",
  "jinping-important-speech": "习近平总书记重要讲话"
});
