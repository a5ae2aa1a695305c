/*
 * The names of a workshop's documents (see src/domain/workshop-doc.ts for what each holds). Kept apart
 * from the layout and its schemas, so that code that only names documents (storing, deleting, syncing)
 * does not load them.
 */

/** The documents each organisation has, in the order they are named. */
export const ORGANISATION_DOC_KINDS = ['org', 'pieces', 'cards'] as const;
export type OrganisationDocKind = (typeof ORGANISATION_DOC_KINDS)[number];
/** The organisation documents other tablets and the projector receive only once they are shown (`isShown`). */
export type HiddenDocKind = Exclude<OrganisationDocKind, 'org'>;
export const HIDDEN_DOC_KINDS: readonly HiddenDocKind[] = ['pieces', 'cards'];

export type DocPart = 'setup' | 'control' | 'tally' | `${OrganisationDocKind}/${string}`;
export type DocKind = 'setup' | 'control' | 'tally' | OrganisationDocKind;

/** An organisation's document of `kind`, as a part name. */
export function organisationPart(kind: OrganisationDocKind, orgId: string): DocPart {
  return `${kind}/${orgId}`;
}

/** The parts of a workshop with these organisations: what a device stores (the tally is never stored). */
export function storedParts(orgIds: Iterable<string>): DocPart[] {
  return ['setup', 'control', ...[...orgIds].flatMap((orgId) => ORGANISATION_DOC_KINDS.map((kind) => organisationPart(kind, orgId)))];
}

export function docKindOf(part: DocPart): DocKind {
  if (part === 'setup' || part === 'control' || part === 'tally') return part;
  return ORGANISATION_DOC_KINDS.find((kind) => part.startsWith(`${kind}/`)) ?? 'org';
}

/**
 * Whether an organisation's document of `kind` is shown to every device: its pieces after the reveal,
 * its cards once the facilitator has opened them up. Until then only the facilitator and the
 * organisation's own devices receive it (the session server enforces it).
 */
export function isShown(kind: DocKind, control: { isRevealed: boolean; areCardsShown: boolean }): boolean {
  if (kind === 'pieces') return control.isRevealed;
  if (kind === 'cards') return control.areCardsShown;
  return true;
}

/** The organisation an organisation's document belongs to, or null for setup, control and the tally. */
export function organisationOfPart(part: DocPart): string | null {
  const slash = part.indexOf('/');
  return slash === -1 ? null : part.slice(slash + 1);
}
