// Enhances a NewsTreaty widget: reports its height to the host page and adds Earlier/Later buttons to the timeline.
// The height goes to "*" because a widget cannot know who framed it; it is not sensitive, and the loader
// on the host checks that the message comes from our origin and has exactly the expected shape.
(() => {
  "use strict";
  const id = (/^#(nt\d{1,6})$/.exec(location.hash) || [])[1] || "";
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last && parent !== window) {
      last = height;
      parent.postMessage({ type: "newstreaty:height", id, height }, "*");
    }
  };
  const still = matchMedia("(prefers-reduced-motion: reduce)");
  for (const region of document.querySelectorAll("[data-nt-scroll]")) {
    const nav = document.createElement("div");
    nav.className = "nt-nav";
    for (const [label, step] of [[region.dataset.prev, -1], [region.dataset.next, 1]]) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      button.addEventListener("click", () =>
        region.scrollBy({ left: step * region.clientWidth * 0.8, behavior: still.matches ? "auto" : "smooth" }));
      nav.append(button);
    }
    region.before(nav);
  }
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener("load", post);
})();
