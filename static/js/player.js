// The quiz player's keyboard, auto-advance and progress bar (templates/quizzes/question.html).
//
// The page is a plain form without this file; it adds:
// - keys 1-9 and A-H pick a multiple-choice answer, T/F (or 1, 2) move to a true-or-false
//   button, and Enter on a picked answer submits it. Keys never fire while the learner
//   types in a text field (digits and letters are answers there) or holds a modifier;
// - after feedback, focus on the feedback (a screen reader reads it) and Enter there goes
//   on to the next question; with the "go on by itself" box ticked (kept in
//   localStorage, off by default) it goes after a few announced seconds, Escape stays;
// - the progress bar and counts follow an autosave: the server's answer carries an
//   HX-Trigger "quizProgress" event with the answered count and the total.
(function () {
  "use strict";
  const player = document.getElementById("player");
  if (!player) {
    return;
  }
  const form = document.getElementById("answer-form");
  const feedback = document.getElementById("feedback");
  const nextLink = document.getElementById("next-question");
  const finishButton = document.getElementById("finish-quiz");
  const radios = form ? Array.from(form.querySelectorAll("input[type=radio][name=answer]")) : [];
  const truthButtons = form ? Array.from(form.querySelectorAll("button[name=answer]")) : [];
  const STORAGE_KEY = "quizPlayer.autoAdvance";
  const TEXT_FIELDS = "input:not([type]), input[type=text], input[type=search], input[type=number], textarea, select, [contenteditable]";
  const ACTIVE_ELEMENTS = "a, button, input, select, textarea, summary, [contenteditable]";
  let advanceTimer = null;

  player.querySelectorAll("[data-player-hint]").forEach(function (hint) {
    hint.hidden = false;
  });

  // --- Picking an answer by key ---------------------------------------------------------

  function choiceIndex(key) {
    if (/^[1-9]$/.test(key)) {
      return Number(key) - 1;
    }
    const letter = key.toLowerCase();
    if (truthButtons.length) {
      return { t: 0, f: 1 }[letter] ?? -1;
    }
    return /^[a-h]$/.test(letter) ? letter.charCodeAt(0) - 97 : -1;
  }

  function pick(index) {
    const radio = radios[index];
    if (radio && !radio.disabled) {
      radio.checked = true;
      radio.focus();
      // As a click would: htmx autosaves on "change".
      radio.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    }
    const button = truthButtons[index];
    if (button && !button.disabled) {
      button.focus();  // Enter (or Space) then answers; a stray key never does
      return true;
    }
    return false;
  }

  // --- Going on -------------------------------------------------------------------------

  function goOn() {
    if (nextLink) {
      window.location.assign(nextLink.href);
    } else if (finishButton) {
      finishButton.focus();  // the last question: finishing is the learner's own press
    }
  }

  const autoBox = document.getElementById("auto-advance");
  const autoStatus = document.getElementById("auto-advance-status");

  function autoAdvanceWanted() {
    try {
      return window.localStorage.getItem(STORAGE_KEY) === "on";
    } catch (error) {
      return false;  // storage refused (private mode, policy): the default, off
    }
  }

  function rememberAutoAdvance(on) {
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
    } catch (error) {
      // Not remembered; it still applies to this page.
    }
  }

  function scheduleAdvance() {
    if (!feedback || !nextLink || advanceTimer !== null) {
      return;
    }
    const seconds = feedback.dataset.verdict === "right" ? 3 : 6;
    autoStatus.textContent = "Next question in " + seconds + " seconds. Press Escape to stay.";
    advanceTimer = window.setTimeout(goOn, seconds * 1000);
  }

  function cancelAdvance(message) {
    if (advanceTimer === null) {
      return;
    }
    window.clearTimeout(advanceTimer);
    advanceTimer = null;
    autoStatus.textContent = message;
  }

  if (autoBox && autoStatus) {
    autoBox.closest("[data-auto-advance]").hidden = false;
    autoBox.checked = autoAdvanceWanted();
    autoBox.addEventListener("change", function () {
      rememberAutoAdvance(autoBox.checked);
      if (autoBox.checked) {
        scheduleAdvance();
      } else {
        cancelAdvance("Staying on this question.");
      }
    });
    if (autoBox.checked) {
      scheduleAdvance();
    }
  }

  if (feedback) {
    feedback.focus();
  }

  // --- Keys -----------------------------------------------------------------------------

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
      return;
    }
    const target = event.target instanceof Element ? event.target : document.body;
    if (event.key === "Escape") {
      cancelAdvance("Staying on this question.");
      return;
    }
    if (target.closest(TEXT_FIELDS)) {
      return;  // typing an answer (Enter there submits the form by itself)
    }
    if (event.key === "Enter") {
      if (feedback && !target.closest(ACTIVE_ELEMENTS)) {
        event.preventDefault();
        cancelAdvance("");
        goOn();
      } else if (form && radios.includes(target) && radios.some((radio) => radio.checked)) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    const index = choiceIndex(event.key);
    if (index >= 0 && pick(index)) {
      event.preventDefault();
    }
  });

  // --- Progress after an autosave -------------------------------------------------------

  document.body.addEventListener("quizProgress", function (event) {
    const answered = Number(event.detail && event.detail.answered);
    const total = Number(event.detail && event.detail.total);
    if (!Number.isInteger(answered) || !Number.isInteger(total) || total <= 0) {
      return;
    }
    const bar = document.querySelector("#quiz-progress [role=progressbar]");
    if (bar) {
      bar.setAttribute("aria-valuenow", String(answered));
      bar.setAttribute("aria-valuetext", answered + " of " + total + " answered");
      const fill = bar.querySelector(".progress-bar");
      if (fill) {
        fill.style.width = Math.round((100 * answered) / total) + "%";
      }
    }
    player.querySelectorAll("[data-answered]").forEach(function (count) {
      count.textContent = String(answered);
    });
  });
})();
