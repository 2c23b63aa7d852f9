import Papa from 'papaparse';
import type { AnswerRecord, LeadRecord, StageName } from '../db/records';
import { bant } from '../qualification';
import { LEADLENS_COLUMNS } from './columnMapping';
import { countryName } from './countries';

export const EXPORT_FORMATS = ['hubspot', 'salesforce', 'pipedrive', 'leadlens'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Value = string | number | undefined;
type Column = readonly [header: string, value: (lead: LeadRecord, answers: readonly AnswerRecord[]) => Value];

/** "Jan de Vries" -> first "Jan", last "de Vries"; a single word goes where the CRM needs a name. */
function splitName(name: string | undefined, single: 'first' | 'last'): { first?: string; last?: string } {
  const [first, ...rest] = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (rest.length === 0) return { [single]: first };
  return { first, last: rest.join(' ') };
}

/** HubSpot's lifecycle stage internal values; stages HubSpot has no stage for are "other". */
const HUBSPOT_LIFECYCLE: Record<StageName, string> = {
  lead: 'lead',
  mql: 'marketingqualifiedlead',
  sql: 'salesqualifiedlead',
  opportunity: 'opportunity',
  customer: 'customer',
  lost: 'other',
  disqualified: 'other',
  nurture: 'other',
};

const country = (lead: LeadRecord) => (lead.country ? countryName(lead.country) : undefined);

/**
 * Each CRM's import column names (HubSpot property labels, the Salesforce Data Import Wizard's
 * lead labels, Pipedrive's "Person - " / "Organization - " fields), so the CRM maps them itself.
 * Countries go to CRMs as English names, to the LeadLens format as ISO codes.
 */
const CRM_COLUMNS: Record<ExportFormat, readonly Column[]> = {
  hubspot: [
    ['First Name', (l) => splitName(l.name, 'first').first],
    ['Last Name', (l) => splitName(l.name, 'first').last],
    ['Email', (l) => l.email],
    ['Phone Number', (l) => l.phone],
    ['Job Title', (l) => l.title],
    ['Company Name', (l) => l.company],
    ['City', (l) => l.location],
    ['Country/Region', country],
    ['Industry', (l) => l.industry],
    ['Number of Employees', (l) => l.companySize],
    ['Website URL', (l) => l.website],
    // Not a HubSpot default property: create a contact property with this label to keep it.
    ['LinkedIn URL', (l) => l.linkedinUrl],
    ['Lifecycle Stage', (l) => HUBSPOT_LIFECYCLE[l.stage]],
  ],
  salesforce: [
    // Salesforce requires a last name.
    ['First Name', (l) => splitName(l.name, 'last').first],
    ['Last Name', (l) => splitName(l.name, 'last').last],
    ['Title', (l) => l.title],
    ['Company', (l) => l.company],
    ['Email', (l) => l.email],
    ['Phone', (l) => l.phone],
    ['City', (l) => l.location],
    ['Country', country],
    ['Industry', (l) => l.industry],
    ['No. of Employees', (l) => l.companySize],
    ['Website', (l) => l.website],
    ['LinkedIn URL', (l) => l.linkedinUrl],
  ],
  pipedrive: [
    ['Person - Name', (l) => l.name],
    ['Person - Email', (l) => l.email],
    ['Person - Phone', (l) => l.phone],
    ['Person - Job title', (l) => l.title],
    ['Person - LinkedIn profile', (l) => l.linkedinUrl],
    ['Person - Postal address - City/town', (l) => l.location],
    ['Person - Postal address - Country', country],
    ['Organization - Name', (l) => l.company],
    ['Organization - Industry', (l) => l.industry],
    ['Organization - Number of employees', (l) => l.companySize],
    ['Organization - Website', (l) => l.website],
  ],
  leadlens: [
    ['Name', (l) => l.name],
    ['Email', (l) => l.email],
    ['Title', (l) => l.title],
    ['Company', (l) => l.company],
    ['Phone', (l) => l.phone],
    ['Location', (l) => l.location],
    ['Country', (l) => l.country],
    ['Company Size', (l) => l.companySize],
    ['Industry', (l) => l.industry],
    ['Website', (l) => l.website],
    ['LinkedIn URL', (l) => l.linkedinUrl],
  ],
};

/** Status and answer of each BANT item (a CRM keeps them in custom properties of these names). */
const BANT_COLUMNS: readonly Column[] = bant.items.flatMap((item): Column[] => {
  const answer = (answers: readonly AnswerRecord[]) =>
    answers.find((a) => a.framework === bant.id && a.item === item.id);
  return [
    [`BANT ${item.label}`, (_, answers) => answer(answers)?.status],
    [`BANT ${item.label} answer`, (_, answers) => answer(answers)?.answer || undefined],
  ];
});

const LEADLENS_SCORE_COLUMNS: readonly Column[] = [
  [LEADLENS_COLUMNS.stage, (l) => l.stage],
  [LEADLENS_COLUMNS.score, (l) => l.score?.total],
  [LEADLENS_COLUMNS.fit, (l) => l.score?.fit],
  [LEADLENS_COLUMNS.engagement, (l) => l.score?.engagement],
  [LEADLENS_COLUMNS.grade, (l) => l.score?.cell],
];

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return that some
 * spreadsheets skip before one) gets a leading apostrophe: shown as text, never executed.
 * The importer strips it again (csvRows), so a value that already looks escaped ("'=1") gets
 * one more, or it would come back without its own.
 */
export function neutralizeFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The leads as CSV (RFC 4180: CRLF, quotes where needed) in a CRM's import columns plus LeadLens's own. */
export function exportLeadsCsv(
  leads: readonly LeadRecord[],
  answersByLead: ReadonlyMap<string, readonly AnswerRecord[]>,
  format: ExportFormat,
): string {
  const columns = [...CRM_COLUMNS[format], ...LEADLENS_SCORE_COLUMNS, ...BANT_COLUMNS];
  const data = leads.map((lead) =>
    columns.map(([, value]) => {
      const cell = value(lead, answersByLead.get(lead.id) ?? []);
      return typeof cell === 'string' ? neutralizeFormula(cell) : (cell ?? '');
    }),
  );
  return Papa.unparse({ fields: columns.map(([header]) => header), data }, { newline: '\r\n' });
}
