import { readFileSync } from 'node:fs';
import { addr, messageFromEml } from '../test-message.js';
import { ownDomainFindings } from './own-domain.js';
import { inferOwnDomains } from '../../pipeline/own-domains.js';
import { SHARED } from '../../../../tests/helpers/shared.js';

const input = (over: Partial<Parameters<typeof ownDomainFindings>[0]>) => ({
  from: addr('support@kagoya.net'),
  subject: '',
  text: '',
  ownDomains: ['example.jp'],
  ownOrgNames: [],
  ...over,
});

describe('ownDomainFindings', () => {
  it('kagoya phish: own domain in display name, subject and greeting from an outside sender is high', async () => {
    const msg = await messageFromEml(readFileSync(`${SHARED}/samples/kagoya-phish.eml`));
    const own = inferOwnDomains(msg, []);
    const f = ownDomainFindings({ from: msg.from, subject: msg.subject, text: msg.text, ownDomains: own, ownOrgNames: [] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      id: 'own-domain-impersonation',
      severity: 'high',
      params: { own: 'example.jp', sender: 'support@kagoya.net' },
    });
    expect(String(f[0]!.params['places'])).toContain('subject');
  });
  it('subject only is medium; org names count; the own sender and lookalike strings do not', () => {
    expect(ownDomainFindings(input({ subject: '重要なexample.jp通知' }))[0]?.severity).toBe('medium');
    expect(
      ownDomainFindings(input({ from: addr('x@evil.example', '例株式会社 情報システム部'), ownOrgNames: ['例株式会社'] }))[0]?.severity,
    ).toBe('high');
    expect(ownDomainFindings(input({ from: addr('it@mail.example.jp', 'example.jp IT') }))).toEqual([]);
    expect(ownDomainFindings(input({ subject: 'myexample.jp and example.jpn' }))).toEqual([]);
    expect(ownDomainFindings(input({ ownDomains: [], subject: 'example.jp' }))).toEqual([]);
  });
  it('reads the greeting, not the whole body', () => {
    expect(ownDomainFindings(input({ text: 'example.jp ご担当者様\nお知らせです' }))[0]?.params['places']).toBe('greeting');
    expect(ownDomainFindings(input({ text: `${'本文'.repeat(400)}\nThis email was sent to info@example.jp` }))).toEqual([]);
    expect(ownDomainFindings(input({ text: 'On Mon, Bob <bob@example.jp> wrote:\n> hi' }))).toEqual([]);
  });
  it('bounce senders quote the recipient address: only their display name counts', () => {
    const from = addr('postmaster@isp.example');
    expect(ownDomainFindings(input({ from, subject: 'Undeliverable: to info@example.jp', text: 'info@example.jp: user unknown' }))).toEqual(
      [],
    );
    expect(ownDomainFindings(input({ from: addr('postmaster@isp.example', 'example.jp postmaster') }))[0]?.severity).toBe('high');
  });
});
