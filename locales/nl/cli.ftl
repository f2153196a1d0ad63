# The command line: help texts, value names and clap's errors.

cli-about = Volgt de indicatoren van een projectplan (veiligheids- en samenlevingscontract, strategisch veiligheids- en preventieplan) op aan de hand van de activiteitenlogboeken.
cli-after-help =
    Voorbeelden:
      csc check examples/plan-mechelen-2024.yaml     een plan controleren
      csc check plans/*.yaml --format github         alle plannen controleren in een CI
      csc report examples/plan-mechelen-2024.yaml --format csv -o rapport.csv
      csc explain examples/plan-mechelen-2024.yaml begeleidingen

    Afsluitcodes: 0 alles in orde; 1 fout in een plan of een logboek (of waarschuwing met --strict); 2 bestand niet gevonden of ongeldige optie.
cli-usage = Gebruik:
cli-commands = Commando's
cli-help = Toont deze hulp
cli-version = Toont de versie
cli-lang = Taal van meldingen en rapporten: fr, nl of en (standaard: die van de omgeving voor meldingen, de "taal" van het plan voor rapporten)
cli-quiet = Toont alleen fouten: geen waarschuwingen, geen tabel
cli-arguments = Argumenten
cli-options = Opties
cli-options-placeholder = OPTIES
cli-check = Controleert een of meer projectplannen en meldt elke fout met de regel en de kolom
cli-check-plans = Bestand(en) van het projectplan (YAML), bijvoorbeeld examples/plan-mechelen-2024.yaml
cli-format = Weergave van de meldingen: text (leesbaar, standaard), json (voor een programma), github (annotaties voor GitHub Actions), sarif (SARIF 2.1.0, code scanning van GitHub), junit (testrapport in JUnit XML), gitlab (Code Quality van GitLab)
cli-strict = Geeft afsluitcode 1 (mislukt), ook als er alleen waarschuwingen zijn
cli-fail-unmet = Geeft afsluitcode 1 (mislukt) als een indicator de status niet bereikt, achterstand of niet gemeten heeft
cli-report = Schrijft het evaluatierapport van de indicatoren (tabel, CSV, Excel, HTML, JSON of Markdown)
cli-report-plan = Bestand van het projectplan (YAML)
cli-report-format = Formaat: table (standaard), csv (voor Excel), xlsx (Excel-werkmap, met -o), html (afdrukbare pagina), json (voor een programma), markdown (voor een document)
cli-output = Schrijft het rapport naar dit bestand in plaats van naar het scherm
cli-comma = CSV met komma's als scheidingsteken, zonder BOM, met een decimaalpunt (voor andere software dan Excel)
cli-explain = Toont rij per rij hoe de waarde van een indicator berekend wordt
cli-explain-id = Id van de indicator (de "id" in het plan), bijvoorbeeld begeleidingen
cli-log = Activiteitenlogboek om te lezen naast de logboeken die het plan noemt (CSV, Excel of ODS; een patroon zoals 'logboeken/*.csv' mag); mag herhaald worden
cli-as-of = Evaluatiedatum (JJJJ-MM-DD of DD/MM/JJJJ); standaard vandaag, of het einde van de periode als die voorbij is
cli-delimiter = Scheidingsteken van de CSV-logboeken: ";", "," of "tab"; standaard wordt het automatisch herkend
cli-value-command = COMMANDO
cli-value-file = BESTAND
cli-value-date = DATUM
cli-value-separator = SCHEIDINGSTEKEN
cli-value-indicator = INDICATOR
cli-init = Maakt een in te vullen projectplan (plan.yaml, met een voorbeeld op elk niveau en uitleg in commentaar), een leeg logboek (CSV en Excel) en het schema van het plan; overschrijft nooit een bestand
cli-init-dir = Map waarin de bestanden aangemaakt worden (standaard de huidige map; ze wordt aangemaakt als ze niet bestaat)
cli-init-commune = Naam van de gemeente die in het plan komt
cli-init-year = Jaar van het plan (standaard het lopende jaar)
cli-schema = Toont het JSON-schema van het planformaat (Nederlandse en Franse sleutels), voor aanvulling en validatie in een editor (yaml-language-server)
cli-completions = Toont het script voor automatisch aanvullen van csc in een shell
cli-completions-shell = Shell: bash, zsh, fish, powershell of elvish
cli-manpage = Toont de handleidingpagina csc.1 (roff)
cli-value-dir = MAP
cli-value-name = NAAM
cli-value-year = JAAR
cli-value-shell = SHELL

## Errors on the command line

usage-error = fout
usage-see-help = Voer "csc --help" uit voor meer informatie.
usage-unknown-argument = { $has_suggestion ->
    [true] onbekende optie "{ $arg }"; bedoelt u "{ $suggestion }"?
   *[false] onbekende optie "{ $arg }"
}
usage-unknown-command = { $has_suggestion ->
    [true] onbekend commando "{ $arg }"; bedoelt u "{ $suggestion }"?
   *[false] onbekend commando "{ $arg }"; de commando's zijn check, report, explain, init, schema en completions
}
usage-invalid-value = { $possible ->
    [none] waarde "{ $value }" niet aanvaard voor { $arg }
   *[other] waarde "{ $value }" niet aanvaard voor { $arg }; mogelijke waarden: { $possible }
}
usage-refused-value = waarde "{ $value }" niet aanvaard voor { $arg }: { $why ->
    [date] onleesbare datum: schrijf JJJJ-MM-DD of DD/MM/JJJJ
    [delimiter] onbekend scheidingsteken: schrijf ";", "," of "tab"
    [lang] onbekende taal: schrijf fr, nl of en
    [year] ongeldig jaar: schrijf het jaar in vier cijfers, van 2000 tot 2100
   *[other] ongeldige waarde
}
usage-missing-argument = verplicht argument ontbreekt: { $args }
usage-missing-command = geef een commando op, bijvoorbeeld "csc check plan.yaml"
usage-other = ongeldige opdrachtregel: { $detail }
usage-repeated = de optie "{ $arg }" is meer dan eens opgegeven; behoud er één
usage-conflict = de opties "{ $arg }" en "{ $other }" gaan niet samen
