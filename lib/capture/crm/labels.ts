import { cleanText } from '../sanitize';

/**
 * What a labelled value on a CRM record is. Field keys feed the capture fields; the CRM keys
 * (leadSource ... owner) feed the result's `crm` object.
 */
export type RecordKey =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'company'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'website'
  | 'industry'
  | 'companySize'
  | 'leadSource'
  | 'rating'
  | 'status'
  | 'leadStatus'
  | 'lifecycleStage'
  | 'annualRevenue'
  | 'owner';

/**
 * Field labels as the CRMs show them in English, Dutch, Swedish, Polish, Romanian and German
 * (Salesforce, Zoho and Pipedrive translate their labels with the user's language). Matching
 * ignores case, diacritics, a trailing colon and required-field stars (see `normalizeLabel`).
 */
export const LABEL_SYNONYMS: Readonly<Partial<Record<RecordKey, readonly string[]>>> = {
  name: [
    'Name',
    'Full Name',
    'Lead Name',
    'Contact Name',
    'Naam',
    'Volledige naam',
    'Leadnaam',
    'Namn',
    'Fullständigt namn',
    'Imię i nazwisko',
    'Nume',
    'Nume complet',
    'Vollständiger Name',
  ],
  firstName: ['First Name', 'Voornaam', 'Förnamn', 'Imię', 'Prenume', 'Vorname'],
  lastName: ['Last Name', 'Achternaam', 'Efternamn', 'Nazwisko', 'Nume de familie', 'Nachname'],
  title: [
    'Title',
    'Job Title',
    'Designation',
    'Functie',
    'Functietitel',
    'Titel',
    'Befattning',
    'Stanowisko',
    'Tytuł',
    'Funcție',
    'Titlu',
    'Position',
    'Berufsbezeichnung',
  ],
  company: [
    'Company',
    'Company Name',
    'Account Name',
    'Account',
    'Organization',
    'Organisation',
    'Bedrijf',
    'Bedrijfsnaam',
    'Accountnaam',
    'Organisatie',
    'Företag',
    'Företagsnamn',
    'Kontonamn',
    'Firma',
    'Nazwa firmy',
    'Nazwa konta',
    'Organizacja',
    'Companie',
    'Compania',
    'Nume companie',
    'Nume cont',
    'Organizație',
    'Unternehmen',
    'Firmenname',
    'Accountname',
    'Kontoname',
  ],
  email: [
    'Email',
    'E-mail',
    'Email Address',
    'E-mailadres',
    'E-post',
    'E-postadress',
    'Adres e-mail',
    'Adresă de e-mail',
    'E-Mail-Adresse',
  ],
  phone: [
    'Phone',
    'Telephone',
    'Business Phone',
    'Work Phone',
    'Telefoon',
    'Telefoonnummer',
    'Telefon',
    'Telefonnummer',
    'Numer telefonu',
    'Număr de telefon',
  ],
  mobile: [
    'Mobile',
    'Mobile Phone',
    'Mobiel',
    'Mobiele telefoon',
    'Mobil',
    'Mobiltelefon',
    'Telefon komórkowy',
    'Telefon mobil',
  ],
  website: ['Website', 'Web site', 'Webbplats', 'Strona internetowa', 'Strona www', 'Site web', 'Webseite'],
  industry: ['Industry', 'Branche', 'Bransch', 'Branża', 'Industrie', 'Sector', 'Domeniu de activitate'],
  companySize: [
    'No. of Employees',
    'Number of Employees',
    'Employees',
    'Aantal werknemers',
    'Aantal medewerkers',
    'Antal anställda',
    'Liczba pracowników',
    'Număr de angajați',
    'Nr. de angajați',
    'Anzahl der Mitarbeiter',
    'Mitarbeiteranzahl',
    'Mitarbeiter',
  ],
  leadSource: [
    'Lead Source',
    'Original Source',
    'Leadbron',
    'Leadkälla',
    'Źródło leada',
    'Źródło potencjalnego klienta',
    'Sursă lead',
    'Sursa lead',
    'Lead-Quelle',
    'Leadquelle',
  ],
  rating: ['Rating', 'Beoordeling', 'Waardering', 'Klassificering', 'Betyg', 'Ocena', 'Evaluare', 'Bewertung'],
  status: ['Status', 'Lead Status', 'Leadstatus', 'Status leada', 'Stare', 'Stare lead', 'Status lead', 'Lead-Status'],
  annualRevenue: [
    'Annual Revenue',
    'Jaaromzet',
    'Jaarlijkse omzet',
    'Årlig omsättning',
    'Årsomsättning',
    'Roczny przychód',
    'Przychód roczny',
    'Venit anual',
    'Venituri anuale',
    'Cifră de afaceri anuală',
    'Jahresumsatz',
  ],
  owner: [
    'Owner',
    'Lead Owner',
    'Contact Owner',
    'Account Owner',
    'Record Owner',
    'Eigenaar',
    'Leadeigenaar',
    'Contacteigenaar',
    'Accounteigenaar',
    'Ägare',
    'Leadägare',
    'Kontaktägare',
    'Kontoägare',
    'Właściciel',
    'Właściciel leada',
    'Właściciel kontaktu',
    'Właściciel konta',
    'Proprietar',
    'Proprietar lead',
    'Proprietar contact',
    'Proprietar cont',
    'Inhaber',
    'Lead-Inhaber',
    'Kontaktinhaber',
    'Accountinhaber',
  ],
  lifecycleStage: [
    'Lifecycle Stage',
    'Levenscyclusfase',
    'Livscykelfas',
    'Etap cyklu życia',
    'Etapa ciclului de viață',
    'Lebenszyklusphase',
  ],
};

/** Labels longer than this are not labels (and are not worth normalizing). */
const MAX_LABEL_LENGTH = 60;

/**
 * A label in comparable form: lower case, diacritics removed (ș, ţ, ö, ę, ...; ł stays), a
 * leading required-field star and a trailing colon or star removed, whitespace collapsed.
 */
export function normalizeLabel(text: unknown): string {
  const clean = cleanText(text, MAX_LABEL_LENGTH * 2);
  if (!clean || clean.length > MAX_LABEL_LENGTH) return '';
  return clean
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[*\s]+|[\s:*]+$/g, '')
    .replace(/\s+/g, ' ');
}

const BY_LABEL: ReadonlyMap<string, RecordKey> = new Map(
  Object.entries(LABEL_SYNONYMS).flatMap(([key, labels]) =>
    (labels ?? []).map((label) => [normalizeLabel(label), key as RecordKey] as const),
  ),
);

/** The record key a field label stands for, in any of the supported UI languages. */
export function keyForLabel(label: unknown): RecordKey | undefined {
  const normalized = normalizeLabel(label);
  return normalized ? BY_LABEL.get(normalized) : undefined;
}
