# Findings of `appeals check`: what is wrong and what to do. The English is
# also what check --format json and csv write, in every language.

chk-renumber-hint = two registrations took one number (e.g. merging two clones in git): renumber this card to the next free number, { $year }#{ $number }, with its index and file name
chk-duplicate-number = number { $year }#{ $number } is also in { $file }
chk-duplicate-index = index { $year }/{ $index } is also in { $file }
chk-duplicate-cc = contact-centre number { $cc } is also in { $file }
chk-duplicate-cc-hint = one appeal registered twice: keep the earlier card and close the other, or correct the number from the export
chk-repeats-missing = repeats { $target }, which is not in the register
chk-repeats-missing-hint = name an existing card as YEAR/INDEX, or clear repeat_of
chk-link-back-missing = { $card } repeats this card ({ $target }) but it doesn't list { $card }
chk-link-back-missing-hint = a registration stopped between its two writes: 'appeals check --fix-links' adds "{ $card }" to links.later
chk-later-missing = lists { $card } as a later appeal, which is not in the register
chk-later-not-repeating = lists { $card } as a later appeal, but { $card } doesn't repeat { $this }
chk-later-hint = remove the entry, or set repeat_of on the later card
chk-earlier-missing = lists { $card } as an earlier appeal, which is not in the register
chk-earlier-missing-hint = 'appeals link' or 'appeals unlink' decides the link again
chk-sign-no-earlier = sign of receipt { $sign }, but the card repeats no earlier appeal
chk-sign-no-earlier-hint = link it with 'appeals link { $card } --to EARLIER --reason …', or set the sign to 2.1
chk-sign-mismatch = sign of receipt { $sign }, but its earlier appeals on the question ({ $earlier }) give { $expected } on { $day } (the order's point 9)
chk-sign-mismatch-hint = decide it again with 'appeals link { $card } --to { $last } --reason …'
chk-index-shard-changed =
    { $count ->
        [one] a shard
       *[other] shards
    } of the { $index } index changed or went missing since it was saved: { $shards }
chk-index-disagrees = the { $index } index disagrees with the cards (a card changed in place, e.g. by a hand edit): { $shards }
chk-stamp-disagrees = next running numbers disagree with the cards ({ $years })
chk-index-stale-hint = run 'appeals check --fix-index': the index is derived from the cards and is rebuilt
chk-settings-unknown-code-hint = use a code of { $file } (see 'appeals show' or the Classifier)
chk-priority-unknown-code-hint = use an author category (section 7) of { $file }
chk-config-invalid-hint = fix { $file } by hand (or restore it with 'git checkout -- { $file }'); checks that need it were skipped
chk-uncertain-code =
    { $count ->
        [one] { $code } «{ $name }» is used by { $count } card but is { $status } (not confirmed by two independent sources)
       *[other] { $code } «{ $name }» is used by { $count } cards but is { $status } (not confirmed by two independent sources)
    }
chk-uncertain-code-hint = verify the code and its name against the official text of the Classifier (zakon.rada.gov.ua, 858-2008-п) and set its status in classifier.toml
chk-stray-file = not a card: card files are cards/YEAR/NNNNNN.json (six digits)
chk-stray-file-hint = move { $file } out of cards/, or name it as a card
chk-unreadable = can't be read: { $reason }
chk-unreadable-hint = check the file's permissions
chk-restore-hint = fix it by hand, or restore it with 'git checkout -- { $file }'
chk-bom = starts with a byte-order mark; cards are UTF-8 without one
chk-bom-hint = save it as UTF-8 without BOM
chk-not-utf8 = not UTF-8 (invalid byte at offset { $offset })
chk-conflict-markers = git conflict: merge-conflict markers from line { $line } (<<<<<<<, =======, >>>>>>>); the merge was left unresolved
chk-conflict-markers-hint = resolve the merge in { $file } line by line, keeping what each side added; never take one side of a card wholesale (git checkout --ours/--theirs drops the other side's appeal without trace); if both sides registered an appeal under one number, give one of them the next free number
chk-conflict-markers-file-hint = resolve the merge in { $file }: keep what each side changed (git diff shows both), remove the markers and commit
chk-json-error = line { $line }, column { $column }: { $reason }
chk-unknown-version = version { $version } is not known to this program (it reads { $from } to { $to })
chk-unknown-version-hint = use the program version that wrote it, or set the version back after checking the card
chk-year-mismatch = year { $year } but the file is under cards/{ $dir }/
chk-year-mismatch-hint = correct the year, or move the file to cards/{ $path }
chk-number-mismatch = number { $number } but the file is { $file }
chk-number-mismatch-hint = correct the number, or move the file to cards/{ $path }
chk-index-number = index { $index } has number { $number }, the card is number { $card }
chk-index-bad = { $index } is not a registration index like К-125
chk-index-hint = an index is the surname's first letter (or a mark), '-' and the card's running number
chk-cc-bad = { $cc } is not a contact-centre number (at most 64 letters, digits, '-', '_', '.' or '/')
chk-cc-bad-hint = copy the number from the contact centre's export
chk-control-chars = contains control characters
chk-control-chars-hint = remove them by hand (a hand edit or a bad export put them there)
chk-signatories = must be at least 1
chk-signatories-hint = set the number of signatories
chk-registered-before-received = registered { $registered } before it was received ({ $received })
chk-registered-before-received-hint = correct the dates from the contact centre's export
chk-registered-late = registered { $registered } after it was received ({ $received }) without a reason
chk-registered-late-hint = record why in late_reason: appeals are registered on the day of receipt
chk-unknown-code-hint = use a code of { $file } (edition { $edition })
chk-no-topic = no topic: every appeal has at least one topic code (Part II)
chk-no-topic-hint = add the topic codes
chk-not-coordinator = { $id } ({ $name }) is not a coordinator in people.toml
chk-not-in-people = { $id } is not in people.toml
chk-not-head = { $id } ({ $name }) is neither the head ([[head]]) nor a coordinator in people.toml; a term is extended by the head or his deputy (law art. 20)
chk-add-person-hint = add them to people.toml (keep people who left: old cards name them)
chk-executor-not-in-people = executor { $id } is not in people.toml
chk-executor-not-in-people-hint = add the executor to people.toml (keep executors that were renamed or merged: old cards name them)
chk-history-repair-hint = the history is the record: restore the card from git, or repair the entry by hand
chk-status-mismatch = status is { $status } but the history leads to { $derived }
chk-status-mismatch-hint = set "status": "{ $status }" (the status follows from the history)
chk-history-empty = the history is empty; it starts with the registration
chk-registration-date = registration recorded on { $at }, the card says registered { $registered }
chk-step-before-step = step { $step } ({ $command }, { $at }) is dated before step { $before } ({ $before_command }, { $before_at })
chk-step-without-history = is filled in but the history has no '{ $command }' step
chk-step-without-history-hint = steps are recorded by 'appeals { $command }', which writes both; restore the card from git or clear { $field }
chk-history-without-step = is empty but the history has a '{ $command }' step
chk-history-without-step-hint = restore the card from git: the step's data was lost
chk-explain-hint = 'appeals explain { $card }' shows the count
chk-term-days = a term of { $days } days; terms run 1 to { $max } days (register.toml terms.max_total)
chk-term-days-hint = a term at registration is 15 days or one month (30); longer comes only by 'appeals extend'
chk-term-uncounted = the term can't be counted: { $reason }
chk-ceiling-uncounted = the longest total term can't be counted: { $reason }
chk-due-uncounted = the executor's due date can't be counted: { $reason }
chk-extend-calendar-hint = extend calendar.toml to cover the dates
chk-not-notified = the applicant was not notified of the extension until { $until } (law art. 20)
chk-not-notified-hint = notify the applicant and record the date in "notified"
chk-extension-order = extension until { $until } doesn't move the control date ({ $previous }) later
chk-extension-order-hint = each extension sets a later control date
chk-extension-late-unmarked = extended on { $on } to { $until }, after the control date { $previous } had passed, but not marked late (law art. 20: a term is extended before its control date)
chk-extension-late-unmarked-hint = an extension made late stays late: set "late": true on it and on its history entry, or restore the card from git
chk-extension-late-marked = extended on { $on } to { $until }, before the control date { $previous }, but marked late
chk-extension-late-marked-hint = remove "late" from the extension and its history entry, or restore the card from git
chk-control-date-term = control date { $control_date }, but receipt on { $received } and a term of { $days } days give { $control }
chk-control-date-extension = control date { $control_date }, but the last extension gives { $control }
chk-control-date-hint = 'appeals explain { $card }' shows the count; if register.toml or calendar.toml changed after registration, decide which date holds and correct the card
chk-executor-due =
    { $lead ->
        [one] executor's due date { $executor_due }, but control date { $control } gives { $due } ({ $lead } working day before)
       *[other] executor's due date { $executor_due }, but control date { $control } gives { $due } ({ $lead } working days before)
    }

## The command's own lines

chk-fixed = fixed { $what }
chk-fixed-index = { $dir }/: removed { $count } files and rebuilt them from the cards
chk-fixed-index-failed = { $dir }/: removed { $count } files; not rebuilt: { $reason }
chk-fixed-link = { $card }: linked { $name } in links.later
chk-verbose =
    checked { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }: { $full } read in full, { $unchanged } unchanged since an earlier check found them clean; { $hashed ->
        [one] { $hashed } signed document
       *[other] { $hashed } signed documents
    } hashed
chk-finding = { $place } { $message } [{ $code }]
chk-finding-hint = {"  "}hint: { $hint }
chk-fix-index-hint = derived indexes are fixed by 'appeals check --fix-index'
chk-fix-links-hint = a missing link back is added by 'appeals check --fix-links'
chk-only-uncertain =
    { $count ->
        [one] { $count } Classifier code in use is not confirmed
       *[other] { $count } Classifier codes in use are not confirmed
    } ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } checked, no other problem)
