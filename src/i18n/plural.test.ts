import { describe, expect, it } from 'vitest';
import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import { isPluralForm, LANGUAGES, pluralKeys, translate, type Language, type TextKey } from './translate.ts';

const CATALOGUES = { da, en } as const;

/** The other placeholders of the texts below, filled the same way in every case. */
const OTHERS = { held: 1, max: 80, total: 3, names: 'A, B', ids: 'x', name: 'Tryghed', minutes: 1, needed: 65 };

/**
 * Every catalogue text that takes a count, as it must read for 0, 1 and 2, in Danish and English. A new
 * text with `{count}` fails the coverage test until it is added here (and so read by a person).
 */
const EXPECTED: Record<string, Record<Language, [string, string, string]>> = {
  'directory.count': { da: ['0 organisationer', '1 organisation', '2 organisationer'], en: ['0 organisations', '1 organisation', '2 organisations'] },
  'directory.metIn': { da: ['Med i 0 workshops', 'Med i 1 workshop', 'Med i 2 workshops'], en: ['In 0 workshops', 'In 1 workshop', 'In 2 workshops'] },
  'nextMeeting.dialog.organisations': { da: ['0 organisationer med aktørtype og kontakt', '1 organisation med aktørtype og kontakt', '2 organisationer med aktørtype og kontakt'], en: ['0 organisations with actor type and contact', '1 organisation with actor type and contact', '2 organisations with actor type and contact'] },
  'nextMeeting.dialog.agreements': { da: ['0 åbne aftaler med status og note', '1 åben aftale med status og note', '2 åbne aftaler med status og note'], en: ['0 open agreements with status and note', '1 open agreement with status and note', '2 open agreements with status and note'] },
  'nextMeeting.dialog.needs': { da: ['0 behov, som ingen forbindelse dækkede', '1 behov, som ingen forbindelse dækkede', '2 behov, som ingen forbindelse dækkede'], en: ['0 needs no link met', '1 need no link met', '2 needs no link met'] },
  'start.followUps.more': { da: ['og 0 mere', 'og 1 mere', 'og 2 mere'], en: ['and 0 more', 'and 1 more', 'and 2 more'] },
  'setup.organisations.count': { da: ['0 organisationer', '1 organisation', '2 organisationer'], en: ['0 organisations', '1 organisation', '2 organisations'] },
  'game.hiddenRow': {
    da: ['Brikker lagt: 0 · vises ved afsløringen', 'Brikker lagt: 1 · vises ved afsløringen', 'Brikker lagt: 2 · vises ved afsløringen'],
    en: ['Pieces placed: 0 · shown at the reveal', 'Pieces placed: 1 · shown at the reveal', 'Pieces placed: 2 · shown at the reveal'],
  },
  'game.exampleCount': { da: ['0 af 80 tegn', '1 af 80 tegn', '2 af 80 tegn'], en: ['0 of 80 characters', '1 of 80 characters', '2 of 80 characters'] },
  'warmUp.answers.count': { da: ['0 af 80 svar', '1 af 80 svar', '2 af 80 svar'], en: ['0 of 80 answers', '1 of 80 answers', '2 of 80 answers'] },
  'picture.stat.organisations': { da: ['organisationer', 'organisation', 'organisationer'], en: ['organisations', 'organisation', 'organisations'] },
  'picture.stat.shared': { da: ['fælles værdier', 'fælles værdi', 'fælles værdier'], en: ['shared values', 'shared value', 'shared values'] },
  'picture.stat.single': { da: ['værdier kun hos én', 'værdi kun hos én', 'værdier kun hos én'], en: ['values held by one only', 'value held by one only', 'values held by one only'] },
  'picture.stat.none': { da: ['værdier ingen har lagt', 'værdi ingen har lagt', 'værdier ingen har lagt'], en: ['values nobody placed', 'value nobody placed', 'values nobody placed'] },
  'picture.count': { da: ['1 af 0 organisationer', '1 af 1 organisation', '1 af 2 organisationer'], en: ['1 of 0 organisations', '1 of 1 organisation', '1 of 2 organisations'] },
  'collaboration.matches.more': { da: ['Vis 0 match mere', 'Vis 1 match mere', 'Vis 2 match mere'], en: ['Show 0 more matches', 'Show 1 more match', 'Show 2 more matches'] },
  'collaboration.link.linkCount': { da: ['0 forbindelser', '1 forbindelse', '2 forbindelser'], en: ['0 links', '1 link', '2 links'] },
  'collaboration.network.organisations': { da: ['0 organisationer', '1 organisation', '2 organisationer'], en: ['0 organisations', '1 organisation', '2 organisations'] },
  'collaboration.network.links': { da: ['0 forbindelser', '1 forbindelse', '2 forbindelser'], en: ['0 links', '1 link', '2 links'] },
  'collaboration.progress.count': { da: ['0 kort og forbindelser', '1 kort eller forbindelse', '2 kort og forbindelser'], en: ['0 cards and links', '1 card or link', '2 cards and links'] },
  'collaboration.tablet.tab.waiting': { da: ['0 nye', '1 ny', '2 nye'], en: ['0 new', '1 new', '2 new'] },
  'collaboration.tablet.others.count': { da: ['0 kort', '1 kort', '2 kort'], en: ['0 cards', '1 card', '2 cards'] },
  'agreements.ladder.count': { da: ['0 aftaler', '1 aftale', '2 aftaler'], en: ['0 agreements', '1 agreement', '2 agreements'] },
  'agreements.progress.count': { da: ['Svar: 0', 'Svar: 1', 'Svar: 2'], en: ['Answers: 0', 'Answers: 1', 'Answers: 2'] },
  'agreements.tablet.count': { da: ['0 af 80 tegn', '1 af 80 tegn', '2 af 80 tegn'], en: ['0 of 80 characters', '1 of 80 characters', '2 of 80 characters'] },
  'summary.shared.holders': { da: ['0 organisationer: A, B', '1 organisation: A, B', '2 organisationer: A, B'], en: ['0 organisations: A, B', '1 organisation: A, B', '2 organisations: A, B'] },
  'summary.links.gives': { da: ['styrker 0 andre', 'styrker 1 anden', 'styrker 2 andre'], en: ['strengthens 0 others', 'strengthens 1 other', 'strengthens 2 others'] },
  'summary.links.receives': { da: ['bliver styrket af 0', 'bliver styrket af 1', 'bliver styrket af 2'], en: ['is strengthened by 0', 'is strengthened by 1', 'is strengthened by 2'] },
  'summary.followUp.held': {
    da: ['1 af 0 aftaler er gennemført eller i gang.', '1 af 1 aftale er gennemført eller i gang.', '1 af 2 aftaler er gennemført eller i gang.'],
    en: ['1 of 0 agreements are completed or in progress.', '1 of 1 agreement is completed or in progress.', '1 of 2 agreements are completed or in progress.'],
  },
  'summary.followUp.notYet': { da: ['0 er ikke fulgt op endnu.', '1 er ikke fulgt op endnu.', '2 er ikke fulgt op endnu.'], en: ['0 not followed up yet.', '1 not followed up yet.', '2 not followed up yet.'] },
  'print.summary.sharedHolders': { da: ['0 organisationer: A, B', '1 organisation: A, B', '2 organisationer: A, B'], en: ['0 organisations: A, B', '1 organisation: A, B', '2 organisations: A, B'] },
  'print.sun.exampleCount': { da: ['0 eksempler', '1 eksempel', '2 eksempler'], en: ['0 examples', '1 example', '2 examples'] },
  'print.cli.manyWorkshops': {
    da: ['Filen indeholder 0 workshops. Vælg én med --workshop <id>: x', 'Filen indeholder 1 workshop. Vælg den med --workshop <id>: x', 'Filen indeholder 2 workshops. Vælg én med --workshop <id>: x'],
    en: ['The file holds 0 workshops. Choose one with --workshop <id>: x', 'The file holds 1 workshop. Choose it with --workshop <id>: x', 'The file holds 2 workshops. Choose one with --workshop <id>: x'],
  },
  'files.imported.count': {
    da: ['0 workshops er hentet fra filen.', '1 workshop er hentet fra filen.', '2 workshops er hentet fra filen.'],
    en: ['0 workshops were loaded from the file.', '1 workshop was loaded from the file.', '2 workshops were loaded from the file.'],
  },
  'steering.doneCount': { da: ['0 af 3 er færdige', '1 af 3 er færdig', '2 af 3 er færdige'], en: ['0 of 3 are done', '1 of 3 is done', '2 of 3 are done'] },
  'board.shared.value': { da: ['Tryghed (0 af 3)', 'Tryghed (1 af 3)', 'Tryghed (2 af 3)'], en: ['Tryghed (0 of 3)', 'Tryghed (1 of 3)', 'Tryghed (2 of 3)'] },
  'board.puzzle.count': { da: ['0 af 3', '1 af 3', '2 af 3'], en: ['0 of 3', '1 of 3', '2 of 3'] },
  'guide.timeSuggested': {
    da: ['Forslag: 1 min. af mødets 3 min. (0 organisationer).', 'Forslag: 1 min. af mødets 3 min. (1 organisation).', 'Forslag: 1 min. af mødets 3 min. (2 organisationer).'],
    en: ['Suggested: 1 min of the meeting’s 3 min (0 organisations).', 'Suggested: 1 min of the meeting’s 3 min (1 organisation).', 'Suggested: 1 min of the meeting’s 3 min (2 organisations).'],
  },
  'guide.prep.agendaFor': { da: ['0 organisationer · 1 min.', '1 organisation · 1 min.', '2 organisationer · 1 min.'], en: ['0 organisations · 1 min', '1 organisation · 1 min', '2 organisations · 1 min'] },
  'guide.invite.minutes': { da: ['0 minutter', '1 minut', '2 minutter'], en: ['0 minutes', '1 minute', '2 minutes'] },
  'guide.prep.tooShort': {
    da: [0, 1, 2].map((count) => `Mødet er for kort. Med ${count} ${count === 1 ? 'organisation' : 'organisationer'} skal I bruge mindst 65 min. Gør mødet længere, eller slå opvarmningen fra. Dagsordenen herunder viser det mindste, hver fase kan klares på.`) as [string, string, string],
    en: [0, 1, 2].map((count) => `The meeting is too short. With ${count} ${count === 1 ? 'organisation' : 'organisations'} you need at least 65 min. Make the meeting longer, or switch off the warm-up. The agenda below shows the least each phase can be done in.`) as [string, string, string],
  },
  'guide.print.organisations': { da: ['Organisationer (0)', 'Organisationer (1)', 'Organisationer (2)'], en: ['Organisations (0)', 'Organisations (1)', 'Organisations (2)'] },
  'networkTime.ties': { da: ['0 relationer', '1 relation', '2 relationer'], en: ['0 ties', '1 tie', '2 ties'] },
  'live.presence.count': { da: ['0 forbundet', '1 forbundet', '2 forbundet'], en: ['0 connected', '1 connected', '2 connected'] },
};

