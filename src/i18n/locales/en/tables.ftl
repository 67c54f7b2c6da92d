# Tables that fit the terminal: the compact layout's short headings and words.

tbl-dl-stage = stage
tbl-dl-card = card
tbl-dl-executor = exec.
tbl-dl-executor-due = due
tbl-dl-control = control
tbl-dl-days-left = days
tbl-dl-state = state
tbl-dl-marks = marks

tbl-state-overdue = overdue
tbl-state-due-today = today
tbl-state-executor-late = late
tbl-state-due-tomorrow = tomorrow
tbl-state-on-time = on time

tbl-stage-registered = new
tbl-stage-resolved = resolved
tbl-stage-dispatched = at exec.
tbl-stage-answered = answered
tbl-stage-signed = signed
tbl-stage-sent = sent
tbl-stage-closed = closed
tbl-stage-forwarded = forwrd.
tbl-stage-returned = returned
tbl-stage-declined = declined
tbl-stage-duplicate = dupl.

tbl-list-card = card
tbl-list-status = status
tbl-list-topics = topics
tbl-list-control = control
tbl-list-executor = executor
tbl-list-summary = summary

tbl-mark-first = first
tbl-mark-personal = by head
tbl-mark-dissatisfied = dissatisfied
