// Moves focus to the error summary when a page shows one, so a screen reader reads it first and a keyboard user
// starts from its links. Without JavaScript the summary is still the first thing in the main content.
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
})();