chk-only-uncertain-hint = the cards are sound; 'appeals check' without --strict passes
chk-problems =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } in the register ({ $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } checked)
chk-problems-hint = fix the cards by hand or restore them from git, then run 'appeals check' again

## Documents, history

chk-unsafe-path-hint = documents live under docs/YEAR/NNNNNN/ in the register
chk-unsafe-signed-path-hint = signed documents live under docs/YEAR/NNNNNN/ in the register
chk-document-missing = { $path } is not in the register
chk-signed-missing = signed document { $path } is not in the register
chk-document-restore-hint = restore { $path } (e.g. from git)
chk-signature-mismatch = { $path } changed after { $card } was signed on { $day } (SHA-256 { $actual }, signed { $expected })
chk-signature-mismatch-hint = restore the signed version (git log -- { $path }); a changed answer needs a new signature
chk-bad-transition = step { $step } ({ $command }): { $reason }
chk-extensions-count =
    { $count ->
        [one] { $count } extension
       *[other] { $count } extensions
    } but { $steps ->
        [one] { $steps } 'extend' step
       *[other] { $steps } 'extend' steps
    } in the history
chk-extensions-count-hint = each extension is recorded by 'appeals extend', which writes both
chk-reworks-count =
    { $count ->
        [one] { $count } return for rework
       *[other] { $count } return for reworks
    } but { $steps ->
        [one] { $steps } 'rework' step
       *[other] { $steps } 'rework' steps
    } in the history
