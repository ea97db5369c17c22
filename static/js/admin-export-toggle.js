// The export page's "Select all" toggle, bound here instead of an inline onchange
// (the admin runs under a Content-Security-Policy without inline scripts).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".select-toggle").forEach(function (toggle) {
    toggle.addEventListener("change", function (event) {
      if (typeof onSelectToggleChange === "function") {
        onSelectToggleChange(event);
      }
    });
  });
});
