/**
 * Extension settings (options page), stored in storage.local under one key. Everything read back from
 * storage is validated and clamped here: storage is not trusted to hold what we wrote (older versions, sync).
 */
import type { Sensitivity, Settings } from '../../core/deps.js';
import { dnsblFromSpec, MAX_DNSBLS } from '../../core/evidence/dnsbl-lists.js';

export type UiLangSetting = 'auto' | 'en' | 'ja';

export interface ExtensionSettings {
  /** DoH resolver URLs (RFC 8484), tried in order. https only. */
  dohUrls: string[];
  /** No DNS at all: network checks are reported as skipped. */
  offline: boolean;
  /** The user's own domains (prefilled from account identities). */
  ownDomains: string[];
  /** Protect address-book contacts' domains against lookalikes. */
  protectContacts: boolean;
  /** Registrable domains never flagged as lookalikes/brand abuse. */
  allowlist: string[];
  sensitivity: Sensitivity;
  lang: UiLangSetting;
  /** Where "Report phishing" sends a message (the organisation's admin or abuse desk); '' = ask the user. */
  reportAddress: string;
  /**
   * Domain age over RDAP (reveals each sender/link domain to its TLD's registry). `auto`: on while DNS goes to the
   * default resolver, off when you configure your own resolvers (a confined setup); `on` / `off` force it.
   */
  rdap: RdapSetting;
  /** DNS blocklists to consult (ids of KNOWN_DNSBLS or zones); none by default. */
  dnsbl: string[];
  /** The user's own Google Safe Browsing API key; empty = off (the default). */
  safeBrowsingKey: string;
}

export type RdapSetting = 'auto' | 'on' | 'off';

export const SETTINGS_KEY = 'settings.v1';

/** Limits on what we keep (each one is a limit on stored, possibly corrupted or synced input). */
export const SETTINGS_LIMITS = Object.freeze({
  maxResolvers: 3,
  maxUrlLength: 2048,
  maxDomains: 200,
  /** RFC 1035 2.3.4: names are at most 255 octets; 253 characters in text form. */
  maxDomainLength: 253,
});

export const DEFAULT_DOH_URL = 'https://cloudflare-dns.com/dns-query';

export const DEFAULT_EXTENSION_SETTINGS: Readonly<ExtensionSettings> = Object.freeze({
  dohUrls: [DEFAULT_DOH_URL],
  offline: false,
  ownDomains: [],
  protectContacts: true,
  allowlist: [],
  sensitivity: 'normal',
  lang: 'auto',
  reportAddress: '',
  rdap: 'auto',
  dnsbl: [],
  safeBrowsingKey: '',
});

/** A DoH URL we accept: absolute https URL without credentials. Returns the normalized href or null. */
export function normalizeDohUrl(input: string): string | null {
  const s = input.trim();
  if (!s || s.length > SETTINGS_LIMITS.maxUrlLength || !URL.canParse(s)) return null;
  const u = new URL(s);
  if (u.protocol !== 'https:' || u.username || u.password || u.hash) return null;
  return u.href;
}

