# The help: `appeals --help`, `appeals COMMAND --help` and the man page.
# help-COMMAND is a command's line in the list, help-COMMAND-ARG an argument's,
# help-arg-ARG the help of an argument many commands share,
# help-value-ARG-VALUE a value's, help-COMMAND-after the examples.

## Shared by many commands
help-arg-excel =
    CSV as Ukrainian Excel opens it: ';'-separated, with a byte-order mark, headings in words, dates as 20.07.2015, decimal commas, codes kept as text (implies --format csv; --bom is the same)
help-arg-card =
    The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER
help-arg-executor =
    Only cards whose resolution names this executor
help-arg-format =
    Output format: `json` prints the card as written
help-arg-number =
    The letter's outgoing number
help-arg-outbox =
    Where corrected letters to the executors go, for a card dispatched already
help-arg-reason =
    Why (kept in the card's history)
help-arg-no-index =
    Read every card file rather than choose them by the card catalogue (.index/cards.tsv): the same output, read the long way

## appeals
help-about =
    A git-friendly, file-based register of citizens' appeals for a Ukrainian city council
help-after =
    Example:
      appeals -R register register --from today.json --today 2015-06-23
help-global-register =
    The register directory (default: the nearest directory upwards with a register.toml, else ./register). `report` and `export` take it more than once and add the registers up
help-global-today =
    The date the command acts on, 2026-11-30 or 30.11.2026 (default: the local date)
help-global-user =
    Who acts (recorded in history; default $USER)
help-global-quiet =
    Print nothing but errors
help-global-lang =
    The language of what is printed for people: uk (the default) or en (also APPEALS_LANG, LC_ALL, LC_MESSAGES, LANG). JSON and CSV are the same in both
help-global-commit =
    Commit the files this command changes to git (also `[git] commit = true` in register.toml)
help-global-color =
    Colour: auto (on a terminal, unless NO_COLOR is set), always or never

## init
help-init =
    Create a new register
help-init-after =
    Example:
      appeals init ~/appeals --edition 2015 --anonymous consider
help-init-dir =
    Where to create it (default: -R, else ./register)
help-init-edition =
    Classifier edition: 2015 (in force June 2015) or 2016 (after the 2016 amendments, from 12.02.2016); default: the one in force on --today
help-init-no-commit =
    Don't commit each command's changes even though DIR is in a git work tree
help-init-council =
    The council's name, as printed on reports (default: the demo council's)
help-init-anonymous =
    Anonymous appeals (no name; a written one with no address or no signature): not considered, as law art. 8 says, or considered under the council's own rules (`anonymous.policy` in register.toml)
help-init-coordinators =
    A coordinator for people.toml: ID:"Surname I. P." (repeatable)
help-init-executors =
    An executor for people.toml: ID:"Body name" (repeatable)
help-init-head =
    The head (the mayor) for people.toml: ID:"Name"
help-value-anonymous-no-consideration =
    Law art. 8: declined on registration
help-value-anonymous-consider =
    Registered БП- and considered; no answer is mailed

## register
help-register =
    Register appeals: one from flags, or a batch with --from
help-register-after =
    Examples:
      appeals register --from export-2015-06-23.json --today 2015-06-23
      appeals register --cc-number 0145-23062015 --name 'Коваленко Петро Іванович' \
          --topic 009 --summary 'Не працює вуличне освітлення'
help-register-from =
    A contact-centre export: JSON array, JSON Lines or CSV; `-` for stdin
help-register-input-format =
    The export's format (default: from the extension, else guessed)
help-register-encoding =
    The export's text encoding when not UTF-8: windows-1251 (as Ukrainian Excel saves CSV), koi8-u, utf-16le … (a byte-order mark decides itself)
help-value-input-format-json =
    JSON array
help-value-input-format-jsonl =
    JSON Lines
help-value-input-format-csv =
    CSV with a header row
help-register-skip-invalid =
    Register the valid records and list the invalid ones
help-register-dry-run =
    Show what would be registered; write nothing
help-register-late-reason =
    Why appeals received before today are registered only now
