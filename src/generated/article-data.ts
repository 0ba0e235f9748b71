// generated — do not edit. `npm run generate` writes this file from data/annotations.json and data/article.txt.

import type { Article, Entity, Metadata, Paragraph, Policy, Quote, Statistic } from '../types/index.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/**
 * The source text, byte for byte as published (the translation, with its site boilerplate).
 *
 * @example
 * ```ts
 * import { articleText } from 'beijing-digital-economy';
 *
 * articleText.length;
 * //=> 4396
 * ```
 * @category Data
 */
export const articleText: string = "World News\n\nJilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country\n\nBeijing News Shell Finance News (Reporter Huang Xinyu) On September 5, at the “Digital Trade Development Trends and Frontier Summit Forum” of the Service Trade Association, according to the introduction of Jilin, Chairman of the Beijing CPPCC, Beijing’s digital economy accounted for GDP in 2019 The proportion exceeds 50%, ranking first in the country. Beijing has become a highland for innovation and development of the national digital economy.\n\nAccording to Jilin’s disclosure, the total import and export volume of Beijing’s service trade in 2019 exceeded US$160 billion, accounting for about 20% of the country’s total service trade. In a horizontal comparison with global service trade countries and regions, Beijing has entered the top 20.\n\nAs a high-tech industrial park with dual qualifications as a national software industry base and a national software export base, Zhongguancun Software Park also gathers more than 600 headquarters of well-known IT companies at home and abroad and global R&D centers. “In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,” Jilin said.\n\nIn addition, 22 Beijing companies including Beijing Digital Technology Enterprise Yunji, Xiaomi, Meituan, Baidu, etc. have entered the 2019 China Top 500 Big Data Companies list, accounting for 44% of the country, and ranking first in the country.\n\nAccording to Jilin, Beijing currently leads the country’s development in key digital technologies such as 5G, cloud computing, big data, artificial intelligence, and blockchain. Application scenarios such as autonomous driving, industrial Internet, smart cities, smart healthcare, and sharing economy have formed a certain degree of international influence.\n\nJilin said that the digital transformation of Beijing’s industry is continuing to deepen. The city’s industrial enterprises above designated size have achieved cloud and platform access rates of more than 40%. At the same time, Beijing’s business environment has been continuously optimized and improved. In the State Council’s assessment of the business environment of major cities across the country, Beijing has ranked first for two consecutive years.\n\nIn fact, Jilin stated that as a national science and technology innovation center, in recent years, Beijing has thoroughly implemented the spirit of General Secretary Jinping’s important speech, and has taken the development of digital economy and digital trade as strategic choices to promote high-quality urban development. Promote the formation of a new development pattern in which domestic and international cycles are the mainstay and the domestic and international double cycles promote each other, and actively cultivate new advantages for participating in international cooperation and competition under the new situation.\n\nIn terms of policies, on June 10 this year, the Beijing Municipal Party Committee and Municipal Government issued the “Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy” and five supporting documents, focusing on new infrastructure, new scenarios, new consumption, New openings and new services put forward practical measures to expand new business formats and new models, and various specific plans with full policy guarantees. “This demonstrates Beijing’s determination to promote the six-stable, six-guarantee market-oriented reform and all-round opening up to promote the transformation of economic kinetic energy.” Jilin said.\n\nJilin revealed that on September 7th, Beijing will issue a major release of the “1+3” policy system to promote the digital economy and innovative development at the Service Trade Fair, and clarify the focus and direction of Beijing’s digital economy development in the next stage. Regarding these policies and measures that have been introduced or are in the process of being introduced, he believes that “I believe Beijing will play a good demonstrative effect and leading role for the development of the national digital economy and digital trade.”\n\nBeijing News Shell Finance reporter Huang Xinyu editor Wang Jinyu proofreading Zhao Lin\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *";

/**
 * Headline, section, publisher, contributors and the (inferred) publication date. Deeply frozen.
 *
 * @example
 * ```ts
 * import { metadata } from 'beijing-digital-economy';
 *
 * metadata.datePublished.value;
 * //=> "2020-09-05"
 * ```
 * @category Data
 */
export const metadata: Metadata = /*#__PURE__*/ deepFreeze({
  "headline": "Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country",
  "section": "World News",
  "language": "en",
  "translatedFrom": "zh",
  "publisher": "beijing-news",
  "contributors": [
    {
      "entity": "huang-xinyu",
      "role": "reporter"
    },
    {
      "entity": "wang-jinyu",
      "role": "editor"
    },
    {
      "entity": "zhao-lin",
      "role": "proofreader"
    }
  ],
  "datePublished": {
    "value": "2020-09-05",
    "inferred": true,
    "basis": "The text carries no date line. It reports the forum of “September 5” as past and the release of “September 7th” as still to come (“will issue”), so it appeared on 5 or 6 September; the year is 2020 because the headline calls 2019 “last year” and the lead puts the digital-economy figure “in 2019”. The day of the forum, 5 September 2020, is taken as the date of the report.",
    "evidence": [
      {
        "paragraphId": "headline",
        "start": 19,
        "end": 28,
        "exact": "Last year",
        "prefix": "World News\n\nJilin: ",
        "suffix": ", Beijing’s digital economy acco"
      },
      {
        "paragraphId": "lead",
        "start": 172,
        "end": 186,
        "exact": "On September 5",
        "prefix": "nce News (Reporter Huang Xinyu) ",
        "suffix": ", at the “Digital Trade Developm"
      },
      {
        "paragraphId": "lead",
        "start": 405,
        "end": 412,
        "exact": "in 2019",
        "prefix": "gital economy accounted for GDP ",
        "suffix": " The proportion exceeds 50%, ran"
      },
      {
        "paragraphId": "body-8",
        "start": 3690,
        "end": 3726,
        "exact": "on September 7th, Beijing will issue",
        "prefix": "ilin said.\n\nJilin revealed that ",
        "suffix": " a major release of the “1+3” po"
      }
    ]
  },
  "event": "digital-trade-forum",
  "wordCount": 606,
  "fieldNotes": {
    "section": [
      {
        "kind": "inference",
        "text": "“World News” is the label of the site that republished the translation, not a section of the Beijing News; the text does not say so. Basis: the label stands above the headline as the site’s comment form stands below the credits, and the report’s own dateline is “Beijing News Shell Finance News”. Outside knowledge: the page the text was taken from begins with “World News” too (see `metadata.source`)."
      }
    ],
    "translatedFrom": [
      {
        "kind": "inference",
        "text": "The text does not say that it is a translation, nor from what. `zh` is read from the report itself: the names are in Pinyin (Huang Xinyu, Wang Jinyu, Zhao Lin), the money is in yuan, and several phrases are word-for-word renderings of Chinese set phrases (“six-stable, six-guarantee”, “above designated size”, “double cycles”, “cloud and platform access”). Outside knowledge: the Beijing News (新京报) is a Chinese-language daily."
      }
    ],
    "publisher": [
      {
        "kind": "inference",
        "text": "The Beijing News is read as the publisher of the original report from its dateline (“Beijing News Shell Finance News”) and the credits (“Beijing News Shell Finance reporter”). The English text was republished by a site the text does not name; that site, found from outside the text, is recorded in `metadata.source`."
      }
    ]
  },
  "source": {
    "url": "https://electrodealpro.com/jilin-last-year-beijings-digital-economy-accounted-for-over-50-of-gdp-ranking-first-in-the-country/",
    "name": "electrodealpro.com",
    "note": "Outside knowledge, not named by the text: the site that republished the English translation of the Beijing News report, and the page this text was taken from. A stored copy of the page, found with a search of public pages, begins with “World News” and goes on with the headline and the report in the same words as the text. The section label “World News” and the comment form after the credits are the site’s, not the report’s (see `fieldNotes.section` and the notes on those paragraphs)."
  },
  "rights": {
    "textOwners": "The report belongs to the Beijing News (新京报), which published it under its Shell Finance (贝壳财经) name; the English translation belongs to its translator, whom the text does not name. The section label and the comment form are the republishing site’s (see `source`). The package owns none of the text.",
    "textBasis": "The text is included whole and unaltered as quotation for research, commentary and criticism: the annotations describe, check and comment on the report, and each points at the words it is about. The package has no licence or permission from the Beijing News, the translator or the republishing site, and claims none; its own licences do not cover the text. Whoever reuses the text needs a basis of their own, such as quotation or fair use where they are.",
    "annotationsLicense": "CC-BY-4.0",
    "annotationsLicenseUrl": "https://creativecommons.org/licenses/by/4.0/"
  }
});

/**
 * Every paragraph of the text, in order, with its role and offsets. Deeply frozen.
 *
 * @example
 * ```ts
 * import { paragraphs } from 'beijing-digital-economy';
 *
 * paragraphs.map((p) => p.role).slice(0, 3);
 * //=> ["section","headline","lead"]
 * ```
 * @category Data
 */
