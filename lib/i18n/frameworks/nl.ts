import type { FrameworkText } from './types';

/** Dutch framework text. */
export const nlFrameworks: FrameworkText = {
  descriptions: {
    bant: 'Budget, beslissingsbevoegdheid, behoefte, tijdlijn: de snelle check voor transactionele en middelgrote deals.',
    meddic:
      'Meetbare resultaten, financieel beslisser, beslissingscriteria en -proces, pijnpunt, interne ambassadeur: voor complexe deals.',
    meddpicc:
      'MEDDIC plus inkoop- en contractproces en concurrentie: voor enterprise-deals met inkoop en concurrenten.',
    champ:
      'Uitdagingen, beslissingsbevoegdheid, geld, prioriteit: begint bij het probleem van de koper, niet bij het budget.',
    anum: 'Beslissingsbevoegdheid, behoefte, urgentie, geld: eerst de beslisser bereiken, dan de behoefte bevestigen.',
    faint:
      'Middelen, beslissingsbevoegdheid, interesse, behoefte, startmoment: voor kopers die het geld hebben maar nog geen budgetpost.',
    'gpctba-ci':
      'Doelen, plannen, uitdagingen, tijdlijn, budget, beslissingsbevoegdheid, negatieve en positieve gevolgen: voor consultatieve verkoop.',
  },
  items: {
    budget: {
      label: 'Budget',
      question: 'Is er budget voor gereserveerd, en met welke bandbreedte werken jullie ongeveer?',
      metWhen: 'Er is een bedrag of bandbreedte toegewezen of goedgekeurd, en dat dekt een deal van onze omvang.',
    },
    authority: {
      label: 'Beslissingsbevoegdheid',
      question:
        'Wie is er naast jou betrokken bij de keuze voor een oplossing, en wie tekent uiteindelijk voor de aankoop?',
      metWhen: 'Je weet wie tekent, en je spreekt die persoon of die staat achter de evaluatie.',
    },
    need: {
      label: 'Behoefte',
      question: 'Welk probleem willen jullie oplossen, en wat gebeurt er als jullie het laten zoals het is?',
      metWhen: 'De koper benoemt in eigen woorden een concreet probleem dat ons product oplost.',
    },
    timeline: {
      label: 'Tijdlijn',
      question: 'Wanneer moet dit uiterlijk geregeld zijn, en wat bepaalt die datum?',
      metWhen: 'Een beslis- of livegangdatum binnen de komende twee kwartalen, gekoppeld aan een echte gebeurtenis.',
    },
    challenges: {
      label: 'Uitdagingen',
      question: 'Wat is op dit moment het grootste obstakel hierbij, en wat hebben jullie al geprobeerd?',
      metWhen: 'Een specifieke uitdaging die wij kunnen oplossen, met wat al geprobeerd is en waarom dat niet werkte.',
    },
    money: {
      label: 'Geld',
      question:
        'Als dit het probleem oplost, hoe wordt het dan betaald: is er budget, of waar zou het geld vandaan komen?',
      metWhen: 'Er is geld beschikbaar, of een duidelijke weg ernaartoe (een budgethouder die het zou financieren).',
    },
    urgency: {
      label: 'Urgentie',
      question: 'Waarom is dit nu een prioriteit en niet pas volgend jaar? Zit er een gebeurtenis of deadline achter?',
      metWhen: 'Een concrete aanleiding of deadline binnen de komende maanden.',
    },
    prioritization: {
      label: 'Prioriteit',
      question:
        'Hoe hoog staat dit ten opzichte van jullie andere projecten dit kwartaal, en wat zou het hoger of lager zetten?',
      metWhen: 'Het heeft topprioriteit met een datum, geen project voor ‘ooit’.',
    },
    funds: {
      label: 'Middelen',
      question:
        'Als dit het probleem oplost, zou het bedrijf er dan geld voor kunnen vrijmaken, ook als het niet in het budget van dit jaar staat?',
      metWhen: 'Het bedrijf kan betalen (het geld is er ergens), ook zonder toegewezen budget.',
    },
    interest: {
      label: 'Interesse',
      question:
        'Waarom willen jullie hier juist nu naar kijken, en hoeveel tijd zouden jullie erin steken om het te verkennen?',
      metWhen: 'Actieve interesse: de koper plant afspraken, deelt informatie en stemt in met vervolgstappen.',
    },
    timing: {
      label: 'Startmoment',
      question:
        'Wanneer zou het logisch zijn om te starten, en wat speelt er in jullie bedrijf dat die timing bepaalt?',
      metWhen: 'Een start binnen de komende twee kwartalen, gekoppeld aan iets dat in het bedrijf speelt.',
    },
    goals: {
      label: 'Doelen',
      question: 'Wat zijn jullie belangrijkste doelen voor dit jaar, in cijfers als je die hebt?',
      metWhen: 'Gekwantificeerde doelen waaraan ons product bijdraagt.',
    },
    plans: {
      label: 'Plannen',
      question: 'Hoe zijn jullie van plan die doelen te halen, en wat doen jullie er vandaag al aan?',
      metWhen: 'Een concreet plan of initiatief waarin wij passen, of een gat erin dat wij vullen.',
    },
    'negative-consequences': {
      label: 'Negatieve gevolgen',
      question: 'Wat gebeurt er als jullie dit doel niet halen, voor het bedrijf en voor jou persoonlijk?',
      metWhen: 'De koper erkent dat niets doen duidelijk iets kost.',
    },
    'positive-implications': {
      label: 'Positieve gevolgen',
      question: 'Als jullie dit doel halen, wat betekent dat dan voor het bedrijf en voor jou?',
      metWhen: 'De koper beschrijft een winst die hem of haar motiveert.',
    },
    metrics: {
      label: 'Meetbare resultaten',
      question: 'Hoe gaan jullie succes hier meten: welk getal moet veranderen, van wat naar wat, en wanneer?',
      metWhen:
        'Een gekwantificeerd resultaat waar de koper om geeft, zoals onboarding terugbrengen van 10 naar 3 dagen.',
    },
    'economic-buyer': {
      label: 'Financieel beslisser',
      question: 'Wie heeft het laatste woord over de uitgaven hiervoor, en heeft die gezegd dat het prioriteit heeft?',
      metWhen: 'Je kent de financieel beslisser bij naam en hebt die gesproken, of die heeft het project gesteund.',
    },
    'decision-criteria': {
      label: 'Beslissingscriteria',
      question: 'Waarop gaan jullie de opties vergelijken? Welke eisen zijn must-haves, en hoe wegen jullie ze?',
      metWhen: 'Je kent de afgesproken criteria en weet hoe wij op elk ervan scoren.',
    },
    'decision-process': {
      label: 'Beslissingsproces',
      question:
        'Kun je me meenemen in hoe jullie gaan beslissen: welke stappen, wie er bij elke stap betrokken is, en op welke data?',
      metWhen: 'De stappen, mensen en data van evaluatie tot beslissing zijn bekend.',
    },
    'identify-pain': {
      label: 'Pijnpunt',
      question: 'Wat kost dit probleem jullie vandaag aan geld, tijd of risico, en wie merkt het het meest?',
      metWhen: 'Een specifiek pijnpunt met zakelijke kosten dat iemand in het management opgelost wil zien.',
    },
    champion: {
      label: 'Interne ambassadeur',
      question: 'Wie aan jullie kant wil dat dit doorgaat en pleit er intern voor als wij niet aan tafel zitten?',
      metWhen:
        'Iemand met invloed verkoopt intern voor ons en heeft dat bewezen (een afspraak voor ons geregeld, interne informatie gedeeld).',
    },
    'paper-process': {
      label: 'Inkoop- en contractproces',
      question:
        'Wat gebeurt er na jullie besluit nog vóór de ondertekening (juridisch, inkoop, security-review), en hoe lang duurt dat meestal?',
      metWhen: 'De contractstappen, de betrokken mensen en de doorlooptijd zijn bekend.',
    },
    competition: {
      label: 'Concurrentie',
      question: 'Naar wie kijken jullie nog meer, inclusief het zelf bouwen of niets doen?',
      metWhen:
        'Je kent de alternatieven, inclusief de huidige situatie, en weet waarom wij van elk ervan zouden winnen.',
    },
  },
};
