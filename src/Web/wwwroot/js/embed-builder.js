// Embed generator: the preview and snippets follow the options as they change, without reloading the page (the
// server renders them, so the widget URL is built in one place); the plain-iframe snippet takes the height the
// preview measures; each snippet gets a Copy button. Without script the form's button reloads the page.
(() => {
  "use strict";
  const form = document.querySelector("form[data-embed-builder]");
  const result = document.querySelector("[data-embed-result]");
  if (!form || !result) return;
  let pending = 0;
  let timer = 0;

  const query = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (String(value).trim() !== "") params.append(name, String(value).trim());
    return params;
  };

  const toggle = () => {
    const timeline = form.elements.kind.value === "timeline";
    form.querySelector("[data-timeline-only]").hidden = !timeline;
    form.querySelector("[data-needs-key]").hidden = timeline;
  };

  async function refresh() {
    const params = query();
    const ticket = ++pending;
    let page;
    try {
      const response = await fetch("/embed-builder?" + params, { headers: { Accept: "text/html" } });
      page = new DOMParser().parseFromString(await response.text(), "text/html");
    } catch {
      return; // the button still works
    }
    if (ticket !== pending) return; // a newer change is on its way
    const fresh = page.querySelector("[data-embed-result]");
    const keys = page.querySelector("#embed-keys");
    if (!fresh) return;
    result.replaceChildren(...fresh.childNodes);
    if (keys) document.getElementById("embed-keys")?.replaceChildren(...keys.childNodes);
    history.replaceState(null, "", "/embed-builder?" + params);
    // Scripts inserted by replaceChildren do not run: load the loader again so it builds the new preview frame.
    const loader = document.createElement("script");
    loader.src = "/embed.js";
    loader.async = true;
    result.querySelector(".embed-preview")?.append(loader);
    enhance();
  }

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };
  form.addEventListener("change", () => { toggle(); later(); });
  form.addEventListener("input", (e) => { if (e.target.matches("input:not([type=checkbox])")) later(); });
  form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  form.querySelector("[data-update]").hidden = true;

  function enhance() {
    // The plain iframe cannot resize itself: give it the height the preview's frame settles at.
    const frame = result.querySelector(".embed-preview iframe") ?? null;
    const snippet = result.querySelector("[data-iframe-snippet]");
    const note = result.querySelector("[data-height-note]");
    const watch = (target) => new ResizeObserver(() => {
      const height = Math.ceil(target.getBoundingClientRect().height / 10) * 10 + 10;
      if (height < 60 || !snippet) return;
      snippet.textContent = snippet.textContent.replace(/height="\d+"/, `height="${height}"`);
      if (note) note.textContent = `A fixed height of ${height} px, the preview's height at ${Math.round(target.getBoundingClientRect().width)} px wide; narrower columns need more.`;
    }).observe(target);
    if (frame) watch(frame);
    else new MutationObserver((_, observer) => {
      const made = result.querySelector(".embed-preview iframe");
      if (made) { observer.disconnect(); watch(made); }
    }).observe(result, { childList: true, subtree: true });

    if (!navigator.clipboard) return;
    for (const pre of result.querySelectorAll(".embed-snippets pre")) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Copy";
      const heading = document.getElementById(pre.getAttribute("aria-labelledby") || "");
      button.setAttribute("aria-label", "Copy: " + (heading?.textContent || "snippet"));
      button.addEventListener("click", async () => {
        await navigator.clipboard.writeText(pre.textContent);
        button.textContent = "Copied";
      });
      pre.after(button);
    }
  }

  toggle();
  enhance();
})();
