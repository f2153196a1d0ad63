"""Writes the inputs of tests/corpus/ that cannot be typed in an editor: byte-exact text
(BOM, CRLF, tabs, no-break spaces, Windows-1252, UTF-16, NUL bytes, a file cut in the
middle of a character), binary files, and the workbooks (.xlsx, .ods, a zip renamed .xlsx,
an HTML page renamed .xls). The plain UTF-8 plans are committed as typed.

The outputs are committed; rerun only to change an input (then record the expected
outputs again: CSC_CORPUS=record cargo test --test corpus). Python 3 standard library
only: the workbooks are written part by part, as Excel and LibreOffice lay them out, so
that a formula can be saved without its value, or with an error as its value.

The 50 MB log is not here: tests/corpus.rs generates it in a temporary folder.

Planted personal data (tests/corpus.rs checks that no output ever shows it): the national
register numbers and e-mail addresses of PLANTED_NRN and PLANTED_EMAIL below, written in
the spellings people use. They are made up (valid checksums, nobody's numbers).
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
LOGS = os.path.join(HERE, "journaux")
OUTSIDE = os.path.join(HERE, "dehors")

# Kept in step with PLANTED_NRN / PLANTED_EMAIL in tests/corpus.rs.
PLANTED_NRN = [
    "85073003328",  # 85.07.30-033.28
    "90020199704",
    "72112545197",
    "05031212360",  # born 2005: the check uses 2 + the nine digits; Excel writes 5031212360
    "01091700286",  # born 2001: 1091700286
    "63041827650",
    "98060314522",
    "07022831802",  # born 2007: 7022831802
]
PLANTED_EMAIL = [
    "jan.peeters@mechelen.be",
    "s.dubois@proximus.be",
    "karim.benali@gmail.com",
    "an.janssens@telenet.be",
    "marie-claire.dupont@skynet.be",
    "y.el-idrissi@hotmail.com",
    "t.vermeulen@student.kuleuven.be",
    "nadia.k@outlook.be",
    "josé.martin@ixelles.brussels",
    "andré@ixelles.brussels",
]

HEADER = "Date;Activité;Quantité;Dossier;Participants;Commentaire"
ROWS = [
    "14/02/2023;Formation;;;12;Module de base",
    "15/03/2023;Réunion CSIL;;;;",
    "10/05/2023;Suivi;;D-2023-001;;Entretien",
    "11/05/2023;Suivi;;D-2023-002;;Entretien",
    "12/06/2023;Suivi;;D-2023-001;;Deuxième entretien",
    "20/06/2023;Réunion CSIL;;;;",
    "21/09/2023;Réunion CSIL;;;;",
    "05/10/2023;Formation;;;9;Atelier",
    "12/10/2023;Journée d'étude;;;;Colloque à Namur",
    "14/12/2023;Réunion CSIL;;;;",
]


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def excel_csv(lines, encoding="cp1252", eol="\r\n", final=True):
    """A CSV as Excel (fr-BE) saves it: Windows-1252, CRLF, a final line ending."""
    text = eol.join(lines) + (eol if final else "")
    return text.encode(encoding)


def lines(text):
    return [l for l in text.strip("\n").split("\n")]


# ---------------------------------------------------------------- plans


def plans():
    tabs = """\
csc: 1
commune: Schaerbeek
annee: 2023
secteurs:
\t- id: S1
\t  intitule: Projets communaux
\t  objectifs_strategiques: []
"""
    write(PLANS, "tabulations.yaml", tabs.encode())

    # A tab after "key:" is separation space in YAML 1.2: this one is valid.
    tab_value = """\
csc:\t1
commune:\tSchaerbeek
annee:\t2023
secteurs:
  - id:\tS1
    intitule:\tProjets communaux
    objectifs_strategiques:
      - id: OS1
        domaine:\tPrévention
        objectifs_operationnels:
          - id: OO1
            intitule: Sensibiliser
            indicateurs:
              - {id: seances, intitule: Séances, cible:\t">= 6/an", mesure: {activite: formation}}
"""
    write(PLANS, "tabulation-valeur.yaml", tab_value.encode())

    # Word's no-break space (U+00A0) as indentation before a key.
    nbsp_indent = """\
csc: 1
commune: Etterbeek
annee: 2023
secteurs:
  - id: S1
    intitule: Projets communaux
\u00a0\u00a0\u00a0\u00a0objectifs_strategiques: []
"""
    write(PLANS, "espace-insecable-indentation.yaml", nbsp_indent.encode())

    # No-break spaces inside targets, as Word puts them before « % » and « / » (valid).
    nbsp_target = """\
