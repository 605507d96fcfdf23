// The desk's browser side: keyboard shortcuts, focus, drafts kept in this browser, and reading-pane selections.
// Loaded by the desk layout through JS interop; nothing here runs on reader pages.

import { dropTyped, pruneTyped } from "./desk-typed.js";

export { restoreTyped } from "./desk-typed.js";

let shortcutKeys = new Set();
let pending = null; // the first key of a two-key shortcut such as "g c"

function typing(target) {
  return target instanceof Element &&
    (target.closest("input, textarea, select, [contenteditable=''], [contenteditable=true], [role=combobox], [role=listbox]") !== null);
}

function name(event) {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase();
  const parts = [];
  if (event.ctrlKey || event.metaKey) parts.push("ctrl");
  if (event.altKey) parts.push("alt");
  if (event.shiftKey && event.key.length > 1) parts.push("shift");
  if (event.shiftKey && /^[a-z]$/.test(key)) parts.push("shift");
  parts.push(key);
  return parts.join("+");
}

export function start(dotnet, keys) {
  shortcutKeys = new Set(keys);
  document.addEventListener("keydown", (event) => {
    if (event.isComposing || ["control", "shift", "alt", "meta"].includes(event.key.toLowerCase())) return;
    let keys = name(event);
    const inField = typing(event.target);
    // In a text field only the save and apply shortcuts count; everything else is typing.
    if (inField && !keys.startsWith("ctrl+")) return;
    if (pending && Date.now() - pending.at < 1500 && !keys.includes("+")) {
      keys = pending.key + " " + keys;
    }
    pending = null;
    if (shortcutKeys.has(keys)) {
      event.preventDefault();
      dotnet.invokeMethodAsync("Shortcut", keys);
    } else if ([...shortcutKeys].some((k) => k.startsWith(keys + " "))) {
      pending = { key: keys, at: Date.now() };
      event.preventDefault();
    }
  });
}

export function setKeys(keys) {
  shortcutKeys = new Set(keys);
}

export function focus(selector) {
  const element = typeof selector === "string" ? document.querySelector(selector) : selector;
  if (element) {
    element.focus();
    if (element.scrollIntoView) element.scrollIntoView({ block: "nearest" });
    return true;
  }
  return false;
}

// Drafts: what an editor typed, kept in this browser until it is saved, so a lost connection or a restarted server
// loses nothing. The key names the editor and the record; the value is the form as JSON with the time it was kept.
export function saveDraft(key, json) {
  try {
    localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), form: json }));
  } catch {
    // Storage full or disabled: the circuit still holds the form.
  }
  pruneTyped(key);
}

export function loadDraft(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function dropDraft(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing kept
  }
  dropTyped(key);
}

// A text area the circuit does not mirror (the article desk's paste box): its draft is kept here on every input,
// restored when the page opens again, and its value handed to .NET as bytes, which Blazor streams in chunks.
export function keepDraftOf(area, key) {
  const kept = loadDraft(key);
  if (area.value) {
    // Typed (or pasted) after the circuit rendered the box and before this wiring: no input event was heard for it,
    // so it is kept now; it is newer than any older draft.
    saveDraft(key, area.value);
  } else if (kept) {
    try {
      area.value = JSON.parse(kept).form ?? "";
    } catch {
      // an unreadable draft is left alone
    }
  }
  area.addEventListener("input", () => saveDraft(key, area.value));
  // Said on the element, so a test (or a script) knows from when typing is kept across a reload.
  area.dataset.draftKept = "true";
}

export function setText(area, text) {
  area.value = text;
  area.dispatchEvent(new Event("input"));
}

export function textOf(area) {
  return new TextEncoder().encode(area.value);
}

// The reading pane renders the cleaned text as runs, each <span data-at="N"> holding exactly the characters from
// offset N. A selection's ends are a text node inside a run plus a count, so offsets are the run's start plus the count.
function offsetOf(pane, node, count) {
  if (node.nodeType === Node.ELEMENT_NODE) {
    // The selection ends between child nodes: take the start of the child at that index, or the end of the one before.
    const child = node.childNodes[count];
    if (child) return offsetOf(pane, child.nodeType === Node.TEXT_NODE ? child : firstText(child) ?? child, 0);
    const last = lastText(node);
    return last ? offsetOf(pane, last, last.textContent.length) : null;
  }
  const run = node.parentElement?.closest("[data-at]");
  if (!run || !pane.contains(run)) return null;
  return Number(run.dataset.at) + count;
}

function firstText(element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode();
}

function lastText(element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let last = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
  return last;
}

export function selection(pane) {
  const current = document.getSelection();
  if (!current || current.rangeCount === 0 || current.isCollapsed) return null;
  const range = current.getRangeAt(0);
  if (!pane.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(pane, range.startContainer, range.startOffset);
  const end = offsetOf(pane, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: current.toString() };
}

// Shows [start, end) as the browser's selection, for keyboard selection by sentence and word.
export function select(pane, start, end) {
  const runs = [...pane.querySelectorAll("[data-at]")];
  const point = (offset) => {
    for (const run of runs) {
      const at = Number(run.dataset.at);
      const text = run.firstChild;
      if (text && offset >= at && offset <= at + text.textContent.length) return [text, offset - at];
    }
    return null;
  };
  const from = point(start);
  const to = point(end);
  if (!from || !to) return;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  const current = document.getSelection();
  current.removeAllRanges();
  current.addRange(range);
  from[0].parentElement.scrollIntoView({ block: "nearest" });
}

export function clearSelection() {
  document.getSelection()?.removeAllRanges();
}

export async function readFile(input) {
  const file = input.files?.[0];
  if (!file) return null;
  return { name: file.name, type: file.type, text: await file.text() };
}

// Moves focus to the next (+1) or previous (-1) element matching the selector, from the one that has focus.
export function focusNext(selector, direction) {
  const items = [...document.querySelectorAll(selector)];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement);
  const next = at < 0 ? (direction > 0 ? 0 : items.length - 1) : Math.min(Math.max(at + direction, 0), items.length - 1);
  items[next].focus();
  items[next].scrollIntoView({ block: "nearest" });
}
