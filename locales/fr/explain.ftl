# Words of `csc explain`.

explain-title = Indicateur { $id } ({ $path }) : { $title }
explain-target = Cible : { $written }  (lue comme : { $read })
explain-measure = Mesure : { $selection }
explain-ratio-measure = Mesure : 100 × numérateur / dénominateur
    {"  "}numérateur : { $numerator }
    {"  "}dénominateur : { $denominator }
explain-selection = { $aggregate ->
    [sum] somme de la colonne « { $column } » sur { $rows }
    [distinct] nombre de valeurs différentes de la colonne « { $column } » sur { $rows }
   *[quantity] somme de la colonne « quantite » (vide = 1) sur { $rows }
}
explain-rows = les lignes d'activité { $activities }{ $filters }
explain-activity = « { $code } »
explain-activity-or = {" "}ou{" "}
explain-filter = {" "}dont la colonne « { $column } » vaut « { $value } »
explain-declared = Valeur déclarée : { $value } (justification : { $justification })
explain-none = Ni mesure ni valeur déclarée : l'indicateur est non mesuré.
explain-period = Période : du { $du } au { $au }, évaluée au { $as_of }
explain-counted = Lignes comptées ({ $count }) :
explain-skipped = Lignes de la même activité laissées de côté ({ $count }) :
explain-arithmetic = Calcul :
explain-part = { $part ->
    [numerator] numérateur
   *[denominator] dénominateur
}
explain-distinct = { $new ->
    [true] +1 (nouvelle valeur)
   *[false] +0 (valeur déjà comptée)
}
explain-distinct-total = { $value } valeur(s) différente(s)
explain-distinct-part = { $part } : nombre de valeurs différentes
explain-many-terms = somme de { $count } lignes
explain-ratio = 100 × numérateur / dénominateur = { $value }
explain-skip = { $reason ->
    [outside-period] hors de la période
    [after-as-of] après la date d'évaluation
    [filtered] écartée par le filtre sur « { $column } »
    [empty-cell] la colonne « { $column } » est vide
   *[not-a-number] « { $column } » n'est pas un nombre
}
explain-result = Réalisé : { $value }   Attendu : { $expected }{ $has_projection ->
    [true] {"   "}Projection en fin de période : { $projection }
   *[false] {""}
}   Statut : { $status }   Lignes : { $rows }
explain-missing = Pas de valeur : aucune mesure, aucun journal, ou un dénominateur nul.