export const paragraphs: readonly Paragraph[] = /*#__PURE__*/ deepFreeze([
  {
    "id": "section",
    "index": 0,
    "role": "section",
    "text": "World News",
    "start": 0,
    "end": 10,
    "notes": [
      {
        "kind": "inference",
        "text": "The label of the site that republished the translation, not of the Beijing News (see `metadata.fieldNotes.section`; the site is named, from outside the text, in `metadata.source`)."
      }
    ]
  },
  {
    "id": "headline",
    "index": 1,
    "role": "headline",
    "text": "Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country",
    "start": 12,
    "end": 115
  },
  {
    "id": "lead",
    "index": 2,
    "role": "lead",
    "text": "Beijing News Shell Finance News (Reporter Huang Xinyu) On September 5, at the “Digital Trade Development Trends and Frontier Summit Forum” of the Service Trade Association, according to the introduction of Jilin, Chairman of the Beijing CPPCC, Beijing’s digital economy accounted for GDP in 2019 The proportion exceeds 50%, ranking first in the country. Beijing has become a highland for innovation and development of the national digital economy.",
    "start": 117,
    "end": 564
  },
  {
    "id": "body-1",
    "index": 3,
    "role": "body",
    "text": "According to Jilin’s disclosure, the total import and export volume of Beijing’s service trade in 2019 exceeded US$160 billion, accounting for about 20% of the country’s total service trade. In a horizontal comparison with global service trade countries and regions, Beijing has entered the top 20.",
    "start": 566,
    "end": 864
  },
  {
    "id": "body-2",
    "index": 4,
    "role": "body",
    "text": "As a high-tech industrial park with dual qualifications as a national software industry base and a national software export base, Zhongguancun Software Park also gathers more than 600 headquarters of well-known IT companies at home and abroad and global R&D centers. “In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,” Jilin said.",
    "start": 866,
    "end": 1238
  },
  {
    "id": "body-3",
    "index": 5,
    "role": "body",
    "text": "In addition, 22 Beijing companies including Beijing Digital Technology Enterprise Yunji, Xiaomi, Meituan, Baidu, etc. have entered the 2019 China Top 500 Big Data Companies list, accounting for 44% of the country, and ranking first in the country.",
    "start": 1240,
    "end": 1487
  },
  {
    "id": "body-4",
    "index": 6,
    "role": "body",
    "text": "According to Jilin, Beijing currently leads the country’s development in key digital technologies such as 5G, cloud computing, big data, artificial intelligence, and blockchain. Application scenarios such as autonomous driving, industrial Internet, smart cities, smart healthcare, and sharing economy have formed a certain degree of international influence.",
    "start": 1489,
    "end": 1846
  },
  {
    "id": "body-5",
    "index": 7,
    "role": "body",
    "text": "Jilin said that the digital transformation of Beijing’s industry is continuing to deepen. The city’s industrial enterprises above designated size have achieved cloud and platform access rates of more than 40%. At the same time, Beijing’s business environment has been continuously optimized and improved. In the State Council’s assessment of the business environment of major cities across the country, Beijing has ranked first for two consecutive years.",
    "start": 1848,
    "end": 2302
  },
  {
    "id": "body-6",
    "index": 8,
    "role": "body",
    "text": "In fact, Jilin stated that as a national science and technology innovation center, in recent years, Beijing has thoroughly implemented the spirit of General Secretary Jinping’s important speech, and has taken the development of digital economy and digital trade as strategic choices to promote high-quality urban development. Promote the formation of a new development pattern in which domestic and international cycles are the mainstay and the domestic and international double cycles promote each other, and actively cultivate new advantages for participating in international cooperation and competition under the new situation.",
    "start": 2304,
    "end": 2935
  },
  {
    "id": "body-7",
    "index": 9,
    "role": "body",
    "text": "In terms of policies, on June 10 this year, the Beijing Municipal Party Committee and Municipal Government issued the “Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy” and five supporting documents, focusing on new infrastructure, new scenarios, new consumption, New openings and new services put forward practical measures to expand new business formats and new models, and various specific plans with full policy guarantees. “This demonstrates Beijing’s determination to promote the six-stable, six-guarantee market-oriented reform and all-round opening up to promote the transformation of economic kinetic energy.” Jilin said.",
    "start": 2937,
    "end": 3668
  },
  {
    "id": "body-8",
    "index": 10,
    "role": "body",
    "text": "Jilin revealed that on September 7th, Beijing will issue a major release of the “1+3” policy system to promote the digital economy and innovative development at the Service Trade Fair, and clarify the focus and direction of Beijing’s digital economy development in the next stage. Regarding these policies and measures that have been introduced or are in the process of being introduced, he believes that “I believe Beijing will play a good demonstrative effect and leading role for the development of the national digital economy and digital trade.”",
    "start": 3670,
    "end": 4220
  },
  {
    "id": "credits",
    "index": 11,
    "role": "credits",
    "text": "Beijing News Shell Finance reporter Huang Xinyu editor Wang Jinyu proofreading Zhao Lin",
    "start": 4222,
    "end": 4309
  },
  {
    "id": "comment-form-title",
    "index": 12,
    "role": "boilerplate",
    "text": "Leave a Reply",
    "start": 4311,
    "end": 4324,
    "notes": [
      {
        "kind": "inference",
        "text": "The comment form of the site that republished the translation, not part of the Beijing News report. Outside knowledge: “Leave a Reply” and “Your email address will not be published. Required fields are marked *” are the default wording of the WordPress comment form."
      }
    ]
  },
  {
    "id": "comment-form-notice",
    "index": 13,
    "role": "boilerplate",
    "text": "Your email address will not be published. Required fields are marked *",
    "start": 4326,
    "end": 4396,
    "notes": [
      {
        "kind": "inference",
        "text": "The comment form of the site that republished the translation, not part of the Beijing News report. Outside knowledge: “Leave a Reply” and “Your email address will not be published. Required fields are marked *” are the default wording of the WordPress comment form."
      }
    ]
  }
]);

/**
 * Every person, organisation, company, place, event and publication named. Deeply frozen.
 *
 * @example
 * ```ts
 * import { entities } from 'beijing-digital-economy';
 *
 * entities.filter((e) => e.kind === 'person').length;
 * //=> 5
 * ```
 * @category Data
 */
