/**
 * The lookalike engine: hostname -> the protected entity it imitates and how (issue #5).
 * Order: allowlist, shared-host tenant names (before ownership: sharepoint.com is Microsoft's but rentable),
 * path tenants, owned domains, then the registrable label, split labels and subdomains.
 */
import type { Entity } from '../../reference/brands/entity.js';
import { buildOwnerIndex, ownerOf } from '../../reference/brands/ownership.js';
import { hasPathTenants, isEsp, isLinkWrapper, isSharedHost, pathTenant, platformOperator } from '../../reference/hosting/index.js';
import { hostForms, type HostForms } from '../../net/host-forms.js';
import { idnSignals, type IdnSignals } from './idn-policy.js';
import { combosquat, similarLabel, type LabelHit } from './label-match.js';
import { buildProtectedIndex, MIN_FUZZY, type ProtectedIndex, type ProtectedLabel } from './protected-index.js';
import { hostToUnicode } from '../../text/idn-display.js';
import { isAscii, labelForms, skeleton } from '../../text/skeleton.js';
import type { LookalikeEngine, LookalikeKind, LookalikeMatch } from './types.js';

export interface EngineOptions {
  entities: readonly Entity[];
  allowlist?: string[];
}

function idnList(s: IdnSignals | null): string[] {
  if (!s) return [];
  return [s.mixedScript && 'mixed-script', s.wholeScriptCyrillic && 'whole-script-cyrillic', s.disallowed && 'disallowed-codepoint'].filter(
    (x): x is string => !!x,
  );
}

/** A tenant name (`kagoya-support-notification`, `abc.z01`) that carries a protected name. */
function tenantHit(idx: ProtectedIndex, tenant: string): LabelHit | null {
  for (const label of tenant.split('.').slice(0, 10)) {
    const u = label.startsWith('xn--') ? hostToUnicode(label) : label;
    const lf = labelForms(u);
    const near = similarLabel(idx, lf);
    // A plain-word brand label alone (line.github.io, global.herokuapp.com) is not a claim to be that brand.
    const plainWord = near?.kind === 'exact' && near.rec.common;
    if (near && !plainWord && (near.kind === 'exact' || near.rec.skel.length >= MIN_FUZZY || near.kind === 'homoglyph')) return near;
    const combo = combosquat(idx, lf);
    if (combo) return combo;
  }
  return null;
}

