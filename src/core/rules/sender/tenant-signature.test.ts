import { addr, hdr, makeMessage } from '../test-message.js';
import { t } from '../../i18n/index.js';
import { tenantNamedAfter, tenantSignatureFindings } from './tenant-signature.js';

const sig = (d: string) => hdr('DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=selector1; h=From:Subject; bh=x; b=y`);
const msg = (from: string, ...sigs: string[]) => makeMessage({ from: addr(from, 'Alerts'), headers: sigs.map(sig) });

describe('unrelated-tenant-signature', () => {
  it('signed only by a Microsoft 365 tenant named unlike the From domain: low, names both', () => {
    const f = tenantSignatureFindings(msg('msMqrRsA@eaux.smedialy.com', 'Jas19904493.onmicrosoft.com'));
    expect(f.map((x) => `${x.id}:${x.severity}`)).toEqual(['unrelated-tenant-signature:low']);
    expect(f[0]!.params).toEqual({ tenant: 'jas19904493.onmicrosoft.com', domain: 'eaux.smedialy.com' });
    expect(f[0]!.evidence).toEqual([{ kind: 'header', value: 'd=jas19904493.onmicrosoft.com', label: 'DKIM-Signature' }]);
    expect(t(f[0]!.messageKey, f[0]!.params, 'ja')).toContain('eaux.smedialy.com');
    // a sub-tenant label (`x.tenant.onmicrosoft.com`) is read by its tenant name
    expect(tenantSignatureFindings(msg('a@offers4u.sa.com', 'gfdh1g.pdttrthuyloi.onmicrosoft.com'))).toHaveLength(1);
  });

  it('a tenant named after the sender (the usual Microsoft 365 customer without its own DKIM key): nothing', () => {
    expect(tenantSignatureFindings(msg('dev@oracle.com', 'oracle.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@windriver.com', 'windriversystems.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@equinix.com', 'equinixinc.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@ni.com', 'nio365.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@lovedale.edu.za', 'lovedale200.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@students.uvesco.com', 'uvescoB20030052.onmicrosoft.com'))).toEqual([]);
  });

  it('another signature beside the tenant, no signature, a From on onmicrosoft.com itself: nothing', () => {
    expect(tenantSignatureFindings(msg('a@lists.ettus.com', 'aero.org', 'aerospacecloud.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@shop.example', 'shop.example'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@shop.example'))).toEqual([]);
    expect(tenantSignatureFindings(msg('a@klxbn.onmicrosoft.com', 'other.onmicrosoft.com'))).toEqual([]);
    expect(tenantSignatureFindings(makeMessage({ headers: [sig('x1.onmicrosoft.com')] }))).toEqual([]);
  });

  it('a malformed signature (no d=, broken tag list) is not a tenant signature and never throws', () => {
    const broken = makeMessage({ from: addr('a@shop.example'), headers: [hdr('DKIM-Signature', 'v=1;; d=x1.onmicrosoft.com')] });
    expect(tenantSignatureFindings(broken)).toEqual([]);
  });

  it('tenantNamedAfter: labels below the public suffix, prefixes, inner words of 4+ letters, digits stripped', () => {
    expect(tenantNamedAfter('lenovobeijing', 'lenovo.com')).toBe(true);
    expect(tenantNamedAfter('sdcinstitutions', 'sews.groza.beauty')).toBe(false);
    expect(tenantNamedAfter('comcastbiz', 'shop.com')).toBe(false);
    expect(tenantNamedAfter('gau09', 'ayelmrcode4.zoroo.beauty')).toBe(false);
  });
});
