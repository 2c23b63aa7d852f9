import type { ScorableActivity, ScorableLead } from './types';

/** Seeded fake leads with activities for benchmarks and demos; never real people. */
export interface GeneratedLead {
  id: string;
  lead: ScorableLead;
  activities: ScorableActivity[];
}

interface CountryData {
  code: string;
  first: string[];
  last: string[];
  suffix: string;
  tld: string;
  freeMail: string[];
  localTitles: string[];
}

const COUNTRIES: CountryData[] = [
  {
    code: 'NL',
    first: ['Jan', 'Sanne', 'Pieter', 'Eva', 'Daan', 'Lotte', 'Bram', 'Fleur'],
    last: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'van Dijk', 'Mulder', 'de Boer'],
    suffix: 'B.V.',
    tld: 'nl',
    freeMail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
    localTitles: ['Directeur', 'Eigenaar', 'Accountmanager', 'Hoofd Marketing'],
  },
  {
    code: 'DE',
    first: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Maximilian', 'Hannah'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker'],
    suffix: 'GmbH',
    tld: 'de',
    freeMail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
    localTitles: ['Geschäftsführer', 'Vertriebsleiter', 'Leiter IT', 'Einkaufsleiterin'],
  },
  {
    code: 'SE',
    first: ['Erik', 'Maja', 'Lars', 'Astrid', 'Björn', 'Elin', 'Oskar', 'Ingrid'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson'],
    suffix: 'AB',
    tld: 'se',
    freeMail: ['telia.com', 'gmail.com', 'hotmail.se'],
    localTitles: ['VD', 'Försäljningschef', 'Marknadschef', 'Systemutvecklare'],
  },
  {
    code: 'PL',
    first: ['Łukasz', 'Agnieszka', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Michał', 'Zofia'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowska', 'Zielińska'],
    suffix: 'Sp. z o.o.',
    tld: 'pl',
    freeMail: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'],
    localTitles: ['Prezes Zarządu', 'Kierownik sprzedaży', 'Dyrektor finansowy', 'Programista'],
  },
  {
    code: 'RO',
    first: ['Andrei', 'Ioana', 'Mihai', 'Elena', 'Ștefan', 'Maria', 'Alexandru', 'Ana'],
    last: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Munteanu'],
    suffix: 'S.R.L.',
    tld: 'ro',
    freeMail: ['yahoo.ro', 'gmail.com'],
    localTitles: ['Director general', 'Manager vânzări', 'Director de marketing', 'Inginer software'],
  },
  {
    code: 'FR',
    first: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Jules', 'Inès', 'Arthur'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand'],
    suffix: 'SAS',
    tld: 'fr',
    freeMail: ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net'],
    localTitles: ['Directeur commercial', 'Président', 'Responsable marketing', 'Stagiaire'],
  },
  {
    code: 'BE',
    first: ['Lucas', 'Emma', 'Noah', 'Olivia', 'Arthur', 'Louise'],
    last: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems'],
    suffix: 'NV',
    tld: 'be',
    freeMail: ['skynet.be', 'telenet.be', 'gmail.com'],
    localTitles: ['Zaakvoerder', 'Directeur'],
  },
  {
    code: 'ES',
    first: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Álvaro'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez'],
    suffix: 'S.L.',
    tld: 'es',
    freeMail: ['gmail.com', 'hotmail.es', 'yahoo.es'],
    localTitles: ['Director comercial', 'Gerente'],
  },
  {
    code: 'GB',
    first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Emily'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson'],
    suffix: 'Ltd',
    tld: 'co.uk',
    freeMail: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'sky.com'],
    localTitles: [],
  },
  {
    code: 'DK',
    first: ['Mads', 'Freja', 'Rasmus', 'Ida'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen'],
    suffix: 'ApS',
    tld: 'dk',
    freeMail: ['mail.dk', 'gmail.com'],
    localTitles: ['Direktør', 'Salgschef'],
  },
  {
    code: 'US',
    first: ['Michael', 'Jessica', 'David', 'Ashley'],
    last: ['Johnson', 'Miller', 'Davis', 'Garcia'],
    suffix: 'Inc.',
    tld: 'com',
    freeMail: ['gmail.com', 'yahoo.com', 'outlook.com'],
    localTitles: [],
  },
];

const ENGLISH_TITLES = [
  'CEO',
  'Founder',
  'Owner',
  'CTO',
  'CFO',
  'Chief Marketing Officer',
  'VP Sales',
  'VP Engineering',
  'Sales Director',
  'IT Director',
  'Head of Marketing',
  'Head of Operations',
  'Marketing Manager',
  'Sales Manager',
  'IT Manager',
  'Procurement Manager',
  'Product Manager',
  'Senior Software Engineer',
  'Senior Account Executive',
  'Software Engineer',
  'Account Executive',
  'Data Analyst',
  'HR Business Partner',
  'Office Manager',
  'Student',
  'Intern',
];

