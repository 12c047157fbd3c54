// Shows the print buttons ([data-print]) when JavaScript runs, and hides the text that explains printing without it.
(function () {
    "use strict";
    var buttons = document.querySelectorAll("[data-print]");
    if (buttons.length === 0 || typeof window.print !== "function") {
        return;
    }
    buttons.forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-print-fallback]").forEach(function (text) { text.hidden = true; });
}());
