// Embed generator: refreshes the preview as options change, and adds a Copy button to each snippet.
(() => {
  "use strict";
  const form = document.querySelector("form[data-embed-builder]");
  if (form) form.addEventListener("change", () => form.requestSubmit());
  if (!navigator.clipboard) return;
  for (const pre of document.querySelectorAll(".embed-snippets pre")) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy: " + (pre.previousElementSibling?.textContent || "snippet"));
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(pre.textContent);
      button.textContent = "Copied";
    });
    pre.after(button);
  }
})();
