import fc from 'fast-check';
import {
  type Answer,
  AnswerStatusSchema,
  bant,
  DAY_MS,
  evaluateFramework,
  FRAMEWORKS,
  type Framework,
  FrameworkSchema,
  meddic,
  nextBestQuestion,
} from '../qualification';
import { FRAMEWORK_TEXT } from './all';
import { localizeFramework, nextQuestionText, nextQuestionWhy, qualificationReason } from './frameworks';
import { LANGUAGES, setLanguage } from './index';

const TRANSLATED = LANGUAGES.filter((lang) => lang !== 'en');
const NOW = new Date('2026-11-23T12:00:00Z');
const shippedItems = new Map(FRAMEWORKS.flatMap((f) => f.items.map((item) => [item.id, item] as const)));

/** Labels that are the same word in English and the language (a loanword). */
const SAME_LABEL = new Set(['nl:Budget', 'sv:Budget']);

describe('framework text', () => {
  it.each(TRANSLATED)('%s translates exactly the items and frameworks LeadLens ships', (lang) => {
    const text = FRAMEWORK_TEXT[lang];
    expect(Object.keys(text.items).sort()).toEqual([...shippedItems.keys()].sort());
    expect(Object.keys(text.descriptions).sort()).toEqual(FRAMEWORKS.map((f) => f.id).sort());
  });

  it.each(TRANSLATED)('%s gives every item a label, a question and when it is met, none left in English', (lang) => {
    for (const [id, translated] of Object.entries(FRAMEWORK_TEXT[lang].items)) {
      const english = shippedItems.get(id);
      expect(translated.question, `${lang} ${id}`).toMatch(/\?$/);
      expect(translated.metWhen, `${lang} ${id}`).toMatch(/\.$/);
      expect(translated.question).not.toBe(english?.question);
      expect(translated.metWhen).not.toBe(english?.metWhen);
      if (!SAME_LABEL.has(`${lang}:${translated.label}`)) expect(translated.label).not.toBe(english?.label);
    }
  });

  it.each(TRANSLATED.flatMap((lang) => FRAMEWORKS.map((f) => [lang, f.name, f] as const)))(
    '%s %s is still a valid framework with the same ids, letters and rule',
    (lang, _, framework) => {
      const localized = localizeFramework(framework, lang);
      expect(FrameworkSchema.parse(localized)).toEqual(localized);
      expect(localized.name).toBe(framework.name);
      expect(localized.passRule).toEqual(framework.passRule);
      expect(localized.items.map((i) => [i.id, i.letter, i.weight])).toEqual(
        framework.items.map((i) => [i.id, i.letter, i.weight]),
      );
      expect(localized.description).not.toBe(framework.description);
    },
  );

  it('keeps letters unique per framework in every language (they are the call-mode keys)', () => {
    for (const lang of LANGUAGES)
      for (const f of FRAMEWORKS) {
        const letters = localizeFramework(f, lang).items.map((i) => i.letter);
        expect(new Set(letters).size).toBe(letters.length);
      }
  });

  it('returns English as it is, and the same object for the same framework', () => {
    expect(localizeFramework(bant, 'en')).toBe(bant);
    expect(localizeFramework(bant, 'nl')).toBe(localizeFramework(bant, 'nl'));
    expect(localizeFramework(bant, 'nl').items.map((i) => i.label)).toEqual([
      'Budget',
      'Beslissingsbevoegdheid',
      'Behoefte',
      'Tijdlijn',
    ]);
  });

  it('leaves a user’s own framework and changed wording in English, item by item', () => {
    const own: Framework = { ...bant, id: 'our-bant' };
    expect(localizeFramework(own, 'pl')).toBe(own);

    const [budget, ...rest] = bant.items;
    if (!budget) throw new Error('BANT has a budget item');
    const edited: Framework = { ...bant, items: [{ ...budget, question: 'Budget over 10k EUR?' }, ...rest] };
    const localized = localizeFramework(edited, 'pl');
    expect(localized.items[0]).toMatchObject({ label: 'Budżet', question: 'Budget over 10k EUR?' });
    expect(localized.items[1]?.label).toBe('Decyzyjność');
  });

  it('uses the current language by default', () => {
    setLanguage('ro');
    try {
      expect(localizeFramework(meddic).items.map((i) => i.label)).toContain('Susținător intern');
    } finally {
      setLanguage(null);
    }
  });
});

function answersFor(framework: Framework): fc.Arbitrary<Answer[]> {
  const answer = fc.record({
    itemId: fc.constantFrom(...framework.items.map((item) => item.id)),
    status: fc.constantFrom(...AnswerStatusSchema.options),
    answer: fc.constant(''),
    answeredAt: fc.integer({ min: NOW.getTime() - 200 * DAY_MS, max: NOW.getTime() }),
  });
  return fc.array(answer, { maxLength: 12 });
}

