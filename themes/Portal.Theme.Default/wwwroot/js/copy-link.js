// "Kopiera länken": shown only when the browser can copy; without JavaScript the link is still there to select and copy.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-link]").forEach(function (wrapper) {
        if (!navigator.clipboard || !window.isSecureContext) {
            return;
        }

        var button = wrapper.querySelector("[data-copy-target]");
        var status = wrapper.querySelector("[data-copy-status]");
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        wrapper.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(target.getAttribute("href")).then(function () {
                status.textContent = "Länken är kopierad.";
            }, function () {
                status.textContent = "Det gick inte att kopiera. Markera länken och kopiera den själv.";
            });
        });
    });
}());