/** A domain name as typed by the user: lower-cased, trailing dot and leading `@`/`*.` removed, IDN kept readable. */
export function normalizeDomain(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (s.startsWith('@')) s = s.slice(1);
  if (s.startsWith('*.')) s = s.slice(2);
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (!s || s.length > SETTINGS_LIMITS.maxDomainLength || /[\s/:@?#\\]/.test(s) || !s.includes('.')) return null;
  if (!URL.canParse(`https://${s}/`)) return null;
  return s;
}

/** RFC 5321 4.5.3.1.3: a path is at most 256 octets, so an address at most 254 characters. */
const MAX_ADDRESS_LENGTH = 254;

/** A report address as typed (`admin@example.jp`, no display name): domain lower-cased; null when not an address. */
export function normalizeReportAddress(input: string): string | null {
  const s = input.trim();
  if (!s || s.length > MAX_ADDRESS_LENGTH) return null;
  const at = s.lastIndexOf('@');
  const local = s.slice(0, at);
  if (at <= 0 || !/^[^\s@<>()[\],;:"\\]+$/.test(local)) return null;
  const domain = normalizeDomain(s.slice(at + 1));
  return domain ? `${local}@${domain}` : null;
}

function stringList(v: unknown, norm: (s: string) => string | null, max: number): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v) {
    if (out.length >= max) break;
    if (typeof item !== 'string') continue;
    const n = norm(item);
    if (n !== null && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Validates anything (storage contents, a message from the options page) into settings; never throws. */
export function normalizeSettings(raw: unknown): ExtensionSettings {
  const d = DEFAULT_EXTENSION_SETTINGS;
  if (typeof raw !== 'object' || raw === null) return { ...d, dohUrls: [...d.dohUrls] };
  const r = raw as Record<string, unknown>;
  const dohUrls = Array.isArray(r.dohUrls) ? stringList(r.dohUrls, normalizeDohUrl, SETTINGS_LIMITS.maxResolvers) : [...d.dohUrls];
  return {
    dohUrls,
    offline: typeof r.offline === 'boolean' ? r.offline : d.offline,
    ownDomains: stringList(r.ownDomains, normalizeDomain, SETTINGS_LIMITS.maxDomains),
    protectContacts: typeof r.protectContacts === 'boolean' ? r.protectContacts : d.protectContacts,
    allowlist: stringList(r.allowlist, normalizeDomain, SETTINGS_LIMITS.maxDomains),
    sensitivity: r.sensitivity === 'low' || r.sensitivity === 'high' || r.sensitivity === 'normal' ? r.sensitivity : d.sensitivity,
    lang: r.lang === 'en' || r.lang === 'ja' || r.lang === 'auto' ? r.lang : d.lang,
    reportAddress: typeof r.reportAddress === 'string' ? (normalizeReportAddress(r.reportAddress) ?? d.reportAddress) : d.reportAddress,
    rdap: r.rdap === 'on' || r.rdap === 'off' || r.rdap === 'auto' ? r.rdap : d.rdap,
    dnsbl: stringList(r.dnsbl, (x) => dnsblFromSpec(x)?.id ?? null, MAX_DNSBLS),
    safeBrowsingKey:
      typeof r.safeBrowsingKey === 'string' && /^[A-Za-z0-9_-]{10,200}$/.test(r.safeBrowsingKey.trim()) ? r.safeBrowsingKey.trim() : '',
  };
}

/** Offline when asked, or when no resolver is configured (nothing to ask). */
export function isOffline(s: ExtensionSettings): boolean {
  return s.offline || s.dohUrls.length === 0;
}

/**
 * Host-permission match patterns for the configured resolvers (what the extension must be granted).
 * Match patterns have no port (a pattern's host matches every port), so the port is dropped.
 */
export function dohOriginPatterns(s: ExtensionSettings): string[] {
  const out: string[] = [];
  for (const u of s.dohUrls) {
    const url = new URL(u);
    const p = `${url.protocol}//${url.hostname}/*`;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** Is RDAP on? Never offline; `auto` = only while the resolvers are the defaults (see ExtensionSettings.rdap). */
export function rdapActive(s: ExtensionSettings): boolean {
  if (isOffline(s) || s.rdap === 'off') return false;
  return (
    s.rdap === 'on' ||
    (s.dohUrls.length === DEFAULT_EXTENSION_SETTINGS.dohUrls.length &&
      s.dohUrls.every((u, i) => u === DEFAULT_EXTENSION_SETTINGS.dohUrls[i]))
  );
}

/** The analysis settings derived from the extension settings (+ contacts' domains when protection is on). */
export function toCoreSettings(s: ExtensionSettings, contactDomains: readonly string[] = []): Partial<Settings> {
  return {
    ownDomains: [...s.ownDomains],
    allowlist: [...s.allowlist],
    contactDomains: s.protectContacts ? [...contactDomains] : [],
    sensitivity: s.sensitivity,
    dnsbl: [...s.dnsbl],
  };
}

/** The storage.local surface we use (browser.storage.local / chrome.storage.local in MV3). */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(store: KeyValueStore): Promise<ExtensionSettings> {
  try {
    const got = await store.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

/** Validates and stores; returns what was actually stored. */
export async function saveSettings(store: KeyValueStore, raw: unknown): Promise<ExtensionSettings> {
  const s = normalizeSettings(raw);
  await store.set({ [SETTINGS_KEY]: s });
  return s;
}
