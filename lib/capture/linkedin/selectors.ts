/**
 * CSS selectors for linkedin.com pages, grouped by page family and layout, most stable first.
 * Hashed class names are never used. Attribute selectors are tag-qualified where possible and
 * alternatives are lists tried in turn: jsdom's selector engine walks the whole document for a
 * bare `[attr]` selector and takes a slow path for comma-separated lists.
 */

/** Top card of the 2026 server-driven layout: `componentkey="com.linkedin.sdui.profile.card.ref<urn>Topcard"`. */
export const SDUI_TOP_CARD = ['section[componentkey$="Topcard"]', 'div[componentkey$="Topcard"]'];
export const SDUI_EXPERIENCE = [
  'section[componentkey*="ExperienceTopLevelSection"]',
  'div[componentkey*="ExperienceTopLevelSection"]',
];
/** One entry of a 2026 list section (a single list: it is also used with `closest`). */
export const SDUI_ENTITY_ITEM =
  'div[componentkey^="entity-collection-item"], li[componentkey^="entity-collection-item"]';

export const PROFILE = {
  /** Name heading per layout: 2024 member, 2025 member (hashed classes), public, 2016 public. */
  name: [
    'h1.text-heading-xlarge',
    'a[href*="/overlay/about-this-profile/"] h1',
    'h1.top-card-layout__title',
    'h1#name',
  ],
  /** Last resort, after the 2026 top card: any heading in main. */
  anyMainHeading: 'main h1',
  headline: ['div.text-body-medium.break-words', 'h2.top-card-layout__headline', 'p.headline'],
  location: [
    'span.text-body-small.inline.t-black--light.break-words',
    '.top-card-layout__first-subline .not-first-middot > span',
    '.top-card__subline-item',
    '#demographics .locality',
  ],
  /** Links to the viewed member's own profile inside the top card. */
  selfLink: ['a[href*="/overlay/about-this-profile/"]', 'a[href*="/overlay/contact-info/"]'],
  currentCompanyButton: 'button[aria-label^="Current company: "]',
} as const;

/** Experience section, 2024-2025 member layout (`<div id="experience">` anchors the card). */
export const EXPERIENCE = {
  anchorId: 'experience',
  entity: 'div[data-view-name="profile-component-entity"]',
  nestedEntity: '.pvs-entity__sub-components div[data-view-name="profile-component-entity"]',
  bold: '.t-bold > span[aria-hidden="true"]',
  subtitle: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
  caption: 'span.pvs-entity__caption-wrapper',
  /** 2016 public layout. */
  legacyTitle: 'li.position[data-section="currentPositionsDetails"] .item-title',
  legacyCompany: 'li.position[data-section="currentPositionsDetails"] .item-subtitle',
} as const;

export const ACTIVITY = {
  /** Member layout: the activity card is the section around `<div id="content_collections">`. */
  memberAnchorId: 'content_collections',
  /** Member layout: one mini update per post, with "<Name> posted this • 2w" or "... reposted this". */
  memberItem: 'li.profile-creator-shared-feed-update__mini-container',
  memberContext: '.feed-mini-update-contextual-description__text',
  memberLink: 'a[href*="urn:li:activity:"], a[href*="urn:li:ugcPost:"], a[href*="urn:li:share:"]',
  memberText: 'span[dir="ltr"]',
  /** Public layout: cards linking to /posts/<author-slug>_<title>-activity-<id>-<hash>. */
  publicItem: 'ul[data-test-id="activities__list"] > li',
  publicLink: 'a.base-card__full-link',
  publicText: '.base-main-card__title',
} as const;

export const COMPANY = {
  name: ['h1.org-top-card-summary__title', 'h1.top-card-layout__title', 'main h1'],
  /** Guest layout: `<div data-test-id="about-us__size"><dt>Company size</dt><dd>51-200 employees</dd></div>`. */
  aboutUs: (key: string) => `div[data-test-id="about-us__${key}"] dd`,
  guestSubline: '.top-card-layout__first-subline',
  /** Member layout top card: industry, headquarters, followers, employees. */
  infoItems: '.org-top-card-summary-info-list__info-item',
  /** Member layout "About" page: `<dl><dt>Industry</dt><dd>...</dd>...</dl>`. */
  aboutTerms: 'dl > dt',
} as const;

export const PAGE_KIND = {
  /** Class of the signed-out "Profile Not Found" h1. */
  notFoundHeadline: 'page-not-found__headline',
  /** Class prefix of the authwall's join and sign-in forms. */
  authwallFormPrefix: 'authwall-',
} as const;
