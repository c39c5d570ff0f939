import { malformedFromFindings, malformedReason } from './sender-address.js';
import { addr, hdr } from '../test-message.js';
import { t } from '../../i18n/index.js';

const from = [hdr('From', 'x')];

describe('malformed-from-address', () => {
  it('reports addresses that cannot exist on the Internet', () => {
    expect(malformedReason(addr('no_reply@ses,fi'))).toBe('invalid-characters');
    expect(malformedReason(addr('aviso@%correios.com'))).toBe('invalid-characters');
    expect(malformedReason(addr('contato@bradesco'))).toBe('unqualified');
    expect(malformedReason(addr('envio@alfandega.com.br-correios'))).toBe('unknown-tld');
    expect(malformedReason(addr('ecs-49-0-248-79.compute.example.com'))).toBe('no-address');
    expect(malformedReason(addr('x@'))).toBe('no-domain');
    expect(malformedReason(addr('x@\u{1D5E9}erkade.nl'))).toBe('disguised');
  });
  it('accepts ordinary and IDN addresses', () => {
    expect(malformedReason(addr('info@example.co.jp'))).toBeNull();
    expect(malformedReason(addr('info@bücher.de'))).toBeNull();
    expect(malformedReason(addr('a@sub.example.github.io'))).toBeNull();
  });
  it('is high, explains itself, and leaves delivery-system senders alone', () => {
    const f = malformedFromFindings(addr('contato@bradesco', 'Bradesco'), from);
    expect(f[0]).toMatchObject({
      id: 'malformed-from-address',
      severity: 'high',
      params: { address: 'contato@bradesco', reason: 'unqualified' },
    });
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('contato@bradesco');
    expect(malformedFromFindings(addr('MAILER-DAEMON'), from)).toEqual([]);
    expect(malformedFromFindings(addr('contato@bradesco'), [])).toEqual([]);
  });
  it('an empty From with a null Return-Path is a delivery report (RFC 5321 4.5.5), not a forged sender', () => {
    const empty = addr('');
    expect(malformedFromFindings(empty, [hdr('Return-Path', '<>'), hdr('From', '<>')])).toEqual([]);
    // With a real Return-Path, or a From that is not empty, it is still reported.
    expect(malformedFromFindings(empty, [hdr('Return-Path', '<bounce@example.com>'), hdr('From', '<>')])).toHaveLength(1);
    expect(malformedFromFindings(empty, [hdr('From', '<>')])).toHaveLength(1);
    expect(malformedFromFindings(addr('contato@bradesco'), [hdr('Return-Path', '<>'), hdr('From', 'contato@bradesco')])).toHaveLength(1);
  });
});
