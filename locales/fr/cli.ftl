# The command line: help texts, value names and clap's errors.

cli-about = Suit les indicateurs d'un plan de projet (Contrat de Sécurité et de Société, plan stratégique de sécurité et de prévention) à partir des journaux d'activités.
cli-after-help =
    Exemples :
      csc check plans/molenbeek-2023.yaml        vérifier un plan
      csc check plans/*.yaml --format github     vérifier tous les plans dans une CI
      csc report plans/molenbeek-2023.yaml --format csv -o rapport.csv
      csc explain plans/molenbeek-2023.yaml prises-en-charge

    Codes de sortie : 0 tout va bien ; 1 erreur dans un plan ou un journal (ou avertissement avec --strict) ; 2 fichier introuvable ou option incorrecte.
cli-usage = Utilisation :
cli-commands = Commandes
cli-help = Affiche cette aide
cli-version = Affiche la version
cli-lang = Langue des messages et des rapports : fr, nl ou en (par défaut : celle de l'environnement pour les messages, la « langue » du plan pour les rapports)
cli-quiet = N'affiche que les erreurs : ni avertissements, ni tableau
cli-arguments = Arguments
cli-options = Options
cli-options-placeholder = OPTIONS
cli-check = Vérifie un ou plusieurs plans de projet et signale chaque erreur avec sa ligne et sa colonne
cli-check-plans = Fichier(s) du plan de projet (YAML), par exemple plans/molenbeek-2023.yaml
cli-format = Présentation des messages : text (lisible, par défaut), json (pour un programme), github (annotations GitHub Actions), sarif (SARIF 2.1.0, analyse de code GitHub), junit (rapport de tests JUnit XML), gitlab (Code Quality de GitLab)
cli-strict = Échoue (code 1) aussi quand il n'y a que des avertissements
cli-fail-unmet = Échoue (code 1) si un indicateur est non atteint, en retard ou non mesuré
cli-report = Écrit le rapport d'évaluation des indicateurs (tableau, CSV, Excel, HTML, JSON ou Markdown)
cli-report-plan = Fichier du plan de projet (YAML)
cli-report-format = Format : table (par défaut), csv (pour Excel), xlsx (classeur Excel, avec -o), html (page imprimable), json (pour un programme), markdown (pour un document)
cli-output = Écrit le rapport dans ce fichier plutôt qu'à l'écran
cli-comma = CSV séparé par des virgules, sans BOM, avec un point décimal (pour d'autres logiciels qu'Excel)
cli-explain = Montre, ligne par ligne, comment la valeur d'un indicateur est calculée
cli-explain-id = Identifiant de l'indicateur (son « id » dans le plan), par exemple prises-en-charge
cli-log = Journal d'activités à lire en plus de ceux que le plan nomme (CSV, Excel ou ODS ; un motif comme 'journaux/*.csv' est permis) ; peut être répété
cli-as-of = Date d'évaluation (AAAA-MM-JJ ou JJ/MM/AAAA) ; par défaut aujourd'hui, ou la fin de la période si elle est passée
cli-delimiter = Séparateur des journaux CSV : « ; », « , » ou « tab » ; par défaut il est détecté
cli-value-command = COMMANDE
cli-value-file = FICHIER
cli-value-date = DATE
cli-value-separator = SÉPARATEUR
cli-value-indicator = INDICATEUR
cli-init = Crée un plan de projet à compléter (plan.yaml, avec un exemple à chaque niveau et des commentaires), un journal vide (CSV et Excel) et le schéma du plan ; n'écrase jamais un fichier
cli-init-dir = Dossier où créer les fichiers (par défaut le dossier courant ; il est créé s'il n'existe pas)
cli-init-commune = Nom de la commune à inscrire dans le plan
cli-init-year = Année du plan (par défaut l'année en cours)
cli-schema = Affiche le schéma JSON du format des plans (clés françaises et néerlandaises), pour l'autocomplétion et la validation dans un éditeur (yaml-language-server)
cli-completions = Affiche le script d'autocomplétion de csc pour un shell
cli-completions-shell = Shell : bash, zsh, fish, powershell ou elvish
cli-manpage = Affiche la page de manuel csc.1 (roff)
cli-value-dir = DOSSIER
cli-value-name = NOM
cli-value-year = ANNÉE
cli-value-shell = SHELL

## Errors on the command line

usage-error = erreur
usage-see-help = Pour plus d'informations, lancez « csc --help ».
usage-unknown-argument = { $has_suggestion ->
    [true] option inconnue « { $arg } » ; vouliez-vous dire « { $suggestion } » ?
   *[false] option inconnue « { $arg } »
}
usage-unknown-command = { $has_suggestion ->
    [true] commande inconnue « { $arg } » ; vouliez-vous dire « { $suggestion } » ?
   *[false] commande inconnue « { $arg } » ; les commandes sont check, report, explain, init, schema et completions
}
usage-invalid-value = { $possible ->
    [none] valeur « { $value } » refusée pour { $arg }
   *[other] valeur « { $value } » refusée pour { $arg } ; valeurs possibles : { $possible }
}
usage-refused-value = valeur « { $value } » refusée pour { $arg } : { $why ->
    [date] date illisible : écrivez AAAA-MM-JJ ou JJ/MM/AAAA
    [delimiter] séparateur inconnu : écrivez « ; », « , » ou « tab »
    [lang] langue inconnue : écrivez fr, nl ou en
    [year] année invalide : écrivez l'année en quatre chiffres, de 2000 à 2100
   *[other] valeur incorrecte
}
usage-missing-argument = argument obligatoire manquant : { $args }
usage-missing-command = indiquez une commande, par exemple « csc check plan.yaml »
usage-other = ligne de commande incorrecte : { $detail }
usage-repeated = l'option « { $arg } » est donnée plusieurs fois ; gardez-en une seule
usage-conflict = les options « { $arg } » et « { $other } » ne vont pas ensemble
