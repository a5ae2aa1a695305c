/**
 * Danish texts for steering the phases the tablets write in (the facilitator's overview and lock, "Vi er
 * færdige") and for what a tablet shows in each phase. `steering.en.ts` has the same keys.
 */
export const steeringDa = {
  // The facilitator's overview
  'steering.title': 'Tabletterne',
  'steering.doneCount.one': '{count} af {total} er færdig',
  'steering.doneCount.other': '{count} af {total} er færdige',
  'steering.lock': 'Lås for at skrive',
  'steering.locked': 'Låst: tabletterne kan ikke skrive lige nu.',
  'steering.lockedOn': 'Der er låst for at skrive.',
  'steering.lockedOff': 'Der er låst op for at skrive.',
  'steering.status.done': 'Færdig',
  'steering.status.writing': 'Skriver',
  'steering.status.notStarted': 'Ikke begyndt',

  // On a tablet
  'steering.lockedTablet': 'Facilitatoren har låst, så I ikke kan skrive lige nu.',
  'steering.done': 'Vi er færdige',
  'steering.notDone': 'Vi er ikke færdige alligevel',
  'steering.doneNote': 'I har sagt, at I er færdige. Facilitatoren kan se det.',
  'problem.phase-locked': 'Facilitatoren har låst for at skrive lige nu. Vent, til der bliver låst op.',

  // What a tablet shows in each phase
  'tablet.forberedelse': 'Velkommen. Workshoppen begynder snart.',
  'tablet.faellesBillede': 'Se det fælles billede på skærmen, og tal om det sammen.',
} as const;
