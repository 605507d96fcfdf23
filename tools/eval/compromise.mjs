// Runs compromise (npm) over texts so the eval can compare its people and places with NewsTreaty's actor stage.
//
//   echo '{"texts":[{"id":"a.txt","text":"Mr Putin arrived in Pyongyang."}]}' | node compromise.mjs
//
// Input (stdin): { "texts": [ { "id", "text" } ] }
// Output (stdout): { "system": "compromise", "version", "results": [ { "id", "entities": [
//   { "start", "end", "text", "kind" } ] } ] }   kind: "person" | "place" | "organisation"
// Offsets are UTF-16 code units into the given text (JavaScript's own string indexing, as in .NET). compromise
// includes trailing punctuation in a match ("Pyongyang."); it is trimmed off the span here. compromise only
// finds names: it does not link them to actors, so the eval scores it on mentions found, not resolved.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';

let input;
try {
  input = JSON.parse(readFileSync(0, 'utf8'));
} catch (error) {
  process.stderr.write(`compromise.mjs: standard input is not JSON (${error.message}). Send {"texts":[{"id","text"}]}.\n`);
  process.exit(2);
}

if (!Array.isArray(input?.texts)) {
  process.stderr.write('compromise.mjs: expected {"texts": [...]} on standard input.\n');
  process.exit(2);
}

const version = JSON.parse(readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url), 'utf8')).version;
const word = /[\p{L}\p{N}]/u;

// The span of a match without the punctuation and spaces compromise keeps around it.
function trimmed(text, start, length) {
  let from = start;
  let to = start + length;
  while (from < to && !word.test(text[from])) from++;
  while (to > from && !word.test(text[to - 1])) to--;
  return { start: from, end: to, text: text.slice(from, to) };
}

function entities(text) {
  const doc = nlp(text);
  const found = [];
  for (const [kind, view] of [['person', doc.people()], ['place', doc.places()], ['organisation', doc.organizations()]]) {
    for (const match of view.json({ offset: true, text: true })) {
      const span = trimmed(text, match.offset.start, match.offset.length);
      if (span.end > span.start) found.push({ ...span, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

const results = input.texts.map(({ id, text = '' }) => ({ id, entities: entities(String(text)) }));
process.stdout.write(JSON.stringify({ system: 'compromise', version, results }));
