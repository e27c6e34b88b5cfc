// Renders BUT bulletins with the Passerelle's own relevé component (SebL68/Scodoc_Notes,
// html/assets/js/releve-but.js) in jsdom, after the page's own steps (html/index.php, showReportCards), and
// reports exceptions and texts such as "undefined" or "[object Object]". Manual client check, not run in CI:
//   npm install jsdom@24; cp <Scodoc_Notes>/html/assets/js/releve-but.js .
//   node passerelle_releve.js bulletin1.json bulletin2.json ...
const { JSDOM } = require("jsdom");
const fs = require("fs");
const src = fs.readFileSync(__dirname + "/releve-but.js", "utf8");
let failures = 0;
for (const file of process.argv.slice(2)) {
  const dom = new JSDOM(`<!DOCTYPE html><body></body>`, { url: "http://localhost/", runScripts: "outside-only", pretendToBeVisual: true });
  const w = dom.window;
  const errors = [];
  w.addEventListener("error", (e) => errors.push(String(e.error || e.message)));
  try {
    w.eval("var config = {histogramme: true, releve_PDF: false};\n" + src);
    const el = w.document.createElement("releve-but");
    w.document.body.appendChild(el);
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    // the page's own steps (html/index.php, showReportCards)
    const dep = data.etudiant.dept_acronym || data.etudiant.photo_url.split("/")[2];
    if (!data.date || data.publie == false || data.type != "BUT") throw new Error("not rendered as a BUT relevé");
    el.config = { showURL: false };
    el.showData = data;
    el.shadowRoot.children[0].classList.add("hide_abs");
    const text = el.shadowRoot.textContent.replace(/\s+/g, " ");
    for (const bad of ["undefined", "[object Object]", "NaN", "null"]) {
      if (text.includes(bad)) errors.push(`text contains ${bad}: ...${text.slice(Math.max(0, text.indexOf(bad) - 80), text.indexOf(bad) + 40)}...`);
    }
    if (!el.shadowRoot.children[0].classList.contains("ready")) errors.push("not ready");
    console.log(`${file}: ${errors.length ? "FAIL" : "ok"} (${text.length} characters)`);
  } catch (e) {
    errors.push(String(e.stack || e));
    console.log(`${file}: FAIL`);
  }
  for (const e of errors) console.log("   " + e);
  failures += errors.length ? 1 : 0;
}
process.exit(failures ? 1 : 0);
