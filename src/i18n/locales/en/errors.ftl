# Errors: what a refused command says, after "error:".

## How the lines of an error, a hint and a warning start.

err-line = error: { $text }
hint-line = hint: { $text }
warn-line = warning: { $text }
err-caused-by = caused by: { $cause }

## Pieces of messages.

detail-field = field `{ $field }`
err-card-prefix = card { $card }: { $text }

## Roles of people in people.toml, as errors name them.

detail-role-coordinator = a coordinator
detail-role-executor = an executor
detail-role-administrator = an administrator
detail-role-head = the head

## Why a step needs a coordinator or the head.

detail-why-resolve = a resolution is a coordinator's
detail-why-rework = a package is returned by a coordinator (point 8.1)
detail-why-sign = only a coordinator signs (point 8.1)
detail-why-extend = a term is extended by the head or his deputy (law art. 20)
detail-why-classify = the classification is corrected by a coordinator
detail-needs-forward = a coordinator or the head decides where an appeal belongs (law arts. 5, 7)
detail-needs-decline = the head, or an official he authorised ([[head]] in people.toml), decides not to consider an appeal (law art. 8)
detail-needs-duplicate = an administrator or a coordinator closes a card registered twice
detail-needs-close = a controller (controller = true in people.toml), a coordinator or the head takes a card off control
detail-needs-none = not an exit

## Documents given by a flag.

detail-doc-notice = the notice to the applicant
detail-doc-draft = the draft answer to the applicant
detail-doc-cc-draft = the draft answer to the contact centre
detail-doc-info = the information for the coordinator
detail-doc-quality = the quality-evaluation card
detail-doc-scan = the scan of the signed answer

## The library's errors.

err-numbers-used-up = the running numbers of { $year } are used up ({ $max })
err-no-cc = no card has contact-centre number { $cc }
err-no-card = no card { $name } in { $year }
err-wrong-index = card { $year }#{ $number } is { $index }, not { $name }
err-unknown-executor = no executor { $id } in people.toml
err-unknown-coordinator = no coordinator { $id } in people.toml
err-empty-document = { $flag }: { $path } is empty
err-not-coordinator = { $flag } { $id }: { $id } is { $role }, not a coordinator; { $why }
err-not-head-or-deputy = { $flag } { $id }: { $id } is { $role }, neither the head nor his deputy; { $why }
err-no-head-or-deputy = { $flag } { $id }: no head or coordinator { $qid } in people.toml
err-no-coordinator = { $flag } { $id }: no coordinator { $qid } in people.toml
err-not-executor = --executor { $id }: { $id } is { $role }, not an executor
err-no-executor = a resolution names at least one executor
err-executor-twice = --executor { $id } is given twice
err-no-coordinator-covers = no coordinator in people.toml covers the topic of card { $card }: { $topics }
err-several-coordinators = several coordinators cover the topics of card { $card }: { $fits }
err-quality-score = { $file }: score = { $score } is outside 1–5
err-quality-not-utf8 = --quality: { $file }: not UTF-8 text (invalid byte at offset { $offset })
err-executor-gone = executor { $id } of the resolution of { $card } is no longer in people.toml
err-signed-unreadable = card { $card }: the { $role } document can't be read: { $error }
err-anonymous-posted = card { $card } is anonymous: there is no address to mail the answer to
err-before-signed = { $flag } { $date } is before the answer was signed ({ $signed })
err-after-today = { $flag } { $date } is after today ({ $today })
err-reason-empty = --reason is empty
err-until-not-later = --until { $until }: card { $card }'s control date is already { $previous }
err-extend-after-control = card { $card }'s control date { $control } passed before today ({ $today }); a term is extended before its control date (law art. 20)
err-late-not-late = --late: card { $card }'s control date { $control } has not passed (today is { $today })
err-until-past-ceiling = --until { $until }: day { $max } from receipt ({ $received }) of card { $card } is not a working day ({ $why }); by register.toml terms.non_working = "{ $policy }" its term ends by { $latest } at most (law art. 20)
err-until-past-max = --until { $until }: card { $card } would run { $days } days from receipt ({ $received }); law art. 20 allows at most { $max }
err-link-itself = card { $card } can't repeat itself
err-link-later = { $to } was received on { $to_received }, after { $card } ({ $received }): an appeal repeats an earlier one
err-link-circle = { $to } already repeats { $card }: a link back would go in a circle
err-not-repeat = card { $card } repeats no earlier card
err-nothing-given = nothing to correct: give --topic, --kind or --category
err-nothing-to-correct-given = nothing to correct: give --name, --address, --phone, --email or --summary
err-correct-anonymous = card { $card } is anonymous: a correction doesn't give it the applicant's name
err-correct-unname = card { $card } has the applicant's name: a correction doesn't erase it
err-same-executors = card { $card } is assigned to { $executors } already
err-not-authorised = --by { $id }: { $id } is { $role }; { $needs }
err-not-authorised-nobody = --by { $id }: no { $qid } in people.toml; { $needs }
err-wrong-ground = --ground { $ground } doesn't go with this step; it takes { $allowed }
err-reason-required = '{ $step }' needs --reason: the applicant is told what is missing (law art. 5)
err-forward-where = --to is empty: name the body the appeal is forwarded to (law art. 7)
err-notice-required = '{ $step }' needs --notice FILE: the applicant is told, and the notice is kept in the answer package's place
err-duplicate-of-itself = card { $card } can't be a duplicate of itself
err-duplicate-of-duplicate = { $of } is itself closed as a duplicate; name the card { $card } and { $of } both repeat
err-duplicate-of-what = --of is missing: name the card this one duplicates
err-repeat-not-decided = card { $card } can't be declined as a repeat: the appeal it repeats, { $earlier }, has no reply yet
err-repeat-of-nothing = card { $card } can't be declined as a repeat: it repeats no earlier appeal
err-already-confirmed = the applicant's word on { $card } is recorded already: { $outcome } on { $date }
err-notified-before-received = --notified { $date } is before the appeal was received ({ $received })
err-notified-before-extending = { $flag } { $date } is before the extension was made ({ $extended }): the applicant can't have been told of it
err-input-whole = { $source } is refused as a whole; nothing was written
err-input =
    { $count ->
        [one] { $count } invalid record in { $source }; nothing was written
       *[other] { $count } invalid records in { $source }; nothing was written
    }