csc: 1
commune: Etterbeek
annee: 2023
secteurs:
  - id: S1
    intitule: Projets communaux
    objectifs_strategiques:
      - id: OS1
        domaine: Prévention
        objectifs_operationnels:
          - id: OO1
            intitule: Sensibiliser
            indicateurs:
              - {id: a, intitule: A, cible: ">=\u00a010\u00a0/an", mesure: {activite: formation}}
              - {id: b, intitule: B, cible: "au moins 1\u202f000 par an", mesure: {activite: formation}}
              - {id: c, intitule: C, cible: ">=\u00a080\u00a0%", declare: "85\u00a0%", justification: Enquête}
              - {id: d, intitule: D, cible: "\u00a0Oui\u00a0", declare: Oui, justification: Convention}
"""
    write(PLANS, "espace-insecable-cible.yaml", nbsp_target.encode())

    valid = """\
csc: 1
commune: Molenbeek-Saint-Jean
annee: 2023
journaux: [../journaux/reference.csv]
secteurs:
  - id: S1
    intitule: Projets communaux
    objectifs_strategiques:
      - id: OS1
        domaine: Travail socio-préventif
        objectifs_operationnels:
          - id: OO1
            intitule: Former les professionnels
            indicateurs:
              - id: formations
                intitule: Formations données
                cible: ">= 2/an"
                mesure: {activite: formation}
