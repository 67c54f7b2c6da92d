# Words many messages share.

# After `export`: how many cards it wrote.
export-done =
    { $count ->
        [one] Вивантажено { $count } картку
        [few] Вивантажено { $count } картки
       *[many] Вивантажено { $count } карток
    }
