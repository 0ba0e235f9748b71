// Names in one place, views that agree with the notes, options checked before anything is read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, formatsOf } from '../../src/cli/render.js';
import { runCli } from '../../src/cli/run.js';
import {
  article,
  findItems,
  findNotes,
  findQuotes,
  findStatistics,
  forArticle,
  formatCitation,
  formatPolicy,
  formatQuote,
  formatStatistic,
  getEntity,
  getPolicy,
  getQuote,
  getStatistic,
  hasUnitKind,
  InvalidOptionError,
  nameOf,
  toCSL,
  toJSONLD,
  toVegaLite,
  UnknownIdError,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { parseArticle } from '../../src/schema/index.js';

/** The Chinese name as printed alone: the locale's form, a Pinyin name marked （拼音）. */
const zhName = (id: string) => {
  const { name } = zhHans.entities[id as Parameters<typeof getEntity>[0]];
  return `${name.text}${name.provenance.kind === 'pinyin' ? '（拼音）' : ''}`;
};

describe('nameOf', () => {
  it('gives the name the text writes, or its Chinese form for a simplified-Chinese locale', () => {
    for (const entity of article.entities) {
      expect(nameOf(entity.id)).toBe(entity.name);
      expect(nameOf(entity.id, { locale: 'en-GB' })).toBe(entity.name);
      expect(nameOf(entity.id, { locale: zhHans })).toBe(zhName(entity.id));
      expect(nameOf(entity.id, { locale: 'zh-TW' })).toBe(entity.name);
    }
    expect(nameOf('jilin', { locale: zhHans })).toBe('吉林');
  });

  it('rejects an unknown id, naming the valid ones, and a locale that is not a string', () => {
    expect(() => nameOf('ji-lin' as 'jilin')).toThrow(UnknownIdError);
    expect(() => nameOf('ji-lin' as 'jilin')).toThrow(/"jilin"/);
    expect(() => nameOf('jilin', { locale: 7 as unknown as string })).toThrow(InvalidOptionError);
    expect(() => nameOf('jilin', { lang: 'zh' } as object)).toThrow(/options\.lang/);
  });
});

describe('the formatters name through the model by default', () => {
  const reported = article.quotes.filter((q) => q.mode === 'indirect');
  const direct = article.quotes.filter((q) => q.mode === 'direct');

  it('formatQuote names the speaker in the locale, and `false` leaves the name out', () => {
    for (const q of direct) {
      expect(formatQuote(q)).toBe(`“${q.text}” — ${nameOf(q.speaker)}`);
      expect(formatQuote(q, { speaker: false })).toBe(`“${q.text}”`);
      expect(formatQuote(q, { locale: zhHans })).toContain(nameOf(q.speaker, { locale: zhHans }));
    }
    for (const q of reported) expect(formatQuote(q)).toBe(`According to Jilin: ${q.text}`);
  });

  it('never puts a capital after "According to …,"', () => {
    for (const q of article.quotes)
      expect(formatQuote(q)).not.toMatch(/According to [^:]*?, [A-Z]/u);
  });

  it('formatStatistic credits the source, formatPolicy its issuers', () => {
    for (const s of article.statistics) {
      expect(formatStatistic(s)).toBe(
        formatStatistic(s, { attribution: nameOf(s.source.attributedTo) }),
      );
      expect(formatStatistic(s)).toMatch(
        new RegExp(`, according to ${nameOf(s.source.attributedTo)}$`),
      );
      expect(formatStatistic(s, { attribution: false })).not.toContain('according to');
      expect(formatStatistic(s, { locale: zhHans })).toContain(
        `据${nameOf(s.source.attributedTo, { locale: zhHans })}`,
      );
    }
    for (const p of article.policies) {
      expect(formatPolicy(p)).toBe(
        formatPolicy(p, { issuers: p.issuedBy.map((id) => nameOf(id)) }),
      );
      expect(formatPolicy(p, { issuers: false })).not.toContain(' by ');
    }
  });

  it('checks every option before it reads the statistic, whatever its unit', () => {
    const rank = getStatistic('service-trade-global-rank');
    expect(rank.unit.kind).toBe('rank');
    expect(() => formatStatistic(rank, { style: 'bogus' as 'long' })).toThrow(
      'options.style: got "bogus"; expected one of "short", "long"',
    );
    expect(() => formatStatistic(rank, { label: 'no' as unknown as boolean })).toThrow(
      'options.label: got "no"; expected true or false',
    );
    expect(() =>
      formatQuote(getQuote('jilin-park-output'), { speaker: 3 as unknown as string }),
    ).toThrow(InvalidOptionError);
    expect(() =>
      formatPolicy(getPolicy('digital-economy-1-plus-3-policy-system'), {
        issuers: 'Beijing' as unknown as string[],
      }),
    ).toThrow(InvalidOptionError);
  });

  it('names the source in chart tooltips instead of showing its id', () => {
    const spec = toVegaLite(findStatistics({ unitKind: 'percent' })) as unknown as {
      readonly data: { readonly values: readonly { readonly according: string }[] };
    };
    expect(spec.data.values.map((v) => v.according)).toEqual(
      findStatistics({ unitKind: 'percent' }).map((s) => nameOf(s.source.attributedTo)),
    );
  });
});

describe('views follow the notes', () => {
  const denied = article.metadata.section;

  it('do not file the report under a section the notes say is the republishing site’s label', () => {
    expect(article.metadata.fieldNotes?.section?.length).toBeGreaterThan(0);
    for (const style of ['apa', 'mla', 'chicago'] as const)
      expect(formatCitation(article, style)).not.toContain(denied);
    expect(toCSL(article)).not.toHaveProperty('section');
    expect(JSON.stringify(toJSONLD(article))).not.toContain('articleSection');
  });

  it('still cite the section of an article whose notes do not deny it', () => {
    const copy = structuredClone(article) as unknown as {
      metadata: { fieldNotes?: Record<string, unknown> };
    };
    delete copy.metadata.fieldNotes?.section;
    const undenied = parseArticle(copy);
    expect(formatCitation(undenied, 'chicago')).toMatch(new RegExp(`, sec\\. ${denied}\\.$`));
    expect(toCSL(undenied).section).toBe(denied);
  });

  it('in no command, format or locale of the CLI', () => {
    for (const command of COMMANDS)
      for (const format of formatsOf(command))
        for (const locale of ['en', 'zh-CN']) {
          const { stdout } = runCli([command, '--format', format, '--locale', locale], {
            isTTY: false,
            env: {},
            version: '0.0.0',
          });
          expect(stdout, `${command} ${format} ${locale}`).not.toContain(
            'According to Jilin, Last',
          );
          if (command === 'cite') expect(stdout).not.toContain(`sec. ${denied}`);
        }
  });
});

describe('queries across kinds', () => {
  it('findStatistics narrows by unit and filters by source', () => {
    for (const s of findStatistics({ unitKind: 'currency' }))
      expect(['USD', 'CNY']).toContain(s.unit.currency);
    expect(findStatistics({ attributedTo: 'jilin' }).length).toBe(
      article.statistics.filter((s) => s.source.attributedTo === 'jilin').length,
    );
    expect(findStatistics({ attributedTo: 'jilin' }).length).toBeGreaterThan(0);
    expect(() => findStatistics({ attributedTo: 'nobody' as 'jilin' })).toThrow(InvalidOptionError);
  });

  it('hasUnitKind agrees with the unit, for every statistic and kind', () => {
    const kinds = ['percent', 'currency', 'count', 'rank', 'years'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...article.statistics), fc.constantFrom(...kinds), (s, kind) => {
        expect(hasUnitKind(s, kind)).toBe(s.unit.kind === kind);
      }),
    );
    expect(() =>
      hasUnitKind(getStatistic('service-trade-volume-2019'), 'money' as 'currency'),
    ).toThrow(
      new InvalidOptionError(
        'kind',
        'got "money"; expected one of "percent", "currency", "count", "rank", "years"',
      ),
    );
  });

  it('findQuotes filters by speaker, mode and words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('direct', 'indirect' as const),
        fc.constantFrom(...article.quotes),
        (mode, sample) => {
          const word = sample.text.split(/\s+/)[1] ?? '';
          const found = findQuotes({ mode, text: word });
          const expected = article.quotes.filter(
            (q) => q.mode === mode && q.text.toLowerCase().includes(word.toLowerCase()),
          );
          expect(found.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort());
        },
      ),
    );
    expect(findQuotes({ speaker: 'jilin' })).toHaveLength(article.quotes.length);
  });

  it('findItems lists every item once, in text order, and filters by kind and entity', () => {
    const all = findItems();
    expect(all).toHaveLength(
      article.paragraphs.length +
        article.entities.length +
        article.statistics.length +
        article.quotes.length +
        article.policies.length,
    );
    expect(new Set(all.map((found) => `${found.kind}/${found.id}`)).size).toBe(all.length);
    const byJilin = findItems({ entity: 'jilin', kind: 'quote' });
    expect(byJilin.map((found) => found.id)).toEqual(article.quotes.map((q) => q.id));
    for (const found of findItems({ entity: 'xiaomi' })) {
      if (found.kind === 'paragraph') expect(found.item.text).toContain('Xiaomi');
      else if (found.kind === 'entity') expect(found.id).toBe('xiaomi');
    }
  });

  it('findNotes by item id gives exactly that item’s notes', () => {
    for (const s of article.statistics)
      expect(findNotes({ itemId: s.id }).map((n) => n.note)).toEqual(s.notes ?? []);
  });
});

describe('forArticle', () => {
  it('names and formats from the article it is given', () => {
    const copy = structuredClone(article);
    const renamed = parseArticle({
      ...copy,
      entities: copy.entities.map((e) => (e.id === 'jilin' ? { ...e, name: 'Ji Lin' } : e)),
    });
    const helpers = forArticle(renamed);
    expect(helpers.nameOf('jilin')).toBe('Ji Lin');
    const q = helpers.getQuote('jilin-park-output');
    expect(helpers.formatQuote(q)).toMatch(/ — Ji Lin$/);
    expect(helpers.formatStatistic(helpers.getStatistic('service-trade-volume-2019'))).toMatch(
      /, according to Ji Lin$/,
    );
    expect(() => forArticle({} as typeof article)).toThrow(InvalidOptionError);
  });
});
