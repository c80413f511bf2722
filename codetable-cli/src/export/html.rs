//! The `html` format: one self-contained page of every table read, for the people who look a
//! code up (support, users, a help link's target): every code with its name, messages in each
//! language, section, aliases, explanation, help link and `#[deprecated]` note, and each
//! table's reserved ranges and retired names.
//!
//! The page loads nothing (its style and script are inline: it works offline, from a file).
//! The rows are data in the page, a JSON document, which the script shows a few hundred at a
//! time, more as the reader scrolls: a page of 30 000 codes is interactive in a fraction of a
//! second, where 30 000 rows of HTML take seconds to lay out, and a search filters the data, not
//! the document. The search box shows the rows whose code, names, messages, section or
//! explanation hold every word typed; the language switch, CSS: each message says for which
//! languages it is the one shown (`data-l`), the first language's standing in where a row gives
//! none. Each code's anchor is the code as its table shows it (`#31066`), or `#Table-31066` for a
//! code that an earlier table of the page has too: the script shows the row of the page's
//! address, and of any link followed. Below 700 px wide the page is one column.

use super::table::{ExportedTable, Row};
use crate::sources;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::fmt::Write;

/// The page of the tables: `found` and `tables` are the same tables, as the macro checked them
/// (for how each shows its codes) and as plain data.
pub fn file(files: &str, found: &[sources::FoundTable], tables: &[ExportedTable]) -> String {
    let rows: usize = tables.iter().map(|table| table.rows.len()).sum();
    let names: Vec<&str> = tables.iter().map(|table| table.name.as_str()).collect();
    let title = format!("Error codes: {}", names.join(", "));
    let first_language = tables
        .iter()
        .find(|table| table.declares_languages())
        .map_or_else(|| "en".to_owned(), |table| tag(&table.languages[0]));
    let mut anchors: HashSet<String> = HashSet::new();
    let data: Vec<Value> = tables
        .iter()
        .zip(found)
        .map(|(table, found)| table_data(table, found, &mut anchors))
        .collect();
    // In a `<script>`, `<` is the only character to keep out of the text: `</script` or `<!--`
    // would end or change it. JSON has it only in strings, where `\u003c` is the same.
    let data = Value::Array(data).to_string().replace('<', "\\u003c");
    let mut out = String::with_capacity(8192 + data.len());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<!-- {} -->\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}{}</style>\n</head>\n<body>\n",
        comment(&super::header(files)),
        attr(&first_language),
        text(&title),
        language_rules(tables),
    );
    header(&mut out, &title, tables, rows);
    out.push_str(
        "<main>\n<noscript><p>The codes are shown by the page's script: allow JavaScript to \
         see them.</p></noscript>\n<p id=\"earlier\" hidden><button type=\"button\">Show the codes \
         before</button></p>\n",
    );
    for (index, table) in tables.iter().enumerate() {
        frame(&mut out, index, table, &found[index]);
    }
    out.push_str("<p id=\"more\" hidden><button type=\"button\">Show more codes</button></p>\n");
    out.push_str("</main>\n<script id=\"codes\" type=\"application/json\">");
    out.push_str(&data);
    out.push_str("</script>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// A language tag as HTML's `lang` wants it: BCP 47, `zh_hant` as `zh-hant`.
pub fn tag(language: &str) -> String {
    language.replace('_', "-")
}

/// The page's bar: its title, the search box, the language switch and the count of codes
/// shown.
fn header(out: &mut String, title: &str, tables: &[ExportedTable], rows: usize) {
    let _ = write!(
        out,
        "<header class=\"bar\">\n<h1>{}</h1>\n<div class=\"tools\">\n\
         <input id=\"q\" type=\"search\" placeholder=\"Code, name or words of a message\" \
         aria-label=\"Search the codes\" autocomplete=\"off\" spellcheck=\"false\">\n",
        text(title)
    );
    let mut languages: Vec<String> = Vec::new();
    for table in tables.iter().filter(|table| table.declares_languages()) {
        for language in &table.languages {
            if !languages.contains(&tag(language)) {
                languages.push(tag(language));
            }
        }
    }
    if !languages.is_empty() {
        out.push_str(
            "<select id=\"lang\" aria-label=\"Language of the messages\">\
             <option value=\"\">All languages</option>",
        );
        for language in languages {
            let _ = write!(out, "<option value=\"{0}\">{0}</option>", attr(&language));
        }
        out.push_str("</select>\n");
    }
    let _ = write!(
        out,
        "</div>\n<p id=\"count\" aria-live=\"polite\">{rows} codes</p>\n</header>\n"
    );
}

/// CSS that shows, with a language chosen, the messages shown in it (see the module's docs).
fn language_rules(tables: &[ExportedTable]) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut rules = String::new();
    for table in tables.iter().filter(|table| table.declares_languages()) {
        for language in &table.languages {
            let language = tag(language);
            if seen.contains(&language) {
                continue;
            }
            let _ = writeln!(
                rules,
                "body[data-lang=\"{0}\"] .msg:not([data-l~=\"{0}\"]) {{ display: none; }}\n\
                 body[data-lang=\"{0}\"] .msg .tag {{ display: none; }}",
                attr(&language)
            );
            seen.push(language);
        }
    }
    rules
}