err-bad-month = --month { $text } is not a month
err-bad-quarter = --quarter { $text } is not a quarter
err-to-before-from = { $to_flag } { $to } is before { $from_flag } { $from }
err-no-register = no register to report on
err-editions-differ = the registers classify by different Classifier editions: { $registers }; their codes can't be added up silently
err-same-register-path = { $first } and { $second } are the same register: its appeals would be counted twice; name it once
err-same-register-id = { $first } and { $second } are copies of one register (both have id = "{ $id }" in register.toml): its appeals would be counted twice; name one of them, after merging the other into it with git
err-xlsx = could not build the XLSX workbook: { $error }
err-not-an-export =
    { $dir } holds { $count ->
        [one] a file
       *[other] { $count } files
    } that no earlier export there lists ({ $files }); an export replaces the whole directory
err-parquet = writing the Parquet file { $file }: { $error }
err-draft-no-resolution = card { $card } has no resolution yet: there is no executor or coordinator to draft for
err-unknown-placeholder = { $file }, line { $line }: unknown placeholder {"{"}{ $key }{"}"}
err-unknown-edition = unknown Classifier edition { $edition }
err-already-register = { $dir } is already a register
err-file-exists = { $path } already exists

## Warnings.

warn-kept-on-card = { $warning } (kept on the card)
warn-then-not-notified = { $warning }; 'appeals check' reports { $card } until a notification date is recorded
warn-then-extended-late = { $warning }; 'appeals deadlines' marks { $card } as extended late
warn-then-no-head = { $warning }; add the head to people.toml as [[head]] and run 'appeals remind' again
warn-then-reassign = { $note }; 'appeals reassign' or a new resolution may be due
warn-then-links = { $note }; 'appeals related { $card }' shows the applicant's appeals, 'appeals link' and 'appeals unlink' correct the links

## Hints: what to do about an error.

