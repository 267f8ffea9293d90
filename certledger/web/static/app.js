// certledger reviewer UI: keyboard review (j/k/c/r/e), the catalog picker's fuzzy search, print.
(function () {
  "use strict";
  const lines = () => Array.from(document.querySelectorAll("[data-line]"));
  let current = -1;

  function focusLine(i) {
    const all = lines();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((el) => el.classList.remove("current"));
    const el = all[current];
    el.classList.add("current");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
  }

  function fromHash() {
    const all = lines();
    const i = all.findIndex((el) => "#" + el.id === location.hash);
    if (i >= 0) focusLine(i);
  }

  document.addEventListener("keydown", (ev) => {
    const tag = (ev.target.tagName || "").toLowerCase();
    if (["input", "select", "textarea"].includes(tag) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const all = lines();
    if (!all.length) return;
    const line = all[current];
    if (ev.key === "j") { focusLine(current + 1); ev.preventDefault(); }
    else if (ev.key === "k") { focusLine(current - 1); ev.preventDefault(); }
    else if (ev.key === "c" && line) { line.querySelector("[data-confirm]").click(); ev.preventDefault(); }
    else if (ev.key === "r" && line) {
      const reason = line.querySelector("[data-reason]");
      if (reason.value.trim()) line.querySelector("[data-reject]").click();
      else reason.focus();  // a rejection needs its reason: type it, then Enter or the button
      ev.preventDefault();
    }
    else if (ev.key === "e" && line) { line.querySelector("[data-edit]").focus(); ev.preventDefault(); }
  });

  // Catalog picker: the browser's datalist, filled from the server's fuzzy search as one types.
  const options = document.getElementById("catalog-options");
  let timer = null;
  document.addEventListener("input", (ev) => {
    if (!options || !ev.target.matches("[data-catalog-picker]")) return;
    clearTimeout(timer);
    const q = ev.target.value;
    timer = setTimeout(async () => {
      const res = await fetch("/catalog/search?q=" + encodeURIComponent(q), { credentials: "same-origin" });
      if (!res.ok) return;
      const hits = await res.json();
      options.replaceChildren(...hits.map((h) => {
        const o = document.createElement("option");
        o.value = h.id;
        o.label = h.title + (h.hours ? " (" + h.hours + " h)" : "") + " · " + h.category;
        return o;
      }));
    }, 150);
  });

  document.addEventListener("click", (ev) => {
    if (ev.target.matches("[data-print]")) window.print();
  });

  // Upload progress: poll the batch's status until every document is read.
  const progress = document.querySelector("[data-upload-status]");
  if (progress) {
    const tick = async () => {
      const res = await fetch(progress.dataset.uploadStatus, { credentials: "same-origin" });
      if (res.ok) {
        const s = await res.json();
        const bar = progress.querySelector("progress");
        bar.max = Math.max(1, s.total); bar.value = s.done;
        progress.querySelector("[data-upload-text]").textContent =
          s.done + " of " + s.total + " document(s) read, " + s.failed + " failed";
        if (s.done < s.total) setTimeout(tick, 1000);
      }
    };
    tick();
  }

  window.addEventListener("hashchange", fromHash);
  document.addEventListener("DOMContentLoaded", () => { if (location.hash) fromHash(); });
})();
