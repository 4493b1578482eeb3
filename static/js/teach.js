// The review queue: when htmx puts a question's row back (approved, retired, saved, or its
// edit cancelled), keyboard focus returns to that row rather than to the top of the page.
// The edit form focuses its own first field (autofocus).
document.addEventListener("htmx:load", function (event) {
  var element = event.detail.elt;
  if (element.matches && element.matches("article.question-row") && !element.querySelector("[autofocus]")) {
    element.focus();
  }
});