const INDUSTRIES = [
  'Software Development',
  'IT Services and IT Consulting',
  'Financial Services',
  'Manufacturing',
  'Marketing Services',
  'Telecommunications',
  'Retail',
  'Hospitals and Health Care',
  'Construction',
  'Transportation, Logistics, Supply Chain and Storage',
  'Food and Beverage Services',
  'Higher Education',
  'Government Administration',
  'Non-profit Organizations',
];

const TECH = [
  'Salesforce',
  'HubSpot',
  'Pipedrive',
  'Microsoft Dynamics 365',
  'SAP',
  'AWS',
  'Azure',
  'Slack',
  'Jira',
  'Shopify',
  'WordPress',
];
const SYLLABLES = [
  'nor',
  'vel',
  'tra',
  'lux',
  'bri',
  'xa',
  'ion',
  'dal',
  'kor',
  'mi',
  'sol',
  'ven',
  'ta',
  'gro',
  'lin',
];
const PAGES = ['/', '/pricing', '/product', '/blog/lead-scoring', '/customers', '/about', '/docs'];

/** [type, weight]: frequent low-value signals, rare high-intent ones. */
const ACTIVITY_WEIGHTS: [string, number][] = [
  ['email-open', 30],
  ['page-view', 25],
  ['email-click', 10],
  ['product-action', 8],
  ['pricing-page-visit', 4],
  ['whitepaper-download', 4],
  ['ebook-download', 3],
  ['webinar-registration', 3],
  ['social-post', 3],
  ['webinar-attendance', 2],
  ['email-reply', 2],
  ['call', 2],
  ['contact-form', 1],
  ['demo-request', 1],
  ['meeting-booked', 1],
  ['trial-signup', 1],
];
const TOTAL_WEIGHT = ACTIVITY_WEIGHTS.reduce((s, [, w]) => s + w, 0);

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * `count` leads with European names, titles and countries (a few elsewhere) and 0-30 activities each
 * (about 10 on average) within the 180 days before `now`. The same seed always gives the same leads.
 */
export function generateLeads(count: number, seed: number, now: Date): GeneratedLead[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const chance = (p: number) => rand() < p;
  const nowMs = now.getTime();
  const activityType = () => {
    let r = rand() * TOTAL_WEIGHT;
    for (const [type, weight] of ACTIVITY_WEIGHTS) {
      r -= weight;
      if (r < 0) return type;
    }
    return 'page-view';
  };
  const leads: GeneratedLead[] = [];
  for (let n = 0; n < count; n++) {
    const country = pick(COUNTRIES);
    const first = pick(country.first);
    const last = pick(country.last);
    const brand = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    const company = `${brand[0]?.toUpperCase()}${brand.slice(1)} ${country.suffix}`;
    const domain = `${brand}.${country.tld}`;
    const local = `${asciiSlug(first)}.${asciiSlug(last)}`;
    const title = country.localTitles.length > 0 && chance(0.3) ? pick(country.localTitles) : pick(ENGLISH_TITLES);
    const lead: ScorableLead = { name: `${first} ${last}`, company };
    if (chance(0.9)) lead.title = title;
    else lead.headline = `${title} at ${company}`;
    if (chance(0.85))
      lead.email = chance(0.75)
        ? `${local}@${domain}`
        : `${local}${Math.floor(rand() * 100)}@${pick(country.freeMail)}`;
    if (chance(0.9)) lead.country = country.code;
    if (chance(0.7)) lead.companySize = Math.round(Math.exp(rand() * Math.log(20_000)));
    if (chance(0.75)) lead.industry = pick(INDUSTRIES);
    if (chance(0.6)) lead.website = `https://www.${domain}`;
    if (chance(0.4)) lead.techStack = TECH.filter(() => chance(0.2));
    const activities: ScorableActivity[] = [];
    const activityCount = Math.floor(rand() ** 2 * 31);
    for (let i = 0; i < activityCount; i++) {
      const type = activityType();
      const ageMs = rand() * rand() * 180 * 86_400_000;
      const activity: ScorableActivity = {
        type,
        at: new Date(nowMs - ageMs).toISOString(),
        dedupeKey: `gen-${n}-${i}`,
      };
      if (type === 'page-view') activity.detail = pick(PAGES);
      activities.push(activity);
    }
    leads.push({ id: `lead-${n}`, lead, activities });
  }
  return leads;
}
