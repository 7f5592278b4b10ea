#!/usr/bin/env python3
"""whosaid as the map step of an Apache Spark job (docs/scale.md).

Usage: spark-extract.py WHOSAID CORPUS.jsonl OUT_DIR [PARTITIONS]

Reads CORPUS (one article record a line, each with an "id") into an RDD of PARTITIONS
partitions, pipes each partition through `WHOSAID extract --format jsonl -`, and writes:
  OUT_DIR/statements.jsonl  the statements, partitions in order (so in input order)
  OUT_DIR/loadable/part-*   the same with --with-articles, for `whosaid import --statements`
Runs Spark in local mode (local[*]); on a cluster, give the master and ship the binary
(for example with --files) instead."""
import os
import sys

from pyspark import SparkConf, SparkContext


def main():
    whosaid, corpus, out = sys.argv[1], sys.argv[2], sys.argv[3]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    conf = (SparkConf().setMaster("local[*]").setAppName("whosaid-extract")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        articles = sc.textFile(corpus, minPartitions=partitions)
        # One whosaid process a partition: records in on stdin, statements out on stdout.
        statements = articles.pipe(f"{whosaid} extract --quiet --format jsonl -")
        lines = statements.collect()  # partitions come back in order
        with open(os.path.join(out, "statements.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in lines)
        loadable = articles.pipe(f"{whosaid} extract --quiet --format jsonl --with-articles -")
        loadable.saveAsTextFile(os.path.join(out, "loadable"))
        print(f"spark: {articles.getNumPartitions()} partitions, {len(lines)} statements")
    finally:
        sc.stop()


main()
