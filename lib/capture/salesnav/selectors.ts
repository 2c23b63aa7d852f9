/** CSS selectors for Sales Navigator lead pages (linkedin.com/sales/lead/…), most stable first. */

/** Current layout: values marked for the screenshot anonymizer, e.g. `data-anonymize="person-name"`. */
export const ANONYMIZE = {
  any: '[data-anonymize]',
  name: 'person-name',
  headline: 'headline',
  title: 'job-title',
  company: 'company-name',
  location: 'location',
} as const;

/** 2019 layout top card. */
export const TOP_CARD_2019 = {
  name: '.profile-topcard-person-entity__name',
  location: '.profile-topcard__location-data',
  title: '.profile-topcard__summary-position-title',
  company: '.profile-topcard__current-positions a[data-entity-hovercard-id]',
} as const;