export const entities: readonly Entity[] = /*#__PURE__*/ deepFreeze([
  {
    "id": "jilin",
    "kind": "person",
    "name": "Jilin",
    "role": "Chairman of the Beijing CPPCC",
    "aliases": [
      "Ji Lin"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "Read as a person, not the province of Jilin: the text gives him a title (“Jilin, Chairman of the Beijing CPPCC”) and refers to him as “he”."
      },
      {
        "kind": "translation",
        "text": "The translation writes the name as one word, “Jilin”, the spelling of the province. In the usual Pinyin form, family name first and apart, it is Ji Lin, kept as an alias; `name` stays as the text writes it (the rule for mangled names, docs/decisions/0049-the-rule-for-mangled-names.md in the package's repository)."
      }
    ],
    "mentions": [
      {
        "paragraphId": "headline",
        "start": 12,
        "end": 17,
        "exact": "Jilin",
        "prefix": "World News\n\n",
        "suffix": ": Last year, Beijing’s digital e"
      },
      {
        "paragraphId": "lead",
        "start": 323,
        "end": 328,
        "exact": "Jilin",
        "prefix": "ccording to the introduction of ",
        "suffix": ", Chairman of the Beijing CPPCC,"
      },
      {
        "paragraphId": "body-1",
        "start": 579,
        "end": 584,
        "exact": "Jilin",
        "prefix": " digital economy.\n\nAccording to ",
        "suffix": "’s disclosure, the total import "
      },
      {
        "paragraphId": "body-2",
        "start": 1227,
        "end": 1232,
        "exact": "Jilin",
        "prefix": "s reached 286.89 billion yuan,” ",
        "suffix": " said.\n\nIn addition, 22 Beijing "
      },
      {
        "paragraphId": "body-4",
        "start": 1502,
        "end": 1507,
        "exact": "Jilin",
        "prefix": "t in the country.\n\nAccording to ",
        "suffix": ", Beijing currently leads the co"
      },
      {
        "paragraphId": "body-5",
        "start": 1848,
        "end": 1853,
        "exact": "Jilin",
        "prefix": "ee of international influence.\n\n",
        "suffix": " said that the digital transform"
      },
      {
        "paragraphId": "body-6",
        "start": 2313,
        "end": 2318,
        "exact": "Jilin",
        "prefix": "wo consecutive years.\n\nIn fact, ",
        "suffix": " stated that as a national scien"
      },
      {
        "paragraphId": "body-7",
        "start": 3657,
        "end": 3662,
        "exact": "Jilin",
        "prefix": "on of economic kinetic energy.” ",
        "suffix": " said.\n\nJilin revealed that on S"
      },
      {
        "paragraphId": "body-8",
        "start": 3670,
        "end": 3675,
        "exact": "Jilin",
        "prefix": "c kinetic energy.” Jilin said.\n\n",
        "suffix": " revealed that on September 7th,"
      }
    ]
  },
  {
    "id": "huang-xinyu",
    "kind": "person",
    "name": "Huang Xinyu",
    "role": "Reporter, Beijing News Shell Finance",
    "mentions": [
      {
        "paragraphId": "lead",
        "start": 159,
        "end": 170,
        "exact": "Huang Xinyu",
        "prefix": "ws Shell Finance News (Reporter ",
        "suffix": ") On September 5, at the “Digita"
      },
      {
        "paragraphId": "credits",
        "start": 4258,
        "end": 4269,
        "exact": "Huang Xinyu",
        "prefix": "ing News Shell Finance reporter ",
        "suffix": " editor Wang Jinyu proofreading "
      }
    ]
  },
  {
    "id": "wang-jinyu",
    "kind": "person",
    "name": "Wang Jinyu",
    "role": "Editor",
    "mentions": [
      {
        "paragraphId": "credits",
        "start": 4277,
        "end": 4287,
        "exact": "Wang Jinyu",
        "prefix": "nce reporter Huang Xinyu editor ",
        "suffix": " proofreading Zhao Lin\n\nLeave a "
      }
    ]
  },
  {
    "id": "zhao-lin",
    "kind": "person",
    "name": "Zhao Lin",
    "role": "Proofreader",
    "mentions": [
      {
        "paragraphId": "credits",
        "start": 4301,
        "end": 4309,
        "exact": "Zhao Lin",
        "prefix": " editor Wang Jinyu proofreading ",
        "suffix": "\n\nLeave a Reply\n\nYour email addr"
      }
    ]
  },
  {
    "id": "xi-jinping",
    "kind": "person",
    "name": "Jinping",
    "role": "General Secretary",
    "aliases": [
      "Xi Jinping"
    ],
    "notes": [
      {
        "kind": "translation",
        "text": "The translation writes “General Secretary Jinping”, dropping the family name Xi. `name` stays as the text writes it and the full name is an alias (the rule for mangled names, docs/decisions/0049-the-rule-for-mangled-names.md in the package's repository)."
      },
      {
        "kind": "inference",
        "text": "Identified from outside knowledge, not from the text: the General Secretary of the Communist Party of China in 2020 was Xi Jinping. The text has only “General Secretary Jinping”."
      }
    ],
    "mentions": [
      {
        "paragraphId": "body-6",
        "start": 2453,
        "end": 2478,
        "exact": "General Secretary Jinping",
        "prefix": "ughly implemented the spirit of ",
        "suffix": "’s important speech, and has tak"
      }
    ],
    "wikidata": {
      "id": "Q15031",
      "source": {
        "title": "SpocWiki/_Standards — Society/Politics/Government/Leader/Modern_Leaders/Xi_Jinping.md (a page on Xi Jinping that carries his Wikidata statements)",
        "url": "https://github.com/SpocWiki/_Standards/blob/146bc2db4884bf4805690df4a50fab2d228b9cf3/Society/Politics/Government/Leader/Modern_Leaders/Xi_Jinping.md",
        "excerpt": "has_id_wikidata: Q15031"
      },
      "note": "The page is about Xi Jinping (its heading, its abstract and its name_in_native_language 习近平). That the text’s “General Secretary Jinping” is Xi Jinping is this package’s inference, made in the entity’s notes; the id follows it."
    }
  },
  {
    "id": "beijing",
    "kind": "place",
    "name": "Beijing",
    "notes": [
      {
        "kind": "inference",
        "text": "`designations` holds “a national science and technology innovation center”, a status the text gives Beijing inside Jilin’s statement (quote jilin-strategic-choices: “Jilin stated that as a national science and technology innovation center, …”), so it is his words as the report relays them. The lead’s “Beijing has become a highland for innovation and development of the national digital economy” is not a designation but a claim of Jilin’s (quote jilin-digital-economy-share), and is not listed."
      }
    ],
    "mentions": [
      {
        "paragraphId": "headline",
        "start": 30,
        "end": 37,
        "exact": "Beijing",
        "prefix": "World News\n\nJilin: Last year, ",
        "suffix": "’s digital economy accounted for"
      },
      {
        "paragraphId": "lead",
        "start": 361,
        "end": 368,
        "exact": "Beijing",
        "prefix": " Chairman of the Beijing CPPCC, ",
        "suffix": "’s digital economy accounted for"
      },
      {
        "paragraphId": "lead",
        "start": 471,
        "end": 478,
        "exact": "Beijing",
        "prefix": ", ranking first in the country. ",
        "suffix": " has become a highland for innov"
      },
      {
        "paragraphId": "body-1",
        "start": 637,
        "end": 644,
        "exact": "Beijing",
        "prefix": "tal import and export volume of ",
        "suffix": "’s service trade in 2019 exceede"
      },
      {
        "paragraphId": "body-1",
        "start": 833,
        "end": 840,
        "exact": "Beijing",
        "prefix": "ce trade countries and regions, ",
        "suffix": " has entered the top 20.\n\nAs a h"
      },
      {
        "paragraphId": "body-3",
        "start": 1256,
        "end": 1263,
        "exact": "Beijing",
        "prefix": ",” Jilin said.\n\nIn addition, 22 ",
        "suffix": " companies including Beijing Dig"
      },
      {
        "paragraphId": "body-4",
        "start": 1509,
        "end": 1516,
        "exact": "Beijing",
        "prefix": "e country.\n\nAccording to Jilin, ",
        "suffix": " currently leads the country’s d"
      },
      {
        "paragraphId": "body-5",
        "start": 1894,
        "end": 1901,
        "exact": "Beijing",
        "prefix": "t the digital transformation of ",
        "suffix": "’s industry is continuing to dee"
      },
      {
        "paragraphId": "body-5",
        "start": 2076,
        "end": 2083,
        "exact": "Beijing",
        "prefix": "ore than 40%. At the same time, ",
        "suffix": "’s business environment has been"
      },
      {
        "paragraphId": "body-5",
        "start": 2251,
        "end": 2258,
        "exact": "Beijing",
        "prefix": "ajor cities across the country, ",
        "suffix": " has ranked first for two consec"
      },
      {
        "paragraphId": "body-6",
        "start": 2404,
        "end": 2411,
        "exact": "Beijing",
        "prefix": "vation center, in recent years, ",
        "suffix": " has thoroughly implemented the "
      },
      {
        "paragraphId": "body-7",
        "start": 3188,
        "end": 3195,
        "exact": "Beijing",
        "prefix": "the High-quality Development of ",
        "suffix": "’s Economy” and five supporting "
      },
      {
        "paragraphId": "body-7",
        "start": 3485,
        "end": 3492,
        "exact": "Beijing",
        "prefix": " guarantees. “This demonstrates ",
        "suffix": "’s determination to promote the "
      },
      {
        "paragraphId": "body-8",
        "start": 3708,
        "end": 3715,
        "exact": "Beijing",
        "prefix": "revealed that on September 7th, ",
        "suffix": " will issue a major release of t"
      },
      {
        "paragraphId": "body-8",
        "start": 3894,
        "end": 3901,
        "exact": "Beijing",
        "prefix": "rify the focus and direction of ",
        "suffix": "’s digital economy development i"
      },
      {
        "paragraphId": "body-8",
        "start": 4086,
        "end": 4093,
        "exact": "Beijing",
        "prefix": "ed, he believes that “I believe ",
        "suffix": " will play a good demonstrative "
      }
    ],
    "designations": [
      {
        "paragraphId": "body-6",
        "start": 2334,
        "end": 2385,
        "exact": "a national science and technology innovation center",
        "prefix": "\n\nIn fact, Jilin stated that as ",
        "suffix": ", in recent years, Beijing has t"
      }
    ],
    "wikidata": {
      "id": "Q956",
      "source": {
        "title": "gparlakov/tinySearch — apps/tiny-server/src/cities.ts (cities by population, as Wikidata’s query service lists them)",
        "url": "https://github.com/gparlakov/tinySearch/blob/dda12c7e84b0094e4a96479a54c35fd0fb84f466/apps/tiny-server/src/cities.ts",
        "excerpt": "\"url\": \"http://www.wikidata.org/entity/Q956\",\n      \"cityLabel\": \"Beijing\""
      }
    }
  },
  {
    "id": "zhongguancun-software-park",
    "kind": "place",
    "name": "Zhongguancun Software Park",
    "role": "High-tech industrial park; national software industry base and national software export base",
    "mentions": [
      {
        "paragraphId": "body-2",
        "start": 996,
        "end": 1022,
        "exact": "Zhongguancun Software Park",
        "prefix": " national software export base, ",
        "suffix": " also gathers more than 600 head"
      }
    ],
    "designations": [
      {
        "paragraphId": "body-2",
        "start": 925,
        "end": 958,
        "exact": "a national software industry base",
        "prefix": "ark with dual qualifications as ",
        "suffix": " and a national software export "
      },
      {
        "paragraphId": "body-2",
        "start": 963,
        "end": 994,
        "exact": "a national software export base",
        "prefix": "onal software industry base and ",
        "suffix": ", Zhongguancun Software Park als"
      }
    ]
  },
  {
    "id": "beijing-cppcc",
    "kind": "organization",
    "name": "Beijing CPPCC",
    "aliases": [
      "Beijing Municipal Committee of the Chinese People’s Political Consultative Conference"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The alias spells out “Beijing CPPCC”, which is all the text writes. Outside knowledge: it is the body’s official English name, as Beijing’s bilingual government work report of 21 January 2024 writes it on the site of the city’s Foreign Affairs Office (https://wb.beijing.gov.cn/home/gjjwzx/xxzl/202402/t20240204_3556554.html): “I also invite comments from members of the Beijing Municipal Committee of the Chinese People's Political Consultative Conference (CPPCC).”"
      }
    ],
    "mentions": [
      {
        "paragraphId": "lead",
        "start": 346,
        "end": 359,
        "exact": "Beijing CPPCC",
        "prefix": "ction of Jilin, Chairman of the ",
        "suffix": ", Beijing’s digital economy acco"
      }
    ]
  },
  {
    "id": "beijing-municipal-party-committee",
    "kind": "organization",
    "name": "Beijing Municipal Party Committee",
    "mentions": [
      {
        "paragraphId": "body-7",
        "start": 2985,
        "end": 3018,
        "exact": "Beijing Municipal Party Committee",
        "prefix": "cies, on June 10 this year, the ",
        "suffix": " and Municipal Government issued"
      }
    ]
  },
  {
    "id": "beijing-municipal-government",
    "kind": "organization",
    "name": "Beijing Municipal Government",
    "notes": [
      {
        "kind": "inference",
        "text": "The text says “the Beijing Municipal Party Committee and Municipal Government”; “Beijing” is carried over to the government."
      }
    ],
    "mentions": [
      {
        "paragraphId": "body-7",
        "start": 3023,
        "end": 3043,
        "exact": "Municipal Government",
        "prefix": "g Municipal Party Committee and ",
        "suffix": " issued the “Opinions on Acceler"
      }
    ]
  },
  {
    "id": "state-council",
    "kind": "organization",
    "name": "State Council",
    "role": "Assessor of the business environment of major cities",
    "mentions": [
      {
        "paragraphId": "body-5",
        "start": 2160,
        "end": 2173,
        "exact": "State Council",
        "prefix": " optimized and improved. In the ",
        "suffix": "’s assessment of the business en"
      }
    ]
  },
  {
    "id": "beijing-news",
    "kind": "publication",
    "name": "Beijing News",
    "role": "Publisher",
    "mentions": [
      {
        "paragraphId": "lead",
        "start": 117,
        "end": 129,
        "exact": "Beijing News",
        "prefix": ", ranking first in the country\n\n",
        "suffix": " Shell Finance News (Reporter Hu"
      },
      {
        "paragraphId": "credits",
        "start": 4222,
        "end": 4234,
        "exact": "Beijing News",
        "prefix": "al economy and digital trade.”\n\n",
        "suffix": " Shell Finance reporter Huang Xi"
      }
    ]
  },
  {
    "id": "shell-finance",
    "kind": "publication",
    "name": "Shell Finance",
    "role": "Finance desk of the Beijing News",
    "notes": [
      {
        "kind": "inference",
        "text": "“Finance desk of the Beijing News” is a reading: the text only puts the names side by side (“Beijing News Shell Finance News”, “Beijing News Shell Finance reporter”). Outside knowledge: Shell Finance (贝壳财经) is a name the Beijing News publishes under on its own site (“贝壳财经中诚信美丽中国ESG指数”, https://www.bjnews.com.cn/detail/1695607476129664.html); that it is the paper’s finance news brand rests on its credit lines (“新京报贝壳财经记者 … 编辑 … 校对 …”), seen only in copies of its reports that have no address of their own to cite."
      }
    ],
    "mentions": [
      {
        "paragraphId": "lead",
        "start": 130,
        "end": 143,
        "exact": "Shell Finance",
        "prefix": "st in the country\n\nBeijing News ",
        "suffix": " News (Reporter Huang Xinyu) On "
      },
      {
        "paragraphId": "credits",
        "start": 4235,
        "end": 4248,
        "exact": "Shell Finance",
        "prefix": "d digital trade.”\n\nBeijing News ",
        "suffix": " reporter Huang Xinyu editor Wan"
      }
    ]
  },
  {
    "id": "beijing-digital-technology-enterprise-yunji",
    "kind": "company",
    "name": "Beijing Digital Technology Enterprise Yunji",
    "role": "Provisionally read as a company on the list; the words may name none (see the notes)",
    "notes": [
      {
        "kind": "ambiguity",
        "text": "Kept as one entity under the translation’s words, which admit several readings: one company’s name; a description (“Beijing digital technology enterprise”) followed by the name “Yunji”; a description of all four companies (“Beijing digital technology enterprises Yunji, Xiaomi, Meituan, Baidu”); two companies, “Beijing Digital Technology Enterprise” and “Yunji”, with the comma between them lost; or no company at all. Outside knowledge for the last: “Yunji” may be the Pinyin of 云集, “gather in great numbers” (a dictionary entry: \"云集\"取\"如云般密集汇聚\"的比喻义, https://xuexi.yuesha.com/hanyu/pquomqQ=.html), as in 北京数字科技企业云集, “Beijing’s digital-technology firms cluster here”. The Chinese original is not part of the source."
      },
      {
        "kind": "inference",
        "text": "`kind: 'company'` is provisional: it holds only under the readings in which “Yunji” is a name. Under the 云集 reading (outside knowledge, see the other note) the words name no company, and the only Beijing companies the sentence names are Xiaomi, Meituan and Baidu. The entity is kept so that the words stay anchored and their doubt travels with them."
      }
    ],
    "mentions": [
      {
        "paragraphId": "body-3",
        "start": 1284,
        "end": 1327,
        "exact": "Beijing Digital Technology Enterprise Yunji",
        "prefix": " 22 Beijing companies including ",
        "suffix": ", Xiaomi, Meituan, Baidu, etc. h"
      }
    ]
  },
  {
    "id": "xiaomi",
    "kind": "company",
    "name": "Xiaomi",
    "mentions": [
      {
        "paragraphId": "body-3",
        "start": 1329,
        "end": 1335,
        "exact": "Xiaomi",
        "prefix": "al Technology Enterprise Yunji, ",
        "suffix": ", Meituan, Baidu, etc. have ente"
      }
    ],
    "wikidata": {
      "id": "Q1636958",
      "source": {
        "title": "osmlab/name-suggestion-index — data/brands/shop/mobile_phone.json (the OpenStreetMap tags of Xiaomi’s shops)",
        "url": "https://github.com/osmlab/name-suggestion-index/blob/0047f2d838a43dc3dfa12aaeaafafa6d18b636c2/data/brands/shop/mobile_phone.json",
        "excerpt": "\"brand\": \"小米\",\n        \"brand:en\": \"Xiaomi\",\n        \"brand:wikidata\": \"Q1636958\""
      },
      "note": "The index tags Xiaomi’s shops (小米之家) with the Wikidata item of their brand, Xiaomi; the package takes that item as the company the text names."
    }
  },
  {
    "id": "meituan",
    "kind": "company",
    "name": "Meituan",
    "mentions": [
      {
        "paragraphId": "body-3",
        "start": 1337,
        "end": 1344,
        "exact": "Meituan",
        "prefix": "ology Enterprise Yunji, Xiaomi, ",
        "suffix": ", Baidu, etc. have entered the 2"
      }
    ]
  },
  {
    "id": "baidu",
    "kind": "company",
    "name": "Baidu",
    "mentions": [
      {
        "paragraphId": "body-3",
        "start": 1346,
        "end": 1351,
        "exact": "Baidu",
        "prefix": "erprise Yunji, Xiaomi, Meituan, ",
        "suffix": ", etc. have entered the 2019 Chi"
      }
    ],
    "wikidata": {
      "id": "Q14772",
      "source": {
        "title": "searxng/searxng — searx/engines/baidu.py (the SearXNG search engine module for Baidu)",
        "url": "https://github.com/searxng/searxng/blob/b0f467012fc3e34f0d103a9decab37bb63e91aaa/searx/engines/baidu.py",
        "excerpt": "\"website\": \"https://www.baidu.com\",\n    \"wikidata_id\": \"Q14772\""
      },
      "note": "The module names the item for the site baidu.com; that the item is the company Baidu (not only its search engine) is this package’s reading."
    }
  },
  {
    "id": "china-top-500-big-data-companies-2019",
    "kind": "publication",
    "name": "2019 China Top 500 Big Data Companies",
    "role": "Ranking list of big data companies",
    "notes": [
      {
        "kind": "inconsistency",
        "text": "“500” is doubtful. 22 companies are 44% of 50 exactly, but 4.4% of 500, so the sentence’s own figures point at a list of 50 (a “Top 50”) and make “500” the likelier slip. The name, the id and the labels keep “500” as the text writes it; see the notes on big-data-top-500-national-share-2019."
      }
    ],
    "mentions": [
      {
        "paragraphId": "body-3",
        "start": 1375,
        "end": 1412,
        "exact": "2019 China Top 500 Big Data Companies",
        "prefix": "n, Baidu, etc. have entered the ",
        "suffix": " list, accounting for 44% of the"
      }
    ]
  },
  {
    "id": "digital-trade-forum",
    "kind": "event",
    "name": "Digital Trade Development Trends and Frontier Summit Forum",
    "role": "Forum of September 5 at which, the report says, figures were given “according to the introduction of Jilin”",
    "aliases": [
      "Summit Forum on Trends and Latest Developments of Digital Trade"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The role keeps to the lead, which puts the forum on “September 5” and gives the figures there “according to the introduction of Jilin”; that he made a speech at the forum is a reading the text does not state. Nor does it give the year: 2020 is inferred with the date of the report (see `metadata.datePublished`)."
      },
      {
        "kind": "translation",
        "text": "The name renders the forum’s Chinese name word for word (outside knowledge: 数字贸易发展趋势和前沿高峰论坛). Outside knowledge: its official English name, kept as an alias, and its date are in a report in the Budapest Times (https://www.budapesttimes.hu/world/create-a-new-digital-economy-future-through-global-cooperation/): “The “2020 CIFTIS--Summit Forum on Trends and Latest Developments of Digital Trade” was held in China National Convention Center in the morning of September 5.”"
      }
    ],
    "mentions": [
      {
        "paragraphId": "lead",
        "start": 196,
        "end": 254,
        "exact": "Digital Trade Development Trends and Frontier Summit Forum",
        "prefix": " Xinyu) On September 5, at the “",
        "suffix": "” of the Service Trade Associati"
      }
    ]
  },
  {
    "id": "service-trade-fair",
    "kind": "event",
    "name": "Service Trade Fair",
    "aliases": [
      "China International Fair for Trade in Services"
    ],
    "notes": [
      {
        "kind": "translation",
        "text": "“the Service Trade Association” in the lead names an organisation where the event is a fair: read as a mistranslation of the fair that the last paragraph calls “the Service Trade Fair”, not as a second body. A forum is held at an event, not at an association. By the rule for mangled names (docs/decisions/0085-the-rule-for-mangled-names-covers-events.md in the package's repository) the mistranslated form stays a mention and is not an alias. Outside knowledge: the fair is the China International Fair for Trade in Services (CIFTIS; 中国国际服务贸易交易会, short name 服贸会), its usual English name and the alias, held in Beijing from 4 to 9 September 2020 (Xinhua, http://en.people.cn/n3/2020/0903/c90000-9747353.html: “The CIFTIS, scheduled for Sept. 4-9”); the 会 of the short name can be read as “association” as well as “fair”."
      }
    ],
    "mentions": [
      {
        "paragraphId": "lead",
        "start": 263,
        "end": 288,
        "exact": "Service Trade Association",
        "prefix": "d Frontier Summit Forum” of the ",
        "suffix": ", according to the introduction "
      },
      {
        "paragraphId": "body-8",
        "start": 3835,
        "end": 3853,
        "exact": "Service Trade Fair",
        "prefix": "d innovative development at the ",
        "suffix": ", and clarify the focus and dire"
      }
    ]
  },
  {
    "id": "jinping-important-speech",
    "kind": "event",
    "name": "General Secretary Jinping’s important speech",
    "role": "Speech whose spirit Beijing “has thoroughly implemented”, by General Secretary Jinping (xi-jinping)",
    "notes": [
      {
        "kind": "ambiguity",
        "text": "The text does not say which speech, when or where it was given. Outside knowledge: “implemented the spirit of … important speech” renders a set phrase of official Chinese (贯彻落实…重要讲话精神) that refers to a leader’s speeches as guidance in general, and 讲话 has no number, so it may stand for several speeches."
      }
    ],
    "mentions": [
      {
        "paragraphId": "body-6",
        "start": 2481,
        "end": 2497,
        "exact": "important speech",
        "prefix": " of General Secretary Jinping’s ",
        "suffix": ", and has taken the development "
      }
    ]
  }
]);

