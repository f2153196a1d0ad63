# Words of `csc explain`.

explain-title = Indicator { $id } ({ $path }): { $title }
explain-target = Target: { $written }  (read as: { $read })
explain-measure = Measure: { $selection }
explain-ratio-measure = Measure: 100 × numerator / denominator
    {"  "}numerator: { $numerator }
    {"  "}denominator: { $denominator }
explain-selection = { $aggregate ->
    [sum] sum of the column "{ $column }" over { $rows }
    [distinct] number of distinct values in the column "{ $column }" over { $rows }
   *[quantity] sum of the column "quantite" (empty = 1) over { $rows }
}
explain-rows = the rows of activity { $activities }{ $filters }
explain-activity = "{ $code }"
explain-activity-or = {" "}or{" "}
explain-filter = {" "}where the column "{ $column }" is "{ $value }"
explain-declared = Declared value: { $value } (justification: { $justification })
explain-none = No measure and no declared value: the indicator is not measured.
explain-period = Period: { $du } to { $au }, evaluated on { $as_of }
explain-counted = Rows counted ({ $count }):
explain-skipped = Rows of the same activity left out ({ $count }):
explain-arithmetic = Calculation:
explain-part = { $part ->
    [numerator] numerator
   *[denominator] denominator
}
explain-distinct = { $new ->
    [true] +1 (new value)
   *[false] +0 (value already counted)
}
explain-distinct-total = distinct values: { $value }
explain-distinct-part = { $part }: number of distinct values
explain-many-terms = sum of { $count } rows
explain-ratio = 100 × numerator / denominator = { $value }
explain-skip = { $reason ->
    [outside-period] outside the period
    [after-as-of] after the evaluation date
    [filtered] left out by the filter on "{ $column }"
    [empty-cell] the column "{ $column }" is empty
   *[not-a-number] "{ $column }" is not a number
}
explain-result = Achieved: { $value }   Expected: { $expected }{ $has_projection ->
    [true] {"   "}Projection at end of period: { $projection }
   *[false] {""}
}   Status: { $status }   Rows: { $rows }
explain-missing = No value: no measure, no log, or a zero denominator.
