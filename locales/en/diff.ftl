# `csc diff`: the changes between two versions of a plan (spec §12).

diff-class = { $class ->
    [erreur] Comparability broken
    [avertissement] To check
   *[info] For information
} ({ $count })
diff-none = No difference between the two versions of the plan.
diff-totals = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } for information
diff-indicateur-supprime = the indicator "{ $id }" is gone from the new version
diff-cible-assouplie = the target of "{ $id }" was lowered: "{ $old_target }" becomes "{ $new_target }"
diff-mesure-modifiee = the measure of "{ $id }" changed: the figures are no longer comparable
diff-periode-modifiee = the period { $old_du } to { $old_au } becomes { $new_du } to { $new_au }
diff-declare-modifie = the declared value of "{ $id }" goes from "{ $old_value }" to "{ $new_value }" after the end of the period
diff-indicateur-deplace = the indicator "{ $id }" moves from { $old_path } to { $new_path }
diff-cible-type-modifie = the target of "{ $id }" changes kind: "{ $old_target }" becomes "{ $new_target }"
diff-justification-supprimee = the justification of the declared value of "{ $id }" was removed
diff-intitule-modifie = the title of "{ $id }" changed
diff-indicateur-ajoute = new indicator "{ $id }"
diff-cible-renforcee = the target of "{ $id }" was raised: "{ $old_target }" becomes "{ $new_target }"
diff-objectif-ajoute = new objective { $path }
diff-resultat-attendu-modifie = the expected results of { $path } changed

## Command line

cli-diff = Compares two versions of a plan: lowered targets, removed indicators, changed measures
cli-diff-old = Old version: a file, or REVISION:path read from git (for example main:plans/molenbeek-2023.yaml)
cli-diff-new = New version: a file, or REVISION:path
cli-diff-format = Output: text (default), json, markdown (a pull-request comment), github (annotations)
cli-diff-fail-on = Fails (code 1) from a change of this class: erreur (default), avertissement, jamais