export function createLookalikeEngine(opts: EngineOptions): LookalikeEngine {
  const entities = Array.isArray(opts?.entities) ? opts.entities : [];
  const idx = buildProtectedIndex(entities);
  const owners = buildOwnerIndex(entities);
  const firstLabel = new Map<Entity, ProtectedLabel>();
  for (const r of idx.labels) if (!firstLabel.has(r.entity)) firstLabel.set(r.entity, r);
  const allow = buildOwnerIndex(
    (opts.allowlist ?? []).map((d) => ({ id: 'allow', name: d, names: [], domains: [d], kind: 'own' as const })),
  );

  function make(
    f: HostForms,
    input: string,
    hit: LabelHit,
    kind: LookalikeKind,
    why: string,
    platform: string | null,
    idn: IdnSignals | null,
  ): LookalikeMatch {
    const flags = idnList(idn);
    const idnWhy = flags.length ? `; IDN policy: ${flags.join(', ')} (${idn?.scripts.join('+')})` : '';
    const kw = hit.keyword ? ` with the keyword "${hit.keyword}"` : '';
    return {
      entity: hit.rec.entity.name,
      entityId: hit.rec.entity.id,
      domain: hit.rec.domain,
      kind,
      input,
      unicode: f.unicode,
      ascii: f.ascii,
      platform,
      idn: flags,
      reason: `${f.unicode}${f.unicode !== f.ascii ? ` (${f.ascii})` : ''}: ${why}${kw}; ${hit.rec.entity.name} owns ${hit.rec.entity.domains.slice(0, 4).join(', ')}${idnWhy}`,
    };
  }

  function match(input: string, forms?: HostForms | null): LookalikeMatch | null {
    const f = forms === undefined ? hostForms(input) : forms;
    if (!f || ownerOf(allow, f.ascii)) return null;
    const shared = pathTenant(f.ascii, f.path) ?? isSharedHost(f.ascii);
    if (shared) {
      const hit = tenantHit(idx, shared.tenantLabel);
      if (!hit) return null;
      // The brand's own tenant on its own platform (microsoft.sharepoint.com) is not an impersonation.
      if (hit.kind === 'exact' && platformOperator(shared.platform) === hit.rec.entity.id) return null;
      return make(
        f,
        input,
        hit,
        'shared-host',
        `"${shared.tenantLabel}" is a name anyone can rent on ${shared.platform} and carries "${hit.rec.label}"`,
        shared.platform,
        null,
      );
    }
    if (ownerOf(owners, f.ascii) || !f.icannDomain) return null;
    const suffixLabels = f.icannSuffix.split('.').length;
    const asciiLabels = f.ascii.split('.');
    const uniLabels = f.unicode.split('.');
    const n = asciiLabels.length - suffixLabels;
    const sldU = uniLabels[n - 1] ?? '';
    const sldForms = labelForms(sldU);
    const idn = isAscii(sldU) ? null : idnSignals(sldU, asciiLabels[asciiLabels.length - 1] ?? '');

    const near = similarLabel(idx, sldForms, f.icannSuffix);
    // A brand label that is a plain word (office, line) under another TLD is someone else's, not a TLD swap.
    if (near && !(near.kind === 'exact' && near.rec.common)) {
      if (near.kind === 'exact') {
        const kind: LookalikeKind = near.rec.suffix ? 'tld-swap' : 'combosquat';
        return make(
          f,
          input,
          near,
          kind,
          near.rec.suffix
            ? `the name "${near.rec.label}" under .${f.icannSuffix} instead of .${near.rec.suffix}`
            : `the ${near.rec.entity.name} name "${near.rec.label}" as a domain`,
          null,
          idn,
        );
      }
      const why =
        near.kind === 'homoglyph'
          ? `"${sldU}" looks like "${near.rec.label}" (skeleton "${sldForms.s1}")`
          : `"${sldU}" is a misspelling of "${near.rec.label}" (distance ${near.distance})`;
      return make(f, input, near, near.kind, why, null, idn);
    }
    // Split labels: `amaz.on.co.jp`, `xserverne.jp`, `chasecom.com`.
    const joinedSub = uniLabels.slice(0, n).join('');
    if (n > 1) {
      const whole = similarLabel(idx, joinedSub, f.icannSuffix);
      if (whole && (whole.kind === 'exact' || whole.kind === 'homoglyph') && whole.rec.suffix) {
        return make(
          f,
          input,
          whole,
          'split-label',
          `"${uniLabels.slice(0, n).join('.')}" spells "${whole.rec.label}" across labels`,
          null,
          idn,
        );
      }
    }
    const glued = idx.joined.get(skeleton(sldU.replace(/-/g, '')));
    if (glued)
      return make(
        f,
        input,
        { rec: glued, kind: 'exact', distance: 0, keyword: null },
        'split-label',
        `"${sldU}" glues "${glued.label}" to its suffix .${glued.suffix}`,
        null,
        idn,
      );
    const combo = combosquat(idx, sldForms);
    if (combo) return make(f, input, combo, 'combosquat', `"${sldU}" contains the name "${combo.rec.label}"`, null, idn);
    if (n > 1 && !isEsp(f.icannDomain) && !isLinkWrapper(f.ascii)) {
      const sub = embedded(f, n);
      if (sub) return make(f, input, sub.hit, 'embedded', sub.why, null, idn);
    }
    return null;
  }

  /** A protected domain or a brand+keyword label inside the subdomain part: `paypal.com.secure.example`. */
  function embedded(f: HostForms, n: number): { hit: LabelHit; why: string } | null {
    const labels = f.ascii.split('.').slice(0, n - 1);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 2; j <= labels.length; j++) {
        const owner = ownerOf(owners, labels.slice(i, j).join('.'));
        const rec = owner && firstLabel.get(owner);
        if (rec)
          return {
            hit: { rec, kind: 'exact', distance: 0, keyword: null },
            why: `the subdomain spells ${labels.slice(i, j).join('.')} in front of ${f.icannDomain}`,
          };
      }
      // A brand's domain written with underscores for dots in one label (`aeon_co_jp.example.cn`): DNS names may carry
      // underscores (RFC 2181 section 11), and the label reads as the brand's address to a person.
      const spelled = (labels[i] ?? '').includes('_') ? (labels[i] ?? '').replace(/_+/g, '.') : '';
      const spelledOwner = spelled ? ownerOf(owners, spelled) : null;
      const spelledRec = spelledOwner && spelled.includes('.') && firstLabel.get(spelledOwner);
      if (spelledRec)
        return {
          hit: { rec: spelledRec, kind: 'exact', distance: 0, keyword: null },
          why: `the subdomain "${labels[i]}" spells ${spelled} in front of ${f.icannDomain}`,
        };
      const u = hostToUnicode(labels[i] ?? '');
      const combo = combosquat(idx, u);
      if (combo && (combo.keyword || combo.rec.distinctive))
        return { hit: combo, why: `the subdomain "${u}" of ${f.icannDomain} carries the name "${combo.rec.label}"` };
    }
    return null;
  }

  const guarded = (input: string, forms?: HostForms | null): LookalikeMatch | null => {
    try {
      return match(input, forms);
    } catch (e) {
      if ((globalThis as { LOOKALIKE_DEBUG?: boolean }).LOOKALIKE_DEBUG) throw e;
      return null;
    }
  };

  return {
    match: (input) => guarded(input),
    // Everything `match` reads of its input is the host (hostForms), except a path tenant's path and the `input`
    // field of the answer: hosts without path tenants are answered once per session, the answer copied with its input.
    session: () => {
      const byHost = new Map<string, LookalikeMatch | null>();
      return (input) => {
        let f: HostForms | null;
        try {
          f = hostForms(input);
        } catch {
          return guarded(input);
        }
        if (!f || hasPathTenants(f.ascii)) return guarded(input, f);
        const known = byHost.get(f.ascii);
        if (known !== undefined) return known && { ...known, input };
        const m = guarded(input, f);
        byHost.set(f.ascii, m);
        return m;
      };
    },
    stats: () => ({ labels: idx.labels.length, deleteKeys: idx.deletes.size, automatonNodes: idx.automaton.size }),
  };
}
