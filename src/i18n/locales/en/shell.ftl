## appeals man: pages per subcommand.

sh-no-such-page = there is no manual page for `{ $name }`
sh-pages-are = Pages: appeals (without a name) and { $names }
sh-man-written =
    { $count ->
        [one] { $count } manual page written to { $dir }
       *[other] { $count } manual pages written to { $dir }
    }

## One problem repeated in many records of a batch, printed once.

sh-records-span = records { $first }–{ $last }
sh-lines-span = lines { $first }–{ $last }
sh-any-span = { $first } … { $last }
sh-group-count =
    { $count ->
        [one] ({ $shown } record)
       *[other] ({ $shown } records)
    }
sh-more-problems =
    { $count ->
        [one] … and { $shown } more problem, not shown
       *[other] … and { $shown } more problems, not shown
    }