chk-reworks-count-hint = each return for rework is recorded by 'appeals rework', which writes both

## Terms

chk-basis-mismatch = basis { $basis }, but a term of { $days } days counts as { $expected } under register.toml
chk-over-max = extended until { $until }: { $days } days from receipt ({ $received }); law art. 20 allows at most { $max } (until { $latest })
chk-over-max-day-off = extended until { $until }: { $days } days from receipt ({ $received }); law art. 20 allows at most { $max } (until { $latest }); day { $max }, { $day_max }, is not a working day, and register.toml terms.non_working = "{ $non_working }" ends the term before it
chk-over-max-hint = the term can run until { $latest } at most; correct the extension
chk-document-foreign = { $path } lies in { $dir }, the directory of another card: after renumbering by hand it may be another appeal's document
chk-document-foreign-hint = move the card's own documents to { $dir } and name them there (git log shows where they were), or restore the card from git
chk-document-orphan = no card names this document: its card may have been lost in a merge, or it was left behind
chk-document-orphan-hint = find the card it belongs to (git log -- { $path }) and restore that card, or remove the file
chk-number-reused = commit { $commit } deleted this card ({ $then }); the number now holds another appeal ({ $now }): one running number given twice
chk-number-reused-hint = if both appeals are real, give this one the next free number (its card and its documents' directory) and restore the deleted card from commit { $commit }: git show { $commit }^:./{ $file }
chk-late-unmarked = answer given { $date }, { $days } working days after the executor's due date { $due }, but marked on time
chk-late-marked = marked { $recorded } working days late, but the answer was given { $date }, not after the executor's due date { $due }
chk-late-days = marked { $recorded } working days late, but given { $date } after the executor's due date { $due } it is { $days }
chk-late-mismatch-hint = set "late": { $late } and "days_late": { $days } in the answer (and its history entry), or restore the card from git
chk-uncommitted = not committed to git, though register.toml says [git] commit = true
chk-uncommitted-hint = if a command was interrupted, the next command that writes commits what it left; if it was edited by hand, commit it: git add { $file } && git commit
chk-uncommitted-owed-hint = '{ $command }' was interrupted before its commit: the next command that writes commits it under that name
chk-not-a-regular-file = not a plain file: a symbolic link, a named pipe, a device or a socket, which no command follows or opens
chk-not-a-regular-file-hint = remove it (git rm { $file }) and put the plain file it stands for in its place; a register holds only plain files and directories
chk-cc-term-differs = the contact centre gave «Вирішити до» { $cc_due }, and our control date is { $control }
chk-cc-term-differs-hint = ask the contact centre whose date is right (ours follows register.toml and the calendar: appeals explain CARD); this is a question, not damage, and does not fail the check
chk-cc-questions = { $count } { $count ->
        [one] card has
       *[other] cards have
    } a contact centre's date unlike ours (cc-term-differs): questions for the centre, which do not fail the check
