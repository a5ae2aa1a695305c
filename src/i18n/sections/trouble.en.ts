import type { troubleDa } from './trouble.da.ts';

/** English texts for when something fails (same keys as `trouble.da.ts`). */
export const troubleEn = {
  'trouble.title': 'Something went wrong',
  'trouble.body': 'The Value Game ran into an error and cannot show this page. What you have made is stored on the device as you go. Save it as a file too before you carry on.',
  'trouble.openFailed.title': 'The workshop could not be opened',
  'trouble.openFailed.damaged': 'Part of what this device has stored for the workshop is damaged and cannot be read.',
  'trouble.openFailed.storage': 'The browser could not read the workshop from the device’s storage.',
  'trouble.openFailed.content': 'The workshop’s content could not be read. Perhaps something in it was written by another version of the app.',
  'trouble.openFailed.rescue': 'You can save what can still be read as a file and load the file again later, for example on another device.',
  'trouble.save.one': 'Save what can be read as a file',
  'trouble.save.all': 'Save all workshops as a file',
  'trouble.saving': 'Reading what is stored …',
  'trouble.saved': 'The file {file} is saved in your downloads.',
  'trouble.saved.partial': 'Some of it could not be read and is not in the file.',
  'trouble.unreadable.one': 'The workshop could not be read at all, so there is no file to save. It has not been deleted from the device.',
  'trouble.unreadable.all': 'No workshop could be read, so there is no file to save. Nothing has been deleted from the device.',
  'trouble.startFailed': 'The Value Game could not start because the list of workshops on this device cannot be read. Try reloading the page. Nothing has been deleted from the device.',
  'trouble.back': 'Back to the start page',
  'trouble.details': 'Technical description (for whoever helps you)',
} satisfies Record<keyof typeof troubleDa, string>;
