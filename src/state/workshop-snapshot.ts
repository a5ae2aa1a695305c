import type * as Y from 'yjs';
import { answersThatCount, withFirstSteps, type Agreement, type AgreementAnswer } from '../domain/agreement.ts';
import type { Card } from '../domain/offer-need.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { WorkshopValues } from '../domain/value.ts';
import { deriveWarmUpPieces, type WarmUpAnswer, type WarmUpDecisions } from '../domain/warm-up.ts';
import type { Workshop, WorkshopControl, WorkshopSetup } from '../domain/workshop.ts';
import { keepFirstIds, linkParts, type WorkshopDocSet } from '../domain/workshop-doc.ts';
import { shareEqual } from './share-equal.ts';
import {
  readAgreementAnswers,
  readAgreements,
  readCards,
  readControl,
  readCreatedAt,
  readDrivers,
  readKeyPoints,
  readLinkEntries,
  readOrganisations,
  readSection,
  readSettledSuggestions,
  readSetup,
  readValues,
  readWarmUpDecisions,
} from './workshop-layout.ts';

/*
 * The session's snapshot, assembled from parts each read from one document: a part is read again only
 * after its document changed, and then keeps whatever in it is equal to before (`shareEqual`). A drop
 * re-reads one organisation's document; everything else in the next snapshot is the same object as in
 * the last, so a selector over the snapshot (useWorkshopSelector) and a memoised screen can compare by
 * identity. The result equals `readWorkshop(docs)` (the tests hold the two together).
 */

interface SetupPart {
  setup: WorkshopSetup;
  organisations: Organisation[];
  values: WorkshopValues;
  keyPoints: string;
  agreements: Agreement[];
  decisions: WarmUpDecisions;
  createdAt: number;
}

/** What is read of an organisation's own document (its links are read across documents, below). */
interface OrgPart {
  drivers: WarmUpAnswer[];
  answers: Record<string, AgreementAnswer>;
}

interface CardsPart {
  cards: Card[];
  settledSuggestions: string[];
}

/** A part and the version of its document it was read at. */
interface Versioned<T> {
  version: number;
  part: T;
}

/** A value worked out of parts of several documents, and what it was worked out of. */
interface Derived<T> {
  inputs: readonly unknown[];
  value: T;
}

export class WorkshopSnapshots {
  /** How many times each document has changed (a document never told of is at 0). */
  private readonly versions = new WeakMap<Y.Doc, number>();
  private setupPart: Versioned<SetupPart> | null = null;
  private controlPart: Versioned<WorkshopControl> | null = null;
  /** What was read of each organisation's documents: its answers, its section, its cards. */
  private readonly orgParts = new WeakMap<Y.Doc, Versioned<unknown>>();
  private links: Derived<Pick<Workshop, 'links' | 'linkProposals'>> | null = null;
  private warmUp: Derived<Workshop['warmUp']> | null = null;
  private agreements: Derived<Pick<Workshop, 'agreements' | 'agreementAnswers'>> | null = null;
  private snapshot: Workshop | null = null;

  constructor(private readonly docs: WorkshopDocSet) {}

  /** `doc` changed: its parts are read again by the next `read`. */
  changed(doc: Y.Doc): void {
    this.versions.set(doc, this.versionOf(doc) + 1);
  }

