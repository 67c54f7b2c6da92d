# Tables that fit the terminal: the compact layout's short headings and words.

tbl-dl-stage = етап
tbl-dl-card = картка
tbl-dl-executor = вик.
tbl-dl-executor-due = строк
tbl-dl-control = контр.
tbl-dl-days-left = дн.
tbl-dl-state = стан
tbl-dl-marks = позначки

tbl-state-overdue = простр.
tbl-state-due-today = сьогодні
tbl-state-executor-late = запізн.
tbl-state-due-tomorrow = завтра
tbl-state-on-time = у строк

tbl-stage-registered = реєстр.
tbl-stage-resolved = резол.
tbl-stage-dispatched = у вик.
tbl-stage-answered = відпов.
tbl-stage-signed = підпис.
tbl-stage-sent = надісл.
tbl-stage-closed = знято
tbl-stage-forwarded = пересл.
tbl-stage-returned = поверн.
tbl-stage-declined = відмова
tbl-stage-duplicate = дублік.

tbl-list-card = картка
tbl-list-status = стан
tbl-list-topics = тем.
tbl-list-control = контр.
tbl-list-executor = виконавець
tbl-list-summary = зміст

tbl-mark-first = перш.
tbl-mark-personal = особ. керівн.
tbl-mark-dissatisfied = незадоволений
