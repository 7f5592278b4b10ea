#!/usr/bin/env python3
"""The archive benchmark: whosaid on a newsroom-sized corpus, as ratios to `wc -w`.

Usage: benches/scale.py BIN EVAL_DIR [--mb 100] [--runs 3] [--work DIR] [--skip-import]
       [--skip-queries] [--statements 1000000] [--people 10000]

It builds the corpus from EVAL_DIR's articles (repeated until --mb megabytes of JSON Lines,
each copy's text made distinct so no two copies share a hash; never committed), then times, in
one run so the ratios share the machine's load (wall and CPU time, each as a ratio to wc -w's,
and peak RSS; the load average is printed, as wall times mean little on a busy machine):
  - `wc -w` on the corpus (the yardstick),
  - `whosaid extract --format jsonl` on it (on every core, on one, and from stdin, checking
    that stdin gives the file run's bytes),
  - `whosaid import` of it into a new database, and again (every article present),
and, on a generated database of --statements statements by --people people, the `person`,
`people` and `search` commands. Each figure is the median of --runs runs. benches/scale.sh
builds the release binary and calls this script."""
import argparse, glob, json, os, random, sqlite3, statistics, subprocess, sys, tempfile, time


def build_corpus(eval_dir, mb, path):
    docs = []
    for gold in sorted(glob.glob(os.path.join(eval_dir, "*.gold.json"))):
        g = json.load(open(gold, encoding="utf-8"))
        text = open(gold[: -len(".gold.json")] + ".txt", encoding="utf-8").read()
        docs.append((g["doc_id"], g.get("date"), g.get("title"), g.get("publisher"), text))
    if not docs:
        sys.exit(f"scale.py: no *.gold.json articles in {eval_dir}")
    limit, written, n = mb * 1_000_000, 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while written < limit:
            copy = n // len(docs)
            doc_id, date, title, source, text = docs[n % len(docs)]
            # A distinct last paragraph gives every copy its own content hash.
            body = text.rstrip("\n") + f"\n\n(Archive copy {copy}.)\n"
            rec = {"id": f"{doc_id}#{copy}", "date": date, "title": title, "source": source,
                   "text": body}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n, written


def timed(cmd, runs, setup=None, stdout=subprocess.DEVNULL, stdin=None):
    """Median wall time, median CPU time (user + system) and the largest peak RSS (MB) over
    `runs` runs of `cmd` (`stdin`: a file to read standard input from)."""
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        if setup:
            setup()
        with tempfile.NamedTemporaryFile("r") as rss:
            src = open(stdin, "rb") if stdin else subprocess.DEVNULL
            t0 = time.perf_counter()
            p = subprocess.run(["/usr/bin/time", "-o", rss.name, "-f", "%M %U %S"] + cmd,
                               stdout=stdout, stderr=subprocess.PIPE, stdin=src)
            times.append(time.perf_counter() - t0)
            if stdin:
                src.close()
            if p.returncode not in (0, 1):
                sys.exit(f"scale.py: {' '.join(cmd)} exited {p.returncode}: {p.stderr[-2000:]}")
            kb, user, system = rss.read().strip().splitlines()[-1].split()
            peaks.append(int(kb) / 1024)
            cpus.append(float(user) + float(system))
    return statistics.median(times), statistics.median(cpus), max(peaks)


