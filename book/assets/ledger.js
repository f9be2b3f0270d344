// The Ledger page's filters: show only the claims of the chosen chapter, verdict and kind, and
// say how many are shown. Pages without the ledger's table are left alone.
(function () {
    "use strict";
    const table = document.querySelector("#ledger-table table");
    if (!table) {
        return;
    }
    const choices = {
        chapter: document.getElementById("filter-chapter"),
        verdict: document.getElementById("filter-verdict"),
        kind: document.getElementById("filter-kind"),
    };
    // The table's columns: chapter, claim, verdict, kind, the lecture says.
    const columns = { chapter: 0, verdict: 2, kind: 3 };
    const shown = document.getElementById("ledger-shown");
    function apply() {
        let count = 0;
        for (const row of table.tBodies[0].rows) {
            const visible = Object.keys(choices).every((name) => {
                const wanted = choices[name].value;
                return wanted === "" || row.cells[columns[name]].textContent.trim() === wanted;
            });
            row.hidden = !visible;
            if (visible) {
                count += 1;
            }
        }
        shown.textContent = count + " of " + table.tBodies[0].rows.length + " claims shown";
    }
    for (const select of Object.values(choices)) {
        select.addEventListener("change", apply);
    }
    apply();
})();
