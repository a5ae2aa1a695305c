import type { PhaseId } from './phase.ts';

/**
 * The facilitator's guide as plain data: for each phase its purpose, what to say, a note on time, what
 * to watch for, and tips from the sources, each with the source named. Every sentence is ours; the
 * advice is the sources' (PRODUCT.md, "Facilitator advice"). Shown beside the facilitator's screen and
 * printed in the facilitator's guide PDF; never on the projector or a tablet.
 */

/** A text in both of the app's languages. */
export interface Bilingual {
  da: string;
  en: string;
}

export const GUIDE_SOURCE_IDS = ['handbook', 'centres', 'network', 'municipalities', 'cases'] as const;
export type GuideSourceId = (typeof GUIDE_SOURCE_IDS)[number];

/** The sources, as a reader would look them up. */
export const GUIDE_SOURCES: Record<GuideSourceId, Bilingual> = {
  handbook: { da: 'CFBU: Få flere på banen (2019)', en: 'CFBU: Få flere på banen (2019)' },
  centres: { da: 'CFBU: Medborgercentre i udsatte boligområder (2019)', en: 'CFBU: Medborgercentre i udsatte boligområder (2019), on community centres' },
  network: { da: 'CFBU: Netværksanalysen af Medborgercentret Nordens Plads', en: 'CFBU: the network analysis of Medborgercentret Nordens Plads' },
  municipalities: { da: 'CFBU og KL: rapporten om kommuner og helhedsplaner', en: 'CFBU and KL: the report on municipalities and housing-social plans' },
  cases: { da: 'Boligsocialnet: Bag facaderne – antologi med praksiscases (2013)', en: 'Boligsocialnet: Bag facaderne, an anthology of practice cases (2013)' },
};

export interface GuideTip {
  text: Bilingual;
  source: GuideSourceId;
}

export interface PhaseGuide {
  /** Why the group does this phase. */
  purpose: Bilingual;
  /** What the facilitator can say, a line at a time. */
  script: readonly Bilingual[];
  /** A note on time; the minutes themselves come from the agenda. */
  time: Bilingual;
  watchFor: readonly Bilingual[];
  tips: readonly GuideTip[];
}

