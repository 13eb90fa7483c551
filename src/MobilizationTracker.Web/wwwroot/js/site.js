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

    // Timeline: the source and outlet fields' suggestions are loaded the first time each is used (thousands of names).
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
    // A table too wide for the screen scrolls inside its frame: make the frame reachable by
    // keyboard (Tab, then the arrow keys) and name it after its table.
    document.querySelectorAll(".table-wrap").forEach(function (wrap) {
        if (wrap.scrollWidth > wrap.clientWidth + 1 && !wrap.hasAttribute("tabindex")) {
            var caption = wrap.querySelector("caption");
            wrap.setAttribute("tabindex", "0");
            wrap.setAttribute("role", "region");
            wrap.setAttribute("aria-label", (caption ? caption.textContent.trim() : "Table") + " (scrolls sideways)");
        }
    });

    // Timeline: the filter panel is folded on a phone (its button says how many filters are
    // active) and open on a wider screen. Without JavaScript it is folded and opens on a click.
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
        if (window.matchMedia("(min-width: 48rem)").matches) {
            details.open = true;
        }
    });

    // Filter forms: empty fields stay out of the URL (without JavaScript the server redirects to the clean URL).
    document.querySelectorAll("form[data-clean-query]").forEach(function (form) {
        form.addEventListener("submit", function () {
            form.querySelectorAll("input[name], select[name]").forEach(function (el) {
                if (!el.disabled && (el.type !== "checkbox" || el.checked) && el.value.trim() === "") {
                    el.disabled = true;
                }
            });
            // Re-enable after the navigation starts, so Back shows a usable form.
            window.setTimeout(function () {
                form.querySelectorAll("[disabled]").forEach(function (el) { el.disabled = false; });
            }, 0);
        });
    });

    // Region picker: a typed region name (or code) becomes a ticked region on Enter or when picked
    // from the suggestions; untick one to drop it. Without JavaScript the typed name is sent as is.
    document.querySelectorAll("[data-region-picker]").forEach(function (picker) {
        var input = picker.querySelector("input[list]");
        var list = document.getElementById(input.getAttribute("list"));
        var chosen = picker.querySelector("ul.chosen");
        function find(text) {
            var t = text.trim().toLowerCase();
            if (t === "") {
                return null;
            }
            var options = list.querySelectorAll("option");
            for (var i = 0; i < options.length; i++) {
                if (options[i].value.toLowerCase() === t || options[i].getAttribute("data-code").toLowerCase() === t) {
                    return options[i];
                }
            }
            return null;
        }
        function add(option) {
            var code = option.getAttribute("data-code");
            if (!chosen.querySelector("input[value='" + code + "']")) {
                var li = document.createElement("li");
                var label = document.createElement("label");
                var box = document.createElement("input");
                box.type = "checkbox";
                box.name = "region";
                box.value = code;
                box.checked = true;
                label.appendChild(box);
                label.appendChild(document.createTextNode(" " + option.value));
                li.appendChild(label);
                chosen.appendChild(li);
            }
            input.value = "";
        }
        input.addEventListener("keydown", function (e) {
            if (e.key === "Enter") {
                var option = find(input.value);
                if (option) {
                    e.preventDefault();
                    add(option);
                }
            }
        });
        input.addEventListener("change", function () {
            var option = find(input.value);
            if (option) {
                add(option);
            }
        });
    });

    // Chart: the focused, tapped or hovered point's value, date and source, written under the chart.
    document.querySelectorAll("figure.chart").forEach(function (figure) {
        var readout = figure.querySelector("[data-chart-readout]");
        if (!readout) {
            return;
        }
        function show(e) {
            var point = e.target.closest && e.target.closest(".pt");
            if (point) {
                readout.textContent = point.getAttribute("aria-label");
            }
        }
        figure.addEventListener("focusin", show);
        figure.addEventListener("mouseover", show);
        figure.addEventListener("click", function (e) {
            var point = e.target.closest && e.target.closest(".pt");
            if (point) {
                point.focus();
            }
        });
    });
})();
