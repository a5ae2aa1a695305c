// `npm run pdf -- <workshop file> --kind summary|sun|sun-blank|pieces|agreements|organisation|guide|network
//   [--size a4|a3] [--before <id>] [--organisation <id>] [--blank] [--minutes <n>] [--start HH:MM] [--workshop <id>]
//   [--language da|en] [--out <file.pdf>]`
// Builds a printable from a workshop file with the same builders as the app. The edge: reads the
// file and the fonts, writes the PDF; everything else is in src/print/. Exit code 1 on bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseWorkshopFile } from '../src/files/workshop-file.ts';
import { problemText, translate } from '../src/i18n/translate.ts';
import { buildPrint } from '../src/print/build-print.ts';
import { printFileName } from '../src/print/print-request.ts';
import { loadNodeFonts } from '../src/print/node-fonts.ts';
import { cliRequest, parseCliArguments, pickWorkshop } from '../src/print/print-cli.ts';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const parsed = parseCliArguments(process.argv.slice(2));
if (!parsed.ok) stop(parsed.message);
const args = parsed.value;
const { language } = args;

let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (error) {
  const isMissing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
  stop(isMissing ? translate(language, 'print.cli.missingFile', { file: args.file }) : translate(language, 'print.cli.unreadable', { file: args.file, reason: reason(error) }));
}
const workshops = parseWorkshopFile(text);
if (!workshops.ok) {
  // In words first; on the command line the place in the file as it names it helps too.
  const field = workshops.problem.params?.field;
  const reason = problemText(language, workshops.problem) + (typeof field === 'string' && field !== '' ? ` (${field})` : '');
  stop(translate(language, 'print.cli.badFile', { file: args.file, reason }));
}
const workshop = pickWorkshop(workshops.value, args.workshopId, language);
if (!workshop.ok) stop(workshop.message);
const request = cliRequest(args, workshop.value, workshops.value);
if (!request.ok) stop(request.message);

const bytes = buildPrint(workshop.value, request.value, { fonts: loadNodeFonts(), language });
const out = args.out ?? printFileName(workshop.value, request.value, language);
try {
  writeFileSync(out, bytes);
} catch (error) {
  stop(translate(language, 'print.cli.cannotWrite', { file: out, reason: reason(error) }));
}
const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/gu) ?? []).length;
console.log(translate(language, 'print.cli.written', { file: out, pages, size: Math.round(bytes.length / 1024) }));
