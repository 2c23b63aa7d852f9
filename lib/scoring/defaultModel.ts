import type { EngagementRule, ScoringModel } from './model';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const engagement = (
  activityType: string,
  label: string,
  points: number,
  extra: Partial<Pick<EngagementRule, 'repeat' | 'capPerDay' | 'capTotal'>> = {},
): EngagementRule => ({ id: activityType, label, activityType, points, repeat: 'every', ...extra });

/**
 * A starting model after common B2B practice: seniority and company size weigh most, Europe is a
 * small plus, buying signals (pricing, demo, contact, meetings) outweigh content and email activity,
 * and engagement halves every 30 days.
 */
export const defaultModel: ScoringModel = deepFreeze({
  format: 'leadlens-model',
  formatVersion: 1,
  name: 'LeadLens default',
  version: 1,
  description: 'Common B2B practice; adjust the industries, countries and competitors to your market.',
  competitorDomains: [],
  extraFreeMailDomains: [],
  fitRules: [
    {
      id: 'c-level-title',
      label: 'Owner or C-level title',
      points: 25,
      when: [{ type: 'seniority', in: ['owner', 'c-level'] }],
    },
    {
      id: 'vp-director-title',
      label: 'VP or Director title',
      points: 20,
      when: [{ type: 'seniority', in: ['vp', 'director'] }],
    },
    {
      id: 'head-manager-title',
      label: 'Head or Manager title',
      points: 15,
      when: [{ type: 'seniority', in: ['head', 'manager'] }],
    },
    { id: 'senior-title', label: 'Senior title', points: 8, when: [{ type: 'seniority', in: ['senior'] }] },
    {
      id: 'individual-title',
      label: 'Individual contributor title',
      points: 3,
      when: [{ type: 'seniority', in: ['individual'] }],
    },
    {
      id: 'buying-department',
      label: 'Buying department',
      points: 10,
      when: [{ type: 'department', in: ['executive', 'sales', 'marketing', 'it', 'operations'] }],
    },
    { id: 'size-11-50', label: '11-50 employees', points: 10, when: [{ type: 'companySize', min: 11, max: 50 }] },
    { id: 'size-51-200', label: '51-200 employees', points: 15, when: [{ type: 'companySize', min: 51, max: 200 }] },
    {
      id: 'size-201-1000',
      label: '201-1,000 employees',
      points: 20,
      when: [{ type: 'companySize', min: 201, max: 1000 }],
    },
    {
      id: 'size-1001-5000',
      label: '1,001-5,000 employees',
      points: 15,
      when: [{ type: 'companySize', min: 1001, max: 5000 }],
    },
    { id: 'size-5001-plus', label: 'Over 5,000 employees', points: 10, when: [{ type: 'companySize', min: 5001 }] },
    {
      id: 'target-industry',
      label: 'Target industry',
      points: 10,
      when: [
        {
          type: 'industry',
          anyOf: [
            'software',
            'information technology',
            'it services',
            'internet',
            'computer',
            'telecommunications',
            'financial services',
            'marketing',
            'advertising',
            'consulting',
            'manufacturing',
          ],
        },
      ],
    },
    {
      id: 'non-target-industry',
      label: 'Non-target industry',
      points: -10,
      when: [
        {
          type: 'industry',
          anyOf: [
            'education',
            'government',
            'public administration',
            'non-profit',
            'nonprofit',
            'religious',
            'libraries',
            'military',
          ],
        },
      ],
    },
    { id: 'europe', label: 'European country', points: 5, when: [{ type: 'country', in: ['EU', 'EFTA', 'GB'] }] },
    {
      id: 'uses-crm',
      label: 'Uses a CRM',
      points: 5,
      when: [
        { type: 'techStack', anyOf: ['Salesforce', 'HubSpot', 'Pipedrive', 'Microsoft Dynamics 365', 'Zoho CRM'] },
      ],
    },
    { id: 'business-email', label: 'Business email', points: 5, when: [{ type: 'emailDomain', is: 'corporate' }] },
    { id: 'free-email', label: 'Free email', points: -5, when: [{ type: 'emailDomain', is: 'free' }] },
  ],
  knockouts: [
    {
      id: 'student-or-intern',
      label: 'Student or intern',
      reason: 'Students and interns do not buy: not a sales lead.',
      when: [{ type: 'seniority', in: ['intern'] }],
    },
    {
      id: 'competitor',
      label: 'Competitor',
      reason: 'Works for a competitor (email domain on the competitor list).',
      when: [{ type: 'emailDomain', is: 'competitor' }],
    },
    {
      id: 'country-not-served',
      label: 'Country not served',
      reason: 'We do not serve this country.',
      when: [{ type: 'country', in: [] }],
    },
  ],
  engagementRules: [
    engagement('pricing-page-visit', 'Pricing page visit', 50, { capPerDay: 50, capTotal: 100 }),
    engagement('demo-request', 'Demo request', 60, { repeat: 'first' }),
    engagement('quote-request', 'Quote request', 60, { repeat: 'first' }),
    engagement('contact-form', 'Contact form', 40, { capPerDay: 40, capTotal: 80 }),
    engagement('meeting-booked', 'Meeting booked', 50, { capPerDay: 50, capTotal: 100 }),
    engagement('trial-signup', 'Trial signup', 40, { repeat: 'first' }),
    engagement('email-reply', 'Email reply', 25, { capPerDay: 25, capTotal: 50 }),
    engagement('webinar-attendance', 'Webinar attendance', 20, { capTotal: 60 }),
    engagement('webinar-registration', 'Webinar registration', 10, { capTotal: 30 }),
    engagement('whitepaper-download', 'Whitepaper download', 10, { capTotal: 30 }),
    engagement('ebook-download', 'E-book download', 10, { capTotal: 30 }),
    engagement('email-click', 'Email click', 5, { capPerDay: 10, capTotal: 30 }),
    engagement('product-action', 'Product action', 5, { capPerDay: 15, capTotal: 40 }),
    engagement('page-view', 'Page view', 2, { capPerDay: 10, capTotal: 20 }),
    engagement('email-open', 'Email open', 1, { capPerDay: 3, capTotal: 10 }),
    engagement('email-unsubscribe', 'Email unsubscribe', -20, { repeat: 'first' }),
    engagement('social-post', 'Social post', 0),
    engagement('call', 'Call', 0),
  ],
  decay: { default: { kind: 'half-life', days: 30 }, groups: {} },
  thresholds: { grades: { A: 60, B: 40, C: 20 }, levels: { 1: 50, 2: 25 }, mqlFit: 40, mqlEngagement: 40 },
});
