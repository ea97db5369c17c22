// Live preview of Markdown fields in the admin: the server renders and sanitizes the
// draft text exactly as the public page will. Without JavaScript the preview of the
// saved text still shows under each field.
(function () {
  "use strict";
  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function attach(textarea) {
    var target = document.getElementById(textarea.id + "-preview");
    if (!target) return;
    var body = target.querySelector(".markdown-preview-body");
    var timer = null;
    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var data = new FormData();
        data.append("text", textarea.value);
        fetch(textarea.getAttribute("data-markdown-preview"), {
          method: "POST",
          body: data,
          headers: { "X-CSRFToken": csrfToken() },
          credentials: "same-origin",
        })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) { if (html !== null) body.innerHTML = html; })
          .catch(function () {});
      }, 400);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-markdown-preview]").forEach(attach);
  });
})();