/**
 * Every figure the text states, in text order. Deeply frozen.
 *
 * @example
 * ```ts
 * import { statistics } from 'beijing-digital-economy';
 *
 * statistics.length;
 * //=> 13
 * ```
 * @category Data
 */
export const statistics: readonly Statistic[] = /*#__PURE__*/ deepFreeze([
  {
    "id": "digital-economy-share-of-gdp-2019",
    "label": "Digital economy as a share of GDP",
    "measure": "share of GDP accounted for by the digital economy",
    "subject": "beijing",
    "value": 50,
    "unit": {
      "kind": "percent"
    },
    "comparator": "more-than",
    "period": "2019",
    "statedAs": "50%",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "lead",
        "start": 428,
        "end": 439,
        "exact": "exceeds 50%",
        "prefix": " for GDP in 2019 The proportion ",
        "suffix": ", ranking first in the country. "
      }
    },
    "restatedAt": [
      {
        "paragraphId": "headline",
        "start": 70,
        "end": 78,
        "exact": "over 50%",
        "prefix": "s digital economy accounted for ",
        "suffix": " of GDP, ranking first in the co"
      }
    ],
    "notes": [
      {
        "kind": "translation",
        "text": "The lead reads “accounted for GDP in 2019 The proportion exceeds 50%”, a run-on in the translation. Read, as the headline puts it, as the digital economy accounting for over 50% of GDP in 2019."
      },
      {
        "kind": "ambiguity",
        "text": "The text does not say on what basis the share is measured (which activities count as the digital economy, by whose accounts); the figure is Jilin’s. Outside knowledge: on the national statistical basis Beijing’s digital economy was 38% of its GDP in 2019, as the Beijing Municipal Bureau of Economy and Information Technology said in January 2021 (Xinhua, 12 January 2021; a stored copy in traditional characters, which adds Pinyin after some characters, at http://m.fzxysj.com/xwzx/hg/202101/t20210112_6129596.html: “按照國家統(tǒng)計口徑,2019年,北京數(shù)字經濟增加值超1.3萬億元,占GDP比重達38%”). “Over 50%” is therefore not the official statistic; compare it with official figures only with that caveat."
      }
    ]
  },
  {
    "id": "digital-economy-share-of-gdp-national-rank-2019",
    "label": "National rank of the digital economy’s share of GDP",
    "measure": "rank in the country by the digital economy’s share of GDP",
    "subject": "beijing",
    "value": 1,
    "unit": {
      "kind": "rank",
      "of": "the country"
    },
    "comparator": "exactly",
    "period": "2019",
    "statedAs": "first",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "lead",
        "start": 441,
        "end": 469,
        "exact": "ranking first in the country",
        "prefix": "019 The proportion exceeds 50%, ",
        "suffix": ". Beijing has become a highland "
      }
    },
    "restatedAt": [
      {
        "paragraphId": "headline",
        "start": 87,
        "end": 115,
        "exact": "ranking first in the country",
        "prefix": " accounted for over 50% of GDP, ",
        "suffix": "\n\nBeijing News Shell Finance New"
      }
    ],
    "notes": [
      {
        "kind": "ambiguity",
        "text": "The text does not say among what Beijing ranks first; presumably China’s provincial-level regions, by the same unstated measure as the share (see the basis note on digital-economy-share-of-gdp-2019)."
      }
    ]
  },
  {
    "id": "service-trade-volume-2019",
    "label": "Service trade, total import and export volume",
    "measure": "total import and export volume of service trade",
    "subject": "beijing",
    "value": 160000000000,
    "unit": {
      "kind": "currency",
      "currency": "USD"
    },
    "comparator": "more-than",
    "period": "2019",
    "statedAs": "US$160 billion",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "body-1",
        "start": 669,
        "end": 692,
        "exact": "exceeded US$160 billion",
        "prefix": "Beijing’s service trade in 2019 ",
        "suffix": ", accounting for about 20% of th"
      }
    }
  },
  {
    "id": "service-trade-share-of-national-2019",
    "label": "Share of the country’s service trade",
    "measure": "share of the country’s total service trade",
    "subject": "beijing",
    "value": 20,
    "unit": {
      "kind": "percent"
    },
    "comparator": "about",
    "period": "2019",
    "statedAs": "20%",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "body-1",
        "start": 709,
        "end": 718,
        "exact": "about 20%",
        "prefix": " US$160 billion, accounting for ",
        "suffix": " of the country’s total service "
      }
    },
    "notes": [
      {
        "kind": "inference",
        "text": "Arithmetic on the stated figures, not a figure of the text: more than US$160 billion at about 20% implies a national total of more than about US$800 billion (160 ÷ 0.20). The text states no national total."
      }
    ]
  },
  {
    "id": "service-trade-global-rank",
    "label": "Global rank in service trade",
    "measure": "rank among global service trade countries and regions",
    "subject": "beijing",
    "value": 20,
    "unit": {
      "kind": "rank",
      "of": "global service trade countries and regions"
    },
    "comparator": "at-most",
    "statedAs": "top 20",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "body-1",
        "start": 845,
        "end": 863,
        "exact": "entered the top 20",
        "prefix": "ntries and regions, Beijing has ",
        "suffix": ".\n\nAs a high-tech industrial par"
      }
    },
    "notes": [
      {
        "kind": "inference",
        "text": "Attributed to Jilin: the sentence follows his disclosure in the same paragraph and names no other source."
      },
      {
        "kind": "ambiguity",
        "text": "No year is given; the sentence follows the 2019 figures."
      },
      {
        "kind": "translation",
        "text": "“In a horizontal comparison” renders a Chinese phrase (outside knowledge: 横向比较) meaning a comparison with peers at the same time, here other countries and regions; nothing is horizontal."
      }
    ]
  },
  {
    "id": "zhongguancun-software-park-headquarters",
    "label": "Headquarters and R&D centres in Zhongguancun Software Park",
    "measure": "headquarters of well-known IT companies at home and abroad and global R&D centers in the park",
    "subject": "zhongguancun-software-park",
    "value": 600,
    "unit": {
      "kind": "count",
      "of": "headquarters and global R&D centers"
    },
    "comparator": "more-than",
    "statedAs": "600",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "body-2",
        "start": 1036,
        "end": 1049,
        "exact": "more than 600",
        "prefix": "ncun Software Park also gathers ",
        "suffix": " headquarters of well-known IT c"
      }
    },
    "notes": [
      {
        "kind": "inference",
        "text": "Attributed to Jilin by inference. The sentence is in the reporter’s voice and no quote record covers it: the “Jilin said” that ends the paragraph closes only the quotation after it. It is credited to him because the report presents its figures as what Jilin introduced at the forum (“according to the introduction of Jilin”, the lead) and the sentence names no other source; it may also be the reporter’s own background."
      },
      {
        "kind": "ambiguity",
        "text": "“more than 600 headquarters of well-known IT companies at home and abroad and global R&D centers” can count headquarters and R&D centres together (the reading of `unit.of`) or 600 headquarters plus R&D centres that the text does not count."
      }
    ]
  },
  {
    "id": "zhongguancun-software-park-output-2019",
    "label": "Total output value of enterprises in Zhongguancun Software Park",
    "measure": "total output value of enterprises in the park",
    "subject": "zhongguancun-software-park",
    "value": 286890000000,
    "unit": {
      "kind": "currency",
      "currency": "CNY"
    },
    "comparator": "exactly",
    "period": "2019",
    "statedAs": "286.89 billion yuan",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "body-2",
        "start": 1197,
        "end": 1224,
        "exact": "reached 286.89 billion yuan",
        "prefix": " of enterprises in the park has ",
        "suffix": ",” Jilin said.\n\nIn addition, 22 "
      }
    }
  },
  {
    "id": "big-data-top-500-beijing-companies-2019",
    "label": "Beijing companies on the 2019 China Top 500 Big Data Companies list",
    "measure": "Beijing companies on the list",
    "subject": "beijing",
    "value": 22,
    "unit": {
      "kind": "count",
      "of": "companies"
    },
    "comparator": "exactly",
    "period": "2019",
    "statedAs": "22",
    "source": {
      "attributedTo": "jilin",
      "via": "2019 China Top 500 Big Data Companies list",
      "anchor": {
        "paragraphId": "body-3",
        "start": 1253,
        "end": 1273,
        "exact": "22 Beijing companies",
        "prefix": "uan,” Jilin said.\n\nIn addition, ",
        "suffix": " including Beijing Digital Techn"
      }
    },
    "notes": [
      {
        "kind": "inconsistency",
        "text": "The list’s “500”, built into this id, label and `source.via`, is doubtful: 22 companies are 44% of a list of 50 exactly, but 4.4% of 500. The id and label keep “500” as the text writes it; see the notes on big-data-top-500-national-share-2019."
      },
      {
        "kind": "inference",
        "text": "Attributed to Jilin by inference. The sentence is in the reporter’s voice and no quote record covers it. It is credited to him because the report presents its figures as what Jilin introduced at the forum (“according to the introduction of Jilin”, the lead) and the sentence names no other source; it may also be the reporter’s own background."
      },
      {
        "kind": "inference",
        "text": "`period` is the year in the list’s name, “2019 China Top 500 Big Data Companies”: the text does not say whether the list ranks companies by their 2019 figures or was published in 2019 on earlier ones."
      }
    ]
  },
  {
    "id": "big-data-top-500-national-share-2019",
    "label": "Beijing’s share of the 2019 China Top 500 Big Data Companies list",
    "measure": "share of the country’s companies on the list",
    "subject": "beijing",
    "value": 44,
    "unit": {
      "kind": "percent"
    },
    "comparator": "exactly",
    "period": "2019",
    "statedAs": "44%",
    "source": {
      "attributedTo": "jilin",
      "via": "2019 China Top 500 Big Data Companies list",
      "anchor": {
        "paragraphId": "body-3",
        "start": 1419,
        "end": 1452,
        "exact": "accounting for 44% of the country",
        "prefix": "op 500 Big Data Companies list, ",
        "suffix": ", and ranking first in the count"
      }
    },
    "notes": [
      {
        "kind": "inconsistency",
        "text": "22 companies of a list of 500 are 4.4%, not 44%. The readings: “500” is the slip and the list has 50 entries, of which 22 are exactly 44% (the reading the sentence’s own figures support best); 44% is a slip for 4.4%; 22 is a slip for 220 (44% of 500); or the share is of something the text does not name. The text does not say which, so the stated 44% is kept, and so is “500” in the ids and labels."
      },
      {
        "kind": "inference",
        "text": "Attributed to Jilin by inference. The sentence is in the reporter’s voice and no quote record covers it. It is credited to him because the report presents its figures as what Jilin introduced at the forum (“according to the introduction of Jilin”, the lead) and the sentence names no other source; it may also be the reporter’s own background."
      },
      {
        "kind": "inference",
        "text": "`period` is the year in the list’s name, “2019 China Top 500 Big Data Companies”: the text does not say whether the list ranks companies by their 2019 figures or was published in 2019 on earlier ones."
      }
    ]
  },
  {
    "id": "big-data-top-500-national-rank-2019",
    "label": "National rank on the 2019 China Top 500 Big Data Companies list",
    "measure": "rank in the country by companies on the list",
    "subject": "beijing",
    "value": 1,
    "unit": {
      "kind": "rank",
      "of": "the country"
    },
    "comparator": "exactly",
    "period": "2019",
    "statedAs": "first",
    "source": {
      "attributedTo": "jilin",
      "via": "2019 China Top 500 Big Data Companies list",
      "anchor": {
        "paragraphId": "body-3",
        "start": 1458,
        "end": 1486,
        "exact": "ranking first in the country",
        "prefix": "ing for 44% of the country, and ",
        "suffix": ".\n\nAccording to Jilin, Beijing c"
      }
    },
    "notes": [
      {
        "kind": "inconsistency",
        "text": "The list’s “500”, built into this id, label and `source.via`, is doubtful: 22 companies are 44% of a list of 50 exactly, but 4.4% of 500. The id and label keep “500” as the text writes it; see the notes on big-data-top-500-national-share-2019."
      },
      {
        "kind": "ambiguity",
        "text": "The text does not say among what Beijing ranks first; presumably China’s provincial-level regions, by the number of their companies on the list."
      },
      {
        "kind": "inference",
        "text": "Attributed to Jilin by inference. The sentence is in the reporter’s voice and no quote record covers it. It is credited to him because the report presents its figures as what Jilin introduced at the forum (“according to the introduction of Jilin”, the lead) and the sentence names no other source; it may also be the reporter’s own background."
      },
      {
        "kind": "inference",
        "text": "`period` is the year in the list’s name, “2019 China Top 500 Big Data Companies”: the text does not say whether the list ranks companies by their 2019 figures or was published in 2019 on earlier ones."
      }
    ]
  },
  {
    "id": "industrial-enterprises-cloud-platform-access-rate",
    "label": "Cloud and platform access rate of industrial enterprises above designated size",
    "measure": "cloud and platform access rate of the city’s industrial enterprises above designated size",
    "subject": "beijing",
    "value": 40,
    "unit": {
      "kind": "percent"
    },
    "comparator": "more-than",
    "statedAs": "40%",
    "source": {
      "attributedTo": "jilin",
      "anchor": {
        "paragraphId": "body-5",
        "start": 2043,
        "end": 2056,
        "exact": "more than 40%",
        "prefix": "ud and platform access rates of ",
        "suffix": ". At the same time, Beijing’s bu"
      }
    },
    "notes": [
      {
        "kind": "inference",
        "text": "Attributed to Jilin: the sentence carries on the paragraph that opens “Jilin said that”."
      },
      {
        "kind": "ambiguity",
        "text": "The text says “access rates” (plural) with one figure: whether it is one combined rate or both rates exceed 40% is not said. No year is given."
      },
      {
        "kind": "translation",
        "text": "“industrial enterprises above designated size” renders a term of Chinese statistics (outside knowledge: 规模以上工业企业, industrial enterprises with an annual main-business revenue of 20 million yuan or more), not a size the text designates."
      },
      {
        "kind": "translation",
        "text": "“cloud and platform access” renders a set phrase (outside knowledge: 上云上平台, enterprises moving their systems onto cloud services and onto industrial-Internet platforms), not access to a cloud and a platform."
      }
    ]
  },
  {
    "id": "business-environment-national-rank",
    "label": "Rank in the State Council’s assessment of the business environment of major cities",
    "measure": "rank in the State Council’s assessment of the business environment of major cities across the country",
    "subject": "beijing",
    "value": 1,
    "unit": {
      "kind": "rank",
      "of": "major cities across the country"
    },
    "comparator": "exactly",
    "statedAs": "first",
    "source": {
      "attributedTo": "jilin",
      "via": "State Council’s assessment of the business environment of major cities across the country",
      "anchor": {
        "paragraphId": "body-5",
        "start": 2263,
        "end": 2275,
        "exact": "ranked first",
        "prefix": "across the country, Beijing has ",
        "suffix": " for two consecutive years.\n\nIn "
      }
    },
    "notes": [
      {
        "kind": "inference",
        "text": "Attributed to Jilin: the sentence carries on the paragraph that opens “Jilin said that”."
      }
    ]
  },
  {
    "id": "business-environment-first-place-years",
    "label": "Consecutive years ranked first for business environment",
    "measure": "consecutive years ranked first in the State Council’s business environment assessment",
    "subject": "beijing",
    "value": 2,
    "unit": {
      "kind": "years"
    },
    "comparator": "exactly",
    "statedAs": "two consecutive years",
    "source": {
      "attributedTo": "jilin",
      "via": "State Council’s assessment of the business environment of major cities across the country",
      "anchor": {
        "paragraphId": "body-5",
        "start": 2280,
        "end": 2301,
        "exact": "two consecutive years",
        "prefix": "y, Beijing has ranked first for ",
        "suffix": ".\n\nIn fact, Jilin stated that as"
      }
    },
    "notes": [
      {
        "kind": "inference",
        "text": "Attributed to Jilin: the sentence carries on the paragraph that opens “Jilin said that”."
      },
      {
        "kind": "ambiguity",
        "text": "Which two years is not said; presumably the two assessments before September 2020."
      }
    ]
  }
]);

