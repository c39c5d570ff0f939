import { DEFAULT_LIMITS } from '../../deps.js';
import { messageFromEml } from '../test-message.js';
import { extractLinks } from '../../parse/links/extract-links.js';
import { openRedirectFindings } from './open-redirect.js';
import { openRedirectRule } from './open-redirect-rule.js';
import { t } from '../../i18n/index.js';
import { analyzeMessage } from '../../analyze.js';
import { createNoneResolver } from '../../dns/index.js';
import { formatReportText } from '../../report/format-text.js';

const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function eml(from: string, html: string, extra = ''): string {
  return `From: Sender <${from}>\r\nTo: you@example.org\r\nSubject: Notice\r\n${extra}MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`;
}

async function run(raw: string) {
  const msg = await messageFromEml(raw);
  const links = extractLinks(msg, DEFAULT_LIMITS);
  return { links, findings: openRedirectFindings(msg, links) };
}

describe('redirect-chain', () => {
  it('fires on a search engine click URL leading to a third site, and every link check sees the final target', async () => {
    const href = `https://www.bing.com/ck/a?!&&p=abc&ptn=3&u=a1${b64url('https://198.51.100.7/office/login')}&ntb=1`;
    const { links, findings } = await run(eml('billing@shop.example', `<a href="${href}">www.microsoft.com</a>`));
    expect(links[0]!.target).toBe('https://198.51.100.7/office/login');
    expect(links[0]!.chain).toEqual(['www.bing.com', '198.51.100.7']);
    expect(links[0]!.flags).toEqual(expect.arrayContaining(['redirect', 'ip-literal', 'text-mismatch', 'credential-path']));
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['redirect-chain', 'medium']]);
    expect(t(findings[0]!.messageKey, findings[0]!.params)).toContain('(www.bing.com) to 198.51.100.7');
    expect(t(findings[0]!.messageKey, findings[0]!.params, 'ja')).toContain('www.bing.com');
  });

  it("fires on another site's redirect.php?url= (percent-encoded twice)", async () => {
    const href = `https://blog.example.net/wp-content/plugins/x/redirector.php?url=${encodeURIComponent(encodeURIComponent('https://pay-verify.example.com/'))}`;
    const { findings } = await run(eml('news@sender.example', `<a href="${href}">Open</a>`));
    expect(findings[0]?.params).toMatchObject({ via: 'blog.example.net', target: 'pay-verify.example.com', count: 1 });
  });

  it("stays quiet on a newsletter's own click tracking, redirects inside one site and to the sender's site", async () => {
    const tracked = `https://click.esp-mailer.example/track?u=${encodeURIComponent('https://shop.example/sale')}`;
    const esp = await run(
      eml(
        'news@shop.example',
        `<a href="${tracked}">Sale</a><a href="https://x.r.us-east-1.awstrack.me/L0/https:%2F%2Fother-shop.example%2F/1/abc">x</a>`,
        'List-Unsubscribe: <https://click.esp-mailer.example/unsub>\r\n',
      ),
    );
    expect(esp.findings).toEqual([]);
    const same = await run(eml('a@b.example', '<a href="https://www.site.example/go/to?destURL=https://news.site.example/x">x</a>'));
    expect(same.links[0]!.chain).toEqual(['www.site.example', 'news.site.example']);
    expect(same.findings).toEqual([]);
    const linked = await run(
      eml(
        'a@b.example',
        '<a href="https://www.pub.example/">home</a><a href="https://www.pub.example/go/to?destURL=https://partner.example/">x</a>',
      ),
    );
    expect(linked.findings).toEqual([]);
    const archive = await run(eml('a@b.example', '<a href="https://web.archive.org/web/2018/https://old.example/p">x</a>'));
    expect(archive.links[0]!.chain).toEqual(['web.archive.org', 'old.example']);
    expect(archive.findings).toEqual([]);
  });

  it('the text report prints the chain under the link', async () => {
    const href = `https://www.bing.com/ck/a?!&&p=abc&u=a1${b64url('https://198.51.100.7/office/login')}&ntb=1`;
    const raw = new TextEncoder().encode(eml('billing@shop.example.com', `<a href="${href}">Open</a>`));
    const r = await analyzeMessage(raw, { resolver: createNoneResolver(), offline: true, now: () => 0, crypto: globalThis.crypto });
    expect(r.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['redirect-chain', 'ip-literal-link']));
    expect(formatReportText(r, 'en')).toContain('by way of www.bing.com → 198.51.100.7');
    expect(formatReportText(r, 'ja')).toContain('経由 www.bing.com → 198.51.100.7');
  });

  it('is registered with en, ja and a headline phrase', () => {
    expect(openRedirectRule.produces).toEqual(['redirect-chain']);
    for (const k of ['finding.redirect-chain', 'finding.redirect-chain.short']) {
      expect(openRedirectRule.messages[k]?.en).toBeTruthy();
      expect(openRedirectRule.messages[k]?.ja).toBeTruthy();
    }
  });
});

describe('checks on redirect hops', () => {
  it('a lookalike host that carries ?url= to the real site is still a lookalike', async () => {
    const { lookalikeRule } = await import('../lookalike/rule.js');
    const { runRules } = await import('../run-rules.js');
    const msg = await messageFromEml(
      eml('service@notices.example.com', '<a href="https://paypa1.com/redirect?url=https://www.paypal.com/signin">Log in</a>'),
    );
    const links = extractLinks(msg, DEFAULT_LIMITS);
    expect(links[0]!.target).toBe('https://www.paypal.com/signin');
    const out = runRules(
      'message',
      {
        msg,
        hops: [],
        origin: null,
        links,
        ownDomains: [],
        settings: {
          ownDomains: [],
          ownOrgNames: [],
          trustedHosts: [],
          trustedAuthservIds: [],
          allowlist: [],
          contactDomains: [],
          sensitivity: 'normal',
          dnsbl: [],
        },
        limits: DEFAULT_LIMITS,
      },
      { rules: [lookalikeRule] },
    );
    expect(out.findings.map((f) => [f.id, f.params['host']])).toContainEqual(['lookalike-domain', 'paypa1.com']);
  });
});
