// NewsTreaty embed loader: turns <div data-newstreaty="WIDGET URL"> into a responsive iframe and resizes it (and
// any <iframe data-newstreaty-frame>) to the height the widget reports. Messages are accepted only from the origin
// this script was loaded from, only from one of our frames, and only in the exact shape {type, id, height}.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script) return;
  const origin = new URL(script.src).origin;
  const key = "__newstreaty:" + origin;
  const state = window[key] || (window[key] = { n: 0, frames: [], listening: false });
  const track = (frame) => state.frames.includes(frame) || state.frames.push(frame);
  const scan = () => {
    for (const box of document.querySelectorAll("div[data-newstreaty]:not([data-nt-ready])")) {
      let url;
      try { url = new URL(box.getAttribute("data-newstreaty"), origin); } catch { continue; }
      if (url.origin !== origin || !url.pathname.startsWith("/embed/")) continue;
      const id = "nt" + ++state.n;
      url.hash = id;
      const frame = document.createElement("iframe");
      frame.src = url.href;
      frame.title = box.getAttribute("data-title") || "NewsTreaty widget";
      frame.loading = "lazy";
      frame.setAttribute("data-nt-id", id);
      frame.style.cssText = "display:block;width:100%;max-width:100%;border:0;height:" +
        (parseInt(box.getAttribute("data-height"), 10) || 300) + "px";
      box.setAttribute("data-nt-ready", "");
      box.replaceChildren(frame);
      track(frame);
    }
    for (const frame of document.querySelectorAll("iframe[data-newstreaty-frame]")) {
      try { if (new URL(frame.src).origin === origin) track(frame); } catch { /* not ours */ }
    }
  };
  if (!state.listening) {
    state.listening = true;
    addEventListener("message", (event) => {
      const data = event.data;
      if (event.origin !== origin || !data || typeof data !== "object" || Array.isArray(data)) return;
      if (Object.keys(data).sort().join() !== "height,id,type" || data.type !== "newstreaty:height") return;
      if (typeof data.id !== "string" || typeof data.height !== "number" || !isFinite(data.height)) return;
      const frame = state.frames.find((f) => f.contentWindow === event.source);
      if (!frame || (frame.getAttribute("data-nt-id") || "") !== data.id) return;
      frame.style.height = Math.min(Math.max(Math.round(data.height), 40), 6000) + "px";
      // The oEmbed html puts a link in a blockquote before the iframe for consumers without frames; the widget
      // has now drawn itself, so the fallback goes (as WordPress's resizer does with the same markup).
      const fallback = frame.previousElementSibling;
      if (fallback && fallback.matches("blockquote[data-newstreaty-fallback]")) fallback.hidden = true;
    });
  }
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();