export const PHASE_GUIDES: Record<PhaseId, PhaseGuide> = {
  forberedelse: {
    purpose: {
      da: 'Gør mødet klar: hvem kommer, hvad mødes I om, hvor lang tid har I, og hvad skal ligge klar i lokalet.',
      en: 'Get the meeting ready: who is coming, what you meet about, how long you have, and what must be ready in the room.',
    },
    script: [
      {
        da: 'Når du inviterer: »Vi vil gerne finde ud af, hvad vi hver især får ud af at arbejde sammen – og hvad vi kan give hinanden.«',
        en: 'When you invite: "We want to find out what each of us gets from working together – and what we can give each other."',
      },
      {
        da: 'Sig, hvor lang tid det tager, og hvad I skal have ud af det: konkrete aftaler, ikke bare en snak.',
        en: 'Say how long it takes and what will come out of it: concrete agreements, not just a chat.',
      },
    ],
    time: {
      da: 'Sæt en time af et par dage før mødet til at skrive organisationerne ind, printe og lade tabletterne op.',
      en: 'Set aside an hour a few days before the meeting to enter the organisations, print and charge the tablets.',
    },
    watchFor: [
      {
        da: 'Er der nogen med, som ikke plejer at være med – fx en butik, et apotek eller en forening? Det er dem, der giver nye muligheder.',
        en: 'Is anyone coming who usually is not there – a shop, a pharmacy, a club? They are the ones who open new possibilities.',
      },
      {
        da: 'Kan de, der kommer, selv sige ja til en aftale, eller skal de spørge deres leder først?',
        en: 'Can those who come say yes to an agreement themselves, or must they ask their manager first?',
      },
    ],
    tips: [
      {
        text: {
          da: 'En virksomhed siger lettere ja, når den ved præcis, hvad den skal bidrage med, hvor længe, og hvad den får ud af det. Skriv det i invitationen.',
          en: 'A business says yes more easily when it knows exactly what it is asked to give, for how long, and what it gets back. Put that in the invitation.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'Bed hver organisation om at tage én med fra sit eget netværk. Sådan møder gruppen nogen, den ikke kendte i forvejen.',
          en: 'Ask each organisation to bring one person from its own network. That way the group meets someone it did not know.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'Organisationer bliver mere med, når deres ledelse bakker op og giver tid. Spørg på forhånd, om lederne ved, at mødet kan ende med aftaler.',
          en: 'Organisations commit more when their managers back them and give them time. Ask beforehand whether the managers know the meeting may end in agreements.',
        },
        source: 'handbook',
      },
    ],
  },
  solskinsmodellen: {
    purpose: {
      da: 'Giv gruppen et fælles sprog: de fem værdier, som samarbejde på tværs ofte skaber for den enkelte organisation.',
      en: 'Give the group a shared language: the five values that working across sectors often creates for each organisation.',
    },
    script: [
      { da: '»Vi starter med solen. Hver stråle er noget, man kan få ud af at arbejde sammen med andre.«', en: '"We start with the sun. Each ray is something you can get from working with others."' },
      { da: 'Tryk på en stråle ad gangen og læs den op. Spørg: »Hvem kender det her fra sin hverdag?«', en: 'Tap one ray at a time and read it out. Ask: "Who knows this from their everyday work?"' },
      { da: '»Der er ingen rigtige svar. Det handler om, hvad samarbejdet giver jer – ikke hvad I giver.«', en: '"There are no right answers. It is about what the collaboration gives you – not what you give."' },
    ],
    time: {
      da: 'Hold det kort: gruppen skal forstå værdierne, ikke diskutere dem færdigt. Det gør I senere.',
      en: 'Keep it short: the group needs to understand the values, not finish discussing them. That comes later.',
    },
    watchFor: [
      { da: 'Ord som »faglighed« og »ressourcer« betyder noget forskelligt for en kommune og en forening. Bed om et eksempel.', en: 'Words like "expertise" and "resources" mean different things to a municipality and a club. Ask for an example.' },
      { da: 'Nogle tænker kun på borgerne. Mind dem om, at værdien for organisationen selv også tæller.', en: 'Some think only of the residents. Remind them that the value for the organisation itself counts too.' },
    ],
    tips: [
      {
        text: {
          da: 'Solen er god til at blive klogere på aktører, man ikke kender så godt. Mange har ikke tænkt over, hvad de selv får ud af at samarbejde – det er pointen at gøre det synligt.',
          en: 'The sun is good for learning about partners you do not know well. Many have not thought about what they themselves gain – making that visible is the point.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'Spørg også, om der er værdier, som mangler på solen. Dem kan I tage med i opvarmningen.',
          en: 'Also ask whether any values are missing from the sun. You can take those into the warm-up.',
        },
        source: 'handbook',
      },
    ],
  },
  opvarmning: {
    purpose: {
      da: 'Find ud af, hvad der ellers driver organisationerne – ud over de fem værdier – så det også kan komme med i spillet.',
      en: 'Find out what else drives the organisations – beyond the five values – so it can be part of the game too.',
    },
    script: [
      { da: '»Hvad får jer til at bruge tid på at være her i dag? Skriv et eller to ord.«', en: '"What makes you spend time being here today? Write a word or two."' },
      { da: 'Læs svarene op og slå dem sammen, der ligner hinanden. Spørg, før du fjerner noget.', en: 'Read the answers out and merge the ones that are alike. Ask before you drop anything.' },
    ],
    time: {
      da: 'Kort og let. Det er en opvarmning – spring den over, hvis tiden er knap.',
      en: 'Short and light. It is a warm-up – skip it if time is tight.',
    },
    watchFor: [
      { da: 'Svar, der er pæne formuleringer, men ikke siger noget (»at gøre en forskel«). Spørg: »Hvordan ser det ud hos jer?«', en: 'Answers that sound nice but say little ("to make a difference"). Ask: "What does that look like for you?"' },
      { da: 'Den samme drivkraft med forskellige ord. Slå dem sammen, så brikkerne ikke bliver for mange.', en: 'The same motive in different words. Merge them so there are not too many pieces.' },
    ],
    tips: [
      {
        text: {
          da: 'Mange går ind i samarbejde, fordi de vil gøre noget godt for området som helhed. Det er en fin drivkraft at få frem – den samler gruppen.',
          en: 'Many join in because they want to do something good for the area as a whole. That is a fine motive to bring out – it unites the group.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'Tag ikke for givet, hvad andre kan se mening i. En butik eller en forening kan være med på mere end sin kerneopgave, hvis man spørger.',
          en: 'Do not assume what others see meaning in. A shop or a club may take part beyond its core task if you ask.',
        },
        source: 'handbook',
      },
    ],
  },
  vaerdispillet: {
    purpose: {
      da: 'Hver organisation viser, hvilke værdier samarbejdet skaber for netop den – med et konkret eksempel på hver brik.',
      en: 'Each organisation shows which values the collaboration creates for it – with a concrete example on each piece.',
    },
    script: [
      { da: '»Læg de brikker i jeres felt, som samarbejdet skaber for jer. Ikke dem, I synes, I burde vælge.«', en: '"Put the pieces in your section that the collaboration creates for you. Not the ones you think you ought to choose."' },
      { da: '»Skriv på hver brik et eksempel: Hvornår har I mærket det? Hvad skete der?«', en: '"On each piece, write an example: When did you notice it? What happened?"' },
      { da: '»Markér den brik, der betyder mest for jer.«', en: '"Mark the piece that matters most to you."' },
    ],
    time: {
      da: 'De fleste skal bruge tid på eksemplerne, ikke på at lægge brikkerne. Giv besked, når der er fem minutter tilbage.',
      en: 'Most of the time goes into the examples, not into placing the pieces. Say when five minutes are left.',
    },
    watchFor: [
      { da: 'Tomme eksempler eller overskrifter. Gå hen og spørg: »Kan du nævne en gang, hvor det skete?« Brug »Vis et eksempel«, hvis de går i stå.', en: 'Empty examples or mere headings. Go over and ask: "Can you name a time it happened?" Use "Show an example" if they are stuck.' },
      { da: 'Grupper, der lægger alle fem brikker. Spørg, hvilke der virkelig er vigtige.', en: 'Groups that place all five pieces. Ask which ones really matter.' },
      { da: 'Skjul de andres felter indtil afsløringen, så ingen kopierer.', en: 'Hide the other sections until the reveal, so nobody copies.' },
    ],
    tips: [
      {
        text: {
          da: 'Når parterne ved, hvad de andre ser værdi i, forstår de bedre hinandens handlinger. Det mindsker risikoen for, at man går skævt af hinanden senere.',
          en: 'When partners know what the others value, they understand each other’s actions better. That lowers the risk of misunderstandings later.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'Mønstre at kende: foreninger lægger tit vægt på lokaler og udstyr, virksomheder på socialt ansvar, og fagfolk på at lære af andre fag.',
          en: 'Patterns to know: clubs often value premises and equipment, businesses social responsibility, and professionals learning from other fields.',
        },
        source: 'handbook',
      },
    ],
  },
  'faelles-billede': {
    purpose: {
      da: 'Se billedet samlet: hvilke værdier deler I, hvilke har kun én, og hvad siger eksemplerne om jeres samarbejde?',
      en: 'See the whole picture: which values do you share, which does only one hold, and what do the examples say about your collaboration?',
    },
    script: [
      { da: '»Se på billedet. Hvad overrasker jer?«', en: '"Look at the picture. What surprises you?"' },
      { da: 'Lad hver organisation fortælle ét eksempel højt – højst et minut hver.', en: 'Let each organisation tell one example out loud – a minute at most each.' },
      { da: '»Hvor kan vi hjælpe hinanden med det, der betyder mest for jer?«', en: '"Where can we help each other with what matters most to you?"' },
    ],
    time: {
      da: 'Tiden vokser med antallet af organisationer. Er I mange, så lad dem fortælle to og to eller kun om den vigtigste brik.',
      en: 'The time grows with the number of organisations. With many, let them pair up or talk only about their most important piece.',
    },
    watchFor: [
      { da: 'En værdi, som kun én organisation har. Spørg, hvad de andre kan gøre for at give den værdi.', en: 'A value only one organisation holds. Ask what the others can do to provide it.' },
      { da: 'Nogle taler meget, andre slet ikke. Giv ordet rundt.', en: 'Some talk a lot, others not at all. Pass the word round.' },
      { da: 'Skriv nøglepunkterne ned undervejs – de skal bruges i næste fase.', en: 'Write down the key points as you go – you need them in the next phase.' },
    ],
    tips: [
      {
        text: {
          da: 'Det er forskelligheden, der gør samarbejdet stærkt. Når I kan se den, kan I bruge den i stedet for at støde på den.',
          en: 'Difference is what makes the collaboration strong. Once you can see it, you can use it instead of bumping into it.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'Lyt efter fælles målgrupper: når flere arbejder med de samme borgere, er der ofte en gevinst i at koordinere eller slå noget sammen.',
          en: 'Listen for shared target groups: when several work with the same residents, there is often something to gain by coordinating or joining forces.',
        },
        source: 'handbook',
      },
    ],
  },
  'goer-hinanden-staerkere': {
    purpose: {
      da: 'Gør det konkret: hvad kan hver organisation give, hvad vil den gerne styrkes i, og hvem kan hjælpe hvem?',
      en: 'Make it concrete: what can each organisation give, what does it want to be strengthened in, and who can help whom?',
    },
    script: [
      { da: 'Bed hver organisation skrive kort i begge kolonner: »Det kan vi bidrage med« og »Det vil vi gerne styrkes i«. Ét kort, én ting.', en: 'Ask each organisation to write cards in both columns: "What we can contribute" and "What we would like to be strengthened in". One card, one thing.' },
      { da: '»Tænk bredt: lokaler, kontakter, viden, frivillige, varer – også ting, I ikke plejer at tænke på som noget.«', en: '"Think broadly: rooms, contacts, know-how, volunteers, goods – also things you do not usually count."' },
      { da: 'Vis forslagene til match og spørg: »Hvem af jer kan bruge det her?«', en: 'Show the suggested matches and ask: "Which of you can use this?"' },
    ],
    time: {
      da: 'Den længste fase. Brug halvdelen på kortene og halvdelen på at lave forbindelser.',
      en: 'The longest phase. Spend half on the cards and half on making links.',
    },
    watchFor: [
      { da: 'Tilbud, der er for store eller for vage (»vi hjælper gerne«). Spørg: »Hvad konkret, og hvor ofte?«', en: 'Offers that are too big or too vague ("we are happy to help"). Ask: "What exactly, and how often?"' },
      { da: 'Organisationer, der kun giver eller kun får. Begge dele skal med for alle.', en: 'Organisations that only give or only receive. Everyone should have both.' },
      { da: 'Små aktører uden meget tid kan ofte give noget materielt i stedet – et lokale, en varegave.', en: 'Small players without much time can often give something material instead – a room, a donation of goods.' },
    ],
    tips: [
      {
        text: {
          da: 'Helhedsplaner og kommunale institutioner kan tit låne lokaler ud; virksomheder kan give sponsorater eller varer, de har for mange af.',
          en: 'Housing-social plans and municipal institutions can often lend rooms; businesses can give sponsorship or surplus goods.',
        },
        source: 'handbook',
      },
      {
        text: {
          da: 'At låne og dele ting er en god begyndelse for dem, der ikke har timer at sætte af, men har noget at give.',
          en: 'Lending and sharing things is a good start for those who have no hours to spare but have something to give.',
        },
        source: 'centres',
      },
      {
        text: {
          da: 'Få styr på forventningerne, når I deler noget: hvornår, hvordan det afleveres, og hvem man ringer til. Ellers opstår der let gnidninger.',
          en: 'Settle expectations when you share something: when, how it is handed back, and whom to call. Otherwise friction comes easily.',
        },
        source: 'centres',
      },
    ],
  },
  aftaler: {
    purpose: {
      da: 'Lav forbindelserne om til aftaler med en tovholder, et første skridt, en dato og en dato for opfølgning.',
      en: 'Turn the links into agreements with a coordinator, a first step, a date and a date for follow-up.',
    },
    script: [
      { da: '»Hvem tager den? Hvad er det allerførste, der skal ske – og hvornår?«', en: '"Who takes this on? What is the very first thing to happen – and when?"' },
      { da: '»Hvilken form har aftalen? Alle fem er lige gode. Det handler om, hvor tæt I binder jer.«', en: '"What form does the agreement take? All five are equally good. It is about how closely you commit."' },
      { da: '»Hvornår ses vi og hører, hvordan det gik?«', en: '"When do we meet to hear how it went?"' },
    ],
    time: {
      da: 'Hellere få aftaler, der bliver til noget, end mange, der bliver glemt. Stop, når energien daler.',
      en: 'Better a few agreements that happen than many that are forgotten. Stop when the energy drops.',
    },
    watchFor: [
      { da: 'Aftaler uden tovholder eller uden dato. Det er dem, der ikke bliver til noget.', en: 'Agreements without a coordinator or a date. Those are the ones that do not happen.' },
      { da: 'Uklare roller: hvem gør hvad? Skriv det ind i første skridt.', en: 'Unclear roles: who does what? Write it into the first step.' },
      { da: 'Virksomheder vil gerne have en klar rolle i en afgrænset periode – ikke en lang proces.', en: 'Businesses want a clear role for a limited time – not a long process.' },
    ],
    tips: [
      {
        text: {
          da: 'Den hyppigste grund til, at samarbejde går i stå, er uklare roller og aftaler, ingen følger op på. Sæt navn og dato på alt.',
          en: 'The most common reason collaboration stalls is unclear roles and agreements nobody follows up. Put a name and a date on everything.',
        },
        source: 'cases',
      },
      {
        text: {
          da: 'At dele viden eller henvise til hinanden er ikke mindre værd end at skabe noget nyt sammen. Start der, hvor tilliden er.',
          en: 'Sharing knowledge or referring to each other is worth no less than creating something new together. Start where the trust is.',
        },
        source: 'centres',
      },
      {
        text: {
          da: 'En tovholder med et tydeligt ansvar – for at indkalde, skrive dagsorden og referat – holder gruppen samlet. Rollen kan gå på skift.',
          en: 'A coordinator with a clear task – calling meetings, writing the agenda and the minutes – keeps the group together. The role can rotate.',
        },
        source: 'handbook',
      },
    ],
  },
  opsamling: {
    purpose: {
      da: 'Saml op, sig tak, og sørg for, at alle går hjem med det samme billede og de samme aftaler.',
      en: 'Sum up, say thank you, and make sure everyone leaves with the same picture and the same agreements.',
    },
    script: [
      { da: '»Her er, hvad vi har fundet ud af i dag.« Gå aftalerne igennem: hvad, hvem, hvornår.', en: '"Here is what we found out today." Go through the agreements: what, who, when.' },
      { da: '»I får opsamlingen som PDF. Hver organisation kan tage sin egen side med hjem.«', en: '"You will get the summary as a PDF. Each organisation can take its own page home."' },
      { da: '»Vi ses igen den … og hører, hvordan det er gået.«', en: '"We meet again on … to hear how it went."' },
    ],
    time: {
      da: 'Skær ikke opsamlingen væk, selv om tiden er knap. Det er her, aftalerne bliver fælles.',
      en: 'Do not cut the summary, even when time is short. This is where the agreements become shared.',
    },
    watchFor: [
      { da: 'Gem workshoppen som fil, før du lukker – og send opsamlingen samme dag.', en: 'Save the workshop as a file before you close – and send the summary the same day.' },
      { da: 'Ved opfølgningen: spørg ikke kun »blev det til noget?«, men også »hvad lærte vi?«', en: 'At the follow-up: ask not only "did it happen?" but also "what did we learn?"' },
    ],
    tips: [
      {
        text: {
          da: 'Tillid vokser, når man gør det, man har lovet: kommer til tiden, leverer det aftalte. Opfølgningen gør det synligt.',
          en: 'Trust grows when people do what they promised: turn up on time, deliver what was agreed. The follow-up makes that visible.',
        },
        source: 'municipalities',
      },
      {
        text: {
          da: 'Del både det, der lykkedes, og det, der gik skævt. At stå sammen om en fiasko giver fælles ejerskab.',
          en: 'Share both what succeeded and what went wrong. Standing together over a failure builds shared ownership.',
        },
        source: 'municipalities',
      },
      {
        text: {
          da: 'Et fælles overblik over, hvem der kan hvad, og hvordan man får fat i dem, gør det lettere at række ud efter mødet.',
          en: 'A shared overview of who can do what, and how to reach them, makes it easier to reach out after the meeting.',
        },
        source: 'handbook',
      },
    ],
  },
};
