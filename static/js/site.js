// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";
  // Quick exit: replace this history entry so "Back" does not return here.
  function leave(url) {
    try { document.body.style.display = "none"; } catch (e) { /* ignore */ }
    window.location.replace(url);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) { return; }
    event.preventDefault();
    leave(link.href);
  });
  // Shift pressed three times within a second also leaves (GOV.UK "Exit this page").
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1000; });
    presses.push(now);
    if (presses.length >= 3) {
      var link = document.querySelector("[data-quick-exit]");
      if (link) { leave(link.href); }
    }
  });
  // Copy buttons: <button data-copy="#id"> copies the text of an input or element.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) { return; }
    var target = document.querySelector(button.getAttribute("data-copy"));
    if (!target || !navigator.clipboard) { return; }
    var text = target.value || target.textContent;
    navigator.clipboard.writeText(text.trim()).then(function () {
      var status = document.getElementById(button.getAttribute("aria-controls"));
      if (status) { status.textContent = button.getAttribute("data-copied"); }
    });
  });
  // Reveal elements that only make sense with JavaScript (copy buttons).
  document.querySelectorAll("[data-needs-js]").forEach(function (el) { el.hidden = false; });
})();
