# `csc diff`: the changes between two versions of a plan (spec §12). One message per
# change code, prefixed `diff-`; the classes are erreur, avertissement, info.

diff-class = { $class ->
    [erreur] Comparabilité rompue
    [avertissement] À vérifier
   *[info] Pour information
} ({ $count })
diff-none = Aucune différence entre les deux versions du plan.
diff-totals = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $infos } pour information
diff-indicateur-supprime = l'indicateur « { $id } » a disparu de la nouvelle version
diff-cible-assouplie = la cible de « { $id } » est assouplie : « { $old_target } » devient « { $new_target } »
diff-mesure-modifiee = la mesure de « { $id } » a changé : les chiffres ne sont plus comparables
diff-periode-modifiee = la période passe du { $old_du } au { $old_au } à la période du { $new_du } au { $new_au }
diff-declare-modifie = la valeur déclarée de « { $id } » passe de « { $old_value } » à « { $new_value } » après la fin de la période
diff-indicateur-deplace = l'indicateur « { $id } » passe de { $old_path } à { $new_path }
diff-cible-type-modifie = la cible de « { $id } » change de nature : « { $old_target } » devient « { $new_target } »
diff-justification-supprimee = la justification de la valeur déclarée de « { $id } » a été retirée
diff-intitule-modifie = l'intitulé de « { $id } » a changé
diff-indicateur-ajoute = nouvel indicateur « { $id } »
diff-cible-renforcee = la cible de « { $id } » est renforcée : « { $old_target } » devient « { $new_target } »
diff-objectif-ajoute = nouvel objectif { $path }
diff-resultat-attendu-modifie = les résultats attendus de { $path } ont changé

## Command line

cli-diff = Compare deux versions d'un plan : cibles assouplies, indicateurs supprimés, mesures changées
cli-diff-old = Ancienne version : un fichier, ou RÉVISION:chemin lu dans git (par exemple main:plans/molenbeek-2023.yaml)
cli-diff-new = Nouvelle version : un fichier, ou RÉVISION:chemin
cli-diff-format = Présentation : text (par défaut), json, markdown (commentaire de pull request), github (annotations)
cli-diff-fail-on = Échoue (code 1) dès un changement de cette classe : erreur (par défaut), avertissement, jamais
