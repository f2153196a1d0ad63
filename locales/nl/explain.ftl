# Words of `csc explain`.

explain-title = Indicator { $id } ({ $path }): { $title }
explain-target = Doel: { $written }  (gelezen als: { $read })
explain-measure = Meting: { $selection }
explain-ratio-measure = Meting: 100 × teller / noemer
    {"  "}teller: { $numerator }
    {"  "}noemer: { $denominator }
explain-selection = { $aggregate ->
    [sum] som van de kolom "{ $column }" in { $rows }
    [distinct] aantal verschillende waarden in de kolom "{ $column }" in { $rows }
   *[quantity] som van de kolom "aantal" (leeg = 1) in { $rows }
}
explain-rows = de rijen met activiteit { $activities }{ $filters }
explain-activity = "{ $code }"
explain-activity-or = {" "}of{" "}
explain-filter = {" "}waarin de kolom "{ $column }" de waarde "{ $value }" heeft
explain-declared = Verklaarde waarde: { $value } (verantwoording: { $justification })
explain-none = Geen meting en geen verklaarde waarde: de indicator is niet gemeten.
explain-period = Periode: van { $du } tot en met { $au }, geëvalueerd op { $as_of }
explain-counted = Getelde rijen ({ $count }):
explain-skipped = Rijen van dezelfde activiteit die niet meetellen ({ $count }):
explain-arithmetic = Berekening:
explain-part = { $part ->
    [numerator] teller
   *[denominator] noemer
}
explain-distinct = { $new ->
    [true] +1 (nieuwe waarde)
   *[false] +0 (waarde al geteld)
}
explain-distinct-total = verschillende waarden: { $value }
explain-distinct-part = { $part }: aantal verschillende waarden
explain-many-terms = som van { $count } rijen
explain-ratio = 100 × teller / noemer = { $value }
explain-skip = { $reason ->
    [outside-period] buiten de periode
    [after-as-of] na de evaluatiedatum
    [filtered] weggelaten door de filter op "{ $column }"
    [empty-cell] de kolom "{ $column }" is leeg
   *[not-a-number] "{ $column }" is geen getal
}
explain-result = Gerealiseerd: { $value }   Verwacht: { $expected }{ $has_projection ->
    [true] {"   "}Prognose einde periode: { $projection }
   *[false] {""}
}   Status: { $status }   Rijen: { $rows }
explain-missing = Geen waarde: geen meting, geen logboek, of een noemer gelijk aan nul.