/** The shipped frameworks, and the same with any partly credit (1/3 gives 1.33 and the like). */
const frameworkArb = fc.oneof(
  fc.constantFrom(...FRAMEWORKS),
  fc
    .tuple(fc.constantFrom(...FRAMEWORKS), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([f, partlyCountsAs]): Framework => ({ ...f, passRule: { ...f.passRule, partlyCountsAs } })),
);
const scenario = frameworkArb.chain((framework) =>
  fc.record({ framework: fc.constant(framework), answers: answersFor(framework) }),
);

describe('qualification reason and next question, in the UI language', () => {
  afterEach(() => setLanguage(null));

  it('says in English exactly what evaluateFramework and nextBestQuestion say', () => {
    fc.assert(
      fc.property(scenario, ({ framework, answers }) => {
        const evaluation = evaluateFramework(framework, answers, NOW);
        expect(qualificationReason(evaluation)).toBe(evaluation.reason);
        const next = nextBestQuestion(framework, answers, NOW);
        if (next) {
          expect(nextQuestionText(next, evaluation)).toBe(next.question);
          expect(nextQuestionWhy(next, evaluation, NOW)).toBe(next.why);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a placeholder or an English item label in another language', () => {
    const englishLabels = [...shippedItems.values()].map((i) => i.label).filter((l) => l !== 'Budget');
    for (const lang of TRANSLATED) {
      setLanguage(lang);
      fc.assert(
        fc.property(scenario, ({ framework, answers }) => {
          const evaluation = evaluateFramework(framework, answers, NOW);
          const next = nextBestQuestion(framework, answers, NOW);
          const texts = [qualificationReason(evaluation)];
          if (next) texts.push(nextQuestionText(next, evaluation), nextQuestionWhy(next, evaluation, NOW));
          for (const text of texts) {
            expect(text).not.toMatch(/\{\d\}/);
            for (const label of englishLabels) expect(text).not.toContain(label);
          }
        }),
        { numRuns: 100 },
      );
    }
  });

  it('explains a BANT lead in Dutch', () => {
    setLanguage('nl');
    const at = NOW.getTime();
    const partly: Answer[] = [
      { itemId: 'budget', status: 'met', answer: '', answeredAt: at },
      { itemId: 'need', status: 'partly', answer: '', answeredAt: at },
    ];
    const failing = evaluateFramework(bant, partly, NOW);
    expect(qualificationReason(failing)).toBe(
      'Niet gekwalificeerd: Behoefte: slechts deels voldaan; 1 van 4 voldaan, 3 nodig',
    );
    const next = nextBestQuestion(bant, partly, NOW);
    if (!next) throw new Error('BANT asks for another item');
    expect(nextQuestionText(next, failing)).toBe(
      'Wie is er naast jou betrokken bij de keuze voor een oplossing, en wie tekent uiteindelijk voor de aankoop?',
    );
    expect(nextQuestionWhy(next, failing, NOW)).toBe('BANT vereist 3 voldane onderdelen, nu 1');

    const stale = at - 120 * DAY_MS;
    const passing = evaluateFramework(
      bant,
      [
        { itemId: 'budget', status: 'met', answer: '', answeredAt: stale },
        { itemId: 'need', status: 'met', answer: '', answeredAt: at },
        { itemId: 'timeline', status: 'met', answer: '', answeredAt: at },
      ],
      NOW,
    );
    expect(qualificationReason(passing)).toBe(
      'BANT voldaan: Budget, Behoefte, Tijdlijn (3 van 4, Behoefte verplicht); Budget opnieuw bevestigen: meer dan 90 dagen geleden beantwoord',
    );
  });

  it('writes partly credit with the locale’s decimal comma', () => {
    setLanguage('pl');
    const at = NOW.getTime();
    const evaluation = evaluateFramework(
      meddic,
      [
        { itemId: 'identify-pain', status: 'met', answer: '', answeredAt: at },
        { itemId: 'economic-buyer', status: 'met', answer: '', answeredAt: at },
        { itemId: 'metrics', status: 'met', answer: '', answeredAt: at },
        { itemId: 'decision-criteria', status: 'met', answer: '', answeredAt: at },
        { itemId: 'champion', status: 'partly', answer: '', answeredAt: at },
      ],
      NOW,
    );
    expect(qualificationReason(evaluation)).toBe(
      'MEDDIC spełnione: Mierniki, Decydent finansowy, Kryteria decyzji, Ból klienta; częściowo: Ambasador (4,5 z 6, częściowo liczy się jako 0,5, wymagane: Decydent finansowy i Ból klienta)',
    );
  });
});
