// The call page's re-run: posts to the owner's API and shows the recorded and today's steps side by side, the first
// difference marked. Every value from the server is written with textContent, never as HTML.
"use strict";

(function rerun() {
    const sid = document.body.dataset.call;
    const button = document.getElementById("rerun-button");
    const status = document.getElementById("rerun-status");
    const table = document.getElementById("comparison");

    button.addEventListener("click", async () => {
        button.disabled = true;
        status.textContent = "Re-running…";
        table.classList.add("hidden");
        try {
            // from the origin, which never holds a login: fetch refuses a page address that does (user:pass@host)
            const response = await fetch(location.origin + "/api/calls/" + encodeURIComponent(sid) + "/rerun",
                {method: "POST"});
            const answer = await response.json().catch(() => ({}));
            if (!response.ok) {
                status.textContent = "The re-run failed: " + (answer.error || "HTTP " + response.status);
                return;
            }
            show(answer);
        } catch (unreachable) {
            status.textContent = "The re-run failed: " + unreachable.message;
        } finally {
            button.disabled = false;
        }
    });

    function show(comparison) {
        const first = comparison.firstDifference;
        const steps = Math.max(comparison.original.length, comparison.rerun.length);
        const rows = [];
        for (let i = 0; i < steps; i++) {
            const then = comparison.original[i] || {};
            const now = comparison.rerun[i] || {};
            const row = document.createElement("tr");
            row.dataset.step = String(i);
            if (i === first) {
                row.classList.add("first-difference");
            }
            row.append(cell(i), cell(then.turn ?? now.turn), cell(then.heard ?? now.heard), cell(then.said),
                cell(now.said));
            rows.push(row);
        }
        table.tBodies[0].replaceChildren(...rows);
        table.classList.remove("hidden");
        status.textContent = first == null ? "Today's code answers this call exactly as recorded."
            : "Today's code answers differently from step " + first + " on (marked).";
    }

    function cell(value) {
        const td = document.createElement("td");
        td.textContent = value == null ? "" : String(value);
        return td;
    }
})();