hint-step-calendar = calendar.toml covers the years it lists; extend it before recording this step
hint-deadline-calendar = 'appeals calendar YEAR' shows the years the register's calendar.toml covers
hint-not-a-register = create one with 'appeals init DIR', or name it with -R DIR or $APPEALS_REGISTER
hint-repair-card = run 'appeals check' and repair the card file by hand
hint-next-step = the next step is '{ $command }'
hint-off-control = the card is off control; a new appeal on the same question is registered with 'appeals register --repeat-of { $card } …'
hint-history-forward = a card's history runs forward; give --today { $at } or later
hint-extend-first = extend the term first: 'appeals extend { $card } --until DATE --by ID --reason TEXT'
hint-notified-once = a notification is recorded once
hint-notified-date = give the date the applicant was told of the extension
hint-related-shows = 'appeals related { $card }' shows what it lists
hint-codes-differ = give the codes that differ from the card's
hint-did-you-mean = did you mean { $ids }?
hint-list-cards = list cards with 'appeals list'
hint-list-year = list the year's cards with 'appeals list --received-from { $first }'
hint-other-year = a card of another year is named with its year, e.g. { $year }/К-{ $number } or { $year }#{ $number }
hint-name-it = name it { $year }/{ $index }
hint-roster = 'appeals people' lists the roster
hint-coordinators-listed = coordinators are listed in people.toml under [[coordinator]]
hint-document-path = give the path of { $what }
hint-coordinators-are = coordinators are: { $ids }
hint-heads-none = the head and the officials he authorised ([[head]]): none in people.toml; add the head as [[head]]; his deputies (coordinators): { $coordinators }
hint-heads-are = the head and the officials he authorised ([[head]]): { $heads }; his deputies (coordinators): { $coordinators }
hint-heads-listed = the head and the officials he authorised are listed in people.toml under [[head]], his deputies under [[coordinator]]
hint-coordinator-flag = coordinators are named with --coordinator
hint-give-executor = give --executor ID (the first one leads); 'appeals people' lists them
hint-executor-once = name each executor once; the first one leads
hint-name-coordinator = name the coordinator with --coordinator ID; 'appeals people' lists them
hint-add-topic = or add the topic to a coordinator's topics in people.toml
hint-choose-coordinator = choose one with { $options }
hint-quality-card = the quality card is TOML with exactly these keys: timely = true|false, complete = true|false, applicant_contacted = true|false, applicant_satisfied = "yes"|"no"|"unknown", score = 1..5, notes = "…" (optional)
hint-quality-utf8 = save the quality card as UTF-8
hint-results = results of consideration: { $codes }
hint-outbox = --outbox names a directory for the letters; it is created when missing
hint-executor-gone = restore the executor in people.toml, or correct the resolution by hand
hint-restore-signed = restore { $path } in the register (e.g. from git), then sign again
hint-drop-posted = drop --posted; the answer goes to the contact centre only
hint-after-signed = an answer goes out once signed: give { $flag } { $signed } or later
hint-sent-later = record the sending when it has happened, on { $date } or later
hint-notified-when-sent = record the notification once it is sent
hint-extend-reason = say why the appeal needs longer, e.g. --reason 'потрібна додаткова перевірка'
hint-until-later = an extension sets a later control date: after { $previous }, at most { $latest }
hint-latest-allowed = the latest allowed date is { $day }
hint-extend-late = if the head did decide it after the control date, record it as such: 'appeals extend { $card } … --late' (the card stays counted as overdue)
hint-overdue-listed = otherwise the reply is overdue: 'appeals deadlines' lists such cards
hint-leave-out-late = leave out --late: an extension before the control date is in time
hint-say-why = say why in a few words: it is kept in the card's history
hint-name-earlier = name the earlier appeal with --to; 'appeals related CARD' lists them
hint-link-later = link the later card to the earlier one: 'appeals link { $to } --to { $card } --reason …'
hint-link-circle = to reverse the link, first 'appeals unlink' the one that is wrong; 'appeals related { $card }' shows the chain
hint-related-lists = 'appeals related { $card }' lists the applicant's appeals
hint-classify-example = e.g. 'appeals classify К-125 --topic 010 --by ID --reason …'
hint-correct-example = e.g. 'appeals correct К-125 --address "вул. Миру, 5, кв. 2" --reason …'
hint-anonymity-settled = an appeal's anonymity is settled at registration: it decides whether the appeal is considered (law art. 8)
hint-show-card = 'appeals show { $card }' shows what the card holds
hint-other-executors = name the executors it should go to instead
hint-call-back-once = a call-back is recorded once; if it was recorded wrong, restore the card from git
hint-nobody-may = people.toml names nobody who may; add them ([[head]] entries, or controller = true on an administrator)
hint-who-may = who may: { $ids }
hint-grounds = forward: art7; return: art5; decline: art8-repeat, art8-anonymous or art17-late; close-duplicate: duplicate
hint-say-what-lacks = say what the appeal lacks; it goes into the card and the notice
hint-forward-example = e.g. --to 'Головне управління Держпраці у Дніпропетровській області'
hint-give-notice = give the letter that tells the applicant (its scan or text file); it is kept with the card's documents
hint-related-any = 'appeals related CARD' lists the applicant's appeals
hint-show-duplicate = 'appeals show { $of }' names the card it duplicates
hint-link-first = link it to the appeal it repeats first ('appeals link { $card } --to EARLIER --reason …'); art. 8 applies once the first was decided on the merits
hint-fix-file = nothing was registered; fix the file and run again
hint-fix-records = fix the records and run again; or register the valid ones with --skip-invalid
hint-repeat-of = name the earlier card as 2015/К-125, 2015#125 or cc:NUMBER
hint-leave-sign = leave `sign` out; it follows from the link
hint-month-forms = write it as { $forms }, e.g. --month 2015-06 or --month 06.2015
hint-quarter-forms = write it as YYYY-Q, e.g. --quarter 2015-2 (or 2015-Q2)
hint-from-to = give the first day with { $from_flag } and the last with { $to_flag }
hint-report-separately = report on each register separately
hint-not-an-export = name a new or empty directory, or the directory of an earlier export (with its manifest.json)
hint-mixed-editions = or add --mixed-editions to add the codes up as they are (names from the first register's edition)
hint-resolve-first = resolve it first with 'appeals resolve { $card } --executor ID'
hint-placeholders = the placeholders are: { $list }
hint-literal-braces = write {"{{"} and {"}}"} for literal braces
hint-restore-template = every register has { $template }; restore it from git, or copy it from a new register made with 'appeals init'
hint-out-dir = --out names a directory for the drafts; it is created when missing
hint-choose-edition = choose --edition 2015 or --edition 2016
hint-another-dir = choose another directory; init never overwrites a register
hint-empty-dir = init writes into an empty directory; move the file away or choose another directory

## The command line's own refusals.

err-from-and-flags = give either --from FILE or one appeal's flags, not both
hint-from-or-flags = put the appeal into the file, or drop --from
err-nothing-to-register = nothing to register
hint-nothing-to-register = give --from FILE (or - for stdin), or one appeal's flags such as --topic and --summary
err-writing-export = writing the export: { $error }
hint-name-register = name the register with -R DIR or $APPEALS_REGISTER

## Errors of the procedure and the storage.

err-transition = card is { $status }; it can't be { $past }
err-broken-history = card { $card }: its history doesn't follow the procedure at entry { $entry } ({ $error })
err-out-of-order = card { $card } is { $status }; it can't be { $past }
err-before-last-step = card { $card }: today ({ $today }) is before its last step ({ $command } on { $at })
err-incomplete = card { $card } is { $status } but has no { $missing }
detail-missing-resolution = resolution
detail-missing-package = answer package
detail-missing-signature = signature or answer
err-not-later = card { $card } doesn't list { $later } as a later appeal
err-nothing-to-classify = the classification of card { $card } already is as given
err-nothing-to-correct = card { $card } already holds what is given
err-no-extension = card { $card } has no extension to notify the applicant of
err-already-notified = the applicant of { $card } was already notified of the extension to { $until } on { $on }
err-notified-before-extension = --on { $on } is before the extension was recorded ({ $recorded })
err-bad-card-name = can't read card name { $text }; name a card as К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER
err-not-a-register = { $root } is not a register (no { $settings })
err-io-not-found = No such file or directory
err-io-permission = Permission denied
err-io-exists = File exists
err-io-is-dir = Is a directory
err-io-not-dir = Not a directory
err-io-full = No space left on device
err-io-read-only = Read-only file system
err-io-invalid-data = invalid data
err-io-other = { $error }

## Warnings of the steps.

warn-no-email = executor { $executor } has no e-mail in people.toml; send its letter by other means
warn-timely-but-late = the quality card says timely = true, but the package is { $days } working day(s) after the executor's due date { $due }
warn-extended-late = the term of { $card } is extended after its control date { $missed } passed: the card stays counted as overdue from { $missed } (law art. 20)
warn-non-working-control = the new control date { $until } is not a working day ({ $why })
warn-not-notified = the applicant must be notified of the extension (law art. 20)
warn-no-head = people.toml names no head ([[head]]): { $count } card(s) past the control date get no reminder to the head ({ $cards })
warn-gone-since-signed = { $path } is gone since it was signed on { $signed }
warn-changed-since-signed = { $path } changed since it was signed on { $signed }
warn-coordinator-topics = the resolution's coordinator { $coordinator } doesn't cover the new topics by people.toml
warn-links-old-topics = card { $card }'s repeat links were decided on the old topics
warn-links-old-applicant = card { $card }'s repeat links were decided on the applicant's earlier details
warn-index-stays = the registration index of { $card } stays, as letters and links name it (by the corrected surname it would have been { $would })
warn-letters-earlier-details = card { $card } was dispatched to its executors ({ $executors }) in a letter with the earlier details; '--outbox DIR' writes each a corrected one
err-not-a-date = { $text } is not a date: write it as { $forms }
err-unknown-status = unknown status { $text }; expected one of: { $all }
err-unknown-ground = unknown ground { $text }; expected one of: { $all }
err-path-empty = the path is empty
err-path-control = { $path } contains control characters
err-path-outside = { $path } leads out of the register (..)
err-path-absolute = { $path } is an absolute path
err-path-in-register = { $why }; a path in a register is relative to it, like docs/2015/000125/answer.txt
err-card-json = invalid card JSON: { $error }; 'appeals check' names what is wrong
err-git-run = can't run git to { $what }: { $error }
err-git-failed = git could not { $what }: { $error }
detail-git-stage = stage the files
detail-git-find = find the git work tree
detail-git-config = set the merge driver up
detail-git-commit = commit
detail-git-fetch = fetch the remote's commits
detail-git-read = read git's history
detail-git-rewrite = rewrite the unpublished commits
detail-git-rebase = rebase onto the remote branch
detail-git-push = push to the remote
sync-merge-commit = the unpublished commits include merge commit { $commit }; sync keeps a clone's history a line, as a rebase does

## Settings files: register.toml, people.toml.

detail-line = line { $line }: { $text }
err-settings-version = version { $version } is not known to this program (expected 1)
err-multiple-after = repeats.multiple_after = 0 must be at least 1
err-terms-default = terms.default = { $default } must be between 1 and terms.max_total ({ $max })
err-id-ascii = id { $id } must be ASCII letters, digits, '-' or '_'
err-id-twice = id { $id } is used twice
err-executor-coordinator = executor { $executor }: coordinator { $coordinator } is not in the roster
err-executor-before = remind.executor_before = { $value } must be at most { $max } working days
err-levels-twice = remind.levels names "{ $level }" twice
err-toml-unknown-field-expected = unknown field { $field }, expected { $expected }
err-toml-unknown-field = unknown field { $field }
err-toml-missing-field = missing field { $field }
err-toml-duplicate-key = duplicate key { $key }
err-toml-invalid-type = invalid type: { $found }, expected { $expected }
err-toml-other = { $message }

## The working-day calendar (calendar.toml).

err-date-outside-calendar =
    { $date } is outside the working-day calendar, which covers { $first }–{ $last }
    { $hint }
hint-calendar-add-years-for-date = add the missing years to register/calendar.toml before working with this date
err-year-outside-calendar =
    year { $year } is outside the working-day calendar, which covers { $first }–{ $last }
    { $hint }
hint-calendar-add-years = add the missing years to register/calendar.toml
err-calendar-version = unsupported calendar format version { $version }; this program reads version { $expected }
err-calendar-year = year { $year } is not supported
err-calendar-years = last_year { $last } is before first_year { $first }
err-martial-law = martial law ends on { $until }, before it starts on { $from }
err-calendar-day-outside =
    { $date } is outside the calendar's years { $first }–{ $last }
    { $hint }
hint-calendar-years-or-entry = change first_year/last_year or remove the entry
err-calendar-twice = { $date } is listed twice (first on line { $first }); keep one entry
err-calendar-already-working = { $date } ({ $weekday }) is already a working day; "working" is only for a Saturday or Sunday
err-calendar-already-off =
    { $date } ({ $weekday }) is already a day off; "{ $kind }" is only for a weekday
    { $hint }
hint-calendar-day-off = a holiday on a weekend moves the day off to the next working day (КЗпП ст. 67 ч. 3): add a "day-off" entry for that day instead
err-calendar-date = expected a date such as 2015-01-01, found { $found }
err-calendar-empty = must not be empty

## The Classifier.

err-classifier-missing-section = { $file }: section "{ $key }" is missing; every classifier file lists all ten sections (add a [[section]] with key = "{ $key }")
err-classifier-section-twice = { $file }:{ $line }: section "{ $key }" appears twice; each section must be listed once
err-classifier-code-twice = { $file }:{ $line }: code "{ $code }" appears twice in section "{ $section }"; codes must be unique within a section
err-classifier-invalid-code = { $file }:{ $line }: code "{ $code }" in section "{ $section }" is not a classifier code; expected { $expected }
err-classifier-unknown-code = unknown code "{ $code }" in section { $number } «{ $title }»{ $suggestions }
err-classifier-unknown-section = unknown classifier section "{ $input }"; expected one of form, sign, kind, gender, subject, type, category, social_status, result, topic
err-classifier-unknown-edition = unknown classifier edition "{ $edition }"; known editions: { $known }
detail-did-you-mean = ; did you mean { $list }?
detail-code-with-prefix = "{ $prefix }." followed by digits, e.g. "{ $prefix }.1"
detail-code-digits = digits, e.g. "001"

## Batch intake: records, lines and fields of the input file.

detail-line-number = line { $line }
detail-line-column = line { $line }, column { $column }
detail-record = record { $number }
detail-field-default = { $field } (default from register.toml)
detail-confidential-value = the value (confidential, law art. 10)
detail-no-name = no name
detail-no-address = a written appeal with no address (law art. 8)
detail-signatories =
    { $count ->
        [one] { $count } signatory
       *[other] { $count } signatories
    }
detail-json-null = null
detail-json-boolean = a boolean
detail-json-number = a number
detail-json-text = text
detail-json-list = a list
detail-json-object = an object
err-malformed-json = malformed JSON: { $error }
err-json-array = expected a JSON array of records
err-json-object = a record must be a JSON object
err-csv-header = unreadable CSV header: { $error }
err-unknown-column = unknown column{ $suggestion }
err-column-twice = column given twice
err-csv-columns = { $count } columns where the header has { $expected }
err-csv-row = unreadable CSV row: { $error }
err-unknown-field = unknown field{ $suggestion }
err-missing-received = missing: the date the appeal was received
err-signatories = must be at least 1
err-subject-anonymous = { $subject } contradicts the record: an appeal with a name is anonymous only when it is written (type 6.1 or 6.2) with no address or no signature (law art. 8); this one gives { $expected }
err-subject-contradicts = { $subject } contradicts the record: { $why } gives { $expected }
err-missing-topics = missing: at least one topic code (Part II) is required
err-missing-summary = missing: the short content of the appeal
err-term-days = { $days } days: a term at registration is 1 to 30 days (30 is one month, law art. 20); longer terms come by 'appeals extend'
err-not-email = { $value } is not an e-mail address
err-not-phone = { $value } is not a telephone number
err-received-future = { $received } is after today ({ $today }); an appeal can't be received in the future
err-received-past = { $received } is before today ({ $today }): appeals are registered on the day of receipt; give --late-reason to register it late
err-incomplete-record = incomplete record
err-expected-text = expected text, found { $found }
err-control-characters = contains control characters
err-too-long = longer than { $max } characters
err-cc-number = { $cc }: a contact-centre number is at most 64 letters, digits, '-', '_', '.' or '/' (no '..', not starting with '/')
err-whole-number = expected a whole number
err-true-false = expected true or false
err-expected-codes = expected a list of codes, found { $found }
err-repeat-of-later = { $card } was received on { $card_received }, after this appeal ({ $received }): an appeal repeats an earlier one
err-sign-contradicts-open = { $sign } contradicts the link to { $card } (still open): the sign is { $derived }
err-sign-contradicts-closed = { $sign } contradicts the link to { $card } (closed): the sign is { $derived }
err-input-too-large = larger than { $mib } MiB
err-too-many-records = more than { $max } appeals: one registration takes at most { $max }; split the file (e.g. `split -l`, keeping the header line of a CSV) and register the parts in turn
err-input-not-utf8 = not UTF-8 (invalid byte at offset { $offset }); read as Windows-1251 its line is «{ $line }»

## explain: dates on the card that the calendar no longer gives.

## A step found done already (stderr; the step's words after the card).

## Files of the register.

err-not-a-directory = not a directory
err-invalid-card = invalid card (line { $line }, column { $column }): { $error }
err-card-file-name = the card says it is { $card_year }#{ $card_number } but its file name makes it { $year }#{ $number }; run 'appeals check' and correct the card or its file name
err-not-utf8-text = not UTF-8 text (invalid byte at offset { $offset }); save it as UTF-8

## register: records skipped, linked or registered already (stderr).

hint-earlier-appeals = { $card }: the applicant has earlier appeals on this question: { $earlier }; link with --repeat-of or --link-matches

## generate: a demo register that can't be made.

err-gen-has-cards = { $root } already has cards
err-gen-no-topic-or-result = the register's Classifier has no topic or no result codes, which generated cards need
err-gen-missing-code = the register's Classifier has no { $key } code { $code }, which every generated card needs
err-gen-empty-roster = people.toml needs at least one coordinator and one executor to generate cards
err-gen-from-after-until = --from { $from } is after --until { $until }
err-gen-no-working-day = no working day from { $from } to { $until }
err-gen-story = generated card { $card } (plan { $plan }) can't take a step: { $error }; this is a bug in the generator
detail-non-working-day = non-working day
err-unknown-encoding = unknown encoding '{ $label }' (known: { $known })
err-input-malformed = not valid { $encoding } text
err-record-too-long = record larger than { $mib } MiB, which no valid record is (a field holds at most { $max } characters); nothing after it was read
hint-encoding = if that reads right (Excel saves a Ukrainian CSV so), add --encoding windows-1251; or save the file as UTF-8
note-ignored-columns = note: columns of the register's own files left aside: { $columns }
err-lock-in-hook = the register is being committed by the command that runs git; a git hook can't change it
err-signed-conflict = card { $card }: the { $role } document { $path } holds git's conflict markers (line { $line }): two versions of it, neither to be signed
hint-signed-conflict = resolve the merge in { $path } (keep the right text, remove the <<<<<<< ======= >>>>>>> lines), commit it, then sign
err-term-outside-calendar = received { $received } with a term of { $days } days needs a control date the calendar can't give: { $error }
err-batch-stopped = { $file }: stopped after registering { $count } of its appeals (they stay registered): { $error }
hint-batch-again = run the same file again once that is fixed: the appeals registered already are skipped by their contact-centre number, and the rest are registered
warn-latin-in-name = { $card }: the applicant's name has Latin letters among Cyrillic ones ({ $letters }); it is matched and indexed as Cyrillic, and kept as received
err-not-regular-file = not a plain file (a directory, a symbolic link, a pipe, a device or a socket): the register never follows a link or opens a special file
err-document-type = { $flag } { $file }: the register keeps documents as { $allowed } only
hint-document-type = save or scan it as PDF (or another of those) and give that file

## Import profiles (intake/<name>.toml)
profile-err-name = { $name } is not a profile's name: letters, digits, '-' and '_'
profile-err-none = no import profile { $name } (the register has { $known }); write { $file } or name another with --profile
profile-err-no-dates = dates: name at least one date format, such as "%d.%m.%Y %H:%M"
profile-err-field = { $key }: intake has no such field{ $suggestion }
profile-err-twice = { $field } has both a column and a fixed value; keep one
profile-err-position = column { $column }: positions count from 1
profile-err-code = { $key }: { $error }
profile-err-column = a column the profile neither reads nor ignores{ $suggestion }
profile-err-date = { $value } is not a date as the profile writes them ({ $formats })
profile-err-word = { $word } is not a word of section { $section } in the Classifier or the profile's { $key }{ $suggestion }
err-source-object = must be a JSON object of the source's column texts
