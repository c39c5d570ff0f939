/**
 * `alarm-display-name`: the sender's name is an alarm, not a name ("Security Alert.", "Urgent Billing Verification",
 * "Cloud Disabled"). Organisations sign with their own name; a sender that names no one and only announces a problem
 * hides who is writing. Low on its own: it adds weight to other evidence.
 */
import type { Finding } from '../../model/finding.js';
import { GENERIC } from './brand-claim.js';
import { brandsNamedIn } from './brand-names.js';
import { foldLookalikes, stripInvisible, MAX_SHORT_TEXT } from '../../text/short-text-forms.js';

/** Alarm words (en, de, fr, es, pt, it, nl). */
const ALARM = new Set(
  `alert alerts urgent warning security verification verify suspended suspension disabled blocked declined expired
lockout unauthorized fraud required action important final disabled warnung sicherheitswarnung dringend dringende alerta urgente
segurança seguranca bloqueio alerte sécurité securite seguridad avviso sicurezza waarschuwing beveiliging
rechazado rechazada recusado recusada abgelehnt refusé refuse rifiutato geweigerd bloqueado bloqueada gesperrt`.split(/\s+/),
);

export function alarmDisplayNameFindings(displayName: string): Finding[] {
  if (!displayName) return [];
  const text = foldLookalikes(stripInvisible(displayName.slice(0, MAX_SHORT_TEXT))).toLowerCase();
  const words = text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || !words.some((w) => ALARM.has(w))) return [];
  if (!words.every((w) => ALARM.has(w) || GENERIC.has(w))) return [];
  if (brandsNamedIn(displayName).length > 0) return [];
  return [
    {
      id: 'alarm-display-name',
      severity: 'low',
      messageKey: 'finding.alarm-display-name',
      params: { name: displayName.slice(0, 80) },
      evidence: [{ kind: 'text', value: displayName.slice(0, MAX_SHORT_TEXT), label: 'From display name' }],
    },
  ];
}
