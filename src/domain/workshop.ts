import type { Agreement, AgreementAnswers } from './agreement.ts';
import type { Link, LinkProposal } from './link.ts';
import type { Card } from './offer-need.ts';
import type { Organisation } from './organisation.ts';
import * as z from 'zod/mini';
import { isPhaseId, PHASE_IDS, type PhaseId } from './phase.ts';
import { charsSchema, clampChars, dateSchema, epochMsSchema, field, idSchema } from './schema.ts';
import { ok, refuse, type Result } from './result.ts';
import { NAME_MAX, SHORT_TEXT_MAX, validateDate, validateName, validateOptionalText } from './text.ts';
import type { TimerState } from './timer.ts';
import { valuesInPlay, type ValueInPlay, type WorkshopValues } from './value.ts';
import type { WarmUpAnswer, WarmUpPiece } from './warm-up.ts';
import { EMPTY_SECTION, type BoardRules, type Section } from './value-piece.ts';

/**
 * The version of the stored workshop's shape (its documents; files have their own). Bump it with a named
 * migration in src/state/migrations.ts. 2: an organisation's pieces and its cards moved to documents of their own.
 * 3: a card may be of the kind 'job' (jobs, internships and leisure jobs).
 */
export const WORKSHOP_SCHEMA_VERSION = 3;