  /** The workshop as its documents hold it now; the same object as last time if nothing read changed. */
  read(): Workshop {
    const { docs } = this;
    this.setupPart = this.readPart(docs.setup, this.setupPart, () => readSetupPart(docs));
    this.controlPart = this.readPart(docs.control, this.controlPart, () => readControl(docs));
    const setup = this.setupPart.part;
    const { organisations } = setup;
    const orgDocs = organisations.map((organisation) => docs.orgDoc(organisation.id));
    const previous = this.snapshot;
    const perOrganisation = <T>(docOf: (orgId: string) => Y.Doc, read: (orgId: string) => T) =>
      organisations.map((organisation) => this.readOrgPart(docOf(organisation.id), () => read(organisation.id)));

    const sections = byOrganisation(organisations, perOrganisation((id) => docs.piecesDoc(id), (id) => readSection(docs, id)), (section) => section, previous?.sections);
    const orgParts = perOrganisation((id) => docs.orgDoc(id), (id): OrgPart => ({ drivers: readDrivers(docs, id), answers: readAgreementAnswers(docs, id) }));
    const answers = keepFirstIds(organisations, byOrganisation(organisations, orgParts, (part) => part.drivers, previous?.warmUp.answers));
    const storedAnswers = byOrganisation(organisations, orgParts, (part) => part.answers, undefined);
    const cardParts = perOrganisation((id) => docs.cardsDoc(id), (id): CardsPart => ({ cards: readCards(docs, id), settledSuggestions: readSettledSuggestions(docs, id) }));
    const cards = keepFirstIds(organisations, byOrganisation(organisations, cardParts, (part) => part.cards, previous?.cards));
    const settledSuggestions = byOrganisation(organisations, cardParts, (part) => part.settledSuggestions, previous?.settledSuggestions);
    // A link is read from its maker's document but kept only while the organisation it names is in the
    // workshop, and a proposal is a link once the other end's document says yes: read again when any
    // organisation's document or the list changed.
    this.links = derive(this.links, [organisations, ...orgDocs.map((doc) => this.versionOf(doc))], (before) => {
      const next = linkParts(readLinkEntries(docs, organisations));
      return before ? shareEqual(before, next) : next;
    });
    this.warmUp = derive(this.warmUp, [organisations, answers, setup.decisions], (before) => {
      const given = organisations.map((organisation) => ({ organisationId: organisation.id, answers: answers[organisation.id] ?? [] }));
      const next = { answers, pieces: deriveWarmUpPieces(given, setup.decisions) };
      return before ? shareEqual(before, next) : next;
    });
    // Answers count only for agreements their organisation is part of, and the coordinator's first step stands.
    this.agreements = derive(this.agreements, [organisations, setup.agreements, ...orgParts.map((part) => part.answers)], (before) => {
      const agreementAnswers = answersThatCount(setup.agreements, organisations.map((organisation) => organisation.id), storedAnswers);
      const next = { agreements: withFirstSteps(setup.agreements, agreementAnswers), agreementAnswers };
      return before ? shareEqual(before, next) : next;
    });

    const next: Workshop = {
      id: docs.workshopId,
      setup: setup.setup,
      organisations,
      sections,
      warmUp: this.warmUp.value,
      values: setup.values,
      control: this.controlPart.part,
      keyPoints: setup.keyPoints,
      cards,
      settledSuggestions,
      links: this.links.value.links,
      linkProposals: this.links.value.linkProposals,
      agreements: this.agreements.value.agreements,
      agreementAnswers: this.agreements.value.agreementAnswers,
      createdAt: setup.createdAt,
    };
    this.snapshot = previous && isSameEntries(previous, next) ? previous : next;
    return this.snapshot;
  }

  private versionOf(doc: Y.Doc): number {
    return this.versions.get(doc) ?? 0;
  }

  private readPart<T>(doc: Y.Doc, before: Versioned<T> | null | undefined, read: () => T): Versioned<T> {
    const version = this.versionOf(doc);
    if (before?.version === version) return before;
    const part = read();
    return { version, part: before ? shareEqual(before.part, part) : part };
  }

  /** One part of an organisation's document, read again only after that document changed. */
  private readOrgPart<T>(doc: Y.Doc, read: () => T): T {
    const part = this.readPart(doc, this.orgParts.get(doc) as Versioned<T> | undefined, read);
    this.orgParts.set(doc, part);
    return part.part;
  }
}

function readSetupPart(docs: WorkshopDocSet): SetupPart {
  return {
    setup: readSetup(docs),
    organisations: readOrganisations(docs),
    values: readValues(docs),
    keyPoints: readKeyPoints(docs),
    agreements: readAgreements(docs),
    decisions: readWarmUpDecisions(docs),
    createdAt: readCreatedAt(docs),
  };
}


/** One entry per organisation, in the workshop's order: `before` itself while every entry is the same. */
function byOrganisation<P, T>(organisations: readonly Organisation[], parts: readonly P[], pick: (part: P) => T, before: Record<string, T> | undefined): Record<string, T> {
  const next = Object.fromEntries(organisations.map((organisation, index) => [organisation.id, pick(parts[index] as P)]));
  return before && isSameEntries(before, next) ? before : next;
}

/** `compute`'s value, worked out again only when an input is not the same as last time. */
function derive<T>(last: Derived<T> | null, inputs: readonly unknown[], compute: (before: T | undefined) => T): Derived<T> {
  if (last && last.inputs.length === inputs.length && last.inputs.every((input, index) => Object.is(input, inputs[index]))) return last;
  return { inputs, value: compute(last?.value) };
}

/** Whether the two have the same keys in the same order, each with the same value (not a deep comparison). */
function isSameEntries(a: object, b: object): boolean {
  const entriesA = Object.entries(a);
  const entriesB = Object.entries(b);
  return entriesA.length === entriesB.length && entriesA.every(([key, value], index) => entriesB[index]?.[0] === key && Object.is(value, entriesB[index]?.[1]));
}
