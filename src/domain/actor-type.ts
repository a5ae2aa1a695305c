/** Actor types of the handbook's figure 1, each with the colour used everywhere (pieces, map, PDF). */
export const ACTOR_TYPES = [
  { id: 'beboerdrevne-foreninger', colour: '#1b7f5f' },
  { id: 'erhvervsdrivende', colour: '#b8570e' },
  { id: 'kommunale-institutioner', colour: '#2157a6' },
  { id: 'boligrelaterede-organisationer', colour: '#8a2f7a' },
  { id: 'frivillige-organisationer', colour: '#b3261e' },
  { id: 'andre-aktoerer', colour: '#55606e' },
] as const;

export type ActorTypeId = (typeof ACTOR_TYPES)[number]['id'];

export const ACTOR_TYPE_IDS: readonly ActorTypeId[] = ACTOR_TYPES.map((type) => type.id);

export function isActorTypeId(id: string): id is ActorTypeId {
  return (ACTOR_TYPE_IDS as readonly string[]).includes(id);
}

export function actorTypeColour(id: ActorTypeId): string {
  return ACTOR_TYPES.find((type) => type.id === id)?.colour ?? '#55606e';
}
