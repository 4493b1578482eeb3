// Sign-up and settings pages, while the zone is still the default: preselect the zone the
// browser reports, and say so where the page has room for it. Nothing is saved until the
// form is sent.
(function () {
  var select = document.querySelector("select[data-browser-time-zone]");
  var note = document.getElementById("browser-time-zone");
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  if (!select || !zone || zone === select.value) {
    return;
  }
  var known = Array.prototype.some.call(select.options, function (option) {
    return option.value === zone;
  });
  if (!known) {
    return;
  }
  select.value = zone;
  if (note) {
    note.textContent = "Your browser's time zone, " + zone + ", is selected. Save to use it.";
    note.hidden = false;
  }
})();
