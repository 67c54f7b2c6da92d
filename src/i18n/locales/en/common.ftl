# Words many messages share.

# After `export`: how many cards it wrote.
export-done =
    { $count ->
        [one] { $count } card exported
       *[other] { $count } cards exported
    }
