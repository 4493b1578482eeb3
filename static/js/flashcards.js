// Flashcard keys: Space or Enter shows the answer; on the back, 1 is "Not yet" and 2 is
// "I knew it". The buttons work without this file (and take Space and Enter themselves
// when focused); it only lets the keys work wherever the focus is.
(function () {
  "use strict";
  const flip = document.querySelector("[data-flashcard-flip]");
  const rate = document.querySelector("[data-flashcard-rate]");

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]");
  }

  // A focused button or link answers Space and Enter itself.
  function activatable(target) {
    return target.closest("button, a, summary");
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    const spaceOrEnter = event.key === " " || event.key === "Enter";
    if (flip && spaceOrEnter && !activatable(event.target)) {
      event.preventDefault();
      flip.requestSubmit();
    } else if (rate) {
      const button = rate.querySelector('[data-key="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        rate.requestSubmit(button);
      }
    }
  });
})();
