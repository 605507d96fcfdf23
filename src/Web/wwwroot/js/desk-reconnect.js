// The desk's reconnection notice. Blazor reports the circuit's state on #components-reconnect-modal; when the server
// restarted and no longer knows the circuit ("rejected"), the page reloads and each form restores the editor's draft
// from this browser's storage, so nothing typed is lost.
//
// desk-typed.js keeps what is typed into record forms from the first keystroke; imported first, so it listens before
// any circuit renders a field.
import "./desk-typed.js";

// Blazor is started here (App.razor loads blazor.web.js with autostart="false") to retry every second: its default
// waits 5 s between attempts after the first ten (30 s after twenty), which all fail at once while a host restarts,
// so a restart of a few seconds kept editors waiting up to 5 s more. 300 attempts cover the 5 minutes a disconnected
// circuit is kept (DeskHosting); then the page offers to try again.
Blazor.start({
  circuit: {
    reconnectionOptions: {
      maxRetries: 300,
      retryIntervalMilliseconds: (previous, max) => (previous >= max ? null : previous === 0 ? 0 : 1000),
    },
  },
});

const dialog = document.getElementById("components-reconnect-modal");
if (dialog) {
  const status = dialog.querySelector("[data-status]");
  const retry = dialog.querySelector("[data-retry]");
  const say = (text) => { status.textContent = text; };
  dialog.addEventListener("components-reconnect-state-changed", (event) => {
    const state = event.detail.state;
    if (state === "show" || state === "retrying") {
      if (!dialog.open) dialog.showModal();
      retry.hidden = true;
      say("Reconnecting to the server… Your unsaved changes are kept in this browser.");
    } else if (state === "hide") {
      dialog.close();
    } else if (state === "failed" || state === "resume-failed" || state === "paused") {
      if (!dialog.open) dialog.showModal();
      retry.hidden = false;
      say("The server cannot be reached. Your unsaved changes are kept in this browser; try again when it is back.");
    } else if (state === "rejected") {
      say("The server restarted. Reloading; your unsaved changes will be restored…");
      location.reload();
    }
  });
  retry.addEventListener("click", async () => {
    say("Reconnecting to the server…");
    retry.hidden = true;
    try {
      const reconnected = await Blazor.reconnect();
      if (!reconnected) location.reload();
    } catch {
      location.reload();
    }
  });
}
