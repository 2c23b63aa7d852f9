/** The lead fields a CSV column can fill. First and last name are joined into `name`. */
export const LEAD_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'title',
  'company',
  'phone',
  'location',
  'country',
  'companySize',
  'industry',
  'website',
  'linkedinUrl',
  'stage',
] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

export const PRESETS = ['hubspot', 'salesforce', 'pipedrive', 'leadlens'] as const;
export type Preset = (typeof PRESETS)[number];

/** One entry per CSV column, in file order: the field it fills, or null when it is not imported. */
export type ColumnMapping = (LeadField | null)[];

/** A header table: export header names, best first; null marks a known column LeadLens does not import. */
type HeaderTable = readonly (readonly [header: string, field: LeadField | null])[];

/** Columns LeadLens itself writes into every export format (csvExport); they carry exact LeadLens values. */
export const LEADLENS_COLUMNS = {
  stage: 'LeadLens Stage',
  score: 'LeadLens Score',
  fit: 'LeadLens Fit',
  engagement: 'LeadLens Engagement',
  grade: 'LeadLens Grade',
} as const;

const OWN: HeaderTable = [
  [LEADLENS_COLUMNS.stage, 'stage'],
  [LEADLENS_COLUMNS.score, null],
  [LEADLENS_COLUMNS.fit, null],
  [LEADLENS_COLUMNS.engagement, null],
  [LEADLENS_COLUMNS.grade, null],
];

/** Each CRM's export / import column names (HubSpot property labels, Salesforce Data Import Wizard labels). */
export const PRESET_HEADERS: Record<Preset, HeaderTable> = {
  hubspot: [
    ['First Name', 'firstName'],
    ['Last Name', 'lastName'],
    ['Email', 'email'],
    ['Phone Number', 'phone'],
    ['Mobile Phone Number', null],
    ['Job Title', 'title'],
    ['Company Name', 'company'],
    ['City', 'location'],
    ['State/Region', null],
    ['Country/Region', 'country'],
    ['Industry', 'industry'],
    ['Number of Employees', 'companySize'],
    ['Website URL', 'website'],
    ['LinkedIn URL', 'linkedinUrl'],
    ['Lifecycle Stage', 'stage'],
    ['Lead Status', null],
    ['Contact owner', null],
    ['Create Date', null],
    ['Last Activity Date', null],
    ['Record ID', null],
  ],
  salesforce: [
    ['Salutation', null],
    ['First Name', 'firstName'],
    ['Last Name', 'lastName'],
    ['Full Name', 'name'],
    ['Title', 'title'],
    ['Company', 'company'],
    ['Email', 'email'],
    ['Phone', 'phone'],
    ['Mobile Phone', null],
    ['Street', null],
    ['City', 'location'],
    ['State/Province', null],
    ['Postal Code', null],
    ['Country', 'country'],
    ['Industry', 'industry'],
    ['No. of Employees', 'companySize'],
    ['Annual Revenue', null],
    ['Website', 'website'],
    ['LinkedIn URL', 'linkedinUrl'],
    ['Lead Source', null],
    ['Lead Status', null],
    ['Status', null],
    ['Rating', null],
    ['Lead Owner', null],
    ['Lead ID', null],
    ['Description', null],
  ],
  pipedrive: [
    ['Person - Name', 'name'],
    ['Person - First name', 'firstName'],
    ['Person - Last name', 'lastName'],
    ['Person - Email', 'email'],
    ['Person - Email - Work', 'email'],
    ['Person - Email - Home', null],
    ['Person - Email - Other', null],
    ['Person - Phone', 'phone'],
    ['Person - Phone - Work', 'phone'],
    ['Person - Phone - Mobile', null],
    ['Person - Job title', 'title'],
    ['Person - LinkedIn profile', 'linkedinUrl'],
    ['Person - Postal address - City/town', 'location'],
    ['Person - Postal address - Country', 'country'],
    ['Person - Organization', 'company'],
    ['Organization - Name', 'company'],
    ['Organization - Address - Country', 'country'],
    ['Organization - Industry', 'industry'],
    ['Organization - Number of employees', 'companySize'],
    ['Organization - Website', 'website'],
    ['Person - Label', null],
    ['Person - Owner', null],
  ],
  leadlens: [
    ['Name', 'name'],
    ['Email', 'email'],
    ['Title', 'title'],
    ['Company', 'company'],
    ['Phone', 'phone'],
    ['Location', 'location'],
    ['Country', 'country'],
    ['Company Size', 'companySize'],
    ['Industry', 'industry'],
    ['Website', 'website'],
    ['LinkedIn URL', 'linkedinUrl'],
  ],
};

