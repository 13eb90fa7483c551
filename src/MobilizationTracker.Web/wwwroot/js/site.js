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

    // Timeline: the source field's suggestions are loaded the first time it is used (thousands of names).
    document.querySelectorAll("datalist[data-options]").forEach(function (list) {
        var input = document.querySelector("input[list='" + list.id + "']");
        if (!input) {
            return;
        }
        var loaded = false;
        function load() {
            if (loaded) {
                return;
            }
            loaded = true;
            fetch(list.getAttribute("data-options"), { headers: { "Accept": "application/json" } })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (names) {
                    var fragment = document.createDocumentFragment();
                    names.forEach(function (name) {
                        var option = document.createElement("option");
                        option.value = name;
                        fragment.appendChild(option);
                    });
                    list.appendChild(fragment);
                });
        }
        input.addEventListener("focus", load);
        input.addEventListener("input", load);
    });

    // Review step: "Add another claim" clones the last (blank) claim, renumbering its field names,
    // so more than the server's blank claims can be added. Without JavaScript the blank ones remain.
    document.querySelectorAll("[data-add-row]").forEach(function (btn) {
        var container = document.getElementById(btn.getAttribute("data-add-row"));
        if (!container) {
            return;
        }
        btn.hidden = false;
        btn.addEventListener("click", function () {
            var sets = container.querySelectorAll("fieldset.claim-fields");
            var last = sets[sets.length - 1];
            var index = sets.length;
            var clone = last.cloneNode(true);
            clone.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach(function (el) {
                ["name", "id", "for", "aria-describedby"].forEach(function (attr) {
                    var v = el.getAttribute(attr);
                    if (v) {
                        el.setAttribute(attr, v.replace(/Claims\[\d+\]/g, "Claims[" + index + "]").replace(/Claims_\d+__/g, "Claims_" + index + "__"));
                    }
                });
                if ((el.tagName === "INPUT" && el.type !== "hidden" && el.type !== "checkbox") || el.tagName === "TEXTAREA") {
                    el.value = "";
                }
                if (el.type === "checkbox") {
                    el.checked = false;
                }
            });
            clone.querySelectorAll(".error").forEach(function (e) { e.remove(); });
            clone.querySelector("legend").textContent = "Claim " + (index + 1);
            container.appendChild(clone);
            var first = clone.querySelector("input:not([type=hidden])");
            if (first) {
                first.focus();
            }
        });
    });
})();
