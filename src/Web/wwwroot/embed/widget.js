// Enhances a NewsTreaty widget: reports its height to the host page and adds Earlier/Later buttons to the timeline.
// Two hosts are spoken to. Our loader (embed.js) names the frame in the fragment (#nt3) and reads
// {type: "newstreaty:height", id, height}. WordPress appends "#?secret=…" to an oEmbed iframe's src, frames it with
// sandbox="allow-scripts" and listens (wp-embed.js) for {message: "height", value, secret}; it shows the iframe only
// once such a message arrives, and follows {message: "link", value, secret} for links, since a sandbox without
// allow-popups cannot open them. Heights go to "*" because a widget cannot know who framed it; they are not
// sensitive, and each host checks where a message comes from.
(() => {
  "use strict";
  const id = (/^#(nt\d{1,6})$/.exec(location.hash) || [])[1] || "";
  const secret = (/[#&?]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash) || [])[1] || "";
  const framed = parent !== window;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || !framed) return;
    last = height;
    if (secret) parent.postMessage({ message: "height", value: height, secret }, "*");
    else parent.postMessage({ type: "newstreaty:height", id, height }, "*");
  };
  if (secret) {
    // wp-embed.js greets each frame with {message: "ready", secret} once it runs: answer with the height again.
    addEventListener("message", (event) => {
      const data = event.data;
      if (event.source === parent && data && data.message === "ready" && data.secret === secret) {
        last = 0;
        post();
      }
    });
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element && event.target.closest("a[href]");
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      parent.postMessage({ message: "link", value: link.href, secret }, "*");
    });
  }
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
