// Runs chrono-node over texts so the eval can score it side by side with NewsTreaty's time resolver.
//
//   echo '{"texts":[{"id":"a.txt","text":"On Wednesday...","reference":"2024-06-20"}]}' | node chrono.mjs
//
// Input (stdin): { "texts": [ { "id", "text", "reference": "YYYY-MM-DD" | ISO timestamp | null } ] }
// Output (stdout): { "system": "chrono-node", "version", "results": [ { "id", "expressions": [
//   { "start", "end", "text", "date", "endDate" } ] } ] }
// Offsets are UTF-16 code units into the given text (JavaScript's own string indexing, as in .NET).
// Dates are EDTF at the precision chrono is certain of: a day when it knows the day or the weekday, else the
// month, else the year; what chrono only implies (the year of "June 19th") comes from the reference date.
// Texts without a reference are parsed against today, as chrono would be used; the eval can leave them out.
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';

const pad = (n, width = 2) => String(n).padStart(width, '0');

function edtf(component) {
  if (!component) return null;
  const year = component.get('year');
  const month = component.get('month');
  const day = component.get('day');
  if (component.isCertain('day') || component.isCertain('weekday') || component.isCertain('hour')) {
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  }
  if (component.isCertain('month')) return `${pad(year, 4)}-${pad(month)}`;
  return pad(year, 4);
}

function referenceOf(value) {
  if (!value) return new Date();
  // A bare date is taken at noon UTC so no time zone moves it to another day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

let input;
try {
  input = JSON.parse(readFileSync(0, 'utf8'));
} catch (error) {
  process.stderr.write(`chrono.mjs: standard input is not JSON (${error.message}). Send {"texts":[{"id","text","reference"}]}.\n`);
  process.exit(2);
}

if (!Array.isArray(input?.texts)) {
  process.stderr.write('chrono.mjs: expected {"texts": [...]} on standard input.\n');
  process.exit(2);
}

const version = JSON.parse(readFileSync(new URL('./node_modules/chrono-node/package.json', import.meta.url), 'utf8')).version;
const results = input.texts.map(({ id, text = '', reference = null }) => {
  const parsed = chrono.en.GB.parse(String(text), { instant: referenceOf(reference), timezone: 'UTC' });
  return {
    id,
    expressions: parsed.map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      date: edtf(r.start),
      endDate: edtf(r.end),
    })),
  };
});

process.stdout.write(JSON.stringify({ system: 'chrono-node', version, results }, null, 1) + '\n');
