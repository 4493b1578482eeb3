// The review queue: when htmx puts a question's row back (approved, retired, saved, or its
// edit cancelled), keyboard focus returns to that row rather than to the top of the page.
// The edit form focuses its own first field (autofocus).
document.addEventListener("htmx:load", function (event) {
  var element = event.detail.elt;
  if (element.matches && element.matches("article.question-row") && !element.querySelector("[autofocus]")) {
    element.focus();
  }
});

// While generation runs, the whole list refreshes every few seconds. A refresh must never
// throw away what the instructor is doing: it is skipped while a question is being edited
// or a row's request is on its way, and a refresh that left before the instructor's last
// change would show the old state, so it is dropped too (the next one brings the news).
(function () {
  var listAskedAt = 0;
  var lastChangeAt = 0;
  var rowRequests = 0;

  function isList(element) {
    return element && element.id === "question-list";
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (isList(event.detail.elt)) {
      if (rowRequests > 0 || document.querySelector("#question-list form[hx-post*='/edit']")) {
        event.preventDefault();
        return;
      }
      listAskedAt = Date.now();
    } else if (event.detail.elt.closest && event.detail.elt.closest("#question-list")) {
      rowRequests += 1;
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (!isList(event.detail.elt) && event.detail.elt.closest && event.detail.elt.closest("#question-list")) {
      rowRequests = Math.max(0, rowRequests - 1);
      lastChangeAt = Date.now();
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    if (isList(event.detail.target) && lastChangeAt > listAskedAt) {
      event.detail.shouldSwap = false;
    }
  });
})();