"""
    write(PLANS, "bom.yaml", b"\xef\xbb\xbf" + valid.encode())
    # CRLF, and an unknown key on line 9: its column must not count the CR.
    crlf = valid.replace("          - id: OO1\n", "          - id: OO1\n            pilote: Service prévention\n")
    write(PLANS, "crlf.yaml", crlf.replace("\n", "\r\n").encode())
    # Notepad's "ANSI": Windows-1252, not UTF-8.
    write(PLANS, "windows-1252.yaml", valid.replace("Former", "Réunions à l'école — former").encode("cp1252"))
    # Notepad's "Unicode": UTF-16 LE with a BOM.
    write(PLANS, "utf16.yaml", "\ufeff".encode("utf-16-le") + valid.encode("utf-16-le"))
    # A Mac's decomposed accents (NFD) in the keys: « intitulé » is i-n-t-i-t-u-l-e + U+0301.
    nfd = valid.replace("    intitule: Projets", "    intitule\u0301: Projets").replace("annee", "anne\u0301e")
    write(PLANS, "accents-decomposes.yaml", nfd.encode())

    # Not a plan at all: a PNG image saved as plan.yaml.
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
    write(PLANS, "binaire.yaml", png + bytes(range(256)) * 4)

    write(PLANS, "vide.yaml", b"")
    write(PLANS, "commentaires-seuls.yaml", "# Plan 2024 — à compléter\n\n# secteurs:\n\n".encode())

    # Word's manual line break (vertical tab, U+000B) and a NUL byte inside a title.
    control = valid.replace("Former les professionnels", "Former les\x0bprofessionnels\x00")
    write(PLANS, "caracteres-de-controle.yaml", control.encode())

    # 10 000 nested flow sequences: the parser must stop, not overflow its stack.
    depth = 10_000
    deep = "csc: 1\ncommune: Bruxelles\nannee: 2023\nsecteurs: " + "[" * depth + "]" * depth + "\n"
    write(PLANS, "imbrication-profonde.yaml", deep.encode())

    # 200 levels of block mappings (each two spaces deeper), under an unknown key.
    block = ["csc: 1", "commune: Bruxelles", "annee: 2023", "notes:"]
    for i in range(200):
        block.append("  " * (i + 1) + f"n{i}:")
    block[-1] += " fin"
    block.append("secteurs: []")
    write(PLANS, "imbrication-profonde-blocs.yaml", ("\n".join(block) + "\n").encode())

    # A title pasted from a whole Word page (60 000 characters on one line), then a bad
    # target on the same long line: the snippet must stay readable.
    long_title = "Lutte contre le radicalisme " * 2_200
    long_line = valid.replace(
        "                mesure: {activite: formation}\n",
        "                mesure: {activite: formation}\n"
        "              - {id: long, intitule: \"" + long_title + "\", cible: au moins deux par décennie}\n",
    )
    write(PLANS, "ligne-tres-longue.yaml", long_line.encode())

    # The plan cut in the middle of « é » (a download interrupted): not UTF-8 any more.
    cut = valid.encode()
    i = cut.index("socio-préventif".encode()) + len("socio-pr") + 1
    write(PLANS, "tronque-utf8.yaml", cut[:i])


# ---------------------------------------------------------------- CSV logs


def csv_logs():
    write(LOGS, "reference.csv", excel_csv([HEADER] + ROWS))

    # Excel export of a sheet whose first row is a merged title cell, the header on row 3.
    write(
        LOGS,
        "titre-fusionne.csv",
        excel_csv(["Journal des activités 2023 — Service prévention;;;;;", ";;;;;", HEADER] + ROWS),
    )
    write(
        LOGS,
        "en-tetes-neerlandais.csv",
        excel_csv(["Datum;Activiteit;Aantal;Dossier;Deelnemers;Opmerking"] + ROWS),
    )
    write(LOGS, "sep-excel.csv", excel_csv(["sep=;", HEADER] + ROWS))
    write(LOGS, "utf8-bom-sep.csv", b"\xef\xbb\xbf" + excel_csv(["sep=;", HEADER] + ROWS, encoding="utf-8"))
    # Excel's « Texte Unicode (*.txt) »: UTF-16 LE with a BOM, tab-separated.
    tab_lines = [l.replace(";", "\t") for l in [HEADER] + ROWS]
    write(LOGS, "texte-unicode.txt", "\ufeff".encode("utf-16-le") + excel_csv(tab_lines, encoding="utf-16-le"))
    write(LOGS, "utf16-sans-bom.csv", excel_csv([HEADER] + ROWS, encoding="utf-16-le"))
    write(LOGS, "utf16be-bom.csv", "\ufeff".encode("utf-16-be") + excel_csv([HEADER] + ROWS, encoding="utf-16-be"))
    write(
        LOGS,
        "cp1252-accents.csv",
        excel_csv(
            [HEADER]
            + ROWS
            + [
                "18/12/2023;Formation;;;7;Élèves déjà vus – 2e séance, « cœur » du projet, 15 €",
                "19/12/2023;Réunion CSIL;;;;Ordre du jour : œuvre, naïveté, Noël…",
            ]
        ),
    )
    guillemet = [HEADER] + ROWS[:3] + ['11/05/2023;Suivi;;D-2023-002;;"Entretien avec la famille'] + ROWS[4:]
    write(LOGS, "guillemet-non-ferme.csv", excel_csv(guillemet))
    extra = [HEADER] + ROWS[:4] + ["12/06/2023;Suivi;;D-2023-001;;Entretien; famille présente;;;"] + ROWS[5:]
    write(LOGS, "cellules-en-trop.csv", excel_csv(extra))

    write(
        LOGS,
        "dates-variees.csv",
        excel_csv(
            [
                HEADER,
                "2023-02-14;Formation;;;12;ISO",
                "15/03/2023;Réunion CSIL;;;;jj/mm/aaaa",
                "10/5/2023;Suivi;;D-2023-001;;j/m/aaaa",
                "11-05-2023;Suivi;;D-2023-002;;jj-mm-aaaa",
                "20.06.2023;Réunion CSIL;;;;jj.mm.aaaa",
                "21/09/23;Réunion CSIL;;;;jj/mm/aa",
                "05/10/2023;Formation;;;9;",
                "12/10/2023;Journée d'étude;;;;",
                "14/12/2023;Réunion CSIL;;;;",
            ]
        ),
    )
    write(
        LOGS,
        "dates-invalides.csv",
        excel_csv(
            [
                HEADER,
                "14/2/23;Formation;;;12;j/m/aa",
                "31/02/2023;Réunion CSIL;;;;un 31 février",
                "06/14/2023;Suivi;;D-2023-001;;à l'américaine",
                "2023/06/15;Suivi;;D-2023-002;;aaaa/mm/jj",
                "14 février 2023;Formation;;;3;en toutes lettres",
                "45000;Formation;;;3;numéro de série Excel",
                "14/02;Formation;;;3;sans année",
                ";Formation;;;3;vide",
                "14/02/2023 09:30;Formation;;;3;avec l'heure",
                "#######;Formation;;;3;colonne trop étroite",
            ]
        ),
    )
    write(
        LOGS,
        "virgule-decimale.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Formation;2,5;;12;demi-journées",
                "15/03/2023;Formation;1;;1 234;groupe par une espace",
                "16/03/2023;Formation;1;;1\u00a0000;espace insécable",
                "17/03/2023;Formation;1;;1'000,5;apostrophe",
                "18/03/2023;Formation;0,5;;2.5;point décimal",
            ]
        ),
    )
    write(
        LOGS,
        "nombres-ambigus.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Formation;1.234;;;mille ou un virgule deux ?",
                "15/03/2023;Formation;;;1.000;",
                "16/03/2023;Formation;1 00;;;",
                "17/03/2023;Formation;1,2,3;;;",
                "18/03/2023;Formation;12e3;;;",
                "19/03/2023;Formation;0x10;;;",
                "20/03/2023;Formation;NaN;;;",
                "21/03/2023;Formation;∞;;;",
                "22/03/2023;Formation;deux;;;",
                "23/03/2023;Formation;2 pers.;;;",
            ],
            encoding="utf-8",
        ),
    )
    write(
        LOGS,
        "nombres-negatifs.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Formation;-3;;;annulation",
                "15/03/2023;Formation;;;- 2;",
                "16/03/2023;Formation;(4);;;format comptable",
                "17/03/2023;Formation;\u22125;;;signe moins de Word",
                "18/03/2023;Formation;-0;;;",
            ],
            encoding="utf-8",
        ),
    )
    write(
        LOGS,
        "nombre-13-chiffres.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Formation;;;1234567890123;treize chiffres",
                "15/03/2023;Formation;;;123456789012;douze chiffres",
                "16/03/2023;Formation;;;99999999999999999999;",
            ]
        ),
    )
    write(LOGS, "vide.csv", b"")
    write(LOGS, "entete-seul.csv", excel_csv([HEADER]))
    write(LOGS, "lignes-vides.csv", excel_csv([HEADER, ";;;;;"] + ROWS[:5] + ["", ";;;;;"] + ROWS[5:] + [";;;;;", ";;;;;", ""]))
    write(
        LOGS,
        "avertissements.csv",
        excel_csv(
            [HEADER]
            + ROWS
            + [
                "12/06/2023;Suivi;;D-2023-001;;Deuxième entretien",
                "20/12/2022;Formation;;;5;saisie en retard, année précédente",
                "03/01/2024;Réunion CSIL;;;;déjà l'année suivante",
                "17/11/2023;Formaton;;;4;faute de frappe",
                "18/11/2023;Colloque;;;;activité sans indicateur",
            ]
        ),
    )
    write(LOGS, "fin-de-ligne-mac.csv", excel_csv([HEADER] + ROWS, eol="\r"))
    write(
        LOGS,
        "colonnes-manquantes.csv",
        excel_csv(["Jour;Activté;Quantité;Dossier", "14/02/2023;Formation;;", "15/03/2023;Réunion CSIL;;"]),
    )
    write(
        LOGS,
        "colonnes-excel.csv",
        excel_csv(["Colonne1;Colonne2;Colonne3;Colonne4;Colonne5;Colonne6"] + ROWS),
    )
    write(
        LOGS,
        "colonnes-en-double.csv",
        excel_csv(["Date;Datum;Activité;Activity;Dossier;Case"] + ["14/02/2023;14/02/2023;Formation;Formation;;"]),
    )
    # A US-locale export: commas, and decimal commas quoted.
    write(
        LOGS,
        "virgules.csv",
        excel_csv(
            [
                "Date,Activité,Quantité,Dossier,Participants,Commentaire",
                '14/02/2023,Formation,"1,5",,12,"Module de base, partie 1"',
                "15/03/2023,Réunion CSIL,,,,",
                "10/05/2023,Suivi,,D-2023-001,,Entretien",
            ]
        ),
    )
    # A header with « ; », rows pasted from another file with « , »; one row holds an
    # address (it must be refused, never shown in the « mis-delimited » message).
    write(
        LOGS,
        "delimiteurs-melanges.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Formation;;;12;Module de base",
                "15/03/2023,Réunion CSIL,,,,",
                "10/05/2023,Suivi,,D-2023-001,,contact an.janssens@telenet.be",
            ]
        ),
    )
    # A file whose end was zeroed by a crash: NUL bytes after the last line.
    write(LOGS, "fin-nulle.csv", excel_csv([HEADER] + ROWS) + b"\x00" * 4096)
    # UTF-8 cut in the middle of « é »: the bytes are no longer UTF-8.
    whole = excel_csv([HEADER] + ROWS, encoding="utf-8")
    i = whole.rindex("Journée".encode()) + len("Journ") + 1
    write(LOGS, "tronque-utf8.csv", whole[:i])
    # A row cut before its last cells (the copy stopped there).
    write(LOGS, "tronque-ligne.csv", excel_csv([HEADER] + ROWS[:6] + ["21/09/2023;Réu"], final=False))
    # A PNG saved as .csv.
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
    write(LOGS, "binaire.csv", png + bytes(range(256)) * 8)
    # A cell of 5 000 characters in the date column, and a 100 000-character comment.
    write(
        LOGS,
        "cellule-tres-longue.csv",
        excel_csv(
            [
                HEADER,
                "le " + "14/02/2023 ou le lendemain, " * 180 + ";Formation;;;12;",
                "15/03/2023;Réunion CSIL;;;;" + "Compte rendu très détaillé. " * 3600,
            ]
        ),
    )

    # ------------------------------------------------------------ personal data
    # National register numbers in every spelling and every kind of column.
    write(
        LOGS,
        "nrn-partout.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Suivi;;85.07.30-033.28;;dossier au nom du numéro",
                "15/03/2023;Suivi;;D-2023-002;;jeune (90.02.01-997.04) vu au parc",
                "16/03/2023;Suivi;;D-2023-003;;RN:72112545197",
                "17/03/2023;Suivi;;63 04 18 276 50;;espaces",
                "18/03/2023;Suivi;;5031212360;;né en 2005, zéro perdu par Excel",
                "19/03/2023;Suivi;1091700286;D-2023-004;;dans la quantité",
                "98.06.03-145.22;Suivi;;D-2023-005;;dans la date",
                "20/03/2023;Suivi;;D-2023-006;07022831802;dans les participants",
                "21/03/2023;Suivi;;D-2023-007;;NRN 85/07/30/033/28 avec des barres",
            ]
        ),
    )
    write(
        LOGS,
        "emails-partout.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Suivi;;D-2023-001;;voir mail de jan.peeters@mechelen.be.",
                "15/03/2023;Suivi;;<s.dubois@proximus.be>;;",
                "16/03/2023;Suivi;;D-2023-003;;mailto:karim.benali@gmail.com",
                "an.janssens@telenet.be;Suivi;;D-2023-004;;dans la date",
                "17/03/2023;Suivi;[marie-claire.dupont@skynet.be];D-2023-005;;dans la quantité",
                "18/03/2023;Suivi;;D-2023-006;;\"Y. El Idrissi\" <Y.EL-IDRISSI@HOTMAIL.COM>",
            ]
        ),
    )
    # Register numbers as they are typed by hand or pasted from Word: a dash between
    # spaces, no-break spaces (U+00A0, U+202F), Word's en dash and non-breaking hyphen
    # (U+2011), and addresses whose local part has an accent (one right before the @). In the activity, the date
    # and the number columns, whose messages quote a cell that passed the scan.
    write(
        LOGS,
        "donnees-comme-word.csv",
        b"\xef\xbb\xbf"
        + excel_csv(
            [
                HEADER,
                "14/02/2023;Suivi 85.07.30 - 033.28;;D-2023-001;;",
                "85.07.30 - 033.28;Suivi;;D-2023-002;;",
                "15/02/2023;Suivi;90\u00a002\u00a001\u00a0997\u00a004;D-2023-003;;",
                "16/02/2023;Suivi 72.11.25 \u2013 451.97;;D-2023-004;;",
                "17/02/2023;Suivi 63.04.18\u2011276.50;;D-2023-005;;",
                "18/02/2023;Suivi 98 06 03 - 145 22;;D-2023-006;;",
                "19/02/2023;Contact jos\u00e9.martin@ixelles.brussels;;D-2023-007;;",
                "20/02/2023;Suivi 07\u202f02\u202f28\u202f318\u202f02;;D-2023-008;;",
                "21/02/2023;Contact andr\u00e9@ixelles.brussels;;D-2023-009;;",
            ],
            encoding="utf-8",
        ),
    )
    # The clean log, but one activity typed « Suivi 85.07.30 - 033.28 » (a dash between
    # spaces): only a warning, so a report is written, and the warning goes in it.
    write(
        LOGS,
        "activite-avec-numero.csv",
        excel_csv([HEADER] + ROWS[:4] + ["12/06/2023;Suivi 85.07.30 - 033.28;;D-2023-001;;"] + ROWS[5:]),
    )
    # Personal data in the header row: a column named after a person.
    write(
        LOGS,
        "en-tete-personnel.csv",
        excel_csv(
            [
                "Date;Activité;Quantité;Dossier;Suivi par t.vermeulen@student.kuleuven.be;RN 98.06.03-145.22",
                "14/02/2023;Formation;;;x;y",
                "15/03/2023;Suivi;;s.dubois@proximus.be;;",
                "16/03/2023;Suivi;;(72.11.25-451.97);;",
            ]
        ),
    )
    # In the activity code (which a warning would quote), and next to a bad date and a
    # bad number (which an error would quote).
    write(
        LOGS,
        "donnees-dans-les-erreurs.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Suivi 85.07.30-033.28;;;;",
                "15/03/2023;nadia.k@outlook.be;;;;",
                "31/02/2023 (90.02.01-997.04);Suivi;;D-2023-001;;",
                "16/03/2023;Suivi;trois (72.11.25-451.97);D-2023-002;;",
                "17/03/2023;Suivi;;D-2023-003;s.dubois@proximus.be;",
                "32/13/2023;Suivi;;D-2023-004;;",
                "18/03/2023;Formaton;;;;jan.peeters@mechelen.be",
            ]
        ),
    )

    # Things that look like numbers in a comment but are not register numbers (an IBAN, a
    # phone number, an enterprise number, a time), and one that is by the rule of spec §4
    # although it is a case reference: « D-2023-0000028 » holds 11 digits, 2023 0000028,
    # whose check digits happen to match (about one reference in 50 of this shape does).
    write(
        LOGS,
        "faux-positifs.csv",
        excel_csv(
            [
                HEADER,
                "14/02/2023;Suivi;;D-2023-014;;virement BE68 5390 0754 7034",
                "15/03/2023;Suivi;;D-2023-015;;rappeler au 0470 12 34 56",
                "16/03/2023;Suivi;;D-2023-016;;ASBL n° 0123.456.749",
                "17/03/2023;Suivi;;D-2023-017;;de 10:30 à 12:00, local 2.014",
                "18/03/2023;Suivi;;D-2023-0000028;;numéro de dossier du logiciel",
            ]
        ),
    )

    # Outside the plans' folders: a Unix account file, not a log, with a person's address
    # and number in it. It is read (the user named it) but never quoted.
    write(
        OUTSIDE,
        "passwd",
        (
            "root:x:0:0:root:/root:/bin/bash\n"
            "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
            "jpeeters:x:1000:1000:Jan Peeters,RN 63.04.18-276.50,jan.peeters@mechelen.be:/home/jpeeters:/bin/bash\n"
        ).encode(),
    )
    write(
        OUTSIDE,
        "journal-2022.csv",
        excel_csv([HEADER] + ["14/02/2022;Formation;;;12;", "15/03/2023;Formation;;;8;contact karim.benali@gmail.com"]),
    )


# ---------------------------------------------------------------- workbooks

ZIP_TIME = (2023, 12, 31, 12, 0, 0)


def zip_bytes(parts, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class D:
    """A real date: a serial number in a cell formatted as a date."""

    def __init__(self, y, m, d):
        import datetime

        self.date = datetime.date(y, m, d)

    def serial(self):
        import datetime

        return (self.date - datetime.date(1899, 12, 30)).days


class F:
    """A formula; `value` None: saved without its value (as a script writes it)."""

    def __init__(self, formula, value=None, error=False):
        self.formula, self.value, self.error = formula, value, error


def xlsx(sheets, merges=None):
    """`sheets`: [(name, rows)]; a cell is None, str, int/float, D or F."""
    merges = merges or {}
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(sheets))
        )
        + "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook {ns} xmlns:r="{rel}"><sheets>'
        + "".join(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
        + "</sheets></workbook>"
    )
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets))
        )
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{rel}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<styleSheet {ns}>"
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        "</styleSheet>"
    )
    parts = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", wb_rels),
        ("xl/styles.xml", styles),
    ]
    for i, (name, rows) in enumerate(sheets):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}><sheetData>']
        for r, row in enumerate(rows, 1):
            if not row:
                continue
            out.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if v is None:
                    continue
                if isinstance(v, str):
                    out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
                elif isinstance(v, D):
                    out.append(f'<c r="{ref}" s="1"><v>{v.serial()}</v></c>')
                elif isinstance(v, F):
                    if v.error:
                        out.append(f'<c r="{ref}" t="e"><f>{esc(v.formula)}</f><v>{esc(v.value)}</v></c>')
                    elif v.value is None:
                        out.append(f'<c r="{ref}"><f>{esc(v.formula)}</f></c>')
                    else:
                        out.append(f'<c r="{ref}"><f>{esc(v.formula)}</f><v>{v.value}</v></c>')
                else:
                    out.append(f'<c r="{ref}"><v>{v}</v></c>')
            out.append("</row>")
        out.append("</sheetData>")
        if name in merges:
            out.append(f'<mergeCells count="{len(merges[name])}">')
            out.extend(f'<mergeCell ref="{m}"/>' for m in merges[name])
            out.append("</mergeCells>")
        out.append("</worksheet>")
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", "".join(out)))
    return zip_bytes(parts)


def ods(sheets, spans=None):
    """`sheets`: [(name, rows)]; `spans`: {(sheet, row, col): columns} merged cells."""
    spans = spans or {}
    office = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
    )
    body = []
    for name, rows in sheets:
        body.append(f'<table:table table:name="{esc(name)}">')
        for r, row in enumerate(rows):
            body.append("<table:table-row>")
            skip = 0
            for c, v in enumerate(row):
                if skip:
                    skip -= 1
                    body.append("<table:covered-table-cell/>")
                    continue
                span = spans.get((name, r, c))
                attr = f' table:number-columns-spanned="{span}"' if span else ""
                if span:
                    skip = span - 1
                if v is None:
                    body.append(f"<table:table-cell{attr}/>")
                elif isinstance(v, str):
                    body.append(f'<table:table-cell{attr} office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>')
                elif isinstance(v, D):
                    body.append(
                        f'<table:table-cell{attr} office:value-type="date" office:date-value="{v.date.isoformat()}">'
                        f"<text:p>{v.date.strftime('%d/%m/%Y')}</text:p></table:table-cell>"
                    )
                else:
                    body.append(
                        f'<table:table-cell{attr} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
                    )
            body.append("</table:table-row>")
        body.append("</table:table>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {office}><office:body><office:spreadsheet>"
        + "".join(body)
        + "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return zip_bytes(
        [
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content),
        ],
        first_stored="mimetype",
    )


HEAD = ["Date", "Activité", "Quantité", "Dossier", "Participants", "Commentaire"]
SHEET_ROWS = [
    [D(2023, 2, 14), "Formation", None, None, 12, "Module de base"],
    [D(2023, 3, 15), "Réunion CSIL", None, None, None, None],
    [D(2023, 5, 10), "Suivi", None, "D-2023-001", None, "Entretien"],
    [D(2023, 5, 11), "Suivi", None, "D-2023-002", None, "Entretien"],
    [D(2023, 6, 12), "Suivi", None, "D-2023-001", None, "Deuxième entretien"],
    [D(2023, 6, 20), "Réunion CSIL", None, None, None, None],
    [D(2023, 9, 21), "Réunion CSIL", None, None, None, None],
    [D(2023, 10, 5), "Formation", None, None, 9, "Atelier"],
    [D(2023, 10, 12), "Journée d'étude", None, None, None, "Colloque à Namur"],
    [D(2023, 12, 14), "Réunion CSIL", None, None, None, None],
]


def workbooks():
    title = ["Journal des activités 2023 — Service prévention", None, None, None, None, None]
    write(
        LOGS,
        "titre-fusionne.xlsx",
        xlsx([("Journal", [title, [], HEAD] + SHEET_ROWS)], merges={"Journal": ["A1:F1"]}),
    )
    write(
        LOGS,
        "titre-fusionne.ods",
        ods([("Journal", [title, [None] * 6, HEAD] + SHEET_ROWS)], spans={("Journal", 0, 0): 6}),
    )
    write(LOGS, "journal.ods", ods([("Journal", [HEAD] + SHEET_ROWS)]))
    # A notes sheet first, the log second: the first sheet with « date » and « activite »
    # headers is the one to read (spec §4 v1.1).
    write(
        LOGS,
        "feuille-notes-d-abord.xlsx",
        xlsx([("Lisez-moi", [["Journal des activités 2023"], ["Une ligne par activité."]]), ("Activités", [HEAD] + SHEET_ROWS)]),
    )
    # Dates and numbers typed as text, as people type them.
    write(
        LOGS,
        "texte-dans-les-cellules.xlsx",
        xlsx(
            [
                (
                    "Journal",
                    [
                        HEAD,
                        ["14/02/2023", "Formation", "1", None, "12", None],
                        ["2023-03-15", "Réunion CSIL", None, None, None, None],
                        ["10.05.2023", "Suivi", None, "D-2023-001", None, None],
                        [D(2023, 5, 11), "Suivi", None, "D-2023-002", None, None],
                        [D(2023, 6, 20), "Réunion CSIL", "1,0", None, None, None],
                        ["21/9/2023", "Réunion CSIL", None, None, None, None],
                        [D(2023, 10, 5), "Formation", None, None, "9,0", None],
                        [D(2023, 10, 12), "Journée d'étude", None, None, None, None],
                        [D(2023, 12, 14), "Réunion CSIL", 1.0, None, None, None],
                    ],
                )
            ]
        ),
    )
    # Formulas: one saved without its value, one whose value is an error, one fine.
    write(
        LOGS,
        "formules.xlsx",
        xlsx(
            [
                (
                    "Journal",
                    [
                        HEAD,
                        [D(2023, 2, 14), "Formation", F("1+1"), None, F("SUM(G2:H2)", 12), None],
                        [D(2023, 3, 15), "Réunion CSIL", F("1/0", "#DIV/0!", error=True), None, None, None],
                        [D(2023, 3, 16), "Formation", None, None, F("VLOOKUP(A4;X:Y;2;0)", "#N/A", error=True), None],
                        [F("DATE(2023;5;10)"), "Suivi", None, "D-2023-001", None, None],
                        [D(2023, 5, 11), "Suivi", None, F("Feuil2!A1", "#REF!", error=True), None, None],
                    ],
                )
            ]
        ),
    )
    # Formulas whose cached value is an error: « #REF! » in « Dossier » (read by
    # « distincts: dossier ») and « #NAME? » in a comment (not read).
    write(
        LOGS,
        "formule-erreur.xlsx",
        xlsx(
            [
                (
                    "Journal",
                    [HEAD]
                    + SHEET_ROWS[:4]
                    + [
                        [D(2023, 6, 12), "Suivi", None, F("Feuil2!A1", "#REF!", error=True), None, None],
                        [D(2023, 6, 14), "Formation", None, None, 3, F("Feuil2!B1", "#NAME?", error=True)],
                    ]
                    + SHEET_ROWS[5:],
                )
            ]
        ),
    )
    # A pivot-table summary, not a log: no « date » or « activite » header anywhere.
    write(
        LOGS,
        "tableau-croise.xlsx",
        xlsx(
            [
                (
                    "TCD",
                    [
                        ["Étiquettes de lignes", "Nombre de Activité"],
                        ["Formation", 2],
                        ["Réunion CSIL", 4],
                        ["Suivi", 3],
                        ["Total général", 9],
                    ],
                )
            ]
        ),
    )
    write(LOGS, "classeur-vide.xlsx", xlsx([("Feuil1", [])]))
    # Personal data in a workbook: numbers stored as numbers (Excel drops the leading zero
    # of 05031212360), a number in a header, an address in a date column.
    write(
        LOGS,
        "donnees-personnelles.xlsx",
        xlsx(
            [
                (
                    "Journal",
                    [
                        HEAD + ["Contact"],
                        [D(2023, 2, 14), "Suivi", None, 5031212360, None, None, None],
                        [D(2023, 3, 15), "Suivi", None, 85073003328, None, None, None],
                        [D(2023, 3, 16), "Suivi", 1091700286, "D-2023-003", None, None, None],
                        ["t.vermeulen@student.kuleuven.be", "Suivi", None, "D-2023-004", None, None, None],
                        [D(2023, 3, 17), "Suivi", None, "D-2023-005", None, "RN: 90.02.01-997.04", None],
                        [D(2023, 3, 18), "Suivi", None, "D-2023-006", None, None, "y.el-idrissi@hotmail.com"],
                    ],
                )
            ]
        ),
    )
    write(
        LOGS,
        "donnees-personnelles.ods",
        ods(
            [
                (
                    "Journal",
                    [
                        HEAD,
                        [D(2023, 2, 14), "Suivi", None, 7022831802, None, None],
                        [D(2023, 3, 15), "Suivi", None, "(63.04.18-276.50)", None, None],
                        [D(2023, 3, 16), "Suivi", None, "D-2023-003", None, "mailto:karim.benali@gmail.com"],
                        [D(2023, 3, 17), "<marie-claire.dupont@skynet.be>", None, "D-2023-004", None, None],
                    ],
                )
            ]
        ),
    )
    # A zip that is not a workbook, renamed .xlsx (a mail attachment « journal.zip »).
    write(LOGS, "zip-renomme.xlsx", zip_bytes([("journal/LISEZMOI.txt", "Journal 2023, voir la pièce jointe.\n")]))
    # A workbook cut in half (an interrupted copy from a USB stick).
    whole = xlsx([("Journal", [HEAD] + SHEET_ROWS)])
    write(LOGS, "xlsx-tronque.xlsx", whole[: len(whole) // 2])
    # An « Excel » export from a web application: an HTML table saved as .xls.
    html = (
        "<html><head><meta charset=\"utf-8\"></head><body><table>"
        "<tr><th>Date</th><th>Activité</th><th>Dossier</th></tr>"
        "<tr><td>14/02/2023</td><td>Formation</td><td>85.07.30-033.28</td></tr>"
        "</table></body></html>\n"
    )
    write(LOGS, "export-web.xls", html.encode())
    # A CSV saved under a workbook's name.
    write(LOGS, "csv-renomme.xlsx", excel_csv([HEADER] + ROWS))


if __name__ == "__main__":
    plans()
    csv_logs()
    workbooks()
