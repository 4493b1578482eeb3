// The time left on a timed quiz, counted down in the page from the server's figure.
//
// The server renders the seconds left at the moment it built the page
// (data-seconds-left); counting from the page's own monotonic clock keeps a wrong
// clock on the learner's device out of it. Screen readers hear the change once a
// minute (the text changes only then) until the last minute, which is counted in
// tens of seconds. A second after zero the page reloads (the second keeps a figure the
// server rounded down from reloading before its deadline): the server then submits the
// attempt as it stands.
(function () {
  "use strict";
  const box = document.getElementById("time-left");
  if (!box || !box.dataset.secondsLeft) {
    return;
  }
  const shown = box.querySelector("[data-countdown]");
  const note = box.querySelector("[data-countdown-note]");
  const secondsAtLoad = Number(box.dataset.secondsLeft);
  const loadedAt = performance.now();
  if (!shown || !Number.isFinite(secondsAtLoad)) {
    return;
  }
  if (note) {
    note.remove();  // the figure is live now, not the one at loading
  }

  function label(seconds) {
    if (seconds > 60) {
      return Math.ceil(seconds / 60) + " min";
    }
    return Math.max(0, Math.ceil(seconds / 10) * 10) + " s";
  }

  function tick() {
    const left = secondsAtLoad - (performance.now() - loadedAt) / 1000;
    if (left <= -1) {
      window.location.reload();
      return;
    }
    const text = label(left);
    if (shown.textContent !== text) {
      shown.textContent = text;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
