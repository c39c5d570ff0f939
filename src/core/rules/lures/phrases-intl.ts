/**
 * Lure phrase families in German, Portuguese, Spanish, French, Italian and Dutch, plus English wallet/crypto,
 * reward and payout lures. Same families and combination rules as phrases.ts (a threat counts only with an action,
 * a deadline or pressure), same constraints: lower-case NFKC text, linear patterns with bounded gaps only.
 */
import type { PhraseFamily } from './phrases.js';

export const INTL_THREAT_FAMILIES: readonly PhraseFamily[] = [
  {
    id: 'account-lockout',
    patterns: [
      // de
      /(konto|karte|zugang|account|abonnement|postfach).{0,30}(gesperrt|eingeschränkt|deaktiviert|gelöscht|blockiert|suspendiert)/,
      /(sperrung|löschung|einschränkung) (ihres|deines) (kontos|zugangs|accounts)/,
      // pt
      /(conta|cartão|cartao|acesso|cadastro|assinatura|chave pix|valor).{0,30}(bloquead[oa]|suspens[oa]|desativad[oa]|restrit[oa]|encerrad[oa])/,
      /(bloqueio|suspensão|suspensao) (da |de |do |por )?(sua |seu )?(conta|cartão|cartao|acesso|fraude)/,
      // es
      /(su |tu )?acceso (puede ser|será|sera|podría ser|podria ser) (bloquead|suspendid|restringid)/,
      /(cuenta|tarjeta|acceso|contrato|suscripción|suscripcion|buzón|buzon).{0,30}(bloquead[oa]|suspendid[oa]|restringid[oa]|desactivad[oa]|limitad[oa])/,
      // fr
      /(compte|carte|accès|acces|abonnement).{0,30}(bloqué|suspendu|désactivé|restreint|limité|clôturé|supprimé)/,
      // it
      /(account|conto|carta).{0,30}(bloccat[oa]|sospes[oa]|limitat[oa]|disattivat[oa])/,
      // nl
      /(account|rekening|toegang|abonnement|services|diensten).{0,30}(geblokkeerd|beperkt|opgeschort|gedeactiveerd)/,
      // en: crypto wallets
      /(wallet|funds|assets|cryptocurrency|crypto|metamask).{0,30}(suspended|blocked|disabled|restricted|locked|frozen|deactivated|compromised)/,
      // pt, en: the reader's data, photos or files about to be deleted
      /(dados|fotos|arquivos|vídeos|videos).{0,40}(ser[aã]o|ser[aá]) (completamente |permanentemente |definitivamente )?(exclu[ií]d|apagad|deletad)[oa]s?/,
      /your (photos|videos|files|data)( and (photos|videos|files))? (will be|are being|have been) (permanently )?(deleted|removed|erased)/,
    ],
  },
  {
    id: 'verification',
    patterns: [
      /(bestätigen|verifizieren|aktualisieren) sie (ihre|ihr|jetzt)/,
      /sicherheits-?(pin|warnung|überprüfung)/,
      /ungewöhnliche (aktivität|anmeldung)/,
      /(verifique|confirme|atualize|valide|regularize) (o |a |os |as |seu |sua |seus |suas )?(acesso|conta|dados|cadastro|informações|informacoes|identidade|forma de pagamento|pagamento)/,
      /novo acesso (em|na) (sua )?conta/,
      /alerta de segurança/,
      /(verifique|confirme|actualice|actualize|valide|verifica|confirma|actualiza) (su |tu |sus |tus )?(cuenta|identidad|datos|información|informacion|acceso|método de pago|metodo de pago)/,
      /pendiente de validación/,
      /transferencia.{0,40}(pendiente|requiere su confirmaci)/,
      /confirmar la (autenticidad|recepción|recepcion)/,
      /(necessita|necessitam|precisa|precisam|requer|requerem) (de )?verifica(ção|cao)/,
      /se requiere (su )?confirmaci[oó]n/,
      /(vérifiez|verifiez|confirmez|mettez à jour) (votre |vos )(compte|identité|informations|données|coordonnées|moyen de paiement)/,
      /(verifica|conferma|aggiorna) (i tuoi|il tuo|la tua|i suoi|il suo) (dati|account|identità|pagamento)/,
      /(verifieer|bevestig|controleer) (nu )?(uw|je) (gegevens|account|identiteit|betaalgegevens)/,
      /we hebben (je|uw) bevestiging nodig/,
      // en: crypto and account-review lures
      /(recovery|seed|secret) phrase/,
      /(kyc|know your customer).{0,40}(update|verification|agreement|required|renew|expir|submission)/,
      /new (login|sign-?in) attempt/,
      /payout verification/,
      /(login|acesso) suspeito/,
      /sicherheits-?zertifikat.{0,40}(läuft .{0,20}ab|abgelaufen|erneuer|verlänger)/,
      /account requires (immediate )?(attention|action|verification)/,
    ],
  },
  {
    id: 'payment',
    patterns: [
      /zahlung (fehlgeschlagen|abgelehnt|ausstehend)/,
      /(abonnement|lizenz|schutz).{0,20}(läuft ab|abgelaufen)/,
      /pagamento (recusado|não aprovado|nao aprovado|pendente|em atraso)/,
      /(fatura|débito|debito|taxa|tributo|imposto|pedágio|pedagio)s? .{0,20}(em aberto|pendente|vencid|em atraso|sem pagamento)/,
      /atraso no pagamento/,
      /pago (rechazado|fallido|pendiente)/,
      /buzón tributario/,
      /paiement (refusé|échoué|en attente|rejeté)/,
      /(retard|défaut) de paiement/,
      /pagamento (rifiutato|non riuscito|in sospeso)/,
      /betaal(methode|gegevens) .{0,20}(niet (meer )?geldig|verlopen)/,
      /betaling (mislukt|geweigerd)/,
      /(declined transaction|billing error|invalid billing|membership not renewed|withdrawal error|automatic withdrawal)/,
      /payment method (isn't|is not|is no longer|was not) (working|valid|accepted)/,
    ],
  },
  {
    id: 'parcel',
    patterns: [
      /(paket|sendung|lieferung|zustellung).{0,30}(nicht zugestellt|konnte nicht|ausstehend|in bearbeitung)/,
      /versanddetails/,
      /(encomenda|pedido|pacote|mercadoria|objeto)s? .{0,20}(retid[oa]|taxad[oa]|bloquead[oa]|devolvid[oa])/,
      /(paquete|envío|envio|pedido)s? .{0,20}(retenid|no (pudo|ha podido) ser entregad)/,
      /(colis|livraison|envoi).{0,30}(en attente|retenu|bloqué|n'a pas pu|pas pu être livré)/,
      /(pacco|spedizione|consegna).{0,30}(in attesa|trattenut|sospes)/,
      /(pakket|zending|levering).{0,30}(in afwachting|wacht|niet bezorgd|tegengehouden)/,
      /trackingmelding/,
      /(abandoned|pending|held) (package|parcel|shipment)/,
    ],
  },
  {
    id: 'prize',
    patterns: [
      /(sie wurden|du wurdest) .{0,40}ausgewählt/,
      /gewinnen sie/,
      /(auszahlung|prämie|gutschein).{0,30}(bereit|wartet|erhalten)/,
      /(pontos|milhas|prêmio|premio|recompensa|bônus|bonus|cashback).{0,30}(expira|vence|disponíve|disponive|acumulad|pendente)/,
      /(você|voce) (foi selecionad|ganhou|alcançou|alcancou)/,
      /(ha sido seleccionad|has sido seleccionad|has ganado|ha ganado)/,
      /(vous avez été sélectionné|vous avez gagné)/,
      /(points|droits|crédits|credits|solde).{0,30}(expirent|expireront|expire bientôt)/,
      /(chèques?-vacances|chèques? cadeaux?|bons? d'achat).{0,40}(expirent|expireront|arrivant à expiration)/,
      /hai vinto/,
      /(win|winnen) (een|vandaag)/,
      /cadeau(bon|kaart)/,
      /(airdrop|staking rewards?|claim (your )?(tokens|rewards|airdrop))/,
      /you are (a|the|our) .{0,20}winner/,
      /(surprise|mystery) (box|package|gift)/,
      /(funds|payout|payment) (have been|has been) (deposited|credited|released|authori[sz]ed)/,
    ],
  },
  {
    id: 'storage-full',
    patterns: [/speicher(platz)? (ist )?(voll|fast voll)/, /opslag (is )?vol/, /uploads? (gepauzeerd|paused|pausiert)/],
  },
];

export const INTL_ACTION_PATTERNS: readonly RegExp[] = [
  /klicken sie (hier|auf)/,
  /jetzt (bestätigen|anmelden|verifizieren|aktualisieren|einlösen|sichern|teilnehmen|verlängern)/,
  /(bestätigen|sichern) sie (sie )?jetzt/,
  /(clique|acesse|toque) (aqui|no botão|no botao|no link|abaixo)/,
  /(resgate|regularize|atualize|verifique) (agora|já|ja)/,
  /(atualize|verifique|confirme|acesse|regularize|valide) (sua|seu|suas|seus|o acesso|agora|já)/,
  /(haga|haz) clic/,
  /(acceda|accede|ingrese|ingresa|valide|verifique|confirme|actualice) (aquí|aqui|ahora|a su|a tu|su|tu)/,
  /(verifieer|bevestig|controleer) (nu|hier)/,
  /(pulse|pulsa) aquí/,
  /inicie sesión/,
  /inici(ando|o de) sesi[oó]n/,
  /ik wil (winnen|meedoen|deelnemen)/,
  /cliquez (ici|sur)/,
  /(connectez-vous|identifiez-vous)/,
  /clicca (qui|sul)/,
  /klik (hier|op)/,
  /doe (nu )?mee/,
  /claim (your |now|it)/,
  /start your claim/,
  /(complete|take) (the|our|a) (short )?survey/,
  /confirm (your )?(receipt|shipping address|address|details)/,
  /secure (yours|it) now/,
  /(siga|acesse|use) (os|o) links? abaixo/,
  /jetzt reaktivieren/,
];

export const INTL_DEADLINE_PATTERNS: readonly RegExp[] = [
  /(innerhalb von|in) \d{1,3} ?(stunden|tagen)/,
  /(letzte (mahnung|warnung|erinnerung))/,
  /bevor sie verfällt/,
  /em (até )?\d{1,3} ?(horas|dias)/,
  /(último aviso|ultimo aviso|aviso final)/,
  /(será|serão) (bloquead|cancelad|suspens|devolvid|excluíd)/,
  /en (las próximas )?\d{1,3} ?(horas|días)/,
  /en un plazo de \d{1,3} ?(horas|días|dias)/,
  /(sous|dans les) \d{1,3} ?(heures|jours)/,
  /dernier (avis|rappel)/,
  /avant qu.{1,3}ils? n.{1,3}expirent/,
  /entro \d{1,3} ?(ore|giorni)/,
  /binnen \d{1,3} ?(uur|dagen)/,
  /laatste (mededeling|herinnering|waarschuwing)/,
  /\d{1,3} ?hours only/,
  /before (it|they) expires?/,
  /date limite/,
  /last notice/,
  /(será|serão) (completamente|permanentemente|definitivamente) (bloquead|cancelad|suspens|excluíd|apagad)/,
];

export const INTL_WEAK_URGENCY_PATTERNS: readonly RegExp[] = [
  /(sofort|dringend|umgehend|unverzüglich)/,
  /(imediatamente|urgente|o quanto antes)/,
  /(inmediatamente|lo antes posible)/,
  /(immédiatement|sans délai)/,
  /(immediatamente)/,
  /(onmiddellijk|dringende)/,
];
