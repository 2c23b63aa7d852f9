import type { CaptureResult } from '../types';

// The CRM extension of the capture contract. Types only: the content script ships no zod. The
// matching zod schema belongs in ../schema.ts (owned by the lead engineer; see README.md).

export const CRM_SITES = ['hubspot', 'salesforce', 'pipedrive', 'dynamics', 'zoho'] as const;
export type CrmSite = (typeof CRM_SITES)[number];

/** The CRM's own name for the record's object, lower case. */
export type CrmObjectType = 'contact' | 'company' | 'lead' | 'account' | 'person' | 'organization';

/** CRM-only values a record shows, as displayed (cleaned, at most MAX_FIELD_LENGTH characters). */
export const CRM_VALUE_KEYS = [
  'lifecycleStage',
  'leadStatus',
  'owner',
  'leadSource',
  'rating',
  'status',
  'annualRevenue',
] as const;
export type CrmValueKey = (typeof CRM_VALUE_KEYS)[number];

export interface CrmRecord {
  /** The record's id in the CRM, from the URL (HubSpot and Pipedrive numeric, Salesforce 15/18 chars, Dynamics GUID). */
  recordId: string;
  objectType: CrmObjectType;
  /** Whether the record describes a person (lead, contact) or a company (account, organization). */
  entity: 'person' | 'company';
  /** HubSpot lifecycle stage ("Marketing Qualified Lead"). */
  lifecycleStage?: string;
  /** HubSpot lead status (hs_lead_status). */
  leadStatus?: string;
  /** The record owner's name. */
  owner?: string;
  /** Lead source (HubSpot: original source). */
  leadSource?: string;
  /** Salesforce/Dynamics/Zoho rating ("Hot", "Warm"). */
  rating?: string;
  /** Record status in Salesforce, Dynamics and Zoho (a lead's "Lead Status"). */
  status?: string;
  /** Annual revenue as shown, with its currency ("€ 2.500.000"). */
  annualRevenue?: string;
}

/** A capture of a CRM page: kind 'record' with `crm`, or 'unsupported' without it. */
export type CrmCaptureResult = CaptureResult & { crm?: CrmRecord };
