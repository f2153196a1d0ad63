#!/usr/bin/env python3
"""Writes a spreadsheet log for the benchmarks (needs openpyxl for .xlsx):

    gen_sheet.py ROWS PATH.xlsx|PATH.ods

Real dates, numbers as numbers, the columns of gen_log.py."""
import datetime
import random
import sys

ACTS = ["Prise en charge", "Formation donnée", "Sensibilisation", "Réunion CSIL",
        "Contact police", "Projet collectif", "Colloque", "Intervision"]
HEADER = ["Date", "Activité", "Quantité", "Dossier", "Participants", "Public", "Commentaire"]


def rows(n):
    rnd = random.Random(1)
    for i in range(n):
        yield [datetime.date(2023, rnd.randint(1, 12), rnd.randint(1, 28)), rnd.choice(ACTS),
               None if rnd.random() < 0.8 else rnd.randint(1, 4), f"D-{rnd.randint(1, 5000):05d}",
               rnd.randint(1, 30), rnd.choice(["professionnels", "jeunes", "parents"]),
               f"ligne {i}"]


def write_ods(n, path):
    """An OpenDocument spreadsheet written by hand: a zip of its content.xml."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(v):
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, datetime.date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                    f"<text:p>{v.strftime('%d/%m/%Y')}</text:p></table:table-cell>")
        if isinstance(v, int):
            return (f'<table:table-cell office:value-type="float" office:value="{v}">'
                    f"<text:p>{v}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    parts = [f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
             '<office:body><office:spreadsheet><table:table table:name="Journal">']
    for r in [HEADER, *rows(n)]:
        parts.append("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>")
    parts.append("</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", "".join(parts), zipfile.ZIP_DEFLATED)


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    if path.endswith(".ods"):
        write_ods(n, path)
        return
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Journal")
    ws.append(HEADER)
    for r in rows(n):
        ws.append(r)
    wb.save(path)


main()
