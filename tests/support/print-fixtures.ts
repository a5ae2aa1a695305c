import { ACTOR_TYPE_IDS } from '../../src/domain/actor-type.ts';
import { COLLABORATION_FORMS } from '../../src/domain/agreement.ts';
import { CUSTOM_VALUE_COLOURS, CORE_VALUE_IDS } from '../../src/domain/value.ts';
import { EXAMPLE_MAX } from '../../src/domain/value-piece.ts';
import { blankWorkshop, type Workshop } from '../../src/domain/workshop.ts';

/**
 * Workshops for the print tests and the PDF benchmark: filled directly as snapshots (print reads
 * snapshots, whoever made them). Every example is unique, so a test can look for each in the PDF.
 */

const WORDS = 'vi mødes hver uge i beboerhuset og deler både lokaler, kaffe og gode idéer med børnefamilier, ældre og nye naboer på tværs af blokkene i området'.split(' ');

/** A Danish example of exactly `length` characters, beginning with a marker unique to the piece. */
export function exampleText(organisation: number, value: number, length = EXAMPLE_MAX): string {
  let text = `Eksempel ${organisation + 1}.${value + 1}: Ærø øl på åen —`;
  for (let word = organisation + value; text.length < length; word++) text += ` ${WORDS[word % WORDS.length]}`;
  return `${text.slice(0, length - 1).trimEnd()}.`.padEnd(length, 'å');
}

/**
 * A workshop with `organisations` organisations and `values` values in play (the five core values,
 * then custom ones), every piece placed with an example of `exampleLength` characters, and links and
 * agreements between neighbours.
 */
export function largeWorkshop(organisations: number, values: number, exampleLength = EXAMPLE_MAX): Workshop {
  const workshop = blankWorkshop('w-large', 'Netværksmøde i Nørreparken — værdier på tværs', 0);
  workshop.setup = {
    ...workshop.setup,
    initiative: 'Fælles lektiecafé og sommerfest i Ålholm',
    date: '2026-11-22',
    place: 'Beboerhuset, Ærøgade 7',
    facilitator: 'Søren Kjærgård',
  };
  const customCount = Math.max(0, values - CORE_VALUE_IDS.length);
  workshop.values = {
    disabledCore: CORE_VALUE_IDS.slice(Math.min(values, CORE_VALUE_IDS.length)),
    custom: Array.from({ length: customCount }, (_, index) => ({
      id: `egen-${index + 1}`,
      name: `Egen værdi nr. ${index + 1}: trivsel og tryghed`,
      colour: CUSTOM_VALUE_COLOURS[index % CUSTOM_VALUE_COLOURS.length] ?? '#0e7490',
    })),
  };
  const valueIds = [...CORE_VALUE_IDS.slice(0, values), ...workshop.values.custom.map((value) => value.id)];
  workshop.organisations = Array.from({ length: organisations }, (_, index) => ({
    id: `org-${index + 1}`,
    name: `Æblehavens Børnehus ${index + 1} – Østerbro`,
    actorType: ACTOR_TYPE_IDS[index % ACTOR_TYPE_IDS.length] ?? 'andre-aktoerer',
    contact: index % 2 === 0 ? `Åse Møller ${index + 1}` : '',
  }));
  workshop.sections = Object.fromEntries(
    workshop.organisations.map((organisation, orgIndex) => [
      organisation.id,
      {
        placed: valueIds.map((valueId, valueIndex) => ({ valueId, example: exampleText(orgIndex, valueIndex, exampleLength) })),
        mostImportant: valueIds[orgIndex % valueIds.length] ?? null,
      },
    ]),
  );
  workshop.keyPoints = 'Vi vil mødes igen før jul.\nFlere af os mangler lokaler om aftenen.';
  workshop.cards = Object.fromEntries(
    workshop.organisations.map((organisation, index) => [
      organisation.id,
      [
        { id: `tilbud-${index}`, side: 'offer', text: `Vi låner vores værksted ud (${index + 1})`, kind: 'lokaler', valueId: valueIds[0] ?? null },
        { id: `behov-${index}`, side: 'need', text: `Vi søger frivillige til lektiecaféen (${index + 1})`, kind: 'frivillige', valueId: null },
      ],
    ]),
  );
  workshop.links = workshop.organisations.slice(1).map((organisation, index) => ({
    id: `link-${index}`,
    fromId: workshop.organisations[index]?.id ?? '',
    toId: organisation.id,
    text: `låne vores køkken ud hver tirsdag (forbindelse ${index + 1})`,
    offerCardId: null,
  }));
  workshop.agreements = workshop.organisations.slice(1, Math.min(organisations, 8)).map((organisation, index) => ({
    id: `aftale-${index}`,
    what: `Fælles madklub nr. ${index + 1} i kælderen under blok Æ`,
    organisationIds: [workshop.organisations[index]?.id ?? '', organisation.id],
    coordinatorId: organisation.id,
    firstStep: 'Søren ringer til varmemesteren om nøglen',
    date: '2026-12-01',
    form: COLLABORATION_FORMS[index % COLLABORATION_FORMS.length] ?? 'videndele',
    followUpDate: '2027-02-15',
    linkId: null,
    status: null,
    statusNote: '',
  }));
  return workshop;
}

/** Names users can type that are hard to print: emoji, right-to-left text, HTML. */
export const HARD_NAMES = {
  emoji: 'Café Fællesskab 😀🇩🇰',
  rtl: 'جمعية الحي שלום Beboerforening',
  html: '<b>Fed</b> & <script>alert("x")</script>',
} as const;

/** A small workshop whose names are `HARD_NAMES`, with every optional field left empty. */
export function hardNamesWorkshop(): Workshop {
  const workshop = blankWorkshop('w-hard', `Møde 😀 <i>kursiv</i> עברית`, 0);
  workshop.organisations = [
    { id: 'a', name: HARD_NAMES.emoji, actorType: 'beboerdrevne-foreninger', contact: '' },
    { id: 'b', name: HARD_NAMES.rtl, actorType: 'frivillige-organisationer', contact: '' },
    { id: 'c', name: HARD_NAMES.html, actorType: 'erhvervsdrivende', contact: '' },
  ];
  workshop.values = { disabledCore: [], custom: [{ id: 'egen', name: 'Hygge 🎉 &amp;', colour: '#4d7c0f' }] };
  workshop.sections = {
    a: { placed: [{ valueId: 'bredere-maalgruppe', example: 'Vi 🤝 deler køkken' }, { valueId: 'egen', example: '' }], mostImportant: 'egen' },
    b: { placed: [{ valueId: 'bredere-maalgruppe', example: 'نحن نتشارك المطبخ — vi deler' }], mostImportant: null },
  };
  workshop.agreements = [
    {
      id: 'x',
      what: 'Køkkenet <deles>',
      organisationIds: ['a', 'b'],
      coordinatorId: 'b',
      firstStep: '',
      date: '',
      form: 'samskabe',
      followUpDate: '',
      linkId: null,
      status: null,
      statusNote: '',
    },
  ];
  return workshop;
}
