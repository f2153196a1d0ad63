#!/usr/bin/env python3
"""Prints the SQL that DuckDB runs in benches/report.sh: the aggregation `csc report` does
for benches/plan30.yaml over a log of gen_log.py. One scan, grouped by activity (the
activity slugged as csc slugs it): rows counted with `quantite` (1 when empty), sums of
participants, distinct case numbers, the sums behind each filter and ratio, and counts per
quarter, month and week for the sub-period rates. Of the forms tried, the fastest: one
FILTER clause per indicator read the same figures in about twice the time.

    duckdb_query.py LOG"""
import sys

log = sys.argv[1]
print(f"""SELECT replace(lower(strip_accents(trim(a))), ' ', '-') AS activite,
  sum(coalesce(q, 1)) AS quantite,
  sum(p) AS participants,
  count(DISTINCT dossier) AS dossiers,
  sum(p) FILTER (WHERE pub = 'professionnels') AS participants_professionnels,
  sum(p) FILTER (WHERE pub = 'jeunes') AS participants_jeunes,
  sum(p) FILTER (WHERE pub = 'parents') AS participants_parents,
  sum(coalesce(q, 1)) FILTER (WHERE pub = 'professionnels') AS quantite_professionnels,
  sum(coalesce(q, 1)) FILTER (WHERE pub = 'jeunes') AS quantite_jeunes,
  histogram(quarter(d)) AS trimestres,
  histogram(month(d)) AS mois,
  histogram(week(d)) AS semaines
FROM read_csv('{log}', delim = ';', header = true, encoding = 'latin-1',
              dateformat = '%d/%m/%Y',
              columns = {{'d': 'DATE', 'a': 'VARCHAR', 'q': 'INTEGER', 'dossier': 'VARCHAR',
                         'p': 'INTEGER', 'pub': 'VARCHAR', 'c': 'VARCHAR'}})
WHERE d BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
GROUP BY a
ORDER BY activite;""")