help-register-profile =
    The import profile to read the export with: `intake/PROFILE.toml` of the register (default: `[intake] profile` of register.toml, else `appeals`, the register's own fields and codes)
help-register-link-matches =
    Link each appeal to the applicant's latest earlier appeal on the same topic
help-register-format =
    Output format
help-value-format-table =
    A table for the terminal
help-value-format-json =
    JSON for scripts
help-value-format-csv =
    CSV for spreadsheets
help-register-cc-number =
    The contact centre's number of the appeal
help-register-received =
    Date received (default: today)
help-register-name =
    Applicant's surname, name, patronymic (absent: anonymous)
help-register-address =
    Address
help-register-phone =
    Telephone
help-register-email =
    E-mail
help-register-gender =
    Gender, 4.x
help-register-categories =
    Author category, 7.x (repeatable)
help-register-social-status =
    Social status, 8.x
help-register-signatories =
    Number of signatories (more than one: collective)
help-register-form =
    Form of receipt, 1.x
help-register-sign =
    Sign of receipt, 2.x
help-register-kind =
    Kind, 3.x
help-register-subject =
    Subject, 5.x (derived from the name and signatories when absent)
help-register-type =
    Type, 6.x
help-register-topics =
    Topic, Part II code (repeatable)
help-register-summary =
    Short content
help-register-term =
    Term in days: 15, or 30 for one month
help-register-confidential =
    Law art. 10: don't disclose the name, address, phone or e-mail
help-register-repeat-of =
    The earlier card this appeal repeats
help-register-mass =
    One of many similar appeals on one question (2.5 масове)

## show
help-show =
    Show one card as a registration-control card
help-show-after =
    Examples:
      appeals show К-125
      appeals show 2015#125 --format json
      appeals show cc:0145-23062015
help-show-format =
    Output format

## list
help-list =
    List cards, with filters
help-list-after =
    Examples:
      appeals list --status registered
      appeals list --topic 009 --received-from 2015-06-01 --format csv
help-list-status =
    Only cards in this status
help-list-open =
    Only cards on control (not taken off)
help-list-topic =
    Only cards with this topic (Part II code)
help-list-received-from =
    Only cards received on or after this date
help-list-received-to =
    Only cards received on or before this date
help-list-personal =
    Include the applicant's name (personal data) in the output; a confidential applicant's stays hidden (law art. 10)
help-list-format =
    Output format

## calendar
help-calendar =
    Print a year's non-working days and working weekend days
help-calendar-after =
    Example:
      appeals calendar 2016
help-calendar-year =
    The year (default: this year)
help-calendar-format =
    Output format

## explain
help-explain =
    Explain how a card's control date and executor's due date were counted
help-explain-after =
    Example:
      appeals explain 2015/К-125
help-explain-card =
    The card

## check
help-check =
    Validate the whole register; silent when clean, every problem otherwise
help-check-after =
    Examples:
      appeals check
      appeals check --strict
      appeals check --format json | jq -r '.[].code' | sort | uniq -c

    Problem codes:
      config-invalid          register.toml, classifier.toml, calendar.toml or people.toml doesn't parse or contradicts itself
      invalid-json            a card file is not UTF-8 JSON in the card format (syntax, a missing or unknown field, a wrong type)
      unknown-version         a card's format version is unknown to this program
      stray-file              a file or directory under cards/ that is not a card
      path-mismatch           a card's year or number disagrees with its file name
      bad-index               a registration index that is malformed or whose number is not the card's
      bad-value               a field holds a value it can't hold (control characters, an empty topic list, a term out of range)
      unknown-code            a Classifier code that classifier.toml doesn't have
      unknown-person          an id that people.toml doesn't have in that role
      duplicate-number        two cards with the same year and running number
      duplicate-index         two cards with the same registration index in one year
      duplicate-cc            two cards with the same contact-centre number
      date-order              registered before received, or registered late without a reason
      history-order           history dates that go backwards or precede registration
      bad-transition          a history step that doesn't follow from the status before it
      status-mismatch         the status field is not the status the history leads to
      step-mismatch           a step's data missing for a step in the history, or present without one
      unsafe-path             a document path that leads out of the register
      document-missing        a document named on the card is not in the register
      signature-mismatch      a signed document changed after signing (its SHA-256 differs)
      term-mismatch           a control date or executor's due date that doesn't follow from receipt, the term, the calendar and register.toml
      extension-over-max      an extension past the longest total term from receipt (law art. 20: 45 days, a last day off ended by terms.non_working)
      extension-not-notified  an extension without the date the applicant was notified
      extension-order         extensions that don't move the control date later one after another
      broken-link             a repeat link whose other card is missing or doesn't link back
      index-stale             a derived index in .index/ that disagrees with the cards
      sign-mismatch           a sign of receipt (2.x) that doesn't follow from the card's earlier appeals on the question (the order's point 9)
      extension-late          an extension made after the control date in force had passed that is not marked late, or marked late though made in time (law art. 20)
      uncertain-code          with --strict: a Classifier code in use whose code or name is not confirmed by two independent sources (classifier.toml's status)
      document-foreign        a document named on a card that lies in another card's directory docs/YEAR/NNNNNN/ (a card renumbered by hand after a merge)
      document-orphan         a file under docs/ that no card names (a card lost in a merge, or a document left behind)
      conflict-markers        git merge-conflict markers (<<<<<<<, =======, >>>>>>>) in a card, a settings file, a template or a text document
      number-reused           a card file that git history shows was deleted and later holds another appeal (inside a git work tree)
      late-mismatch           an answer marked late or on time, or with working days late, that don't follow from its date, the executor's due date and the calendar
      uncommitted             with [git] commit = true: a card or document git hasn't got as it is (a command killed before its commit, or a hand edit)
      not-a-regular-file      a symbolic link, a named pipe, a device or a socket in the register, which no command follows or opens
      cc-term-differs         a card whose contact centre's control date («Вирішити до») differs from ours: a question to ask the centre, listed without failing the check
help-check-format =
    Output format (JSON: an array of {"{"}code, file, field, message, hint{"}"})
help-check-fix-index =
    Rebuild the derived indexes in .index/ from the cards first
help-check-rehash =
    Read and check every card and hash every signed document afresh. Without it, a card found clean by an earlier check is not read again while neither it, nor any document it names, nor the settings files changed since (same size, inode, modification and change times, as git trusts its index; any write to a file changes its change time), and a signed document verified then is not hashed again
help-check-verbose =
    Also say, on stderr, how many cards were read and checked in full, and how many signed documents were hashed
help-check-fix-links =
    Add the link back (links.later) that a registration stopped between its two writes left out, recording a `link` step
help-check-strict =
    Also report every Classifier code in use whose code or name is not confirmed (`uncertain-code`), with how many cards use it

## related
help-related =
    List the applicant's other appeals
help-related-after =
    Example:
      appeals related 2015/К-125
help-related-card =
    The card
help-related-format =
    Output format

## log
help-log =
    The card's history beside the git commits that touched it
help-log-after =
    Example:
      appeals log 2015/К-125
help-log-card =
    The card
help-log-format =
    Output format

## completions
help-completions =
    Print a shell completion script (bash, zsh, fish, powershell, elvish)
help-completions-after =
    Examples:
      appeals completions bash > ~/.local/share/bash-completion/completions/appeals
      echo 'source <(COMPLETE=bash appeals)' >> ~/.bashrc
help-completions-shell =
    The shell
help-completions-fixed =
    A fixed script of commands and flags only, without card names and ids from the register

## man
help-man =
    Print the manual page (roff)
help-man-after =
    Examples:
      appeals man > appeals.1 && man ./appeals.1
      appeals man register | man -l -
      appeals man --dir ~/.local/share/man/man1
help-man-command =
    The subcommand whose page to print (default: the main page)
help-man-dir =
    Write every page (appeals.1, appeals-register.1, …) into this directory

## resolve
help-resolve =
    Record the coordinator's resolution naming the executors (point 4)
help-resolve-after =
    Example:
      appeals resolve К-125 --executor dzhkg --executor miskcvitlo --text 'Розглянути, вжити заходів, відповісти заявнику'
help-resolve-executors =
    An executor's id from people.toml; the first one leads, the others are co-executors
help-resolve-coordinator =
    The coordinator's id (default: the one whose topics cover the card's topic)
help-resolve-text =
    The resolution's text

## dispatch
help-dispatch =
    Send the appeal to its executors, optionally as letters in an outbox (point 5)
help-dispatch-after =
    Example:
      appeals dispatch К-125 --outbox outbox/2015-06-24
help-dispatch-outbox =
    Write one letter per executor into this directory (created when missing)

## answer
help-answer =
    Record the executor's answer package (point 7)
help-answer-after =
    Example:
      appeals answer К-125 --draft answer.odt --info info.pdf --quality quality.toml \
          --result 9.1 --executor-number 12/3-456

    The quality card (TOML):
      timely = true
      complete = true
      applicant_contacted = true
      applicant_satisfied = "yes"   # yes, no or unknown
      score = 5                      # 1 to 5
      notes = "Світильник замінено"
help-answer-draft =
    The draft answer to the applicant
help-answer-cc-draft =
    The draft answer to the contact centre (default: the applicant's draft)
help-answer-info =
    The information for the coordinator
help-answer-quality =
    The quality-evaluation card (TOML)
help-answer-result =
    The proposed result of consideration, Classifier section 9 (9.1, 9.2, 9.3, …)
help-answer-executor-number =
    The executor's own registration number of the appeal

## sign
help-sign =
    Record the coordinator's signature of the answers (point 8.1)
help-sign-after =
    Example:
      appeals sign К-125 --by maslenkov
help-sign-by =
    The coordinator who signs (an id from people.toml)

## send
help-send =
    Record the mailing, outgoing number and result (points 8.2–8.3)
help-send-after =
    Example:
      appeals send К-125 --posted 2015-07-21 --to-cc 2015-07-21 --scan answer-signed.pdf
help-send-posted =
    Date the answer was mailed to the applicant (default: today; none for an anonymous appeal)
help-send-to-cc =
    Date the scan was sent to the contact centre (default: today)
help-send-scan =
    The scan of the signed answer, kept with the card's documents
help-send-number =
    The outgoing number of the council's reply
help-send-date =
    The outgoing date of the council's reply

## close
help-close =
    Take a card off control after the reply (controller, coordinator)
help-close-after =
    Example:
      appeals close К-125 --by sizhuk --file 'справа 02-14, том 1'
help-close-by =
    The controller (controller = true), coordinator or head who takes it off control
help-close-file =
    The case file (справа) the card and its documents are kept in

## extend
help-extend =
    Extend the term of consideration (law art. 20: at most 45 days in all)
help-extend-after =
    The head, an official he authorised ([[head]] in people.toml) or a coordinator (his deputy) extends a term before its control date passes (law art. 20), to at most 45 days from receipt in all (terms.max_total; a last day off ends by terms.non_working, never past the 45th). After the control date only with --late: the card stays counted as overdue.

    Examples:
      appeals extend К-125 --until 2015-08-07 --by maslenkov \
          --reason 'потрібна перевірка на місці' --notified 2015-07-20
      appeals extend К-125 --until 2015-08-07 --by holova --late \
          --reason 'рішення голови від 24.07.2015, після контрольного терміну'
help-extend-until =
    The new control date (at most 45 days from receipt in all)
help-extend-by =
    Who extends the term: the head or an official he authorised (`[[head]]` in people.toml), or a coordinator (his deputy)
help-extend-reason =
    Why the appeal needs longer
help-extend-notified =
    Date the applicant was notified of the extension
help-extend-late =
    The control date has passed: record the extension as made late (the card stays counted as overdue, from the date that passed)

## notify
help-notify =
    Record that the applicant was notified of the term's extension
help-notify-after =
    Example:
      appeals notify К-125 --on 2015-07-21
help-notify-on =
    Date the applicant was notified (default: today)

## link
help-link =
    Link a card to the earlier appeal it repeats; its sign of receipt is decided again
help-link-after =
    Example:
      appeals link К-8 --to К-7 --reason 'той самий заявник, те саме питання' --outbox ~/outbox
help-link-card =
    The later card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER
help-link-to =
    The earlier card it repeats

## unlink
help-unlink =
    End a card's repeat link; its sign of receipt is decided again
help-unlink-after =
    Example:
      appeals unlink К-8 --reason 'інше питання'
help-unlink-card =
    The card whose repeat link ends

## correct
help-correct =
    Correct the applicant's details or the summary, typed wrong at registration
help-correct-after =
    The earlier values stay in the card's history. An empty value (--phone '') says there is none; an anonymous card is not given a name, nor a named one's erased.

    Example:
      appeals correct К-125 --address 'вул. Миру, 5, кв. 2' --reason 'помилка в номері будинку'
help-correct-name =
    The applicant's surname, name and patronymic
help-correct-address =
    The postal address
help-correct-phone =
    The telephone
help-correct-email =
    The e-mail
help-correct-summary =
    The short content of the appeal
help-correct-outbox =
    A directory for the corrected letter to each executor, when the card awaits their answer

## classify
help-classify =
    Correct a card's topics, kind or author categories (a coordinator)
help-classify-after =
    Example:
      appeals classify К-125 --topic 010 --by maslenkov --reason 'питання житлове, не комунальне'
help-classify-topics =
    The topics instead of the card's (Part II codes; repeatable)
help-classify-kind =
    The kind instead of the card's (3.x)
help-classify-categories =
    The author categories instead of the card's (7.x; repeatable)
help-classify-by =
    The coordinator who corrects it (an id from people.toml)

## reassign
help-reassign =
    Name other executors after the resolution or the dispatch
help-reassign-after =
    Example:
      appeals reassign К-125 --executor soc --by maslenkov --reason 'питання соціального захисту'
help-reassign-executors =
    The executors instead of the resolution's; the first one leads
help-reassign-by =
    The coordinator who reassigns it (an id from people.toml)

## rework
help-rework =
    Return the executor's package for rework before it is sent (point 8.1)
help-rework-after =
    Example:
      appeals rework К-125 --by maslenkov --reason 'у відповіді не зазначено строки ремонту'
help-rework-by =
    The coordinator who returns the package (an id from people.toml)
help-rework-reason =
    Why (kept on the card with the package returned)

## confirm
help-confirm =
    Record the applicant's word when the contact centre called back
help-confirm-after =
    Example:
      appeals confirm К-125 --outcome not-confirmed --note 'світло так і не відновили'
help-confirm-outcome =
    What the applicant said
help-value-outcome-confirmed =
    The question was resolved
help-value-outcome-not-confirmed =
    It was not
help-value-outcome-fixed-by-applicant =
    The applicant resolved it themselves
help-confirm-note =
    What else was said

## forward
help-forward =
    Forward an appeal to the competent body (law art. 7)
help-forward-after =
    Example:
      appeals forward К-125 --to 'Головне управління Держпраці' --by maslenkov --notice notice.pdf --number 02-14/77
help-forward-to =
    The competent body it is forwarded to
help-forward-by =
    The coordinator (or the head) who decided it (an id from people.toml)
help-forward-notice =
    The letter telling the applicant where the appeal went
help-forward-number =
    The covering letter's outgoing number
help-forward-reason =
    Why, in words

## return
help-return =
    Return an appeal lacking what law art. 5 requires (art. 7)
help-return-after =
    Example:
      appeals return К-125 --reason 'не зазначено місце проживання' --by maslenkov --notice notice.pdf
help-return-reason =
    What the appeal lacks (law art. 5)
help-return-by =
    The coordinator (or the head) who decided it
help-return-notice =
    The letter returning the appeal, with explanations

## decline
help-decline =
    Decline to consider an appeal (law arts. 8, 17)
help-decline-after =
    Example:
      appeals decline К-125 --ground art8-repeat --by holova --notice notice.pdf
help-decline-ground =
    The legal ground
help-value-ground-art8-repeat =
    Art. 8: a repeat on a question already decided on the merits
help-value-ground-art8-anonymous =
    Art. 8: anonymous
help-value-ground-art17-late =
    Arts. 8, 17: a complaint filed late
help-decline-by =
    The head, or an official he authorised ([[head]] in people.toml)
help-decline-notice =
    The letter telling the applicant (not for an anonymous appeal)
help-decline-reason =
    Why, in words

## close-duplicate
help-close-duplicate =
    Close a card registered twice as the other's duplicate
help-close-duplicate-after =
    Example:
      appeals close-duplicate К-126 --of К-125 --by zarichenko
help-close-duplicate-card =
    The card registered the second time
help-close-duplicate-of =
    The card it duplicates (which gets the reply)
help-close-duplicate-by =
    Who closes it (an administrator or a coordinator)

## draft
help-draft =
    Render the answer templates for a card, for the executor to complete
help-draft-after =
    Example:
      appeals draft К-125 --out drafts/
help-draft-out =
    Write the drafts into this directory (created when missing) instead of printing them

## people
help-people =
    List the roster: coordinators, executors, administrators
help-people-after =
    Examples:
      appeals people
      appeals people --format csv
help-people-format =
    Output format

## deadlines
help-deadlines =
    Open cards by urgency: executor's due date, control date, working days left
help-deadlines-after =
    States: overdue (control date passed, or the term extended after it had passed: extend --late), due today, executor late (executor's due date passed, no answer), due tomorrow (next working day), on time. Within a state, appeals considered first (law art. 20, register.toml [priority]) come first.

    Examples:
      appeals deadlines
      appeals deadlines --within 3 --executor dzhkg
      appeals deadlines --coordinator maslenkov --format csv > deadlines.csv
help-deadlines-within =
    Only cards whose next deadline (the executor's due date until the answer is in, then the control date) is at most N working days away; overdue and late cards are always shown
help-deadlines-coordinator =
    Only cards resolved by this coordinator
help-deadlines-format =
    Output format

## remind
help-remind =
    Write the reminders due to executors, coordinators and the head, once each
help-remind-after =
    Levels (register.toml [remind]): executor — each executor of a dispatched card, remind.executor_before working days before its due date (default 2); coordinator — the resolution's coordinator once the executor's due date has passed with no package; head — the first [[head]] of people.toml once the control date has passed. Each level is reminded once per card and date: a run again the same day writes nothing new; an extension's new date is reminded anew.

    Examples:
      appeals remind --outbox outbox/2015-07-20
      appeals remind --dry-run
help-remind-outbox =
    Write one letter per recipient into this directory (created when missing)
help-remind-dry-run =
    Print the reminders due, and write nothing
help-remind-format =
    Output format: `json` for scripts, `csv` one row per reminder

## report
help-report =
    The monitoring report for a period, or the statistical form (--quarter)
help-report-after =
    The period is of receipt: appeals received then; "open" and "overdue" are as of --today.
    With several -R registers (same Classifier edition) the counts are added up.

    Examples:
      appeals report --month 2015-06
      appeals report --quarter 2015-3 --format xlsx -o kvartal.xlsx
      appeals report --from 2015-06-01 --to 2015-06-30 --excel > cherven.csv
      appeals -R misto-a -R misto-b report --month 2015-06 --format html -o oblast.html
help-report-month =
    A calendar month: 2015-06, 06.2015, this or last (default: the month of --today)
help-report-quarter =
    A quarter, YYYY-Q (e.g. 2015-3); prints the statistical form unless --form says otherwise
help-report-from =
    First day of receipt (with --to; default --to is --today)
help-report-to =
    Last day of receipt
help-report-form =
    Which report (default: statistical with --quarter, else monitoring)
help-value-form-monitoring =
    The monitoring report (SPEC §8): by characteristic, executor, coordinator, result
help-value-form-statistical =
    The statistical form councils file, beside the same period a year earlier
help-report-format =
    Output format
help-value-format-xlsx =
    An Excel workbook ready to print, one sheet per block (needs --output or a pipe)
help-value-format-html =
    One self-contained HTML page with charts
help-report-format-table =
    Tables for the terminal
help-report-format-json =
    JSON for scripts (the names are documented in the README)
help-report-format-csv =
    One CSV with a `section` column, for LibreOffice or Excel
help-report-staff =
    Staff number of the appeals unit, for block 5 of the statistical form
help-report-mixed-editions =
    Add up registers of different Classifier editions (codes as they are)

## export
help-export =
    Every card as a flat row (JSON Lines, CSV, or Parquet files for query engines), without personal data unless asked
help-export-after =
    Without --anonymize or --personal no name, address, phone or e-mail is exported; with them, none of an applicant who asked for confidentiality (law art. 10): empty, beside confidential = true.

    Examples:
      appeals export --from 2015-06-01 --to 2015-06-30 > cherven.jsonl
      appeals export --excel --anonymize --anonymize-key oblast.key > appeals.csv
      appeals -R misto-a -R misto-b export --anonymize --anonymize-key oblast.key > oblast.jsonl
      appeals export --format parquet -o parquet/
help-export-from =
    Only cards received on or after this day
help-export-to =
    Only cards received on or before this day
help-export-format =
    Output format
help-value-format-jsonl =
    One JSON object per line
help-export-format-csv =
    CSV with a header row
help-export-format-parquet =
    A directory of Parquet files (-o DIR), typed and split by month of receipt, with manifest.json; for DuckDB and other query engines
help-export-anonymize =
    Add a pseudonym of the applicant (a keyed hash of name and phone, with --anonymize-key), so that repeated appeals of one person can be counted without naming them (none for a confidential applicant, law art. 10)
help-export-anonymize-key =
    The secret key of the pseudonyms (at least 16 bytes; an oblast shares one among its councils to count repeat applicants across registers)
help-export-personal =
    Add name, address, phone and e-mail (personal data; a confidential applicant's stay empty, law art. 10)
help-export-mixed-editions =
    Add up registers of different Classifier editions
help-help =
    Print this message or the help of the given subcommand(s)
help-global-help =
    Print help
help-global-version =
    Print version

## Usage errors clap finds (exit code 2); English prints clap's own text.
usage-error = error: { $message }
usage-usage = Usage: { $usage }
usage-more = For more information, try '--help'.
usage-unknown-argument = unexpected argument { $arg } found
usage-unknown-command = unrecognized subcommand { $command }
usage-missing-value = a value is required for { $arg } but none was supplied
usage-invalid-value = invalid value { $value } for { $arg }
usage-invalid-value-one-of = invalid value { $value } for { $arg }; possible values: { $valid }
usage-invalid-value-why = invalid value { $value } for { $arg }: { $why }
usage-missing-argument = the following required arguments were not provided: { $arg }
usage-missing-command = a subcommand is required
usage-conflict = { $arg } cannot be used with { $other }
usage-too-many = { $arg } cannot be used multiple times
usage-register-repeated = -R/--register is given more than once; only 'report' and 'export' add several registers up
help-global-help-long =
    Print help (see a summary with '-h')
help-global-help-more =
    Print help (see more with '--help')
usage-similar = tip: a similar one exists: '{ $similar }'
help-arg-output =
    Write to this file instead of standard output (the format from its extension when --format is not given: .txt, .json, .csv…)
help-git-setup =
    Set this clone's git up to merge cards by their history
help-merge-card =
    Merge two versions of a card (the merge driver git runs)
help-merge-card-base =
    The card as both sides had it (git's %O)
help-merge-card-ours =
    Ours (git's %A), where the merged card is written
help-merge-card-theirs =
    Theirs (git's %B)
help-merge-card-path =
    The card's path in the work tree (git's %P)
help-git-setup-after =
    Run once in every clone of a register (git keeps merge drivers out of what it clones); 'appeals init' does it where it creates the register.

    Examples:
      appeals git-setup
      appeals -R ~/council git-setup
help-sync =
    Publish this clone's work to the shared remote, renumbering cards whose numbers another clone published first
help-sync-outbox =
    Where corrected letters go for renumbered cards already dispatched to executors
help-sync-format =
    Output format: `json` prints what was done for scripts
help-sync-after =
    Fetches the remote, rebases this clone's commits onto it and pushes, trying again if another clone pushed meanwhile. A card of this clone whose number the remote had already used gets the next free number, with its documents, links and history; a card already sent to the applicant is never renumbered.

    Examples:
      appeals sync
      appeals sync --outbox outbox/2015-06-24

## report-back
help-report-back =
    The file for the contact centre: every card sent or gone by an exit on a day, in the centre's words
help-report-back-after =
    Every card sent to the contact centre on the day (or in the period), or taken off control by one of the Law's exits, as one row in the centre's words and dialect (the import profile's [report-back] table). The same period gives the same file.

    Examples:
      appeals report-back --date 2015-07-09 -o report-back-2015-07-09.csv
      appeals report-back --from 2015-07-01 --to 2015-07-31 -o july.xlsx
help-report-back-date =
    The day (default: today)
help-report-back-from =
    First day of the period
help-report-back-to =
    Last day of the period
help-report-back-profile =
    The import profile whose words and dialect the file takes (intake/NAME.toml; default: register.toml's, else the built-in words)
help-report-back-format =
    Output format (default: from the file's extension, else CSV)
help-report-back-format-csv =
    CSV in the profile's dialect (the centre's)
help-report-back-format-xlsx =
    An Excel workbook
help-report-back-format-json =
    JSON for scripts
