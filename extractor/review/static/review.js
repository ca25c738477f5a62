// Review pages: jump from a finding to its spans, filter findings, sort tables.
// Plain script, no network, no storage; the page works without it (links are anchors).
(function () {
  "use strict";

  function targets(key) {
    return document.querySelectorAll('.tgt[data-t="' + key + '"]');
  }

  function mark(keys) {
    document.querySelectorAll(".tgt.marked").forEach(function (el) {
      el.classList.remove("marked");
    });
    var first = null;
    keys.forEach(function (key) {
      targets(key).forEach(function (el) {
        el.classList.add("marked");
        if (first === null) {
          first = el;
        }
      });
    });
    if (first !== null) {
      first.scrollIntoView({ block: "center" });
    }
  }

  function choose(finding) {
    document.querySelectorAll(".finding.current").forEach(function (el) {
      el.classList.remove("current");
    });
    finding.classList.add("current");
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-t]");
    var finding = event.target.closest(".finding");
    if (link !== null) {
      event.preventDefault();
      if (finding !== null) {
        choose(finding);
      }
      mark([link.getAttribute("data-t")]);
    } else if (finding !== null && event.target.closest("a") === null) {
      choose(finding);
      mark((finding.getAttribute("data-spans") || "").split(" ").filter(Boolean));
    }
  });

  document.addEventListener("keydown", function (event) {
    var finding = event.target.closest && event.target.closest(".finding");
    if (finding !== null && event.target === finding && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      finding.click();
    }
  });

  var rule = document.getElementById("f-rule");
  var boxes = document.querySelectorAll("input[data-status]");
  function filter() {
    var on = {};
    boxes.forEach(function (box) {
      on[box.getAttribute("data-status")] = box.checked;
    });
    var wanted = rule === null ? "" : rule.value;
    document.querySelectorAll(".finding").forEach(function (el) {
      var ok = (wanted === "" || el.getAttribute("data-rule") === wanted) &&
        on[el.getAttribute("data-status")] !== false;
      el.hidden = !ok;
    });
  }
  if (rule !== null) {
    rule.addEventListener("change", filter);
  }
  boxes.forEach(function (box) {
    box.addEventListener("change", filter);
  });

  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    return numeric ? (parseFloat(raw) || 0) : raw;
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector("button");
      if (button === null) {
        return;
      }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) {
          h.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, column, numeric);
          var y = cellValue(b, column, numeric);
          var c = numeric ? x - y : String(x).localeCompare(String(y), "zh");
          if (!ascending) {
            c = -c;
          }
          return c || (Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order")));
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  });
})();
