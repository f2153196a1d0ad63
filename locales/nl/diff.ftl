# `csc diff`: de wijzigingen tussen twee versies van een plan (spec §12).

diff-class = { $class ->
    [erreur] Vergelijkbaarheid verbroken
    [avertissement] Na te kijken
   *[info] Ter informatie
} ({ $count })
diff-none = Geen verschil tussen de twee versies van het plan.
diff-totals = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }, { $infos } ter informatie
diff-indicateur-supprime = de indicator "{ $id }" is verdwenen uit de nieuwe versie
diff-cible-assouplie = het doel van "{ $id }" is versoepeld: "{ $old_target }" wordt "{ $new_target }"
diff-mesure-modifiee = de meting van "{ $id }" is gewijzigd: de cijfers zijn niet meer vergelijkbaar
diff-periode-modifiee = de periode van { $old_du } tot en met { $old_au } wordt { $new_du } tot en met { $new_au }
diff-declare-modifie = de verklaarde waarde van "{ $id }" gaat van "{ $old_value }" naar "{ $new_value }" na het einde van de periode
diff-indicateur-deplace = de indicator "{ $id }" verhuist van { $old_path } naar { $new_path }
diff-cible-type-modifie = het doel van "{ $id }" verandert van aard: "{ $old_target }" wordt "{ $new_target }"
diff-justification-supprimee = de verantwoording van de verklaarde waarde van "{ $id }" is verwijderd
diff-intitule-modifie = de omschrijving van "{ $id }" is gewijzigd
diff-indicateur-ajoute = nieuwe indicator "{ $id }"
diff-cible-renforcee = het doel van "{ $id }" is aangescherpt: "{ $old_target }" wordt "{ $new_target }"
diff-objectif-ajoute = nieuwe doelstelling { $path }
diff-resultat-attendu-modifie = de verwachte resultaten van { $path } zijn gewijzigd

## Command line

cli-diff = Vergelijkt twee versies van een plan: versoepelde doelen, verwijderde indicatoren, gewijzigde metingen
cli-diff-old = Oude versie: een bestand, of REVISIE:pad gelezen uit git (bijvoorbeeld main:plans/molenbeek-2023.yaml)
cli-diff-new = Nieuwe versie: een bestand, of REVISIE:pad
cli-diff-format = Weergave: text (standaard), json, markdown (commentaar bij een pull request), github (annotaties)
cli-diff-fail-on = Mislukt (code 1) vanaf een wijziging van deze klasse: erreur (standaard), avertissement, jamais
