# The views: deadlines, list, calendar, explain, log, show, related, people,
# the printout of remind; the marks of what is not confirmed.

## deadlines

dl-col-card = card
dl-col-received = received
dl-col-executor = executor
dl-col-executor-due = executor due
dl-col-control = control date
dl-col-days-left = work days
dl-col-state = state
dl-col-marks = marks
dl-state-overdue = overdue
dl-state-due-today = due today
dl-state-executor-late = executor late
dl-state-due-tomorrow = due tomorrow
dl-state-on-time = on time
dl-footer = { $date } — overdue: { $overdue }, due today: { $today }, executor late: { $late }, due tomorrow: { $tomorrow }, on time: { $ontime }; on control: { $total }
dl-mark-first = first
dl-mark-personal = personally by the head
dl-mark-dissatisfied = applicant dissatisfied
dl-mark-extended-late = extended after the control date { $date }
dl-mark-art7 = art. 7 until { $day }
dl-mark-reminded = reminded { $to } { $day }
dl-mark-cc-due = centre: { $day }
dl-remind-executor = exec.
dl-remind-coordinator = coord.
dl-remind-head = head

## list

list-col-card = card
list-col-received = received
list-col-status = status
list-col-topics = topics
list-col-control = control
list-col-executor = executor
list-col-applicant = applicant
list-col-summary = summary
list-count =
    { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
list-status-registered = registered
list-status-resolved = resolved
list-status-dispatched = dispatched
list-status-answered = answered
list-status-signed = signed
list-status-sent = sent
list-status-closed = closed
list-status-forwarded = forwarded
list-status-returned = returned
list-status-declined = declined
list-status-duplicate = duplicate

## show

show-title = REGISTRATION AND CONTROL CARD { $card }
show-index = Registration index
show-index-value = { $index } (year { $year }, No. { $number })
show-cc-number = Contact centre No.
show-received = Received
show-registered = Registered
show-late-reason = Reason for late registration
show-status = Status
show-mark = Mark
show-first = Considered first
show-first-value = yes (law art. 20)
show-personal = Personal consideration
show-personal-value = by the head (law arts. 14–15)
show-attention = Attention
show-dissatisfied = the applicant is not satisfied with the result: the next appeal on this question will be a repeated one (the order's point 9)
show-applicant = Applicant
show-anonymous = anonymous (unsigned)
show-signatories = Signatories
show-address = Address
show-phone = Phone
show-email = E-mail
show-gender = Gender
show-category = Category
show-social = Social status
show-form = Form
show-sign = Sign
show-kind = Kind
show-subject = Subject
show-type = Type
show-topics = Topics
show-summary = Summary
show-term = Term
show-term-month = one month
show-term-days = { $days } days
show-control = Control date
show-executor-due = Executor's due date
show-source = From the centre's card
show-cc-due = Contact centre's date
show-cc-due-differs = { $date } (differs from our control date: ask the contact centre)
show-extended = Extended
show-extended-value = until { $until } ({ $by }), { $reason }; applicant notified: { $notified }
show-extended-late = ; { $on } — after the control date
show-repeat-of = Repeats
show-earlier = Earlier on the question
show-later = Later appeals
show-resolution = Resolution
show-executors = Executors
show-resolution-text = Resolution text
show-dispatched = Dispatched to executors
show-answer = Executor's answer
show-answer-number = , ref. No. { $number }
show-answer-late = , { $days } working days late
show-proposed-result = Proposed result
show-documents = Documents
show-doc-answer-applicant = reply to the applicant
show-doc-answer-cc = reply to the contact centre
show-doc-info = information for the coordinator
show-doc-quality = quality card
show-quality = Quality
show-quality-value = { $score }/5, timely: { $timely }, complete: { $complete }, applicant satisfied: { $satisfied }
show-rework = Returned for rework
show-rework-value = { $n }. { $date } — { $by }: { $reason } (answer of { $answered }; documents: { $documents })
show-signed = Signed
show-sha = SHA-256 of the signed files
show-sent = Sent
show-sent-value = to the applicant: { $posted }; to the contact centre: { $cc }
show-scan = Scan of the reply
show-out-number = Outgoing No. and date
show-out-number-value = No. { $number } of { $date }
show-result = Result
show-closed = Taken off control
show-file = File
show-exit = Taken off control without a reply
show-exit-to = ; to: { $to }
show-exit-of = ; duplicate of { $of }
show-exit-number = ; ref. No. { $number }
show-exit-late = ; after the art. 7 term ({ $due })
show-notice = Notice to the applicant
show-feedback = Feedback
show-yes = yes
show-no = no
show-unknown = unknown
show-code-unknown = { $code } (not in the classifier)
show-history = History:
show-status-registered = registered
show-status-resolved = resolved
show-status-dispatched = dispatched to the executor
show-status-answered = answered
show-status-signed = signed
show-status-sent = reply sent
show-status-closed = taken off control
show-status-forwarded = forwarded to the competent body (art. 7)
show-status-returned = returned to the applicant (arts. 5, 7)
show-status-declined = not considered (arts. 8, 17)
show-status-duplicate = closed as a duplicate
show-ground-art7 = forwarded to the competent body (art. 7 of the Law on Citizens' Appeals)
show-ground-art5 = returned to the applicant: does not meet art. 5 of the Law (art. 7)
show-ground-art8-repeat = a repeated appeal on a question already decided is not considered (art. 8 of the Law)
show-ground-art8-anonymous = an anonymous appeal is not considered (art. 8 of the Law)
show-ground-art17-late = the complaint was filed after the term of art. 17 of the Law (art. 8)
show-ground-duplicate = the same appeal was registered twice
show-outcome-confirmed = the applicant confirmed the solution
show-outcome-not-confirmed = the applicant did not confirm the solution
show-outcome-fixed = solved by the applicant
mark-code-footnote = * — Classifier code not confirmed by the primary source; see { $file }
mark-day-footnote = * — day not confirmed by a source; see { $file }

## log

log-title = { $card }: history recorded in the card
log-col-date = date
log-col-step = step
log-col-by = by
log-col-what = what
log-no-git = the register is not in a git work tree: no commits to compare
log-commits = commits that touched { $path }
log-col-commit = commit
log-col-author = author
log-col-message = message
log-col-change = change
log-by-command = appeals { $command }
log-outside = OUTSIDE THE TOOL
log-outside-warning =
    { $count ->
        [one] warning: { $count } commit changed this card outside appeals; compare with 'git show COMMIT'
       *[other] warning: { $count } commits changed this card outside appeals; compare with 'git show COMMIT'
    }
log-action-register = register
log-action-resolve = resolution
log-action-dispatch = dispatched
log-action-answer = answer
log-action-sign = signed
log-action-send = sent
log-action-extend = extended
log-action-notify = notified
log-action-close = closed
log-action-link = link
log-action-unlink = unlinked
log-action-classify = classified
log-action-correct = corrected
log-action-reassign = executors
log-action-rework = rework
log-action-confirm = call back
log-action-forward = forwarded
log-action-return = returned
log-action-decline = declined
log-action-close-duplicate = duplicate
log-action-remind = reminder
log-action-renumber = new number
log-remind-executor = to the executor
log-remind-coordinator = to the coordinator
log-remind-head = to the head
log-ev-relink = repeats { $of }, sign { $sign }; earlier: { $earlier }; { $reason }
log-ev-relink-none = repeats none, sign { $sign }; { $reason }
log-ev-unlink = { $later } no longer repeats this one; { $reason }
log-field-topics = topics
log-field-kind = kind
log-field-categories = categories
# Fields changed by `correct`, in the history and its message.
log-field-name = applicant's name
log-field-address = address
log-field-phone = telephone
log-field-email = e-mail
log-field-summary = summary
log-ev-correct = corrected: { $fields }; { $reason }
log-ev-reassign = executors { $from } → { $to }; { $by }: { $reason }
log-ev-rework = returned for rework (round { $round }), { $by }: { $reason }
log-ev-close-file = { $by }: taken off control; { $file }
log-ev-close-at-send = { $by }: taken off control when sent
log-ev-close = { $by }: taken off control
log-ev-remind = reminder { $level } { $to } (due { $due })
log-ev-register = received { $received }
log-ev-register-cc = ; contact centre No. { $number }
log-ev-register-late = ; later than the day received: { $reason }
log-ev-resolve = coordinator { $coordinator }; executors { $executors }
log-ev-dispatch = to executors { $to }
log-ev-answer = result { $result }
log-ev-answer-number = ; in. No. { $number }
log-ev-answer-late = ; { $days } working days late
log-ev-sign = signed by { $by }
log-ev-sign-warning = signed by { $by }; { $warning }
log-ev-send = to the applicant { $posted }, to the contact centre { $cc }; result { $result }
log-ev-send-number = ; ref. No. { $number }
log-ev-extend = control date { $from } → { $until }; { $by }: { $reason }
log-ev-notify = applicant notified { $notified } (due { $until })
log-ev-link = { $later } repeats this appeal

## calendar

cal-hint-year = calendar.toml covers { $first }–{ $last }; add the year's days to it (see 'appeals calendar { $last }' for the shape)
cal-title = Working calendar { $year }: non-working weekdays and working weekend days
cal-col-date = date
cal-col-weekday = weekday
cal-col-kind = kind
cal-col-name = name
cal-col-source = source
cal-col-status = status
cal-kind-holiday = holiday
cal-kind-day-off = day-off
cal-kind-working = working
cal-status-confirmed = confirmed
cal-status-unconfirmed = unconfirmed
cal-footer = { $off ->
        [one] { $off } non-working weekday
       *[other] { $off } non-working weekdays
    }, { $worked ->
        [one] { $worked } working weekend day
       *[other] { $worked } working weekend days
    }
cal-weekday-mon = Monday
cal-weekday-tue = Tuesday
cal-weekday-wed = Wednesday
cal-weekday-thu = Thursday
cal-weekday-fri = Friday
cal-weekday-sat = Saturday
cal-weekday-sun = Sunday

## explain

expl-title = { $card }: how the dates were counted
expl-received = received { $day }
expl-term-month = term: one calendar month (law art. 20) → { $day }
expl-term-days = term: { $days } calendar days (law art. 20) → { $day }
expl-term-30-days = term: 30 calendar days (law art. 20; register.toml counts a month as 30 days) → { $day }
expl-control = control date: { $day }
expl-working-day = { $date } is a working day
expl-kept = { $date } is not a working day ({ $why }); kept by policy `keep`
expl-past-ceiling = { $day } is not a working day ({ $why }); the next working day { $next } would pass the longest total term law art. 20 allows ({ $limit })
expl-moved-back-ceiling = moved to the previous working day { $day } instead (register.toml terms.non_working = "next", never past the law's ceiling)
expl-moved-next = moved to the next working day { $day } (register.toml terms.non_working = "next")
expl-moved-previous = moved to the previous working day { $day } (register.toml terms.non_working = "previous")
expl-skip = skip { $day }: { $why }
expl-non-working = non-working day
expl-executor-due = executor's due date: { $day } ({ $lead ->
        [one] { $lead } working day
       *[other] { $lead } working days
    } before the control date, the order's point 7)
expl-ceiling = longest total term: { $days } calendar days from receipt (law art. 20; register.toml terms.max_total) → { $day }
expl-ceiling-day = latest control date allowed: { $day }
expl-extended = extended on { $on } by { $by } to { $day } ({ $reason }); applicant notified: { $notified }
expl-not-yet = not yet
expl-extended-late = ; late: the control date { $control } had passed
expl-warn-control = the card's control date is { $card }, the calendar gives { $counted } (calendar.toml or register.toml changed since registration?)
expl-warn-due = the card's executor's due date is { $card }, the calendar gives { $counted }
expl-warning = warning: { $text }
expl-unconfirmed-day = note: the day { $day } is not confirmed by a source in the calendar; the dates may rest on it *

## related

rel-none = { $card }: no other appeals of this applicant
rel-col-card = card
rel-col-received = received
rel-col-state = state
rel-col-topics = topics
rel-col-sign = sign
rel-col-same = same question
rel-col-link = link
rel-open = on control
rel-closed = off control
rel-yes = yes
rel-link-repeat-of = directly earlier
rel-link-earlier = earlier
rel-link-later = later

## people

ppl-coordinators = Coordinators
ppl-executors = Executors
ppl-administrators = Administrators
ppl-heads = The head and the officials he authorised
ppl-col-id = id
ppl-col-name = name
ppl-col-position = position
ppl-col-topics = topics
ppl-col-body = name
ppl-col-kind = kind
ppl-col-coordinator = coordinator
ppl-col-email = e-mail
ppl-col-controller = controller
ppl-yes = yes
ppl-kind-executive-body = executive body
ppl-kind-district-council = district council
ppl-kind-settlement-council = settlement council
ppl-kind-enterprise = enterprise
ppl-missing-forms = Letters use the nominative: people.toml has no case forms for

## remind (its printout)

dl-reminders-due = due { $date }
dl-reminders-counts = to executors { $executors }, to coordinators { $coordinators }, to the head { $head }
dl-reminders-none = Reminders for { $date }: nothing new.
dl-reminders-none-again = Reminders for { $date }: nothing new (already written today: { $earlier }; not sent again).
dl-reminders-dry-run = Reminders for { $date } (dry run, nothing written): { $counts }.
dl-reminders-done = Reminders for { $date } written: { $counts }.
