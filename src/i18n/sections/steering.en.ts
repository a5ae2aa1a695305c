import type { steeringDa } from './steering.da.ts';

/** English texts for steering the tablets' phases and for what a tablet shows in each phase. Same keys as `steering.da.ts`. */
export const steeringEn = {
  // The facilitator's overview
  'steering.title': 'The tablets',
  'steering.doneCount.one': '{count} of {total} is done',
  'steering.doneCount.other': '{count} of {total} are done',
  'steering.lock': 'Lock writing',
  'steering.locked': 'Locked: the tablets cannot write right now.',
  'steering.lockedOn': 'Writing is locked.',
  'steering.lockedOff': 'Writing is unlocked.',
  'steering.status.done': 'Done',
  'steering.status.writing': 'Writing',
  'steering.status.notStarted': 'Not started',

  // On a tablet
  'steering.lockedTablet': 'The facilitator has locked writing for now.',
  'steering.done': 'We are done',
  'steering.notDone': 'We are not done after all',
  'steering.doneNote': 'You have said you are done. The facilitator can see it.',
  'problem.phase-locked': 'The facilitator has locked writing for now. Wait until it is unlocked.',

  // What a tablet shows in each phase
  'tablet.forberedelse': 'Welcome. The workshop starts soon.',
  'tablet.faellesBillede': 'Look at the common picture on the screen, and talk about it together.',
} satisfies Record<keyof typeof steeringDa, string>;