/** The texts that take a count: plural keys, and plain texts with `{count}`. */
function countedKeys(): TextKey[] {
  const plain = (Object.keys(da) as MessageKey[]).filter((key) => !isPluralForm(key) && da[key].includes('{count}'));
  return [...pluralKeys(), ...plain];
}

describe('texts with a count', () => {
  it('are all in the table below, and the table holds nothing else', () => {
    expect(countedKeys().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = Object.keys(EXPECTED).flatMap((key) => LANGUAGES.map((language) => [key, language] as const));
  it.each(cases)('%s reads right for 0, 1 and 2 in %s', (key, language) => {
    const rendered = [0, 1, 2].map((count) => translate(language, key as TextKey, { ...OTHERS, count }));
    expect(rendered).toEqual(EXPECTED[key]?.[language]);
  });

  it.each(LANGUAGES)('%s: every plural text has the forms its language needs and the same placeholders in each', (language) => {
    const catalogue: Record<string, string> = CATALOGUES[language];
    for (const key of pluralKeys()) {
      expect(catalogue[`${key}.one`], `${key}.one`).toBeDefined();
      expect(catalogue[`${key}.other`], `${key}.other`).toBeDefined();
      const names = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();
      expect(names(catalogue[`${key}.one`]), key).toEqual(names(catalogue[`${key}.other`]));
    }
  });

  it.each(LANGUAGES)('%s has no "(s)"-style plural hacks and no singular number with a plural noun', (language) => {
    const texts = Object.values(CATALOGUES[language]) as string[];
    expect(texts.filter((text) => /\w\((s|e|er|es)\)/u.test(text))).toEqual([]);
    const rendered = countedKeys().map((key) => translate(language, key, { ...OTHERS, count: 1 }));
    const wrong = language === 'da' ? /\b1 (eksempler|organisationer|aftaler|forbindelser|workshops|nye|værdier)\b/u : /\b1 (examples|organisations|agreements|links|workshops|cards|values)\b/u;
    expect(rendered.filter((text) => wrong.test(text))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no text reads "1 <plural noun>" with any of its numbers at 1', (language) => {
    // Every number that can be 1 is 1; limits (and a length over a limit) cannot be, and stay at 80.
    const numeric = new Set(['count', 'held', 'total', 'done', 'pages', 'page', 'number', 'minutes', 'size', 'percent', 'position', 'from', 'to']);
    const limits = new Set(['max', 'min', 'length', 'version', 'supported']);
    const wrong =
      language === 'da'
        ? /\b1 (eksempler|organisationer|aftaler|forbindelser|workshops|nye|værdier|brikker|minutter|sider|tegn og|svarene)\b/u
        : /\b1 (examples|organisations|agreements|links|workshops|cards|values|pieces|minutes|pages|characters|answers)\b/u;
    const catalogue: Record<string, string> = CATALOGUES[language];
    const texts = Object.keys(catalogue)
      .filter((key) => !isPluralForm(key))
      .map((key) => {
        const params = Object.fromEntries([...(catalogue[key] ?? '').matchAll(/\{(\w+)\}/gu)].map(([, name = '']) => [name, numeric.has(name) ? 1 : limits.has(name) ? 80 : 'X']));
        return `${key}: ${translate(language, key as TextKey, params)}`;
      });
    expect(texts.filter((text) => wrong.test(text))).toEqual([]);
  });

  it('picks the form with Intl.PluralRules of the language', () => {
    expect(translate('da', 'print.sun.exampleCount', { count: 1 })).toBe('1 eksempel');
    expect(translate('da', 'print.sun.exampleCount', { count: 21 })).toBe('21 eksempler');
    expect(translate('en', 'print.sun.exampleCount', { count: 1 })).toBe('1 example');
    expect(translate('da', 'print.sun.exampleCount', { count: 1500 })).toBe('1.500 eksempler');
    expect(translate('en', 'print.sun.exampleCount', { count: 1500 })).toBe('1,500 examples');
  });

  it('falls back to the "other" form without a count', () => {
    expect(translate('da', 'print.sun.exampleCount')).toBe('{count} eksempler');
  });
});

describe('numbers in texts', () => {
  it.each([
    ['da', 2.5, 'Filen er for stor (2,5 MB).'],
    ['en', 2.5, 'The file is too big (2.5 MB).'],
  ] as const)('%s writes %d in its own way', (language, size, start) => {
    expect(translate(language, 'problem.file-too-big', { size, max: 20 })).toContain(start);
  });
});

describe('names in texts', () => {
  it.each(LANGUAGES)('%s never glues a genitive onto a placeholder ("{name}s", "{name}\'s")', (language) => {
    const glued = Object.entries(CATALOGUES[language])
      .filter(([, text]) => /\{\w+\}(s|['’]s)(?![\p{L}])/u.test(text))
      .map(([key]) => key);
    expect(glued).toEqual([]);
  });

  it('names the placed pieces with the name whole', () => {
    expect(translate('da', 'game.placedPieces', { name: 'Boligselskabet Sjælland, afd. 12' })).toBe('Brikker fra Boligselskabet Sjælland, afd. 12');
    expect(translate('en', 'game.placedPieces', { name: 'Café «Ø» & Co. 🍰' })).toBe('Pieces from Café «Ø» & Co. 🍰');
  });
});