GIVEN = ["Ada", "Ben", "Cora", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jon", "Kira",
         "Luis", "Mina", "Noor", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tess"]
WORDS = ("budget water council drought pension vote housing school tariff hospital river "
         "bridge energy police transit wage climate farm tax court election border").split()


def generate_db(bin_path, path, statements, people, seed=7):
    """A database of `statements` statements by `people` people, written straight with SQL into
    the schema whosaid itself creates (so the benchmark needs no huge corpus)."""
    subprocess.run([bin_path, "--db", path, "people"], check=True, stdout=subprocess.DEVNULL)
    rnd = random.Random(seed)
    db = sqlite3.connect(path)
    names = [f"{GIVEN[i % len(GIVEN)]} Benchmark{i:05d}" for i in range(people)]
    db.executemany("INSERT INTO people (id, name, name_key, surname_key) VALUES (?, ?, ?, ?)",
                   [(i + 1, n, n.lower(), n.split()[-1].lower()) for i, n in enumerate(names)])
    db.executemany("INSERT INTO aliases (person_id, alias, alias_key, origin) VALUES (?, ?, ?, "
                   "'article')", [(i + 1, n.split()[-1], n.split()[-1].lower())
                                  for i, n in enumerate(names)])
    per_article = 50
    articles = (statements + per_article - 1) // per_article
    db.executemany("INSERT INTO articles (id, content_hash, external_id, title, source, "
                   "published_on, published_from, body, imported_at) VALUES "
                   "(?, ?, ?, ?, 'Bench', ?, 'header', ?, '2026-01-01T00:00:00Z')",
                   [(a + 1, f"{a:064x}", f"bench-{a}", f"Article {a}",
                     f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}", "x" * 200)
                    for a in range(articles)])

    def rows():
        for s in range(statements):
            a = s // per_article
            words = " ".join(rnd.choice(WORDS) for _ in range(12))
            person = rnd.randrange(people) + 1
            day = f"{2015 + a % 10}-{1 + a % 12:02d}-{1 + a % 28:02d}"
            yield (a + 1, (s % per_article) * 4, (s % per_article) * 4 + 3, "direct",
                   f"“{words},”", person, names[person - 1], "person", "said", day, "day",
                   "published")
    db.executemany("INSERT INTO statements (article_id, start_offset, end_offset, kind, text, "
                   "person_id, speaker, speaker_kind, cue, said_on, said_precision, said_basis) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    db.commit()
    busiest = db.execute("SELECT p.name, count(*) FROM statements s JOIN people p "
                         "ON p.id = s.person_id GROUP BY p.id ORDER BY abs(count(*) - 100) "
                         "LIMIT 1").fetchone()
    db.close()
    return busiest


def report(label, figures, base):
    """One line: wall and CPU time, each also as a ratio to wc -w's, and peak memory."""
    wall, cpu, peak = figures
    ratio = (f"{wall / base[0]:6.1f}x  cpu {cpu * 1000:9.0f} ms {cpu / base[1]:6.1f}x"
             if base else f"cpu {cpu * 1000:9.1f} ms")
    print(f"{label:34} {wall * 1000:10.1f} ms {ratio}  peak {peak:5.0f} MB", flush=True)


def load():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bin")
    ap.add_argument("eval_dir")
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work")
    ap.add_argument("--skip-import", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--people", type=int, default=10_000)
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="whosaid-scale-")
    os.makedirs(work, exist_ok=True)
    corpus = os.path.join(work, "corpus.jsonl")
    n, size = build_corpus(a.eval_dir, a.mb, corpus)
    print(f"corpus: {n} articles, {size / 1e6:.1f} MB in {corpus}; {a.runs} runs each, medians; "
          f"{os.cpu_count()} cores, load average {load()}")
    base = timed(["wc", "-w", corpus], a.runs)
    report("wc -w", base, base)
    extract = [a.bin, "extract", "--format", "jsonl"]
    report("extract --format jsonl", timed(extract + [corpus], a.runs), base)
    report("extract --jobs 1", timed(extract + ["--jobs", "1", corpus], a.runs), base)
    report("extract - (stdin)", timed(extract + ["-"], a.runs, stdin=corpus), base)
    file_out, stdin_out = os.path.join(work, "file.jsonl"), os.path.join(work, "stdin.jsonl")
    with open(file_out, "wb") as out:
        subprocess.run(extract + ["-q", corpus], stdout=out, check=False)
    with open(stdin_out, "wb") as out, open(corpus, "rb") as src:
        subprocess.run(extract + ["-q", "-"], stdout=out, stdin=src, check=False)
    same = open(file_out, "rb").read() == open(stdin_out, "rb").read()
    print(f"stdin output {'byte-identical to' if same else 'DIFFERS from'} the file run")
    if not a.skip_import:
        db = os.path.join(work, "import.db")

        def fresh():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
        report("import (new database)",
               timed([a.bin, "--db", db, "import", "--quiet", corpus], a.runs, fresh), base)
        report("import again (all present)",
               timed([a.bin, "--db", db, "import", "--quiet", corpus], a.runs), base)
    print(f"load average now {load()}")
    if not a.skip_queries:
        gen = os.path.join(work, "generated.db")
        if not os.path.exists(gen):
            t0 = time.perf_counter()
            busiest = generate_db(a.bin, gen, a.statements, a.people)
            print(f"generated {a.statements} statements, {a.people} people in "
                  f"{time.perf_counter() - t0:.0f} s")
        else:
            db = sqlite3.connect(gen)
            busiest = db.execute("SELECT p.name, count(*) FROM statements s JOIN people p "
                                 "ON p.id = s.person_id GROUP BY p.id ORDER BY "
                                 "abs(count(*) - 100) LIMIT 1").fetchone()
        runs = max(a.runs, 5)
        report(f"person ({busiest[1]} statements)",
               timed([a.bin, "--db", gen, "person", busiest[0]], runs), None)
        report("people", timed([a.bin, "--db", gen, "people"], runs), None)
        helped = subprocess.run([a.bin, "search", "--help"], capture_output=True)
        if helped.returncode == 0:
            report("search \"drought pension\"",
                   timed([a.bin, "--db", gen, "search", "drought pension"], runs), None)
        print(f"load average now {load()}")


main()
