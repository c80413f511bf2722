#!/usr/bin/env python3
"""The rendered rustdoc page of a table, as a reader sees it (`scripts/docs-check.sh`).

    docs_page_check.py PAGE.html...      check each table page; exit 1 on a failure
    docs_page_check.py --self-test PAGE  break a good page in each way the checks look for,
                                         and fail unless each broken page fails its check
    docs_page_check.py --private-names PAGE...  only the first check, on any page

A table page (the enum of a `define_codes!` table, with its codes at a glance) must show:

- no private or generated-internal name: nothing named `__…` in a signature, a value or the
  docs (`TABLE_AS_MARKDOWN`, a `__f` parameter, `__private_…`), but for the type parameters
  and parameters that `core`'s and serde's derives write in every impl they derive (`__H`,
  `__D`, `__S`, `__deserializer`, `__serializer`), which a user sees on their own types too;
- no example naming a row the table lacks: in the docs of its items, each `Table::Name` is a
  variant, alias or item of the table, each quoted name (`"HTTP_BAD_REQUEST"`) a wire name or
  variant of it, and each shown row (`-1: message`) one of its codes;
- each row once: the variants list every row, so an overview of the rows in the enum's own
  docs must be folded (`<details>`), and the `MARKDOWN` constant shows no value.
"""
import html
import os
import re
import sys
import tempfile

# What `core`'s `#[derive(Hash)]` and serde's derives name in every impl they write.
DERIVE_NAMES = {"__H", "__D", "__S", "__deserializer", "__serializer"}
# None left: a name listed here is one a page may show although it starts with `__`.
KNOWN = set()


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def parse(page):
    """The page's parts: its enum's name, its rows (variants, codes, wire names) and items."""
    page = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    title = re.search(r'<h1>Enum <span class="enum">(.*?)</span>', page, re.S)
    name = text(title.group(1)).replace("\u200b", "") if title else None
    variants = set(re.findall(r'<section id="variant\.([A-Za-z_0-9]+)"', page))
    items = set(re.findall(r'id="(?:method|associatedconstant|tymethod)\.([A-Za-z_0-9]+)"', page))
    codes, wire_names = set(), set()
    for doc in re.findall(r'<section id="variant\.[^"]+".*?</section><div class="docblock"><p>(.*?)</p>', page, re.S):
        spans = [text(s) for s in re.findall(r"<code>(.*?)</code>", doc)]
        if spans:
            codes.add(spans[0])
            if len(spans) > 1 and "(no wire name)" not in text(doc):
                wire_names.add(spans[1])
    start = page.find("top-doc")
    end = page.find('<h2 id="variants"')
    top = page[start:end] if 0 <= start < end else ""
    implementations = page[page.find('id="implementations"'):]
    return {
        "page": page, "name": name, "variants": variants, "items": items, "codes": codes,
        "wire_names": wire_names, "top": top, "implementations": implementations,
    }


def private_names(parts):
    found = set()
    shown = text(parts["page"])
    for match in re.finditer(r"'?\b__[A-Za-z0-9]\w*|\bTABLE_AS_MARKDOWN\b", shown):
        word = match.group(0)
        if word not in DERIVE_NAMES and word not in KNOWN:
            found.add(word)
    return sorted(found)


def rows_it_lacks(parts):
    """Names and codes in the docs of the table's items that are not the table's."""
    name, lacking = parts["name"], set()
    known = parts["variants"] | parts["items"] | parts["wire_names"] | parts["codes"]
    docs = parts["implementations"]
    spans = [text(s) for s in re.findall(r"<code>(.*?)</code>", docs)]
    spans += [text(b) for b in re.findall(r'<pre class="rust[^"]*"><code>(.*?)</code></pre>', docs, re.S)]
    for span in spans:
        for item in re.findall(r"\b%s::([A-Za-z_][A-Za-z0-9_]*)" % re.escape(name or "?"), span):
            if item[0].isupper() and item not in known:
                lacking.add(f"{name}::{item}")
        for quoted in re.findall(r'"([A-Z][A-Za-z0-9_]*)"', span):
            if quoted not in known:
                lacking.add(f'"{quoted}"')
        shown = re.match(r"^(-?\d+|0x[0-9A-F]+): ", span)
        if shown and shown.group(1) not in parts["codes"]:
            lacking.add(span)
    return sorted(lacking)


