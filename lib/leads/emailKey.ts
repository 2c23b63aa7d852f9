/**
 * The identity key of an e-mail address, or null when the address must never identify a person.
 *
 * Policy (what counts as "the same mailbox"):
 * - Case does not matter, nor surrounding spaces ("Jan@Acme.NL " is "jan@acme.nl").
 * - Plus addressing: everything from the first "+" in the local part is a tag the mailbox owner
 *   added ("jan+news@acme.nl" is "jan@acme.nl"). Gmail, Outlook/Microsoft 365, Google Workspace,
 *   iCloud, Fastmail, Proton and most company mail servers deliver "+tag" to the base mailbox.
 *   Not at Yahoo (yahoo.*, ymail.com, rocketmail.com): Yahoo has no plus addressing (its
 *   disposable addresses use "-"), so there the address is taken as written.
 * - Gmail ignores dots in the local part and googlemail.com is gmail.com ("j.an@googlemail.com"
 *   is "jan@gmail.com"); no other provider's dots are dropped.
 * - Shared role inboxes (info@, sales@, noreply@, biuro@, ...) reach many people: never a key.
 */
export function emailIdentityKey(raw: string): string | null {
  const address = raw.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  if (!NO_PLUS_ADDRESSING.test(domain)) {
    const plus = local.indexOf('+');
    if (plus === 0) return null;
    if (plus > 0) local = local.slice(0, plus);
  }
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  if (local === '' || isRoleInbox(local)) return null;
  return `email:${local}@${domain}`;
}

/** Domains where "+" is no sub-address marker. */
const NO_PLUS_ADDRESSING = /^(?:yahoo\.[a-z.]+|ymail\.com|rocketmail\.com)$/;

/** Shared inboxes in the languages LeadLens speaks (English, Dutch, Swedish, Polish, Romanian, German, French). */
const ROLE_INBOXES = new Set([
  'info',
  'information',
  'sales',
  'contact',
  'contacts',
  'office',
  'hello',
  'hi',
  'hallo',
  'hej',
  'admin',
  'administration',
  'support',
  'help',
  'helpdesk',
  'service',
  'customerservice',
  'noreply',
  'no-reply',
  'no.reply',
  'donotreply',
  'do-not-reply',
  'kontakt',
  'biuro',
  'bureau',
  'sekretariat',
  'secretariaat',
  'receptie',
  'reception',
  'recepcja',
  'sprzedaz',
  'handel',
  'zamowienia',
  'vanzari',
  'comenzi',
  'birou',
  'verkoop',
  'klantenservice',
  'kundtjanst',
  'kundservice',
  'forsaljning',
  'order',
  'orders',
  'mail',
  'email',
  'team',
  'marketing',
  'enquiries',
  'inquiries',
  'billing',
  'accounts',
  'invoices',
  'factuur',
  'faktura',
  'hr',
  'jobs',
  'careers',
  'press',
  'media',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'security',
  'privacy',
  'legal',
  'vertrieb',
  'anfrage',
  'accueil',
  'commercial',
]);

/** Whether a (lower-case, tag-free) local part names a shared inbox rather than a person. */
export function isRoleInbox(local: string): boolean {
  return ROLE_INBOXES.has(local) || /^(?:no-?reply|do-?not-?reply)\b/.test(local);
}
