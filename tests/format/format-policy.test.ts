import { zhHans } from '../../src/locale/zh-hans.js';
import { describe, expect, it } from 'vitest';
import {
  formatPolicy,
  getEntity,
  getPolicy,
  InvalidOptionError,
  policies,
} from '../../src/index.js';

describe('formatPolicy', () => {
  it('says issued or to be issued, when, by whom, with documents and focus areas', () => {
    for (const policy of policies) {
      const issuers = policy.issuedBy.map((id) => getEntity(id).name);
      const text = formatPolicy(policy, { issuers });
      expect(text.startsWith(policy.title)).toBe(true);
      expect(text).toContain(policy.status === 'issued' ? ': issued by' : ': to be issued by');
      expect(text).toContain(
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(policy.date),
        ),
      );
      for (const issuer of issuers) expect(text).toContain(issuer);
      if (policy.supportingDocuments !== undefined)
        expect(text).toContain(`${policy.supportingDocuments} supporting documents`);
      for (const area of policy.focusAreas ?? []) expect(text).toContain(area);
      const zh = formatPolicy(policy, { locale: zhHans, issuers });
      expect(zh).toContain(
        new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(policy.date),
        ),
      );
      expect(zh).toContain(policy.status === 'issued' ? '于' : '将于');
    }
  });

  it('rejects a date that is not ISO 8601', () => {
    const policy = getPolicy('digital-economy-1-plus-3-policy-system');
    expect(() => formatPolicy({ ...policy, date: '7 September' })).toThrow(InvalidOptionError);
  });
});
