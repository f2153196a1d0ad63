#!/usr/bin/env python3
"""Writes a Belgian activity log for the benchmarks: `;`, dd/mm/yyyy, Windows-1252, CRLF.

    gen_log.py ROWS PATH [--dups N]

Every row is distinct ("ligne i" in the comment) unless --dups N plants N exact copies of
earlier rows (spread through the log), so that the duplicate-row warning has work to do.
Each spelling of an activity is the way an office writes it (accents, capitals)."""
import random
import sys

ACTS = ["Prise en charge", "Formation donnée", "Sensibilisation", "Réunion CSIL",
        "Contact police", "Projet collectif", "Colloque", "Intervision"]
PUBLICS = ["professionnels", "jeunes", "parents"]


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    dups = int(sys.argv[sys.argv.index("--dups") + 1]) if "--dups" in sys.argv else 0
    every = n // dups if dups else 0
    rnd = random.Random(1)
    kept = None
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Date;Activité;Quantité;Dossier;Participants;Public;Commentaire\r\n")
        for i in range(n):
            if every and i % every == every - 1 and kept is not None:
                f.write(kept)
                continue
            q = "" if rnd.random() < 0.8 else str(rnd.randint(1, 4))
            line = (f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2023;"
                    f"{rnd.choice(ACTS)};{q};D-{rnd.randint(1, 5000):05d};"
                    f"{rnd.randint(1, 30)};{rnd.choice(PUBLICS)};ligne {i} - suivi assuré avec le réseau local\r\n")
            if every and i % every == every // 2:
                kept = line
            f.write(line)


main()
