import { describe, expect, it } from 'vitest';
import { article, forArticle, formatPolicy, type Policy, policies } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { byId } from '../support/by-id.js';
import { optionErrorMessage as message } from '../support/option-error.js';

const opinions = byId(policies, 'new-business-forms-and-models-opinions');
const system = byId(policies, 'digital-economy-1-plus-3-policy-system');
const TITLE = '“1+3” policy system to promote the digital economy and innovative development';
const TITLE_ZH = '《促进数字经济创新发展“1+3”政策体系》';

describe('formatPolicy', () => {
  it('says of an issued policy when and by whom, with its documents and focus areas', () => {
    expect(formatPolicy(opinions)).toBe(
      'Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy: issued by Beijing Municipal Party Committee and Beijing Municipal Government on June 10, 2020, with 5 supporting documents; focus: new infrastructure, new scenarios, new consumption, new openings, and new services.',
    );
    expect(formatPolicy(opinions, { locale: zhHans })).toBe(
      '《关于加快培育壮大新业态新模式促进北京经济高质量发展的若干意见》：中共北京市委和北京市人民政府于2020年6月10日发布，另有5份配套文件，聚焦新基建、新场景、新消费、新开放和新服务。',
    );
  });

  it('says of an announced policy that it is to be issued, 将于 in Chinese', () => {
    expect(formatPolicy(system)).toBe(`${TITLE}: to be issued by Beijing on September 7, 2020.`);
    expect(formatPolicy(system, { locale: zhHans })).toBe(
      `${TITLE_ZH}：北京将于2020年9月7日发布。`,
    );
  });

  it('names the issuers it is given, or none, and counts one document in the singular', () => {
    const issued: Policy = {
      ...system,
      status: 'issued',
      supportingDocuments: 1,
      focusAreas: ['a'],
    };
    expect(formatPolicy(issued, { issuers: ['X', 'Y', 'Z'] })).toBe(
      `${TITLE}: issued by X, Y, and Z on September 7, 2020, with 1 supporting document; focus: a.`,
    );
    expect(formatPolicy(issued, { issuers: ['X', 'Y', 'Z'], locale: zhHans })).toBe(
      `${TITLE_ZH}：X、Y和Z于2020年9月7日发布，另有1份配套文件，聚焦a。`,
    );
    expect(formatPolicy(system, { issuers: false })).toBe(
      `${TITLE}: to be issued on September 7, 2020.`,
    );
    expect(formatPolicy(system, { issuers: false, locale: zhHans })).toBe(
      `${TITLE_ZH}：将于2020年9月7日发布。`,
    );
    expect(
      formatPolicy({ ...issued, supportingDocuments: 0, focusAreas: [] }, { issuers: [] }),
    ).toBe(`${TITLE}: issued on September 7, 2020, with 0 supporting documents.`);
  });

  it('leaves out an issuer it has no name for', () => {
    expect(formatPolicy({ ...system, issuedBy: ['nobody-known', ...system.issuedBy] })).toBe(
      `${TITLE}: to be issued by Beijing on September 7, 2020.`,
    );
    expect(formatPolicy({ ...system, issuedBy: ['nobody-known'] })).toBe(
      `${TITLE}: to be issued on September 7, 2020.`,
    );
  });

  it('names the issuer whose name is not text, in an article from untyped code', () => {
    const issuer = system.issuedBy[0];
    const unnamed = {
      ...article,
      entities: article.entities.map((e) => (e.id === issuer ? { ...e, name: 1 } : e)),
    } as never;
    expect(message(() => forArticle(unnamed).formatPolicy(system))).toBe(
      'policy.issuedBy[0]: got 1; expected a string',
    );
  });

  it('writes a date of a month or a year as such', () => {
    expect(formatPolicy({ ...system, date: '2020-09' }, { issuers: false })).toBe(
      `${TITLE}: to be issued on September 2020.`,
    );
    expect(formatPolicy({ ...system, date: '2020' }, { locale: zhHans, issuers: false })).toBe(
      `${TITLE_ZH}：将于2020年发布。`,
    );
  });

  it.each<[string, () => unknown, string]>([
    [
      'no policy',
      () => formatPolicy(undefined as never),
      'policy: got undefined; expected a Policy',
    ],
    ['null', () => formatPolicy(null as never), 'policy: got null; expected a Policy'],
    [
      'an issuer id that is not text',
      () => formatPolicy({ ...system, issuedBy: ['beijing', 1] } as never),
      'policy.issuedBy[]: got 1; expected a string',
    ],
    [
      'issuers that are not a list',
      () => formatPolicy({ ...system, issuedBy: 'beijing' } as never),
      "policy: is not a Policy (policy.issuedBy.flatMap is not a function); check data from elsewhere with parseArticle from 'beijing-digital-economy/schema'",
    ],
    [
      'a status',
      () => formatPolicy({ ...system, status: 'draft' } as never),
      'policy.status: got "draft"; expected one of "issued", "announced"',
    ],
    [
      'a date',
      () => formatPolicy({ ...system, date: '7 September' }),
      'policy.date: got "7 September"; expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'a date that is not text',
      () => formatPolicy({ ...system, date: 7 } as never),
      'policy.date: got 7; expected a string',
    ],
    [
      'a title',
      () => formatPolicy({ ...system, title: undefined } as never),
      'policy.title: got undefined; expected a string',
    ],
    [
      'issuers',
      () => formatPolicy(system, { issuers: 'X' } as never),
      'options.issuers: expected an array of names, or false',
    ],
    [
      'an issuer',
      () => formatPolicy(system, { issuers: ['X', 1] } as never),
      'options.issuers[1]: got 1; expected a string',
    ],
    [
      'a locale',
      () => formatPolicy(system, { locale: 1 } as never),
      "options.locale: got 1; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'",
    ],
    [
      'documents',
      () => formatPolicy({ ...system, supportingDocuments: 1.5 }),
      'policy.supportingDocuments: got 1.5; expected a whole number',
    ],
    [
      'focus areas',
      () => formatPolicy({ ...system, focusAreas: 'a' } as never),
      'policy.focusAreas: expected an array of strings',
    ],
    [
      'a focus area',
      () => formatPolicy({ ...system, focusAreas: ['a', null] } as never),
      'policy.focusAreas[1]: got null; expected a string',
    ],
    [
      'an option',
      () => formatPolicy(system, { issuer: 'X' } as never),
      'options.issuer: unknown option; the options are "locale", "issuers"',
    ],
  ])('rejects %s, saying what would be right', (_what, work, expected) => {
    expect(message(work)).toBe(expected);
  });
});
