/**
 * Texts of issue 19 (Danish done right): the words download names begin with, and the plain
 * explanations of a refused workshop file. File-name words are already in file-name letters
 * (a–z, 0–9, dashes): a test checks it.
 */
export const formatDa = {
  'fileName.summary': 'referat',
  'fileName.sun': 'solskinsmodel',
  'fileName.sun-blank': 'solskinsmodel-tom',
  'fileName.pieces': 'brikker',
  'fileName.pieces-blank': 'brikker-tomme',
  'fileName.agreements': 'aftaler',
  'fileName.organisation': 'organisation',
} as const;
