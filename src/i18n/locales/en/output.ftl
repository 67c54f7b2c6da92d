# -o FILE and the format from its extension (src/cli/output.rs, src/store/outside.rs)
out-unknown-extension = { $file }: this command can't write a .{ $ext } file; it writes { $formats }
out-unknown-extension-hint = name the file with one of these extensions, or choose the format with --format
out-disagree = { $file }: the extension .{ $ext } means { $named }, but --format says { $format }
out-disagree-hint = drop --format to write { $named }, or name the file .{ $wanted } to write { $format }
out-is-directory = is a directory, not a file
out-unsupported = { $file }: -o is not supported on this system; redirect standard output instead
out-no-directory = its directory { $dir } does not exist; create it first
office-excel-not-csv = --excel writes CSV, not { $format }
office-excel-not-csv-hint = leave out --format, or write --format csv
office-yes = yes
office-no = no
office-unknown = unknown
export-no-key = --anonymize needs the pseudonyms' secret key: without one, a pseudonym of a name and a phone number can be reversed by trying every number
export-no-key-hint = give it with --anonymize-key FILE or APPEALS_ANONYMIZE_KEY_FILE; make one with 'head -c 32 /dev/urandom > pseudonym.key' (an oblast shares one among its councils) and keep it out of the register
export-parquet-needs-dir = --format parquet writes a directory of files, not standard output
export-parquet-needs-dir-hint = name the directory with -o DIR (made when missing; an earlier export there is replaced)
export-short-key = the key in { $file } is { $bytes } bytes; a pseudonym key needs at least { $min }
office-excel-not-csv-file-hint = name the file .csv, or leave out --excel to write that kind of file

## report-back
rb-done = for the contact centre: { $count } rows for { $from } – { $to }
rb-not-from-centre = without a contact-centre number (not the centre's, left out of the file): { $cards }
rb-profile-bad = { $file }: { $reason }
rb-title = Report for the contact centre
rb-sheet = Report
rb-period = { $from } – { $to }
