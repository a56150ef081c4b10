"""A plain Python pipeline, the peer kbkit's import and index are measured against (kbkit-bench, index).

One core: lxml parses the HTML pages, markdown-it-py the Markdown files; the text of every block is
stored (import), then cut into sections under their headings and bulk-inserted into one SQLite FTS5
table per language with the unicode61 tokenizer (index), merged once at the end. The corpus's
queries are then run as OR queries ranked by bm25 (ten hits). Prints one JSON object on stdout.
Run from the venv `make bench-peers` creates; never a dependency of kbkit itself.
"""
import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
import time

import lxml.html
from markdown_it import MarkdownIt

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
BLOCK_TAGS = {"p", "li", "pre", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
WORD = re.compile(r"\w+", re.U)


def language_of(path, root):
    parts = os.path.relpath(path, root).split(os.sep)
    return parts[1].split("-")[0].lower() if len(parts) > 2 else "und"


def markdown_blocks(md, text):
    """(heading level or 0, text) per block, in order."""
    text = FRONT_MATTER.sub("", text)
    blocks, level, inline = [], 0, []
    for tok in md.parse(text):
        if tok.type == "heading_open":
            level = int(tok.tag[1])
        elif tok.type == "inline" or tok.type in ("fence", "code_block"):
            blocks.append((level, tok.content))
            level = 0
    return blocks


def html_blocks(data):
    doc = lxml.html.fromstring(data)
    for bad in doc.xpath("//script|//style|//nav|//header|//footer"):
        bad.drop_tree()
    root = (doc.xpath("//main") or doc.xpath("//article") or doc.xpath("//body") or [doc])[0]
    blocks = []
    for el in root.iter(*BLOCK_TAGS):
        text = el.text_content().strip()
        if text:
            blocks.append((int(el.tag[1]) if el.tag[0] == "h" and el.tag[1:].isdigit() else 0, text))
    return blocks


def import_corpus(db, root):
    md = MarkdownIt("commonmark").enable("table")
    db.executescript("""
        CREATE TABLE documents (key INTEGER PRIMARY KEY, path TEXT, lang TEXT);
        CREATE TABLE blocks (document_key INTEGER, ordinal INTEGER, heading INTEGER, text TEXT);
    """)
    files = 0
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            if name.endswith((".md", ".mdx")):
                with open(path, encoding="utf-8", errors="replace") as f:
                    blocks = markdown_blocks(md, f.read())
            elif name.endswith(".html"):
                with open(path, "rb") as f:
                    blocks = html_blocks(f.read())
            else:
                continue
            files += 1
            key = db.execute("INSERT INTO documents (path, lang) VALUES (?, ?)", (path, language_of(path, root))).lastrowid
            db.executemany("INSERT INTO blocks VALUES (?, ?, ?, ?)", [(key, i, h, t) for i, (h, t) in enumerate(blocks)])
    db.commit()
    return files


def index_corpus(db):
    tables, chunks = set(), 0
    rows = db.execute("SELECT d.key, d.lang, b.heading, b.text FROM blocks b JOIN documents d ON d.key = b.document_key ORDER BY b.document_key, b.ordinal")
    current, heading, body = None, "", []

    def flush():
        nonlocal chunks
        if current is None or not body:
            return
        table = "fts_" + current[1].replace("-", "_")
        if table not in tables:
            db.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(heading, body, doc UNINDEXED)")
            tables.add(table)
        db.execute(f"INSERT INTO {table} (heading, body, doc) VALUES (?, ?, ?)", (heading, "\n".join(body), current[0]))
        chunks += 1

    for key, lang, level, text in rows:
        if current is None or current[0] != key or level:
            flush()
            heading = text if level else ""
            body = [] if level else [text]
            current = (key, lang)
        else:
            body.append(text)
    flush()
    for t in tables:
        db.execute(f"INSERT INTO {t} ({t}) VALUES ('optimize')")
    db.commit()
    return chunks, tables


def query_latencies(db, queries_path, tables):
    lat = []
    with open(queries_path, encoding="utf-8") as f:
        queries = [json.loads(line) for line in f if line.strip()]
    for rnd in range(5):
        for q in queries:
            table = "fts_" + q["lang"].split("-")[0].lower()
            terms = WORD.findall(q["q"])
            if table not in tables or not terms:
                continue
            match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
            start = time.perf_counter()
            db.execute(f"SELECT doc, bm25({table}) AS s FROM {table} WHERE {table} MATCH ? ORDER BY s LIMIT 10", (match,)).fetchall()
            if rnd:
                lat.append((time.perf_counter() - start) * 1000)
    lat.sort()
    return lat[len(lat) // 2] if lat else None, lat[int(len(lat) * 0.99)] if lat else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "peer.sqlite")
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        t0, c0 = time.perf_counter(), time.process_time()
        files = import_corpus(db, args.corpus)
        t1, c1 = time.perf_counter(), time.process_time()
        chunks, tables = index_corpus(db)
        t2, c2 = time.perf_counter(), time.process_time()
        p50, p99 = query_latencies(db, os.path.join(args.corpus, "queries.jsonl"), tables)
        db.close()
        size = sum(os.path.getsize(os.path.join(tmp, n)) for n in os.listdir(tmp))
    json.dump({"files": files, "chunks": chunks, "import_s": t1 - t0, "index_s": t2 - t1,
               "import_cpu_s": c1 - c0, "index_cpu_s": c2 - c1, "query_p50_ms": p50, "query_p99_ms": p99, "store_mb": size / 1e6}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
