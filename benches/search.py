#!/usr/bin/env python3
"""The search benchmark (issue 11, target 2): `whosaid search` on 1,000,000 statements.

Usage: benches/search.py BIN [--statements 1000000] [--runs 7] [--db PATH]

It generates a database of --statements statements (schema made by whosaid itself, rows
written with SQL, the full-text index filled by whosaid's own triggers) whose words follow a
Zipf distribution over a 30,000-word vocabulary, as news text does: a few words are in most
statements, most words in few. Then it times `whosaid search` (the whole process: start,
open, query, print) for queries from rare to very common words, phrases, prefixes and
filters, and prints the median and worst wall time of --runs runs of each, with the number of
statements each query matches, and the median CPU time (user + system) of the process,
which the load of other work on the machine changes less than wall time. Kept with --db, the database is reused by later runs."""
import argparse, os, random, resource, sqlite3, statistics, subprocess, sys, tempfile, time

# Words placed at fixed ranks of the vocabulary (rank 1 is the most frequent).
PLACED = {"the": 1, "said": 8, "water": 150, "budget": 400, "drought": 2000,
          "pension": 5000, "ferry": 12000, "zeppelin": 29000}


def vocabulary(n, rnd):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "ga", "fu", "ri",
                 "be", "no", "ta", "shi", "mar", "el", "os"]
    words, seen = [], set(PLACED)
    while len(words) < n:
        w = "".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    for word, rank in sorted(PLACED.items(), key=lambda kv: kv[1]):
        words.insert(rank - 1, word)
    return words[:n]


def generate(bin_path, path, statements, seed=11):
    subprocess.run([bin_path, "--db", path, "people"], check=True, stdout=subprocess.DEVNULL)
    rnd = random.Random(seed)
    words = vocabulary(30_000, rnd)
    weights = [1 / (r + 1) for r in range(len(words))]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    db = sqlite3.connect(path)
    people = 10_000
    db.executemany("INSERT INTO people (id, name, name_key, surname_key) VALUES (?, ?, ?, ?)",
                   [(i + 1, f"Person Bench{i:05d}", f"person bench{i:05d}", f"bench{i:05d}")
                    for i in range(people)])
    per_article = 20
    articles = (statements + per_article - 1) // per_article
    db.executemany("INSERT INTO articles (id, content_hash, external_id, title, source, "
                   "published_on, published_from, body, imported_at) VALUES (?, ?, ?, ?, "
                   "'Bench', ?, 'header', 'x', '2026-01-01T00:00:00Z')",
                   [(a + 1, f"{a:064x}", f"bench-{a}", f"Article {a}",
                     f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}")
                    for a in range(articles)])

    def rows():
        for s in range(statements):
            a = s // per_article
            n = rnd.randint(8, 30)
            text = " ".join(rnd.choices(words, cum_weights=cum, k=n))
            day = f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}"
            person = rnd.randrange(people) + 1
            kind = ("direct", "indirect", "mixed")[s % 3]
            yield (a + 1, (s % per_article) * 100, (s % per_article) * 100 + 90, kind,
                   f"“{text}.”", person, f"Person Bench{person - 1:05d}", "person", "said",
                   day, "day", "published")
    db.executemany("INSERT INTO statements (article_id, start_offset, end_offset, kind, text, "
                   "person_id, speaker, speaker_kind, cue, said_on, said_precision, said_basis) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    db.commit()
    db.execute("INSERT INTO statements_fts (statements_fts) VALUES ('optimize')")
    db.commit()
    db.close()


QUERIES = [
    ["zeppelin"],
    ["ferry"],
    ["pension"],
    ["drought"],
    ["budget"],
    ["water"],
    ["said"],
    ["the"],
    ["drought", "pension"],
    ["water", "budget"],
    ['"the said"'],
    ["drou*"],
    ["water", "--person", "Person Bench00042"],
    ["water", "--from", "2019-01-01", "--to", "2019-12-31"],
    ["water", "--kind", "mixed"],
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bin")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db")
    a = ap.parse_args()
    path = a.db or os.path.join(tempfile.mkdtemp(prefix="whosaid-search-"), "search.db")
    if not os.path.exists(path):
        t0 = time.perf_counter()
        generate(a.bin, path, a.statements)
        print(f"generated {a.statements} statements in {time.perf_counter() - t0:.0f} s: {path}")
    db = sqlite3.connect(path)
    print(f"{'query':48} {'matches':>8} {'median ms':>10} {'max ms':>8} {'cpu ms':>8}")
    for q in QUERIES:
        terms = q[:1] if any(w.startswith("--") for w in q) else q
        # The statements the words match, before any filter (as whosaid quotes them).
        fts = " ".join(w if w.endswith("*") or w.startswith('"') else f'"{w}"' for w in terms)
        matches = db.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?",
                             [fts]).fetchone()[0]
        cmd = [a.bin, "--db", path, "search", *q]
        times, cpu = [], []
        for _ in range(a.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append((time.perf_counter() - t0) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
            if p.returncode != 0:
                sys.exit(f"search.py: {' '.join(cmd)} exited {p.returncode}: {p.stderr[-500:]}")
        label = " ".join(q)
        print(f"{label:48} {matches:8} {statistics.median(times):10.1f} {max(times):8.1f} "
              f"{statistics.median(cpu):8.1f}", flush=True)


main()