export const WORKSHOP_KINDS = ['samarbejdsgruppe', 'netvaerksgruppe'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

/** The facts of a workshop, set up beforehand by the facilitator. */
export interface WorkshopSetup {
  title: string;
  /** The initiative or forum the meeting is about. */
  initiative: string;
  kind: WorkshopKind;
  /** `YYYY-MM-DD`, or empty when not yet decided. */
  date: string;
  place: string;
  facilitator: string;
  hasWarmUp: boolean;
  /** The meeting this one follows up on ("Planlæg næste møde"): its id on this device and title, or ''. */
  previousId: string;
  previousTitle: string;
  /** The follow-up meeting planned from this one: its id and title, or ''. */
  nextId: string;
  nextTitle: string;
}

/** What only the facilitator's device changes while the workshop runs. */
export interface WorkshopControl {
  phase: PhaseId;
  /** While locked, no piece can be placed, moved or written on. */
  isLocked: boolean;
  /** Whether every organisation's section is shown to all (the reveal); until then only one's own. */
  isRevealed: boolean;
  /** Whether every organisation's offer and need cards are shown to all; until then only one's own. */
  areCardsShown: boolean;
  /** On a shared device: the organisation whose turn it is to place (null: none chosen yet). */
  activeOrganisationId: string | null;
  /** The countdown of each phase that has one (the facilitator's phase timer). */
  timers: Partial<Record<PhaseId, TimerState>>;
}

/** A plain, serialisable snapshot of one workshop, as screens, print and files see it. */
export interface Workshop {
  id: string;
  setup: WorkshopSetup;
  organisations: Organisation[];
  values: WorkshopValues;
  control: WorkshopControl;
  /** Each organisation's section of the value game's board, by organisation id. */
  sections: Record<string, Section>;
  /** The warm-up: each organisation's answers (by organisation id) and the pieces made from them. */
  warmUp: { answers: Record<string, WarmUpAnswer[]>; pieces: WarmUpPiece[] };
  /** The facilitator's key points from the dialogue in Det fælles billede (free text). */
  keyPoints: string;
  /** Gør hinanden stærkere: each organisation's offer and need cards, by organisation id. */
  cards: Record<string, Card[]>;
  /**
   * The actor-type suggestions each organisation has accepted or ignored (suggestion ids, by
   * organisation id). Optional: a workshop file need not carry it (then every suggestion is open again).
   */
  settledSuggestions?: Record<string, string[]>;
  /** Strengthening links ("X styrker Y ved at …"): made by the facilitator, or proposed on a tablet and accepted. */
  links: Link[];
  /** Links proposed on a tablet that the organisation asked has not accepted: open, or declined. */
  linkProposals: LinkProposal[];
  /** Aftaler, in the order they were made, each with the first step that stands (the coordinator's, once written). */
  agreements: Agreement[];
  /** Each organisation's answers to the agreements it is part of ("Vi er med", a comment, the coordinator's first step). */
  agreementAnswers: AgreementAnswers;
  /** Epoch milliseconds. */
  createdAt: number;
}

export function emptySetup(title: string): WorkshopSetup {
  return { title, initiative: '', kind: 'samarbejdsgruppe', date: '', place: '', facilitator: '', hasWarmUp: false, ...NO_MEETING_LINKS };
}

/** A workshop that neither follows up on another nor has a follow-up. */
export const NO_MEETING_LINKS = { previousId: '', previousTitle: '', nextId: '', nextTitle: '' } as const;

/** The setup fields that say which meetings a workshop follows and is followed by (set by commands, never typed). */
export type MeetingLinkField = keyof typeof NO_MEETING_LINKS;

/** A workshop with nothing in it yet but its title (fixtures, imports and the first state of a new one). */
export function blankWorkshop(id: string, title: string, createdAt = 0): Workshop {
  return {
    id,
    setup: emptySetup(title),
    organisations: [],
    values: { disabledCore: [], custom: [] },
    control: EMPTY_CONTROL,
    sections: {},
    warmUp: { answers: {}, pieces: [] },
    keyPoints: '',
    cards: {},
    settledSuggestions: {},
    links: [],
    linkProposals: [],
    agreements: [],
    agreementAnswers: {},
    createdAt,
  };
}

export const EMPTY_CONTROL: WorkshopControl = {
  phase: 'forberedelse',
  isLocked: false,
  isRevealed: false,
  areCardsShown: false,
  activeOrganisationId: null,
  timers: {},
};

export type SetupField = Exclude<keyof WorkshopSetup, 'hasWarmUp' | MeetingLinkField>;

/**
 * Checks one typed setup field and returns its stored form. The title is required; the rest are
 * optional; the date must be a real calendar date.
 */
export function validateSetupField(field: SetupField, raw: string): Result<string> {
  switch (field) {
    case 'title':
      return validateName(raw);
    case 'date':
      return validateDate(raw);
    case 'kind':
      return (WORKSHOP_KINDS as readonly string[]).includes(raw) ? ok(raw) : refuse('kind-unknown');
    case 'initiative':
    case 'place':
    case 'facilitator':
      return validateOptionalText(raw);
  }
}

export function isWorkshopKind(kind: string): kind is WorkshopKind {
  return (WORKSHOP_KINDS as readonly string[]).includes(kind);
}

/** Reads a stored phase defensively: anything unknown falls back to the first phase. */
export function toPhase(raw: unknown): PhaseId {
  return typeof raw === 'string' && isPhaseId(raw) ? raw : 'forberedelse';
}

/** The board's rules as they stand: the facilitator's lock and the ids of the values in play. */
export function boardRules(workshop: Pick<Workshop, 'control' | 'values' | 'setup' | 'warmUp'>): BoardRules {
  return { isLocked: workshop.control.isLocked, valuesInPlay: workshopValuesInPlay(workshop).map((value) => value.id) };
}

/** The workshop's values in play: core, custom, and — when the warm-up is on — its pieces not left out. */
export function workshopValuesInPlay(workshop: { values: WorkshopValues; setup: Pick<WorkshopSetup, 'hasWarmUp'>; warmUp: Pick<Workshop['warmUp'], 'pieces'> }): ValueInPlay[] {
  return valuesInPlay(workshop.values, workshop.setup.hasWarmUp ? workshop.warmUp.pieces : []);
}

/** An organisation's section (empty when it has placed nothing). */
export function sectionOf(workshop: Pick<Workshop, 'sections'>, organisationId: string): Section {
  return workshop.sections[organisationId] ?? EMPTY_SECTION;
}

/** A linked meeting's id, or '' for none. */
const meetingIdSchema = z.union([idSchema, z.literal('')]);

/** The workshop's facts in the setup document, with its creation time and the shape version it was written in. */
export const SETUP_RECORD = {
  title: field(charsSchema(NAME_MAX, 1), 'Workshop', clampChars(NAME_MAX)),
  initiative: field(charsSchema(SHORT_TEXT_MAX), '', clampChars(SHORT_TEXT_MAX)),
  kind: field(z.enum(WORKSHOP_KINDS), 'samarbejdsgruppe'),
  date: field(dateSchema, ''),
  place: field(charsSchema(SHORT_TEXT_MAX), '', clampChars(SHORT_TEXT_MAX)),
  facilitator: field(charsSchema(SHORT_TEXT_MAX), '', clampChars(SHORT_TEXT_MAX)),
  hasWarmUp: field(z.boolean(), false),
  previousId: field(meetingIdSchema, ''),
  previousTitle: field(charsSchema(NAME_MAX), '', clampChars(NAME_MAX)),
  nextId: field(meetingIdSchema, ''),
  nextTitle: field(charsSchema(NAME_MAX), '', clampChars(NAME_MAX)),
  createdAt: field(epochMsSchema, 0),
  schemaVersion: field(z.int().check(z.nonnegative()), 0),
};

/** The facilitator's control fields in the control document (the timers have a map of their own). */
export const CONTROL_RECORD = {
  phase: field(z.enum(PHASE_IDS), 'forberedelse'),
  isLocked: field(z.boolean(), false),
  isRevealed: field(z.boolean(), false),
  areCardsShown: field(z.boolean(), false),
  activeOrganisationId: field(z.nullable(idSchema), null),
};
