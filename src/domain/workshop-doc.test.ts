import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDone, readLockedPhases, readWorkshop, type WorkshopDocSet } from './workshop-doc.ts';

/*
 * Reading a workshop never fails because of what its documents hold: whatever another device or
 * another version of the app wrote, what can be read is read, a wrong field falls back or is cut, and
 * only a record missing what it cannot be without is left out.
 */

function docSet(): WorkshopDocSet & { orgs: Map<string, Y.Doc> } {
  const orgs = new Map<string, Y.Doc>();
  const docOf = (part: string) => {
    let doc = orgs.get(part);
    if (!doc) {
      doc = new Y.Doc();
      orgs.set(part, doc);
    }
    return doc;
  };
  return {
    workshopId: 'w1',
    setup: new Y.Doc(),
    control: new Y.Doc(),
    orgs,
    orgDoc: (orgId) => docOf(`org/${orgId}`),
    piecesDoc: (orgId) => docOf(`pieces/${orgId}`),
    cardsDoc: (orgId) => docOf(`cards/${orgId}`),
  };
}

function entry(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

/** A workshop with one organisation, written as the app writes it, then changed by `poison`. */
function read(poison: (docs: WorkshopDocSet) => void) {
  const docs = docSet();
  docs.setup.getMap('facts').set('title', 'Netværksmøde');
  docs.setup.getMap('organisations').set('o1', entry({ name: 'Skolen', actorType: 'kommunale-institutioner', contact: '', position: 0 }));
  docs.piecesDoc('o1').getMap('placed').set('bredere-maalgruppe', entry({ example: 'Flere unge', order: 0 }));
  poison(docs);
  return readWorkshop(docs);
}

describe('readWorkshop reads whatever the documents hold', () => {
  it.each<[string, (docs: WorkshopDocSet) => void, (workshop: ReturnType<typeof readWorkshop>) => unknown, unknown]>([
    ['a placed entry that is a number is left out', (docs) => docs.piecesDoc('o1').getMap('placed').set('oeget-faglighed', 7), (w) => w.sections.o1?.placed.map((p) => p.valueId), ['bredere-maalgruppe']],
    ['an example of 900 KB is cut to 280 characters', (docs) => (docs.piecesDoc('o1').getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 'x'.repeat(900_000)), (w) => w.sections.o1?.placed[0]?.example.length, 280],
    ['an example that is a number falls back to empty', (docs) => (docs.piecesDoc('o1').getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 5), (w) => w.sections.o1?.placed[0]?.example, ''],
    ['an organisation without a name is left out', (docs) => docs.setup.getMap('organisations').set('o2', entry({ actorType: 'erhvervsdrivende' })), (w) => w.organisations.map((o) => o.id), ['o1']],
    ['an unknown actor type reads as other actors', (docs) => (docs.setup.getMap('organisations').get('o1') as Y.Map<unknown>).set('actorType', 'alien'), (w) => w.organisations[0]?.actorType, 'andre-aktoerer'],
    ['a prototype key as an organisation id is left out', (docs) => docs.setup.getMap('organisations').set('__proto__', entry({ name: 'Hacker', actorType: 'erhvervsdrivende', contact: '', position: 1 })), (w) => w.organisations.map((o) => o.id), ['o1']],
    ['a field from a newer version is ignored', (docs) => (docs.setup.getMap('organisations').get('o1') as Y.Map<unknown>).set('logo', 'data:…'), (w) => w.organisations[0]?.name, 'Skolen'],
    ['a phase that does not exist reads as the first', (docs) => docs.control.getMap('control').set('phase', 'dans'), (w) => w.control.phase, 'forberedelse'],
    ['a lock that is text reads as open', (docs) => docs.control.getMap('control').set('isLocked', 'ja'), (w) => w.control.isLocked, false],
    ['a most-important mark on a piece not placed reads as none', (docs) => docs.piecesDoc('o1').getMap('section').set('mostImportant', 'oeget-faglighed'), (w) => w.sections.o1?.mostImportant, null],
    [
      'an agreement whose coordinator is not among its organisations gets it back',
      (docs) => docs.setup.getMap('agreements').set('a1', entry({ what: 'Lektiecafé', organisationIds: ['o2'], coordinatorId: 'o1', order: 0 })),
      (w) => w.agreements[0]?.organisationIds,
      ['o1', 'o2'],
    ],
    ['a title that is a list reads as a title', (docs) => docs.setup.getMap('facts').set('title', ['x']), (w) => w.setup.title, 'Workshop'],
    ['a timer of a phase that does not exist is left out', (docs) => docs.control.getMap('timers').set('dans', entry({ durationMs: 1000 })), (w) => Object.keys(w.control.timers), []],
    ['a card written as text is left out', (docs) => docs.cardsDoc('o1').getMap('cards').set('c1', new Y.Text('kort')), (w) => w.cards.o1, []],
    ['a card for jobs reads with its kind', (docs) => docs.cardsDoc('o1').getMap('cards').set('c1', entry({ side: 'offer', text: 'Tre fritidsjob', kind: 'job', valueId: null, order: 0 })), (w) => w.cards.o1?.map((c) => c.kind), ['job']],
    ['a card of a kind a newer app wrote reads with the kind a card starts with', (docs) => docs.cardsDoc('o1').getMap('cards').set('c1', entry({ side: 'offer', text: 'Kaffe', kind: 'kaffe', valueId: null, order: 0 })), (w) => w.cards.o1?.map((c) => c.kind), ['kompetence']],
    ['a card without a kind is left out', (docs) => docs.cardsDoc('o1').getMap('cards').set('c1', entry({ side: 'offer', text: 'Kaffe', valueId: null, order: 0 })), (w) => w.cards.o1, []],
    [
      'an answer to an agreement: a comment over 280 characters is cut, a "yes" as text reads as not in',
      (docs) => {
        docs.setup.getMap('agreements').set('a1', entry({ what: 'Lektiecafé', organisationIds: ['o1'], coordinatorId: 'o1', order: 0 }));
        docs.orgDoc('o1').getMap('agreementAnswers').set('a1', entry({ isIn: 'ja', comment: 'x'.repeat(900), firstStep: 7 }));
      },
      (w) => w.agreementAnswers.o1?.a1 && { ...w.agreementAnswers.o1.a1, comment: w.agreementAnswers.o1.a1.comment.length },
      { isIn: false, comment: 280, firstStep: null },
    ],
    [
      'an answer to an agreement that is not there is not read',
      (docs) => docs.orgDoc('o1').getMap('agreementAnswers').set('a9', entry({ isIn: true })),
      (w) => w.agreementAnswers,
      { o1: {} },
    ],
    [
      "the coordinator's first step stands over the facilitator's",
      (docs) => {
        docs.setup.getMap('agreements').set('a1', entry({ what: 'Lektiecafé', organisationIds: ['o1'], coordinatorId: 'o1', firstStep: 'Facilitatorens', order: 0 }));
        docs.orgDoc('o1').getMap('agreementAnswers').set('a1', entry({ isIn: true, firstStep: 'Tovholderens' }));
      },
      (w) => w.agreements[0]?.firstStep,
      'Tovholderens',
    ],
  ])('%s', (_name, poison, pick, expected) => {
    expect(pick(read(poison))).toEqual(expected);
  });
});

describe('ids repeated across organisations', () => {
  it('keep the first organisation\'s answer, card and link, so the workshop still saves as a file', () => {
    const workshop = read((docs) => {
      docs.setup.getMap('organisations').set('o2', entry({ name: 'Klubben', actorType: 'frivillige-organisationer', contact: '', position: 1 }));
      for (const orgId of ['o1', 'o2']) {
        docs.orgDoc(orgId).getMap('drivers').set('a1', entry({ text: `Svar fra ${orgId}`, order: 0 }));
        docs.cardsDoc(orgId).getMap('cards').set('c1', entry({ side: 'offer', text: `Kort fra ${orgId}`, kind: 'lokaler', valueId: null, order: 0 }));
        docs.orgDoc(orgId).getMap('links').set('l1', entry({ toId: orgId === 'o1' ? 'o2' : 'o1', text: `Link fra ${orgId}`, offerCardId: null, order: 0 }));
      }
    });
    expect(workshop.warmUp.answers).toEqual({ o1: [{ id: 'a1', text: 'Svar fra o1' }], o2: [] });
    expect(workshop.cards.o2).toEqual([]);
    expect(workshop.links.map((link) => [link.id, link.fromId])).toEqual([['l1', 'o1']]);
  });
});

describe('links and proposals (readLinkEntries)', () => {
  /** Skolen (o1), Klubben (o2) and Kirken (o3), with what `write` puts in their documents. */
  function readLinks(write: (docs: WorkshopDocSet) => void) {
    return read((docs) => {
      docs.setup.getMap('organisations').set('o2', entry({ name: 'Klubben', actorType: 'frivillige-organisationer', contact: '', position: 1 }));
      docs.setup.getMap('organisations').set('o3', entry({ name: 'Kirken', actorType: 'andre-aktoerer', contact: '', position: 2 }));
      write(docs);
    });
  }
  const proposal = (fields: Record<string, unknown>) => entry({ text: 'hjælpe', offerCardId: null, fromId: null, isProposal: true, order: 0, ...fields });
  const summary = (workshop: ReturnType<typeof readWorkshop>) => ({
    links: workshop.links.map((link) => `${link.fromId}→${link.toId} ${link.proposedBy ?? '-'}`),
    proposals: workshop.linkProposals.map((link) => `${link.fromId}→${link.toId} ${link.proposedBy} ${link.answer}`),
  });

  it.each<[string, (docs: WorkshopDocSet) => void, { links: string[]; proposals: string[] }]>([
    ['a link the facilitator made (an older record: no fromId, no flag)', (docs) => docs.orgDoc('o1').getMap('links').set('l1', entry({ toId: 'o2', text: 'x', offerCardId: null, order: 0 })), { links: ['o1→o2 -'], proposals: [] }],
    ['an open proposal "Vi kan styrke Klubben"', (docs) => docs.orgDoc('o1').getMap('links').set('l1', proposal({ toId: 'o2' })), { links: [], proposals: ['o1→o2 o1 open'] }],
    ['an open proposal "Klubben kan styrke os"', (docs) => docs.orgDoc('o1').getMap('links').set('l1', proposal({ fromId: 'o2', toId: 'o1' })), { links: [], proposals: ['o2→o1 o1 open'] }],
    [
      'a proposal Klubben accepted in its own document',
      (docs) => {
        docs.orgDoc('o1').getMap('links').set('l1', proposal({ fromId: 'o2', toId: 'o1' }));
        docs.orgDoc('o2').getMap('linkAnswers').set('l1', 'accepted');
      },
      { links: ['o2→o1 o1'], proposals: [] },
    ],
    [
      'a proposal Klubben declined',
      (docs) => {
        docs.orgDoc('o1').getMap('links').set('l1', proposal({ toId: 'o2' }));
        docs.orgDoc('o2').getMap('linkAnswers').set('l1', 'declined');
      },
      { links: [], proposals: ['o1→o2 o1 declined'] },
    ],
    [
      'a yes written by an organisation that was not asked, or by the proposer itself, counts for nothing',
      (docs) => {
        docs.orgDoc('o1').getMap('links').set('l1', proposal({ toId: 'o2' }));
        docs.orgDoc('o3').getMap('linkAnswers').set('l1', 'accepted');
        docs.orgDoc('o1').getMap('linkAnswers').set('l1', 'accepted');
      },
      { links: [], proposals: ['o1→o2 o1 open'] },
    ],
    [
      'an answer that is not one reads as no answer',
      (docs) => {
        docs.orgDoc('o1').getMap('links').set('l1', proposal({ toId: 'o2' }));
        docs.orgDoc('o2').getMap('linkAnswers').set('l1', 'ja');
      },
      { links: [], proposals: ['o1→o2 o1 open'] },
    ],
    ['a link between two other organisations, in a third one\'s document, is left out', (docs) => docs.orgDoc('o1').getMap('links').set('l1', proposal({ fromId: 'o2', toId: 'o3' })), { links: [], proposals: [] }],
    ['a link to an organisation not in the workshop is left out', (docs) => docs.orgDoc('o1').getMap('links').set('l1', proposal({ fromId: 'o9', toId: 'o1' })), { links: [], proposals: [] }],
    ['a proposal flag that is text reads as a proposal, never as a link nobody said yes to', (docs) => docs.orgDoc('o1').getMap('links').set('l1', proposal({ toId: 'o2', isProposal: 'ja' })), { links: [], proposals: ['o1→o2 o1 open'] }],
  ])('%s', (_name, write, expected) => {
    expect(summary(readLinks(write))).toEqual(expected);
  });
});

describe('the tablets\' phases: locks and "Vi er færdige"', () => {
  it.each<[string, (docs: WorkshopDocSet) => void, string[]]>([
    ['nothing locked', () => {}, []],
    ['the warm-up locked', (docs) => docs.control.getMap('locks').set('opvarmning', true), ['opvarmning']],
    ['the board locked (the value game\'s own lock, which older devices write)', (docs) => docs.control.getMap('control').set('isLocked', true), ['vaerdispillet']],
    [
      'the value game in the lock map does not lock the board: its lock is the board\'s',
      (docs) => docs.control.getMap('locks').set('vaerdispillet', true),
      [],
    ],
    [
      'several, in the phases\' order',
      (docs) => {
        docs.control.getMap('locks').set('goer-hinanden-staerkere', true);
        docs.control.getMap('locks').set('opvarmning', true);
        docs.control.getMap('control').set('isLocked', true);
      },
      ['opvarmning', 'vaerdispillet', 'goer-hinanden-staerkere'],
    ],
    ['a phase that does not exist is left out', (docs) => docs.control.getMap('locks').set('dans', true), []],
    ['a lock that is not true is left out', (docs) => docs.control.getMap('locks').set('opvarmning', 'ja'), []],
  ])('locked: %s', (_name, write, expected) => {
    const docs = docSet();
    write(docs);
    expect(readLockedPhases(docs)).toEqual(expected);
  });

  it.each<[string, (doc: Y.Doc) => void, string[]]>([
    ['nothing said', () => {}, []],
    ['done with the warm-up', (doc) => doc.getMap('done').set('opvarmning', true), ['opvarmning']],
    [
      'done with two phases, in the phases\' order',
      (doc) => {
        doc.getMap('done').set('goer-hinanden-staerkere', true);
        doc.getMap('done').set('opvarmning', true);
      },
      ['opvarmning', 'goer-hinanden-staerkere'],
    ],
    ['a phase that does not exist is left out', (doc) => doc.getMap('done').set('dans', true), []],
    ['a mark that is a record is left out', (doc) => doc.getMap('done').set('opvarmning', entry({ isDone: true })), []],
  ])('done: %s', (_name, write, expected) => {
    const docs = docSet();
    write(docs.orgDoc('o1'));
    expect(readDone(docs, 'o1')).toEqual(expected);
  });

  it('reads a change made after an earlier read (the memory of a read goes with the change)', () => {
    const docs = docSet();
    expect(readDone(docs, 'o1')).toEqual([]);
    expect(readLockedPhases(docs)).toEqual([]);
    docs.orgDoc('o1').getMap('done').set('opvarmning', true);
    docs.control.getMap('locks').set('opvarmning', true);
    expect(readDone(docs, 'o1')).toEqual(['opvarmning']);
    expect(readLockedPhases(docs)).toEqual(['opvarmning']);
  });
});