/**
 * Every direct quotation and reported statement, in text order. Deeply frozen.
 *
 * @example
 * ```ts
 * import { quotes } from 'beijing-digital-economy';
 *
 * quotes.filter((q) => q.mode === 'direct').length;
 * //=> 3
 * ```
 * @category Data
 */
export const quotes: readonly Quote[] = /*#__PURE__*/ deepFreeze([
  {
    "id": "headline-digital-economy-share",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country",
    "anchor": {
      "paragraphId": "headline",
      "start": 19,
      "end": 115,
      "exact": "Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country",
      "prefix": "World News\n\nJilin: ",
      "suffix": "\n\nBeijing News Shell Finance New"
    },
    "about": [
      "digital-economy-share-of-gdp-2019",
      "digital-economy-share-of-gdp-national-rank-2019"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The headline attributes its claim to Jilin with “Jilin:”; “last year” is 2019, as the lead says."
      }
    ]
  },
  {
    "id": "jilin-digital-economy-share",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "Beijing’s digital economy accounted for GDP in 2019 The proportion exceeds 50%, ranking first in the country. Beijing has become a highland for innovation and development of the national digital economy.",
    "anchor": {
      "paragraphId": "lead",
      "start": 361,
      "end": 564,
      "exact": "Beijing’s digital economy accounted for GDP in 2019 The proportion exceeds 50%, ranking first in the country. Beijing has become a highland for innovation and development of the national digital economy.",
      "prefix": " Chairman of the Beijing CPPCC, ",
      "suffix": "\n\nAccording to Jilin’s disclosur"
    },
    "about": [
      "digital-economy-share-of-gdp-2019",
      "digital-economy-share-of-gdp-national-rank-2019"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The second sentence carries on “according to the introduction of Jilin” without a new source, so it is read as his too."
      },
      {
        "kind": "translation",
        "text": "“according to the introduction of Jilin” renders a common way of attributing reported facts (outside knowledge: 据吉林介绍, “as Jilin explained”); nobody is being introduced."
      },
      {
        "kind": "translation",
        "text": "“a highland for innovation and development” renders a word of official Chinese (outside knowledge: 高地) for a leading centre or hub, not high ground."
      }
    ]
  },
  {
    "id": "jilin-service-trade",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "the total import and export volume of Beijing’s service trade in 2019 exceeded US$160 billion, accounting for about 20% of the country’s total service trade. In a horizontal comparison with global service trade countries and regions, Beijing has entered the top 20.",
    "anchor": {
      "paragraphId": "body-1",
      "start": 599,
      "end": 864,
      "exact": "the total import and export volume of Beijing’s service trade in 2019 exceeded US$160 billion, accounting for about 20% of the country’s total service trade. In a horizontal comparison with global service trade countries and regions, Beijing has entered the top 20.",
      "prefix": "ccording to Jilin’s disclosure, ",
      "suffix": "\n\nAs a high-tech industrial park"
    },
    "about": [
      "service-trade-volume-2019",
      "service-trade-share-of-national-2019",
      "service-trade-global-rank"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The second sentence carries on “According to Jilin’s disclosure” without a new source, so it is read as his too."
      },
      {
        "kind": "translation",
        "text": "“According to Jilin’s disclosure” renders a common reporting verb (outside knowledge: 据吉林透露, “as Jilin told”), as does “Jilin revealed” in the last paragraph; nothing secret is implied."
      }
    ]
  },
  {
    "id": "jilin-park-output",
    "speaker": "jilin",
    "mode": "direct",
    "text": "In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,",
    "anchor": {
      "paragraphId": "body-2",
      "start": 1134,
      "end": 1225,
      "exact": "In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,",
      "prefix": "abroad and global R&D centers. “",
      "suffix": "” Jilin said.\n\nIn addition, 22 B"
    },
    "about": [
      "zhongguancun-software-park-output-2019"
    ]
  },
  {
    "id": "jilin-key-digital-technologies",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "Beijing currently leads the country’s development in key digital technologies such as 5G, cloud computing, big data, artificial intelligence, and blockchain. Application scenarios such as autonomous driving, industrial Internet, smart cities, smart healthcare, and sharing economy have formed a certain degree of international influence.",
    "anchor": {
      "paragraphId": "body-4",
      "start": 1509,
      "end": 1846,
      "exact": "Beijing currently leads the country’s development in key digital technologies such as 5G, cloud computing, big data, artificial intelligence, and blockchain. Application scenarios such as autonomous driving, industrial Internet, smart cities, smart healthcare, and sharing economy have formed a certain degree of international influence.",
      "prefix": "e country.\n\nAccording to Jilin, ",
      "suffix": "\n\nJilin said that the digital tr"
    },
    "notes": [
      {
        "kind": "inference",
        "text": "The second sentence carries on “According to Jilin” without a new source, so it is read as his too."
      }
    ]
  },
  {
    "id": "jilin-digital-transformation",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "the digital transformation of Beijing’s industry is continuing to deepen. The city’s industrial enterprises above designated size have achieved cloud and platform access rates of more than 40%. At the same time, Beijing’s business environment has been continuously optimized and improved. In the State Council’s assessment of the business environment of major cities across the country, Beijing has ranked first for two consecutive years.",
    "anchor": {
      "paragraphId": "body-5",
      "start": 1864,
      "end": 2302,
      "exact": "the digital transformation of Beijing’s industry is continuing to deepen. The city’s industrial enterprises above designated size have achieved cloud and platform access rates of more than 40%. At the same time, Beijing’s business environment has been continuously optimized and improved. In the State Council’s assessment of the business environment of major cities across the country, Beijing has ranked first for two consecutive years.",
      "prefix": "nal influence.\n\nJilin said that ",
      "suffix": "\n\nIn fact, Jilin stated that as "
    },
    "about": [
      "industrial-enterprises-cloud-platform-access-rate",
      "business-environment-national-rank",
      "business-environment-first-place-years"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The sentences after the first carry on “Jilin said that” without a new source, so they are read as his too."
      }
    ]
  },
  {
    "id": "jilin-strategic-choices",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "as a national science and technology innovation center, in recent years, Beijing has thoroughly implemented the spirit of General Secretary Jinping’s important speech, and has taken the development of digital economy and digital trade as strategic choices to promote high-quality urban development. Promote the formation of a new development pattern in which domestic and international cycles are the mainstay and the domestic and international double cycles promote each other, and actively cultivate new advantages for participating in international cooperation and competition under the new situation.",
    "anchor": {
      "paragraphId": "body-6",
      "start": 2331,
      "end": 2935,
      "exact": "as a national science and technology innovation center, in recent years, Beijing has thoroughly implemented the spirit of General Secretary Jinping’s important speech, and has taken the development of digital economy and digital trade as strategic choices to promote high-quality urban development. Promote the formation of a new development pattern in which domestic and international cycles are the mainstay and the domestic and international double cycles promote each other, and actively cultivate new advantages for participating in international cooperation and competition under the new situation.",
      "prefix": "rs.\n\nIn fact, Jilin stated that ",
      "suffix": "\n\nIn terms of policies, on June "
    },
    "notes": [
      {
        "kind": "inference",
        "text": "The second sentence carries on “Jilin stated that” without a new source, so it is read as his too."
      },
      {
        "kind": "translation",
        "text": "The second sentence has no subject in the translation (“Promote the formation of …”)."
      },
      {
        "kind": "translation",
        "text": "The sentence garbles the formula it renders: it makes “domestic and international cycles” the mainstay, but in the policy (outside knowledge: 双循环, “dual circulation”, 2020) the domestic cycle alone is the mainstay, and the domestic and international cycles reinforce each other. “double cycles” is that policy’s name rendered word for word."
      },
      {
        "kind": "translation",
        "text": "“under the new situation” renders a set phrase (outside knowledge: 新形势下, “in the present circumstances”), and “high-quality urban development” another (outside knowledge: 高质量发展, growth that puts quality before speed); neither is meant literally."
      }
    ]
  },
  {
    "id": "jilin-reform-determination",
    "speaker": "jilin",
    "mode": "direct",
    "text": "This demonstrates Beijing’s determination to promote the six-stable, six-guarantee market-oriented reform and all-round opening up to promote the transformation of economic kinetic energy.",
    "anchor": {
      "paragraphId": "body-7",
      "start": 3467,
      "end": 3655,
      "exact": "This demonstrates Beijing’s determination to promote the six-stable, six-guarantee market-oriented reform and all-round opening up to promote the transformation of economic kinetic energy.",
      "prefix": "s with full policy guarantees. “",
      "suffix": "” Jilin said.\n\nJilin revealed th"
    },
    "about": [
      "new-business-forms-and-models-opinions"
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "`about` is a reading: “This” is taken to be the Opinions and the measures that the sentences before the quotation report; the quotation does not name them."
      },
      {
        "kind": "translation",
        "text": "“six-stable, six-guarantee” renders two policy watchwords (outside knowledge). 六稳 is stability of employment, finance, foreign trade, foreign investment, domestic investment and expectations, set out by the Politburo meeting of 31 July 2018 (http://taiwan.cn/xwzx/PoliticsNews/201808/t20180803_12043525.htm: “稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期——会议提出的六个“稳”字备受关注”). 六保 is the guarantee of jobs, basic living needs, market entities, food and energy security, stable industrial and supply chains, and the running of grassroots (primary-level) government, first set out by the Politburo meeting of 17 April 2020 (http://www.ce.cn/xwzx/gnsz/szyw/202004/24/t20200424_34775732.shtml: “首提“六保”:保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转”). The translation runs them together with “market-oriented reform”, which is a separate aim."
      },
      {
        "kind": "translation",
        "text": "“the transformation of economic kinetic energy” renders a set phrase (outside knowledge: 经济动能转换, replacing old drivers of growth with new ones); no physics is meant."
      }
    ]
  },
  {
    "id": "jilin-1-plus-3-release",
    "speaker": "jilin",
    "mode": "indirect",
    "text": "on September 7th, Beijing will issue a major release of the “1+3” policy system to promote the digital economy and innovative development at the Service Trade Fair, and clarify the focus and direction of Beijing’s digital economy development in the next stage.",
    "anchor": {
      "paragraphId": "body-8",
      "start": 3690,
      "end": 3950,
      "exact": "on September 7th, Beijing will issue a major release of the “1+3” policy system to promote the digital economy and innovative development at the Service Trade Fair, and clarify the focus and direction of Beijing’s digital economy development in the next stage.",
      "prefix": "ilin said.\n\nJilin revealed that ",
      "suffix": " Regarding these policies and me"
    },
    "about": [
      "digital-economy-1-plus-3-policy-system"
    ]
  },
  {
    "id": "jilin-demonstrative-role",
    "speaker": "jilin",
    "mode": "direct",
    "text": "I believe Beijing will play a good demonstrative effect and leading role for the development of the national digital economy and digital trade.",
    "anchor": {
      "paragraphId": "body-8",
      "start": 4076,
      "end": 4219,
      "exact": "I believe Beijing will play a good demonstrative effect and leading role for the development of the national digital economy and digital trade.",
      "prefix": "g introduced, he believes that “",
      "suffix": "”\n\nBeijing News Shell Finance re"
    },
    "about": [
      "new-business-forms-and-models-opinions",
      "digital-economy-1-plus-3-policy-system"
    ],
    "notes": [
      {
        "kind": "translation",
        "text": "The translation frames the quotation twice: “he believes that “I believe …””. “play a good demonstrative effect and leading role” renders a set phrase (outside knowledge: 发挥好示范引领作用, “set an example and lead the way”)."
      },
      {
        "kind": "inference",
        "text": "`about` is a reading: the quotation answers “these policies and measures that have been introduced or are in the process of being introduced”, taken to be both policies of the article, the Opinions of June 10 (introduced) and the “1+3” policy system (being introduced)."
      }
    ]
  }
]);