def unfolded_rows(parts):
    """Rows of the table listed in the enum's own docs outside a `<details>`."""
    top = parts["top"]
    # The docs' own folds (rustdoc's `top-doc` toggle is the whole block: keep its content).
    inner = top[top.find('<div class="docblock">'):]
    while True:
        folded = re.sub(r"<details>(?:(?!<details>).)*?</details>", "", inner, flags=re.S)
        if folded == inner:
            break
        inner = folded
    listed = []
    for table in re.findall(r"<table>.*?</table>", inner, re.S):
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
            cell = re.search(r"<td[^>]*>(.*?)</td>", row, re.S)
            if cell and text(cell.group(1)).strip() in parts["codes"]:
                listed.append(text(cell.group(1)).strip())
    if re.search(r"MARKDOWN: &amp;'static str = \"|MARKDOWN: &'static str = \"", parts["page"]):
        listed.append("MARKDOWN's value")
    return listed


def check(path):
    parts = parse(open(path, encoding="utf-8").read())
    failures = []
    if not parts["variants"]:
        failures.append("no variants: not a table page")
    if names := private_names(parts):
        failures.append(f"private or generated-internal names shown: {names}")
    if lacking := rows_it_lacks(parts):
        failures.append(f"the docs name rows the table lacks: {lacking}")
    if listed := unfolded_rows(parts):
        failures.append(f"rows listed again outside <details> (the variants list them): {listed[:5]}")
    return parts, failures


def self_test(path):
    """Each check fails on the page broken its way, and passes on the page as it is."""
    good = open(path, encoding="utf-8").read()
    parts = parse(good)
    name, code = parts["name"], sorted(parts["codes"])[0]
    breaks = {
        "a private constant's name as a value": good.replace(
            '<h4 class="code-header">pub const <a href="#associatedconstant.MARKDOWN"',
            '<h4 class="code-header">pub const TABLE_AS_MARKDOWN = <a href="#associatedconstant.MARKDOWN"', 1),
        "a `__f` parameter": good.replace(
            '<h4 class="code-header">', '<h4 class="code-header">fn fmt(&amp;self, __f: &amp;mut Formatter) ', 1),
        "an example naming a row the table lacks": good.replace(
            'id="implementations"', f'id="implementations"><p><code>{name}::InvalidCredential</code> '
            '<code>"INVALID_CREDENTIAL"</code> <code>40001999: no such row</code></p><x ', 1),
        "the overview unfolded": re.sub(r"<details><summary>[^<]*</summary>", "", good, count=1)
        .replace("</div></details></div></details>", "</div></div></details>", 1),
        "MARKDOWN's value shown": good.replace(
            'id="associatedconstant.MARKDOWN"', 'id="associatedconstant.MARKDOWN"><p>MARKDOWN: &amp;\'static str = "# x"</p><x ', 1),
    }
    ok = True
    _, failures = check(path)
    if failures:
        print(f"docs-check self-test: the good page fails: {failures}")
        ok = False
    for what, broken in breaks.items():
        if broken == good:
            print(f"docs-check self-test: could not break the page with {what}")
            ok = False
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as out:
            out.write(broken)
        try:
            _, failures = check(out.name)
        finally:
            os.unlink(out.name)
        if failures:
            print(f"docs-check self-test: {what}: fails as it must ({failures[0][:90]}…)")
        else:
            print(f"docs-check self-test: {what}: the check PASSED a broken page")
            ok = False
    return ok


def main(argv):
    if argv[:1] == ["--self-test"]:
        return 0 if self_test(argv[1]) else 1
    if argv[:1] == ["--private-names"]:
        # Any page (a table's section or language enum, a module): no private name.
        status = 0
        for path in argv[1:]:
            if names := private_names(parse(open(path, encoding="utf-8").read())):
                print(f"docs-check: {path}: private or generated-internal names shown: {names}")
                status = 1
        return status
    status = 0
    for path in argv:
        parts, failures = check(path)
        for failure in failures:
            print(f"docs-check: {path}: {failure}")
            status = 1
        if not failures:
            print(f"docs-check: {parts['name']}: {len(parts['variants'])} rows, each once; "
                  f"no private name; its docs name its own rows")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
