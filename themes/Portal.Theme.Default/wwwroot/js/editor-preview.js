// Live preview on the editor's edit page: while the editor types, the server renders the Markdown with the public
// renderer and the result is shown below the form. Without JavaScript the "Förhandsgranska" button does the same
// on its own page. The HTML comes from our own renderer (raw HTML escaped, links restricted), never from the textarea.
(function () {
    "use strict";
    var form = document.querySelector("form[data-live-preview]");
    var region = document.getElementById("live-preview");
    if (!form || !region || !window.fetch) { return; }
    var target = region.querySelector("[data-live-preview-target]");
    var body = form.querySelector("textarea[name='Input.Body']");
    var url = form.getAttribute("data-live-preview");
    var timer = null;
    var latest = 0;

    function render() {
        var request = ++latest;
        fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html !== null && request === latest) {
                    target.innerHTML = html;
                    region.hidden = false;
                }
            })
            .catch(function () { /* The preview is a convenience; saving still works. */ });
    }

    body.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(render, 500);
    });
    render();
}());