/**
 * The policies the text reports as issued or announced. Deeply frozen.
 *
 * @example
 * ```ts
 * import { policies } from 'beijing-digital-economy';
 *
 * policies.map((p) => p.status);
 * //=> ["issued","announced"]
 * ```
 * @category Data
 */
export const policies: readonly Policy[] = /*#__PURE__*/ deepFreeze([
  {
    "id": "new-business-forms-and-models-opinions",
    "title": "Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy",
    "issuedBy": [
      "beijing-municipal-party-committee",
      "beijing-municipal-government"
    ],
    "date": "2020-06-10",
    "status": "issued",
    "supportingDocuments": 5,
    "focusAreas": [
      "new infrastructure",
      "new scenarios",
      "new consumption",
      "new openings",
      "new services"
    ],
    "anchor": {
      "paragraphId": "body-7",
      "start": 2959,
      "end": 3331,
      "exact": "on June 10 this year, the Beijing Municipal Party Committee and Municipal Government issued the “Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy” and five supporting documents, focusing on new infrastructure, new scenarios, new consumption, New openings and new services",
      "prefix": "tuation.\n\nIn terms of policies, ",
      "suffix": " put forward practical measures "
    },
    "purpose": [
      {
        "paragraphId": "body-7",
        "start": 3145,
        "end": 3205,
        "exact": "to Promote the High-quality Development of Beijing’s Economy",
        "prefix": "w Business Forms and New Models ",
        "suffix": "” and five supporting documents,"
      },
      {
        "paragraphId": "body-7",
        "start": 3332,
        "end": 3464,
        "exact": "put forward practical measures to expand new business formats and new models, and various specific plans with full policy guarantees",
        "prefix": ", New openings and new services ",
        "suffix": ". “This demonstrates Beijing’s d"
      }
    ],
    "notes": [
      {
        "kind": "inference",
        "text": "The year 2020 is inferred: the text says “June 10 this year” in a report from September 2020."
      },
      {
        "kind": "translation",
        "text": "The text capitalises “New openings” mid-sentence; it is listed in lower case here like the other four focus areas. The words are a literal rendering too (outside knowledge: 新开放, the zh-Hans form): new steps in opening up to the outside world, not new shops or vacancies."
      },
      {
        "kind": "translation",
        "text": "“New Business Forms” in the title and “new business formats” in the sentence render one Chinese term (outside knowledge: 新业态, new kinds of business). The sentence also runs on (“… and new services put forward practical measures”): read as the Opinions and the documents putting the measures forward."
      },
      {
        "kind": "translation",
        "text": "“new infrastructure” renders a policy term (outside knowledge: 新基建, short for 新型基础设施建设) for digital infrastructure such as 5G networks, data centres and the industrial Internet, not roads and bridges. The concept was first raised by the Central Economic Work Conference in December 2018 (an abstract at https://scholarmate.com/S/igHx1k: “2018年12月,中央经济工作会议首次提出新型基础设施建设的概念”) and was prominent in 2020."
      }
    ]
  },
  {
    "id": "digital-economy-1-plus-3-policy-system",
    "title": "“1+3” policy system to promote the digital economy and innovative development",
    "issuedBy": [
      "beijing"
    ],
    "date": "2020-09-07",
    "status": "announced",
    "anchor": {
      "paragraphId": "body-8",
      "start": 3690,
      "end": 3853,
      "exact": "on September 7th, Beijing will issue a major release of the “1+3” policy system to promote the digital economy and innovative development at the Service Trade Fair",
      "prefix": "ilin said.\n\nJilin revealed that ",
      "suffix": ", and clarify the focus and dire"
    },
    "purpose": [
      {
        "paragraphId": "body-8",
        "start": 3770,
        "end": 3827,
        "exact": "to promote the digital economy and innovative development",
        "prefix": "ease of the “1+3” policy system ",
        "suffix": " at the Service Trade Fair, and "
      },
      {
        "paragraphId": "body-8",
        "start": 3859,
        "end": 3949,
        "exact": "clarify the focus and direction of Beijing’s digital economy development in the next stage",
        "prefix": " at the Service Trade Fair, and ",
        "suffix": ". Regarding these policies and m"
      }
    ],
    "venue": "service-trade-fair",
    "notes": [
      {
        "kind": "inference",
        "text": "The year 2020 is inferred: “September 7th” is still to come (“will issue”) in a report from September 2020."
      },
      {
        "kind": "ambiguity",
        "text": "The text does not say what the “1” and the “3” of the policy system are, nor which body of Beijing issues it. Outside knowledge: a book on Beijing’s digital economy (https://m.zhangyue.com/readbook/13097285/7.html) names the “1” as an action outline for 2020–2022 (《北京市促进数字经济创新发展行动纲要(2020—2022年)》) and the “3” as implementation plans for a digital trade pilot zone, a pilot for the security of cross-border data flows and the Beijing International Big Data Exchange (“打造数字贸易试验区、建设数据跨境流动安全管理试点和设立北京国际大数据交易所,制定实施方案”); it does not say which body issued them."
      }
    ]
  }
]);

/**
 * The whole article: text, metadata and every annotated item. Deeply frozen.
 *
 * @example
 * ```ts
 * import { article } from 'beijing-digital-economy';
 *
 * article.id;
 * //=> "bjnews-2020-09-05-beijing-digital-economy"
 * ```
 * @category Data
 */
export const article: Article = /*#__PURE__*/ deepFreeze({
  id: "bjnews-2020-09-05-beijing-digital-economy",
  text: articleText,
  metadata,
  paragraphs,
  statistics,
  quotes,
  policies,
  entities,
});
