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