/** Headers other tools use, for files that match no preset. */
const COMMON: HeaderTable = (
  [
    ['name', ['Name', 'Full Name', 'Contact Name', 'Lead Name', 'Contact', 'Person']],
    ['firstName', ['First Name', 'Given Name', 'First']],
    ['lastName', ['Last Name', 'Surname', 'Family Name', 'Last']],
    ['email', ['Email', 'E-mail', 'Email Address', 'Work Email', 'Business Email', 'Mail']],
    ['title', ['Title', 'Job Title', 'Position', 'Role', 'Job Role', 'Job Position']],
    ['company', ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Account Name']],
    ['phone', ['Phone', 'Phone Number', 'Telephone', 'Tel', 'Work Phone', 'Business Phone', 'Mobile']],
    ['location', ['Location', 'City', 'Town']],
    ['country', ['Country', 'Country/Region', 'Country Code', 'Country Name']],
    ['companySize', ['Company Size', 'Employees', 'Number of Employees', 'Employee Count', 'Headcount']],
    ['industry', ['Industry', 'Sector', 'Vertical']],
    ['website', ['Website', 'Website URL', 'Web Site', 'Company Website', 'URL', 'Domain', 'Company Domain']],
    ['linkedinUrl', ['LinkedIn', 'LinkedIn URL', 'LinkedIn Profile', 'LinkedIn Profile URL']],
    ['stage', ['Stage', 'Lifecycle Stage', 'Lead Stage']],
  ] as const
).flatMap(([field, headers]) => headers.map((header) => [header, field] as const));

/** Case, spacing, punctuation and accents do not matter: "Country/Region" = "country region". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function index(table: HeaderTable): Map<string, { field: LeadField | null; order: number }> {
  const byHeader = new Map<string, { field: LeadField | null; order: number }>();
  table.forEach(([header, field], order) => {
    const key = normalizeHeader(header);
    if (!byHeader.has(key)) byHeader.set(key, { field, order });
  });
  return byHeader;
}

const OWN_INDEX = index(OWN);
const PRESET_INDEX = new Map(PRESETS.map((preset) => [preset, index(PRESET_HEADERS[preset])]));
const COMMON_INDEX = index(COMMON);

/** The preset whose columns the headers match most, when one clearly does (at least two, no tie). */
function detectPreset(keys: string[]): Preset | null {
  const counts = PRESETS.map((preset) => {
    const table = PRESET_INDEX.get(preset);
    return { preset, count: keys.filter((key) => table?.has(key)).length };
  }).sort((a, b) => b.count - a.count);
  const [best, second] = counts;
  if (!best || best.count < 2 || best.count === second?.count) return null;
  return best.preset;
}

export interface DetectedColumns {
  preset: Preset | null;
  mapping: ColumnMapping;
}

/**
 * Maps CSV headers to lead fields. Each field goes to one column: LeadLens's own columns first,
 * then the detected preset's, then any other preset's, then common names; within a table, the
 * header listed first; among equal headers, the leftmost column. Unknown headers map to null.
 */
export function detectColumns(headers: readonly string[]): DetectedColumns {
  const keys = headers.map(normalizeHeader);
  const preset = detectPreset(keys);
  const tables = [
    OWN_INDEX,
    ...(preset ? [PRESET_INDEX.get(preset)] : []),
    ...PRESETS.filter((p) => p !== preset).map((p) => PRESET_INDEX.get(p)),
    COMMON_INDEX,
  ];
  const candidates = keys.map((key, column) => {
    for (const [rank, table] of tables.entries()) {
      const hit = table?.get(key);
      if (hit) return { column, field: hit.field, rank: rank * 1000 + hit.order };
    }
    return { column, field: null, rank: Number.POSITIVE_INFINITY };
  });
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<LeadField>();
  for (const { column, field } of [...candidates].sort((a, b) => a.rank - b.rank || a.column - b.column)) {
    if (field === null || taken.has(field)) continue;
    taken.add(field);
    mapping[column] = field;
  }
  return { preset, mapping };
}
