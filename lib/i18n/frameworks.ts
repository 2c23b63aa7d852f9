import {
  ageInDays,
  DEFAULT_MAX_AGE_DAYS,
  type EvaluatedItem,
  FRAMEWORKS,
  type Framework,
  type FrameworkEvaluation,
  type FrameworkItem,
  type NextQuestion,
} from '../qualification';
import { frameworkTexts } from './catalog';
import type { FrameworkText, ItemText, ShippedFrameworkId, ShippedItemId } from './frameworks/types';
import { currentLanguage, currentLocale, t } from './index';
import type { Lang } from './language';

export type { FrameworkText, ItemText, ShippedFrameworkId, ShippedItemId };

interface Shipped {
  description: string | undefined;
  items: ReadonlyMap<string, FrameworkItem>;
}

/** The English the translations were made from, by framework id and item id. */
const SHIPPED: ReadonlyMap<string, Shipped> = new Map(
  FRAMEWORKS.map((f) => [f.id, { description: f.description, items: new Map(f.items.map((i) => [i.id, i])) }]),
);

function translatedItem(text: FrameworkText, id: string): ItemText | undefined {
  return Object.hasOwn(text.items, id) ? text.items[id as ShippedItemId] : undefined;
}

function translatedDescription(text: FrameworkText, id: string): string | undefined {
  return Object.hasOwn(text.descriptions, id) ? text.descriptions[id as ShippedFrameworkId] : undefined;
}

/** `value` translated when it is still the shipped English, else as it is. */
function pick(value: string, original: string | undefined, translated: string | undefined): string {
  return value === original && translated ? translated : value;
}

function localizeItem(item: FrameworkItem, original: FrameworkItem | undefined, text: FrameworkText): FrameworkItem {
  const translated = original && translatedItem(text, item.id);
  if (!original || !translated) return item;
  return {
    ...item,
    label: pick(item.label, original.label, translated.label),
    question: pick(item.question, original.question, translated.question),
    ...(item.metWhen === undefined ? {} : { metWhen: pick(item.metWhen, original.metWhen, translated.metWhen) }),
  };
}

const cache = new Map<Lang, WeakMap<Framework, Framework>>();

/**
 * The framework with its description and its items' label, question and metWhen in `lang`; id,
 * letters, name (BANT, MEDDIC, ...) and pass rule stay. Only the shipped frameworks are translated,
 * matched by framework id and item id, and each text only while it is still the shipped English: a
 * user's own framework, or a shipped one whose wording was changed, shows its own words. Anything
 * without a translation stays English. The same framework object gives the same result object.
 */
export function localizeFramework(framework: Framework, lang: Lang = currentLanguage()): Framework {
  if (lang === 'en') return framework;
  const shipped = SHIPPED.get(framework.id);
  if (!shipped) return framework;
  let byFramework = cache.get(lang);
  if (!byFramework) {
    byFramework = new WeakMap();
    cache.set(lang, byFramework);
  }
  const cached = byFramework.get(framework);
  if (cached) return cached;

  const text = frameworkTexts[lang];
  if (!text) return framework; // the language is not loaded: English
  const localized: Framework = {
    ...framework,
    ...(framework.description === undefined
      ? {}
      : {
          description: pick(framework.description, shipped.description, translatedDescription(text, framework.id)),
        }),
    items: framework.items.map((item) => localizeItem(item, shipped.items.get(item.id), text)),
  };
  byFramework.set(framework, localized);
  return localized;
}

/** A count that may hold partly met credit, in the UI's locale: 3, 2.5 (2,5), 1.33; rounded like formatCount. */
function count(n: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 2 }).format(Math.round(n * 100) / 100);
}

/** "90 days", "90 dagen", "90 de zile": Intl picks the plural form. */
function days(n: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);
}

/** "A", "A and B", "A, B and C" in the UI language. */
function joinAnd(labels: readonly string[]): string {
  const last = labels.at(-1);
  if (labels.length <= 1 || last === undefined) return last ?? '';
  return t('listAnd', labels.slice(0, -1).join(', '), last);
}

/** The item labels of an evaluation in the UI language. */
function labeller(framework: Framework): (e: EvaluatedItem) => string {
  const labels = new Map(localizeFramework(framework).items.map((i) => [i.id, i.label]));
  return (e) => labels.get(e.item.id) ?? e.item.label;
}

/**
 * Why the lead passes the framework or not, in the UI language, from the evaluation's fields: what
 * evaluateFramework's English `reason` says, word for word the same in English. `maxAgeDays` is the
 * age after which an answer is stale, as given to the evaluation.
 */
export function qualificationReason(evaluation: FrameworkEvaluation, maxAgeDays = DEFAULT_MAX_AGE_DAYS): string {
  const { framework, items, credit } = evaluation;
  const { minMet, required } = framework.passRule;
  const partlyCredit = framework.passRule.partlyCountsAs ?? 0;
  const labelOf = labeller(framework);
  const labelsWith = (keep: (e: EvaluatedItem) => boolean) => items.filter(keep).map(labelOf);

  if (!evaluation.passed) {
    const clauses = items.flatMap((e) =>
      e.required && e.status !== 'met' ? [t(`qual_missing_${e.status}`, labelOf(e))] : [],
    );
    if (!evaluation.minMetReached) clauses.push(t('qual_short', count(credit), items.length, minMet));
    return t('qual_notQualified', clauses.join('; '));
  }

  const met = labelsWith((e) => e.status === 'met');
  const partly = labelsWith((e) => e.status === 'partly');
  const details = [t('qual_count', count(credit), items.length)];
  if (partly.length > 0 && partlyCredit > 0) details.push(t('qual_partlyCounts', count(partlyCredit)));
  if (required.length > 0) details.push(t('qual_required', joinAnd(labelsWith((e) => e.required))));
  let reason = met.length > 0 ? t('qual_passed', framework.name, met.join(', ')) : t('qual_passedNone', framework.name);
  if (partly.length > 0) reason += `; ${t('qual_partly', partly.join(', '))}`;
  reason += ` (${details.join(', ')})`;
  const reconfirm = labelsWith((e) => e.stale && (e.status === 'met' || e.status === 'partly'));
  if (reconfirm.length > 0) reason += `; ${t('qual_reconfirm', joinAnd(reconfirm), days(maxAgeDays))}`;
  return reason;
}

/** The next question to ask, in the UI language (the item's question as localizeFramework translates it). */
export function nextQuestionText(next: NextQuestion, evaluation: FrameworkEvaluation): string {
  return localizeFramework(evaluation.framework).items.find((i) => i.id === next.item.id)?.question ?? next.question;
}

/**
 * Why `next` is worth asking, in the UI language, from its kind and the evaluation: what
 * nextBestQuestion's English `why` says.
 */
export function nextQuestionWhy(next: NextQuestion, evaluation: FrameworkEvaluation, now: Date): string {
  const { framework, credit } = evaluation;
  const entry = evaluation.items.find((e) => e.item.id === next.item.id);
  const label = entry ? labeller(framework)(entry) : next.item.label;
  const age = entry?.answer && entry.stale ? ageInDays(entry.answer, now) : 0;
  switch (next.kind) {
    case 'required':
      return entry?.stale ? t('why_requiredStale', label, days(age)) : t('why_required', label);
    case 'min-met':
      return t('why_minMet', framework.name, framework.passRule.minMet, count(credit));
    case 'stale':
      return t(entry?.status === 'met' ? 'why_staleConfirmed' : 'why_staleAnswered', label, days(age));
    case 'unanswered':
      return t('why_unanswered', framework.name);
  }
}