/// A table's part of the page around its rows, which the script fills in: its title, docs
/// and help template, then its reserved ranges and retired names.
fn frame(out: &mut String, index: usize, table: &ExportedTable, found: &sources::FoundTable) {
    let _ = write!(
        out,
        "<section class=\"table\" id=\"{}\">\n<h2>{}</h2>\n",
        attr(&format!("table-{}", table.name)),
        text(&table.name)
    );
    if let Some(doc) = &table.doc {
        // Its paragraphs, a line break inside one a space, as Markdown reads it.
        out.push_str("<div class=\"doc\">");
        for paragraph in doc.split("\n\n").filter(|p| !p.trim().is_empty()) {
            let _ = write!(out, "<p>{}</p>", text(&paragraph.replace('\n', " ")));
        }
        out.push_str("</div>\n");
    }
    let _ = writeln!(out, "<div class=\"rows\" data-table=\"{index}\"></div>");
    if !table.reserved.is_empty() {
        out.push_str("<h3>Reserved ranges</h3>\n<ul class=\"reserved\">\n");
        for (reserved, model) in table.reserved.iter().zip(&found.table.reserved) {
            let span = found.table.span_text(model.range, model.prefix.as_deref());
            let why = super::table::message(&reserved.messages, table);
            let _ = write!(out, "<li><code>{}</code>", text(&span));
            if !why.is_empty() {
                let _ = write!(out, " {}", text(why));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    if !table.retired.is_empty() {
        out.push_str("<h3>Retired names</h3>\n<ul class=\"retired\">\n");
        for retired in &table.retired {
            let why = super::table::message(&retired.messages, table);
            let _ = write!(out, "<li><code>{}</code>", text(&retired.name));
            if !why.is_empty() {
                let _ = write!(out, " {}", text(why));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// A table's data for the script: its languages (BCP 47 tags), sections
/// (`[name, message, codes, parent]`, the codes as [`span_text`](codetable_pipeline::model::Table::span_text)
/// shows them) and rows, each
/// `[anchor, code, name, messages, section, aliases, deprecated, explanation, help, facts]`:
/// a nameless row's name `null`; a message per language, `null` where the row gives none;
/// the section's index or `null`; `deprecated` `null`, or the note (`""` for none).
fn table_data(
    table: &ExportedTable,
    found: &sources::FoundTable,
    anchors: &mut HashSet<String>,
) -> Value {
    let languages: Vec<String> = if table.declares_languages() {
        table
            .languages
            .iter()
            .map(|language| tag(language))
            .collect()
    } else {
        Vec::new()
    };
    let section_index = |name: &str| {
        table
            .sections
            .iter()
            .position(|section| section.name == name)
    };
    let sections: Vec<Value> = table
        .sections
        .iter()
        .zip(&found.table.sections)
        .map(|(section, model)| {
            json!([
                section.name,
                section.message(table),
                found.table.span_text(model.range, model.prefix.as_deref()),
                section.parent.as_deref().and_then(section_index),
            ])
        })
        .collect();
    let rows: Vec<Value> = table
        .rows
        .iter()
        .zip(&found.table.rows)
        .map(|(row, model)| {
            let code = found.table.row_code(model);
            let anchor = if anchors.insert(code.clone()) {
                code.clone()
            } else {
                let qualified = format!("{}-{code}", table.name);
                anchors.insert(qualified.clone());
                qualified
            };
            row_data(
                table,
                row,
                anchor,
                code,
                row.section.as_deref().and_then(section_index),
            )
        })
        .collect();
    json!({ "languages": languages, "sections": sections, "rows": rows })
}

fn row_data(
    table: &ExportedTable,
    row: &Row,
    anchor: String,
    code: String,
    section: Option<usize>,
) -> Value {
    let messages: Vec<Option<&str>> = if table.declares_languages() {
        table
            .languages
            .iter()
            .enumerate()
            .map(|(index, language)| {
                let message = row.messages.get(language).map(String::as_str);
                message.filter(|message| index > 0 || !message.is_empty())
            })
            .collect()
    } else {
        let message = row.message(table);
        vec![(!message.is_empty()).then_some(message)]
    };
    let facts: Vec<String> = row
        .columns
        .0
        .iter()
        .filter_map(|(name, value)| Some(format!("{name} = {}", value_text(value.as_ref()?))))
        .collect();
    json!([
        anchor,
        code,
        (!row.nameless).then_some(&row.name),
        messages,
        section,
        row.aliases,
        row.deprecated
            .as_ref()
            .map(|deprecated| deprecated.note.clone().unwrap_or_default()),
        row.doc.as_deref().unwrap_or(""),
        row.help_url.as_deref().unwrap_or(""),
        facts.join(" · "),
    ])
}

/// A column's value as a reader of the page reads it.
fn value_text(value: &super::table::Value) -> String {
    match value {
        super::table::Value::Number(number) => number.clone(),
        super::table::Value::Bool(value) => value.to_string(),
        super::table::Value::Str(value) => format!("{value:?}"),
    }
}

/// Text as HTML text: `&`, `<` and `>` escaped.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text as an attribute's value in double quotes.
fn attr(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// Text inside an HTML comment: no `--`, which would end it.
fn comment(value: &str) -> String {
    let mut value = value.to_owned();
    while value.contains("--") {
        value = value.replace("--", "- -");
    }
    value
}

/// The page's style: system fonts, a sticky bar, one column below 700 px.
const STYLE: &str = r#":root { color-scheme: light dark; --line: #8884; --dim: #777; --accent: #1a66d2; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", sans-serif; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono", monospace; font-size: .92em; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .75rem 1rem; background: Canvas; border-bottom: 1px solid var(--line); }
.bar h1 { font-size: 1.1rem; margin: 0; flex: 1 1 16rem; overflow-wrap: anywhere; }
.tools { display: flex; gap: .5rem; flex: 2 1 24rem; }
#q { flex: 1; min-width: 0; font: inherit; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: .4rem; }
#lang { font: inherit; padding: .4rem; border-radius: .4rem; }
#count { margin: 0; color: var(--dim); font-size: .9rem; }
main { max-width: 60rem; margin: 0 auto; padding: 0 1rem 4rem; }
h2 { margin: 1.5rem 0 .25rem; font-size: 1.4rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.sec { padding: .3rem .5rem; background: #8881; border-left: 3px solid var(--accent); }
.range { color: var(--dim); font-weight: normal; font-size: .85em; }
.code { padding: .6rem .25rem; border-bottom: 1px solid var(--line); }
.code.target { background: #ffd54f33; outline: 2px solid #f2b705; }
.head { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.num { font-weight: 700; font-variant-numeric: tabular-nums; color: var(--accent); text-decoration: none; }
.name { font-weight: 600; overflow-wrap: anywhere; }
.none, .facts, .tag { color: var(--dim); }
.dep { color: #b3261e; font-size: .85em; border: 1px solid currentColor; border-radius: .3rem; padding: 0 .3rem; }
.msg { margin: .15rem 0; }
.tag { font-size: .8em; text-transform: uppercase; }
.facts { margin: .15rem 0; font-size: .9rem; overflow-wrap: anywhere; }
.expl { margin: .35rem 0; overflow-wrap: anywhere; font-size: .95rem; }
.expl p, .doc p { margin: .3rem 0; }
.help { margin: .2rem 0; font-size: .9rem; overflow-wrap: anywhere; }
.help a { color: var(--accent); }
[hidden] { display: none !important; }
#earlier, #more { text-align: center; }
#earlier button, #more button { font: inherit; padding: .4rem 1rem; }
@media (max-width: 700px) {
  .bar { padding: .5rem .75rem; }
  .tools { flex-basis: 100%; }
  main { padding: 0 .75rem 3rem; }
  h2 { font-size: 1.2rem; }
}
"#;

/// The page's script: the data read once, each row's text lower-cased once; a search keeps the
/// rows whose text holds every word, and the page shows them [`PAGE`] at a time from the
/// first, or from the row of a link followed, more as the reader scrolls.
const SCRIPT: &str = r##""use strict";
(() => {
  const PAGE = 200;
  const tables = JSON.parse(document.getElementById("codes").textContent);
  const containers = Array.from(document.querySelectorAll(".rows"));
  // Every row of the page: [table, row], with its text for the search and its anchor.
  const all = [];
  const texts = [];
  const anchors = new Map();
  tables.forEach((table, t) => {
    for (const row of table.rows) {
      const section = row[4] === null ? "" : table.sections[row[4]][0];
      anchors.set(row[0], all.length);
      all.push([t, row]);
      texts.push([row[1], row[2] || "", row[5].join(" "), row[3].join(" "), section, row[7]].join("\n").toLowerCase());
    }
  });
  const search = document.getElementById("q");
  const count = document.getElementById("count");
  const more = document.getElementById("more");
  const earlier = document.getElementById("earlier");
  let matches = all.map((_, index) => index);
  let first = 0;
  let end = 0;
  let target = -1;
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  // A doc comment's text as its paragraphs: a line break inside one is a space, as Markdown
  // reads it.
  const paragraphs = (text) => text.split(/\n\s*\n/).map((p) => `<p>${escape(p.replace(/\n/g, " "))}</p>`).join("");

  function section(table, index) {
    if (index === null) return table.sections.length ? '<h3 class="sec">Outside every section</h3>' : "";
    const path = [];
    for (let at = index; at !== null && path.length <= table.sections.length; at = table.sections[at][3]) path.unshift(table.sections[at]);
    return '<h3 class="sec">' + path.map(([name, message, span]) =>
      `<code>${escape(name)}</code> ${escape(message)} <span class="range">${escape(span)}</span>`).join(" › ") + "</h3>";
  }

  function messages(table, row) {
    const languages = table.languages;
    if (!languages.length) return row[3][0] === null ? "" : `<p class="msg">${escape(row[3][0])}</p>`;
    let html = "";
    const shownByFirst = [languages[0]].concat(languages.filter((_, i) => i > 0 && row[3][i] === null));
    row[3].forEach((message, i) => {
      if (message === null) return;
      const l = i === 0 ? shownByFirst.join(" ") : languages[i];
      const tag = i === 0 ? "" : `<span class="tag">${languages[i]}</span> `;
      html += `<p class="msg" lang="${languages[i]}" data-l="${l}">${tag}${escape(message)}</p>`;
    });
    return html;
  }

  function rowHtml(index) {
    const [t, row] = all[index];
    const table = tables[t];
    const [anchor, code, name, , sec, aliases, deprecated, explanation, help, facts] = row;
    let html = `<article class="code${index === target ? " target" : ""}" id="${escape(anchor)}"><div class="head"><a class="num" href="#${escape(anchor)}">${escape(code)}</a> `;
    html += name === null ? '<span class="none">no name</span>' : `<code class="name">${escape(name)}</code>`;
    if (deprecated !== null) html += ' <span class="dep">deprecated</span>';
    html += "</div>" + messages(table, row);
    const known = [];
    if (sec !== null) known.push(`section <code>${escape(table.sections[sec][0])}</code>`);
    if (aliases.length) known.push("also " + aliases.map((alias) => `<code class="alias">${escape(alias)}</code>`).join(", "));
    if (deprecated) known.push(`deprecated: ${escape(deprecated)}`);
    if (facts) known.push(escape(facts));
    if (known.length) html += `<p class="facts">${known.join(" · ")}</p>`;
    if (explanation) html += `<div class="expl">${paragraphs(explanation)}</div>`;
    if (help) html += `<p class="help">Help: <a href="${escape(help)}">${escape(help)}</a></p>`;
    return html + "</article>";
  }

  // Shows the matches `from` on, a page of them; `keep` adds a page to those shown.
  function show(from, keep) {
    if (!keep) {
      for (const container of containers) {
        container.innerHTML = "";
        container.dataset.section = "";
      }
      first = from;
      end = from;
    }
    const stop = Math.min(matches.length, end + PAGE);
    const parts = containers.map(() => []);
    for (let i = end; i < stop; i++) {
      const index = matches[i];
      const [t, row] = all[index];
      const container = containers[t];
      const sec = String(row[4]);
      if (container.dataset.section !== sec) {
        container.dataset.section = sec;
        parts[t].push(section(tables[t], row[4]));
      }
      parts[t].push(rowHtml(index));
    }
    parts.forEach((html, t) => { if (html.length) containers[t].insertAdjacentHTML("beforeend", html.join("")); });
    end = stop;
    const shownTables = new Set();
    for (let i = first; i < end; i++) shownTables.add(all[matches[i]][0]);
    containers.forEach((container, t) => {
      container.parentElement.hidden = search.value.trim() !== "" && !shownTables.has(t) && !matches.some((m) => all[m][0] === t);
    });
    more.hidden = end >= matches.length;
    earlier.hidden = first === 0;
    const words = search.value.trim() !== "";
    count.textContent = words ? `${matches.length} of ${all.length} codes` : `${all.length} codes`;
    document.documentElement.dataset.shown = String(matches.length);
    document.documentElement.dataset.rendered = String(end - first);
  }

  function filter() {
    pending = 0;
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    matches = [];
    for (let i = 0; i < all.length; i++) {
      const text = texts[i];
      if (words.every((word) => text.includes(word))) matches.push(i);
    }
    target = -1;
    show(0, false);
  }

  // The row of an anchor: shown, from a little before it, the search cleared if it hid it.
  function follow() {
    const index = anchors.get(decodeURIComponent(location.hash.slice(1)));
    if (index === undefined) return;
    let at = matches.indexOf(index);
    if (at < 0) {
      search.value = "";
      matches = all.map((_, i) => i);
      at = index;
    }
    target = index;
    if (at < first || at >= end) show(Math.max(0, at - 5), false);
    else for (const row of document.querySelectorAll(".code.target")) row.classList.remove("target");
    const element = document.getElementById(all[index][1][0]);
    element.classList.add("target");
    element.scrollIntoView({ block: "start" });
    window.scrollBy(0, -document.querySelector(".bar").offsetHeight);
  }

  let pending = 0;
  search.addEventListener("input", () => { if (!pending) pending = requestAnimationFrame(filter); });
  more.querySelector("button").addEventListener("click", () => show(0, true));
  earlier.querySelector("button").addEventListener("click", () => show(Math.max(0, first - PAGE), false));
  new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting) && end < matches.length) show(0, true);
  }, { rootMargin: "800px" }).observe(more);
  const language = document.getElementById("lang");
  if (language) {
    language.addEventListener("change", () => {
      if (language.value) document.body.dataset.lang = language.value;
      else delete document.body.dataset.lang;
    });
  }
  window.addEventListener("hashchange", follow);
  show(0, false);
  if (location.hash) follow();
  document.documentElement.dataset.ready = String(performance.now());
})();
"##;
