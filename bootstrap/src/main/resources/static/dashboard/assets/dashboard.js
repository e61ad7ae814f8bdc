// The dashboard's behaviour: the daily conversion chart, and the calls in progress kept live from the server's
// stream. Every value from the server is written with textContent, never as HTML.
"use strict";

(function drawDailyConversion() {
    const daily = JSON.parse(document.getElementById("daily-data").textContent);
    const target = document.getElementById("daily-chart");
    const options = {
        width: Math.max(320, target.clientWidth),
        height: 220,
        // the days come as midnight UTC: drawn in UTC they are the business's dates
        tzDate: seconds => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
        // half a day of room at either end, so the first and last days' bars show whole
        scales: {x: {time: true, range: (u, min, max) => [min - 43200, max + 43200]}, "%": {range: [0, 100]}, calls: {range: (u, min, max) => [0, Math.max(1, max)]}},
        axes: [
            {},
            {scale: "%", label: "conversion %"},
            {scale: "calls", side: 1, label: "calls", grid: {show: false}}
        ],
        series: [
            {label: "day"},
            // a bar a day with calls: days without calls have no rate, rather than a rate of 0
            {label: "conversion", scale: "%", stroke: "#1f7a4d", fill: "rgba(31, 122, 77, 0.35)",
                paths: uPlot.paths.bars({size: [0.6, 24]}), points: {show: false},
                value: (u, v) => v == null ? "–" : v.toFixed(1) + "%"},
            {label: "calls", scale: "calls", stroke: "#8aa1b1", dash: [4, 4]}
        ]
    };
    new uPlot(options, [daily.days, daily.rates, daily.calls], target);
})();

(function followCallsInProgress() {
    const rows = document.getElementById("in-progress");
    const none = document.querySelector("#live .none");

    function show(calls) {
        rows.replaceChildren(...calls.map(call => {
            const row = document.createElement("tr");
            row.dataset.call = call.callSid;
            const caller = document.createElement("a");
            caller.href = "/dashboard/calls/" + encodeURIComponent(call.callSid);
            caller.textContent = call.from == null ? "withheld" : call.from;
            row.append(cell(caller), cell(call.since), cell(String(call.turns)));
            return row;
        }));
        none.classList.toggle("hidden", calls.length > 0);
    }

    function cell(content) {
        const td = document.createElement("td");
        td.append(content);
        return td;
    }

    // the browser reconnects by itself when the stream ends; each message is the whole list
    new EventSource("/dashboard/live").addEventListener("calls", message => show(JSON.parse(message.data)));
})();
