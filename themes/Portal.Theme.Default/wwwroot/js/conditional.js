// Progressive enhancement for forms with follow-up questions (data-show-if): show a question as soon as the answer
// it depends on is given, and keep the hidden "shown" list in step so the server knows what the person saw.
// Without JavaScript the server shows follow-up questions after saving; nothing here is needed for the form to work.
(function () {
    "use strict";
    document.querySelectorAll("form[data-conditional-form]").forEach(function (form) {
        var blocks = Array.prototype.slice.call(form.querySelectorAll("[data-question]"));
        var shownField = form.querySelector("[data-shown]");

        function valuesOf(questionId) {
            return Array.prototype.slice.call(form.querySelectorAll("[name='" + questionId + "']"))
                .filter(function (input) { return (input.type !== "radio" && input.type !== "checkbox") || input.checked; })
                .map(function (input) { return input.value; });
        }

        function update() {
            var shown = [];
            blocks.forEach(function (block) {
                var dependsOn = block.getAttribute("data-show-if");
                var visible = true;
                if (dependsOn) {
                    var wanted = (block.getAttribute("data-show-if-values") || "").split(" ");
                    var dependsBlock = form.querySelector("[data-question='" + dependsOn + "']");
                    var given = dependsBlock ? valuesOf(dependsOn) : null;
                    // A question depending on another section keeps the server's decision.
                    visible = given === null ? !block.hidden : given.some(function (v) { return wanted.indexOf(v) >= 0; });
                }
                block.hidden = !visible;
                if (visible) { shown.push(block.getAttribute("data-question")); }
            });
            if (shownField) { shownField.value = shown.join(","); }
        }

        form.addEventListener("change", update);
        update();
    });
})();
