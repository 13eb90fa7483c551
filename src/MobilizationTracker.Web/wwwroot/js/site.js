// Progressive enhancement only: every page works without JavaScript.
(function () {
    "use strict";

    // Compare: enable the button only when at least two claims are ticked.
    document.querySelectorAll("form[data-compare]").forEach(function (form) {
        var button = form.querySelector("button[type=submit]");
        var status = form.querySelector("[data-compare-status]");
        function update() {
            var n = form.querySelectorAll("input[name=id]:checked").length;
            if (status) {
                status.textContent = n + " selected";
            }
        }
        form.addEventListener("change", update);
        update();
        if (button) {
            button.removeAttribute("disabled");
        }
    });

    // Review table: "Add a claim" clones the last blank row, so more than the server's blank rows can be added.
    document.querySelectorAll("[data-add-row]").forEach(function (btn) {
        btn.hidden = false;
        btn.addEventListener("click", function () {
            var table = document.getElementById(btn.getAttribute("data-add-row"));
            if (!table) {
                return;
            }
            var rows = table.querySelectorAll("tbody tr");
            var last = rows[rows.length - 1];
            var index = rows.length;
            var clone = last.cloneNode(true);
            clone.querySelectorAll("[name], [id], [for]").forEach(function (el) {
                ["name", "id", "for"].forEach(function (attr) {
                    var v = el.getAttribute(attr);
                    if (v) {
                        el.setAttribute(attr, v.replace(/Claims\[\d+\]|Claims_\d+__/g, function (m) {
                            return m.indexOf("[") >= 0 ? "Claims[" + index + "]" : "Claims_" + index + "__";
                        }));
                    }
                });
                if (el.tagName === "INPUT" && el.type !== "hidden" && el.type !== "checkbox") {
                    el.value = "";
                }
                if (el.tagName === "TEXTAREA") {
                    el.value = "";
                }
            });
            last.parentNode.appendChild(clone);
        });
    });
})();
