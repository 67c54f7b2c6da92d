# Words many messages share.

# After `export`: how many cards it wrote.
export-done =
    { $count ->
        [one] Вивантажено { $count } картку
        [few] Вивантажено { $count } картки
       *[many] Вивантажено { $count } карток
    }
# Після `export --format parquet`: скільки карток і файлів записано.
export-parquet-done =
    { $count ->
        [one] Вивантажено { $count } картку
        [few] Вивантажено { $count } картки
       *[many] Вивантажено { $count } карток
    } у { $dir } ({ $files ->
        [one] { $files } файл 'Parquet'
        [few] { $files } файли 'Parquet'
       *[many] { $files } файлів 'Parquet'
    } і manifest.json)
