# Words many messages share.

# After `export`: how many cards it wrote.
export-done =
    { $count ->
        [one] { $count } card exported
       *[other] { $count } cards exported
    }
# After `export --format parquet`: the cards and files written.
export-parquet-done =
    { $count ->
        [one] { $count } card exported
       *[other] { $count } cards exported
    } to { $dir } ({ $files ->
        [one] { $files } Parquet file
       *[other] { $files } Parquet files
    } and manifest.json)
