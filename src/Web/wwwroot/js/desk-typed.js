// What was typed, kept by the browser itself on every keystroke. The circuit's draft (desk.js saveDraft) is the form
// as the server last saw it, written once a second: a server that stops between a keystroke and that write (or before the keystroke
// reached it) would lose the last words typed. So each record form (form[data-draft-key]) also keeps its text fields'
// values by id here, and RecordEditorFrame puts back any that differ from the restored form after a reload.
const typedSuffix = ":typed";

function typedField(target) {
  return (target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && ["text", "search", "url", "email", "tel", "number", ""].includes(target.type))) &&
    target.id && !target.readOnly && !target.disabled &&
    !target.closest("[role=combobox], [aria-autocomplete], .mud-autocomplete, .mud-select");
}

function readTyped(key) {
  try {
    return JSON.parse(localStorage.getItem(key + typedSuffix) ?? "{}") ?? {};
  } catch {
    return {};
  }
}

function writeTyped(key, typed) {
  try {
    if (Object.keys(typed).length === 0) localStorage.removeItem(key + typedSuffix);
    else localStorage.setItem(key + typedSuffix, JSON.stringify(typed));
  } catch {
    // Storage full or disabled: the circuit's draft is all there is.
  }
}

function formOf(key) {
  return [...document.querySelectorAll("form[data-draft-key]")].find((f) => f.dataset.draftKey === key) ?? null;
}

function fieldOf(form, id) {
  return form.querySelector(`[id="${CSS.escape(id)}"]`);
}

// Typing is never overwritten by the circuit's older view of it. The circuit renders a record form after each keystroke
// it receives; when it falls behind (a loaded server, a slow link), it can render a text field with a value a few
// keystrokes old while the editor is still typing (MudBlazor 9's inputs no longer hold back a bound value from a focused
// field). The browser would put that old text back under the cursor, the next keystrokes would land after it, and
// pruneTyped would then take the older text for a change the server made. So for a while after each keystroke a field
// refuses any value it held earlier in that typing, and sends its text again so the circuit catches up. A value the
// editor never typed there (a slug made lower-case, a merged text, their version taken in a conflict) goes in as before.
const echoWindowMs = 3000;
const valuesKept = 100;
// field -> { values: what it held after each keystroke, oldest first; at: the last keystroke; resent: its text was
// sent again since that keystroke }
const typing = new WeakMap();
let resending = false;

function nativeValue(field) {
  for (let proto = Object.getPrototypeOf(field); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, "value");
    if (descriptor) return descriptor;
  }
  return null;
}

function keepTyping(field) {
  let state = typing.get(field);
  if (!state) {
    const native = nativeValue(field);
    if (!native) return;
    state = { values: [], at: 0, resent: false };
    typing.set(field, state);
    Object.defineProperty(field, "value", {
      configurable: true,
      get() {
        return native.get.call(this);
      },
      set(value) {
        const text = String(value ?? "");
        const current = native.get.call(this);
        const latest = state.values[state.values.length - 1];
        if (text !== current && text !== latest && performance.now() - state.at < echoWindowMs && state.values.includes(text)) {
          if (!state.resent) {
            state.resent = true;
            // After the renderer's batch: the circuit is told the field's text as it stands.
            setTimeout(() => {
              resending = true;
              try {
                this.dispatchEvent(new Event("input", { bubbles: true }));
              } finally {
                resending = false;
              }
            });
          }
          return;
        }
        native.set.call(this, value);
      },
    });
  }
  if (resending) return;
  const value = field.value;
  const seen = state.values.indexOf(value);
  if (seen >= 0) state.values.splice(seen, 1);
  state.values.push(value);
  if (state.values.length > valuesKept) state.values.shift();
  state.at = performance.now();
  state.resent = false;
}

// Listening from before Blazor starts (desk-reconnect.js imports this module, then starts it), so the first keystroke
// in the first field a circuit renders is kept; desk.js is imported by the circuit later and may arrive after it.
document.addEventListener("input", (event) => {
  const target = event.target;
  const form = target instanceof Element ? target.closest("form[data-draft-key]") : null;
  if (!form || !typedField(target)) return;
  keepTyping(target);
  const typed = readTyped(form.dataset.draftKey);
  typed[target.id] = target.value;
  writeTyped(form.dataset.draftKey, typed);
}, true);

// A field the server has since changed (a merge took their text, a slug followed the name) no longer holds what was
// typed: that typing is superseded, and must not come back over the server's value after a reload.
export function pruneTyped(key) {
  const form = formOf(key);
  if (!form) return;
  const typed = readTyped(key);
  for (const [id, value] of Object.entries(typed)) {
    const field = fieldOf(form, id);
    if (field && field.value !== value) delete typed[id];
  }
  writeTyped(key, typed);
}

// Puts typed values back into the form's fields where they differ, as typing would (input and change events, which the
// circuit binds). Returns how many fields were put back.
export function restoreTyped(key) {
  const form = formOf(key);
  if (!form) return 0;
  let restored = 0;
  for (const [id, value] of Object.entries(readTyped(key))) {
    const field = fieldOf(form, id);
    if (!field || !typedField(field) || field.value === value) continue;
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    restored++;
  }
  return restored;
}

export function dropTyped(key) {
  try {
    localStorage.removeItem(key + typedSuffix);
  } catch {
    // nothing kept
  }
}
