/**
 * Walking a DOM that hides most of its content in open shadow roots (Salesforce Lightning web
 * components). `querySelector` stops at a shadow boundary, so readers walk element by element,
 * within budgets: one walk visits at most `MAX_DEEP_ELEMENTS` elements by default, and walks that
 * share a `WalkBudget` stop together once it is spent.
 *
 * A `<template shadowrootmode="open">` that was never attached (a saved page parsed with
 * DOMParser, which does not run declarative shadow DOM) is walked like the shadow root it
 * declares.
 */

export const MAX_DEEP_ELEMENTS = 5000;

/** Subtrees that never hold record data and are large: icons, scripts, styles. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'SVG', 'LIGHTNING-ICON', 'LIGHTNING-PRIMITIVE-ICON', 'NOSCRIPT']);

/** What a visitor tells the walk: go on, skip this element's subtree, or stop altogether. */
export type VisitResult = 'skip' | 'stop' | undefined;

/** Elements several walks may still visit between them; each walk takes what it visits. */
export interface WalkBudget {
  left: number;
}

/** An unattached declarative shadow root: the content of `<template shadowrootmode>`. */
function declarativeContent(el: Element): ParentNode | undefined {
  if (el.tagName !== 'TEMPLATE' || !el.hasAttribute('shadowrootmode')) return undefined;
  if (el.parentElement?.shadowRoot) return undefined;
  return (el as HTMLTemplateElement).content ?? undefined;
}

/**
 * Visits the elements under `root` (its own shadow tree included) in document order, each host's
 * shadow tree before its light children, at most `limit` elements. Returns how many were visited.
 */
export function walkDeep(
  root: ParentNode,
  visit: (el: Element) => VisitResult | undefined,
  limit = MAX_DEEP_ELEMENTS,
  budget?: WalkBudget,
): number {
  const max = Math.max(0, budget ? Math.min(limit, budget.left) : limit);
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode) => {
    const children = parent.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  };
  pushChildren(root);
  // An element root's own shadow tree is part of what it shows.
  const rootShadow = (root as Partial<Element>).shadowRoot;
  if (rootShadow) pushChildren(rootShadow);
  let visited = 0;
  while (stack.length > 0 && visited < max) {
    const el = stack.pop() as Element;
    visited++;
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
    const result = visit(el);
    if (result === 'stop') break;
    if (result === 'skip') continue;
    const template = declarativeContent(el);
    if (template) {
      pushChildren(template);
      continue;
    }
    pushChildren(el);
    const shadow = el.shadowRoot;
    if (shadow) pushChildren(shadow);
  }
  if (budget) budget.left -= visited;
  return visited;
}

/** The first element under `root` (shadow trees included) that `match` accepts. */
export function deepFind(
  root: ParentNode,
  match: (el: Element) => boolean,
  limit = MAX_DEEP_ELEMENTS,
  budget?: WalkBudget,
): Element | undefined {
  let found: Element | undefined;
  walkDeep(
    root,
    (el) => {
      if (!match(el)) return undefined;
      found = el;
      return 'stop';
    },
    limit,
    budget,
  );
  return found;
}

/** The host of the shadow tree `el` is in, if it is in one (so a `<slot>` can be rendered). */
function hostOf(el: Element): Element | undefined {
  const root = el.getRootNode?.() as (Node & { host?: Element }) | undefined;
  return root && root.nodeType === 11 && root.host ? root.host : undefined;
}

/** The shadow tree an element hosts: an attached open one, or an unattached declarative one. */
export function shadowOf(host: Element): ParentNode | undefined {
  if (host.shadowRoot) return host.shadowRoot;
  for (const child of Array.from(host.children)) {
    const content = declarativeContent(child);
    if (content) return content;
  }
  return undefined;
}

/** Elements whose text ends a line: a space goes after them so "<div>A</div><div>B</div>" reads "A B". */
const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'BR',
  'TD',
  'TH',
  'DT',
  'DD',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'UL',
  'OL',
]);

/**
 * Elements and classes whose text is never the value: scripts, styles, screen-reader hints
 * ("Edit Email" on Salesforce's pencil buttons) and Salesforce's field labels. Buttons are read:
 * HubSpot shows dropdown values (lifecycle stage, owner) as button text.
 */
const HIDDEN_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
const HIDDEN_TEXT_CLASSES = ['slds-assistive-text', 'assistiveText', 'slds-form-element__label'];

function hidesText(el: Element): boolean {
  if (HIDDEN_TEXT_TAGS.has(el.tagName.toUpperCase()) && !declarativeContent(el)) return true;
  const classList = el.classList;
  return HIDDEN_TEXT_CLASSES.some((name) => classList?.contains(name));
}

export interface ComposedTextOptions {
  /** Elements to leave out besides scripts and assistive text (e.g. the field's own label). */
  skip?: (el: Element) => boolean;
  /** Elements to read at most (default 400). */
  limit?: number;
  /** Characters to collect at most (default 4000; the cleaner cuts further). */
  maxLength?: number;
  /** Shared with other walks: the elements read here are taken from it. */
  budget?: WalkBudget;
}

/**
 * The text a user sees in `el`: its shadow tree rendered with the light children in place of
 * `<slot>` elements (named slots get the children with that `slot` attribute), nested shadow
 * trees included, scripts and assistive text left out. Bounded in elements and characters.
 */
export function composedText(el: Element, options: ComposedTextOptions = {}): string {
  const limit = Math.max(0, Math.min(options.limit ?? 400, options.budget?.left ?? Number.POSITIVE_INFINITY));
  const maxLength = options.maxLength ?? 4000;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const add = (text: string) => {
    if (length >= maxLength) return;
    parts.push(text);
    length += text.length;
  };
  const renderChildren = (nodes: ArrayLike<Node>, host: Element | undefined) => {
    for (let i = 0; i < nodes.length && visited < limit && length < maxLength; i++) {
      const node = nodes[i];
      if (!node) continue;
      if (node.nodeType === 3) add(node.nodeValue ?? '');
      else if (node.nodeType === 1) render(node as Element, host);
    }
  };
  /** `host` is the shadow host whose tree is being rendered, for its slots. */
  const render = (node: Element, host: Element | undefined) => {
    visited++;
    if (visited > limit || (options.skip?.(node) ?? false) || hidesText(node)) return;
    const template = declarativeContent(node);
    if (template) return; // rendered through its host below
    if (node.tagName === 'SLOT' && host) {
      const name = node.getAttribute('name');
      const assigned = Array.from(host.childNodes).filter((child) =>
        child.nodeType === 1
          ? ((child as Element).getAttribute('slot') ?? '') === (name ?? '') && !declarativeContent(child as Element)
          : !name && child.nodeType === 3,
      );
      renderChildren(assigned.length > 0 ? assigned : node.childNodes, undefined);
      return;
    }
    const shadow = shadowOf(node);
    if (shadow) renderChildren(shadow.childNodes, node);
    else renderChildren(node.childNodes, host);
    if (BLOCK_TAGS.has(node.tagName.toUpperCase())) add(' ');
  };
  render(el, hostOf(el));
  if (options.budget) options.budget.left -= Math.min(visited, limit);
  return parts.join('');
}
