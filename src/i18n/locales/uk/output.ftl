# -o ФАЙЛ і формат за його розширенням (src/cli/output.rs, src/store/outside.rs)
out-unknown-extension = { $file }: ця команда не записує файли .{ $ext }; вона записує { $formats }
out-unknown-extension-hint = дайте файлу одне з цих розширень або вкажіть формат через --format
out-disagree = { $file }: розширення .{ $ext } означає формат { $named }, а --format вказує { $format }
out-disagree-hint = приберіть --format, щоб записати { $named }, або назвіть файл .{ $wanted }, щоб записати { $format }
out-is-directory = це каталог, а не файл
out-unsupported = { $file }: -o у цій системі не підтримано; перенаправте стандартний вивід
out-no-directory = каталогу { $dir } немає; спершу створіть його
office-excel-not-csv = --excel пише CSV, а не { $format }
office-excel-not-csv-hint = приберіть --format або напишіть --format csv
office-yes = так
office-no = ні
office-unknown = невідомо
export-no-key = --anonymize потребує секретного ключа псевдонімів: без нього псевдонім імені й номера телефону розкривається перебором номерів
export-no-key-hint = вкажіть його через --anonymize-key ФАЙЛ або APPEALS_ANONYMIZE_KEY_FILE; створіть так: 'head -c 32 /dev/urandom > pseudonym.key' (область дає один ключ усім своїм радам) і зберігайте поза реєстром
export-parquet-needs-dir = --format parquet записує каталог файлів, а не стандартний вивід
export-parquet-needs-dir-hint = вкажіть каталог через -o КАТАЛОГ (його буде створено, якщо немає; попереднє вивантаження в ньому буде замінено)
export-short-key = ключ у { $file } має { $bytes } { $bytes ->
        [one] байт
        [few] байти
       *[other] байтів
    }; ключ псевдонімів має бути щонайменше { $min } байтів
office-excel-not-csv-file-hint = назвіть файл .csv або приберіть --excel, щоб записати файл цього виду

## report-back
rb-done = для контакт-центру: рядків — { $count } за { $from } – { $to }
rb-not-from-centre = без номера контакт-центру (не з контакт-центру, у файл не потрапили): { $cards }
rb-profile-bad = { $file }: { $reason }
rb-title = Звіт для контакт-центру
rb-sheet = Звіт
rb-period = { $from } – { $to }
