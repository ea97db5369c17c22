// The schedule inline's "in words, and the next dates" column follows what is typed:
// the server reads the row's rule (the same code that builds the sessions) and answers
// with a sentence. Without JavaScript the sentence appears after saving.
(function () {
  "use strict";
  var FIELDS = ["frequency", "weekday", "monthly_position", "start_date", "end_date",
    "start_time", "end_time"];
  function previewUrl() {
    return window.location.pathname.replace(/(add|\d+\/change)\/?$/, "") + "schedule-preview/";
  }
  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function update(row, prefix) {
    var data = new FormData();
    FIELDS.forEach(function (name) {
      var input = row.querySelector("[name='" + prefix + "-" + name + "']");
      if (input) data.append(name, input.value);
    });
    var cell = row.querySelector(".field-rule_preview p, td.field-rule_preview");
    if (!cell) return;
    fetch(previewUrl(), {
      method: "POST",
      body: data,
      headers: { "X-CSRFToken": csrfToken() },
      credentials: "same-origin",
    })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) { if (text !== null) cell.textContent = text; })
      .catch(function () {});
  }
  document.addEventListener("change", function (event) {
    var name = event.target.name || "";
    var match = name.match(/^(schedules-\d+)-(\w+)$/);
    if (!match || FIELDS.indexOf(match[2]) === -1) return;
    var row = event.target.closest("tr");
    if (row) update(row, match[1]);
  });
})();
