# What a step prints when it changed the register (or found it done).

step-already = already done: { $card } { $what }; nothing was written
step-already-resolve = is resolved so already
step-already-dispatch = is dispatched to its executors already
step-already-answer = has this package already
step-already-sign = is signed so already
step-already-send = is sent so already
step-already-extend = is extended so already
step-already-notify = has this notification already
step-already-classify = is classified so already
step-already-correct = is corrected so already
step-already-reassign = is assigned so already
step-already-rework = is returned for rework already
step-already-confirm = has this call-back already
step-already-link = is linked so already
step-already-unlink = is unlinked so already
step-already-forward = is forwarded so already
step-already-return = is returned so already
step-already-decline = is declined so already
step-already-duplicate = is closed as a duplicate so already
step-already-close = is off control already
step-waiting = waiting for another appeals command to release the register's lock…
step-committed = committed { $sha }
step-next = next: { $command }

step-register-row = { $card }	{ $received }	{ $cc }	control { $control }
step-register-row-dry = would register { $card }	{ $received }	{ $cc }	control { $control }
step-register-summary = { $count } registered, { $skipped } already registered
step-register-summary-dry = { $count } to register, { $skipped } already registered
step-register-invalid = , { $count } invalid skipped
step-register-skipped-invalid = skipped invalid: { $problem }
step-register-linked = { $card }: linked to { $earlier } (same applicant, same question)
step-register-already = already registered: { $source } { $position }: cc { $cc } is { $existing }

step-resolve-done = { $card } resolved by { $coordinator }{ $how }: executors { $executors }; executor's due date { $due }, control date { $control }
step-resolve-by-topic = { " " }(by topic { $topics })
step-resolve-lead = { $executor } (lead)
step-id = { $id }
step-dispatch-done = { $card } dispatched to { $executors }; executor's due date { $due }
step-answer-done = { $card } answered { $when }; proposed result { $result }
step-answer-late =
    LATE by { $count } working { $count ->
        [one] day
       *[other] days
    } (due { $due })
step-answer-on-time = on time (due { $due })
step-answer-role-applicant = answer-applicant
step-answer-role-cc = answer-cc
step-answer-role-info = info
step-answer-role-quality = quality
step-sign-done =
    { $card } signed by { $by } ({ $count } { $count ->
        [one] document
       *[other] documents
    })
step-send-done = { $card } sent: to the applicant { $posted }, to the contact centre { $to_cc }; result { $result }{ $outgoing }; { $control }
step-send-anonymous = — (anonymous)
step-send-number-date = ; outgoing No. { $number } of { $date }
step-send-number = ; outgoing No. { $number }
step-send-date = ; outgoing of { $date }
step-send-on-control = on control until 'appeals close'
step-send-off-control = taken off control
step-send-scan = { "  " }scan: { $scan }
step-close-done = { $card } taken off control{ $file }
step-exit-late = ; after art. 7's five days (due { $due }), counted as late
step-exit-off-control = ; off control
step-exit-notice = notice: { $notice }
step-extend-done = { $card } extended: control date { $previous } → { $control }; executor's due date { $due }
step-notify-done = { $card }: the applicant was notified on { $on } of the extension to { $control }
step-link-repeats = { $card } repeats { $earlier } (earlier appeals on the question: { $all }); sign of receipt { $sign }
step-link-repeats-none = { $card } repeats no earlier card; sign of receipt { $sign }
step-link-sign-again = { $card }: sign of receipt decided again: { $sign }
step-link-wrote = wrote { $file }
step-classify-done = { $card } reclassified: topics { $topics }, kind { $kind }, categories { $categories }; the term stays (control date { $control })
step-correct-done = { $card } corrected: { $fields }; the earlier values are kept in the card's history
step-reassign-done = { $card } reassigned to { $executors }; executor's due date { $due } stays
step-rework-done =
    { $card } returned to the executor for rework ({ $count } { $count ->
        [one] time
       *[other] times
    }); executor's due date { $due }

init-done = created register { $dir } (Classifier edition { $edition }, calendar { $first }–{ $last })
init-demo-council = The demo council's name «{ $council }» is written; change it in register.toml or give --council
init-demo-roster = The demo roster of officials is written; replace it in people.toml or give --coordinator/--executor
init-bad-person = not a person for people.toml: { $value }
