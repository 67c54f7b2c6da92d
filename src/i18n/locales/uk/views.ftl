# The views: deadlines, list, calendar, explain, log, show, related, people,
# the printout of remind; the marks of what is not confirmed.

## deadlines

# Column headings of the `deadlines` table.
dl-col-card = картка
dl-col-received = надійшло
dl-col-executor = виконавець
dl-col-executor-due = термін виконавця
dl-col-control = контрольний термін
dl-col-days-left = роб. дн.
dl-col-state = стан
dl-col-marks = позначки
# The state of a card in the `deadlines` table.
dl-state-overdue = прострочено
dl-state-due-today = термін сьогодні
dl-state-executor-late = виконавець запізнюється
dl-state-due-tomorrow = термін завтра
dl-state-on-time = у строк
# The last line of `deadlines`: how many cards in each state.
dl-footer = { $date } — прострочено: { $overdue }, сьогодні: { $today }, виконавець запізнюється: { $late }, завтра: { $tomorrow }, у строк: { $ontime }; на контролі: { $total }
# Marks column of `deadlines`: considered first (law art. 20).
dl-mark-first = першочергово
# Marks column: considered by the head personally (law arts. 14–15).
dl-mark-personal = особисто керівником
# Marks column: the quality card says the applicant is not satisfied.
dl-mark-dissatisfied = заявник незадоволений
# Marks column: the term was extended after the control date had passed.
dl-mark-extended-late = продовжено після контрольного терміну { $date }
# Marks column: the last day to forward or return under art. 7 (day and month).
dl-mark-art7 = ст. 7 до { $day }
# Marks column: the last reminder, to whom and on what day.
dl-mark-reminded = нагад. { $to } { $day }
# Marks column: the contact centre's own control date, where it differs from ours.
dl-mark-cc-due = КЦ до { $day }
dl-remind-executor = вик.
dl-remind-coordinator = коорд.
dl-remind-head = кер.

## list

# Column headings of the `list` table.
list-col-card = картка
list-col-received = надійшло
list-col-status = стан
list-col-topics = тематика
list-col-control = контроль
list-col-executor = виконавець
# Column of `list --personal`.
list-col-applicant = заявник
list-col-summary = зміст
# After the `list` table, on stderr.
list-count =
    { $count ->
        [one] { $count } картка
        [few] { $count } картки
       *[many] { $count } карток
    }
# A card's status, short, in the `list` and `related` tables.
list-status-registered = зареєстровано
list-status-resolved = є резолюція
list-status-dispatched = у виконавця
list-status-answered = є відповідь
list-status-signed = підписано
list-status-sent = відповідь надіслано
list-status-closed = знято з контролю
list-status-forwarded = за належністю
list-status-returned = повернуто
list-status-declined = не розглядається
list-status-duplicate = дублікат

## show

# Title of `show`.
show-title = РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА { $card }
# Row labels of the card in `show`, and their values.
show-index = Реєстраційний індекс
show-index-value = { $index } ({ $year } рік, № { $number })
show-cc-number = № контакт-центру
show-received = Дата надходження
show-registered = Дата реєстрації
show-late-reason = Причина пізньої реєстрації
show-status = Стан
show-mark = Гриф
show-first = Першочергово
show-first-value = так (ст. 20 Закону)
show-personal = Особистий розгляд
show-personal-value = керівником (ст. 14–15 Закону)
show-attention = Увага
show-dissatisfied = заявник незадоволений результатом розгляду: наступне звернення з цього питання буде повторним (п. 9 порядку)
show-applicant = Заявник
show-anonymous = анонімне (без підпису)
show-signatories = Кількість підписантів
show-address = Адреса
show-phone = Телефон
show-email = Електронна пошта
show-gender = Стать
show-category = Категорія
show-social = Соціальний стан
show-form = Форма надходження
show-sign = Ознака надходження
show-kind = Вид звернення
show-subject = Суб'єкт
show-type = Тип
show-topics = Тематика
show-summary = Зміст
show-term = Термін розгляду
show-term-month = один місяць
show-term-days = { $days } дн.
show-control = Контрольний термін
show-executor-due = Термін для виконавця
show-source = З картки контакт-центру
show-cc-due = Термін контакт-центру
show-cc-due-differs = { $date } (не збігається з нашим контрольним терміном: уточніть у контакт-центрі)
show-extended = Продовжено
show-extended-value = до { $until } ({ $by }), { $reason }; заявника повідомлено: { $notified }
# Appended to show-extended-value when the term was extended late.
show-extended-late = ; { $on } — після контрольного терміну
show-repeat-of = Повторює звернення
show-earlier = Попередні з питання
show-later = Наступні звернення
show-resolution = Резолюція
show-executors = Виконавці
show-resolution-text = Текст резолюції
show-dispatched = Направлено виконавцям
show-answer = Відповідь виконавця
# Appended to the date of the executor's answer.
show-answer-number = , вих. № { $number }
show-answer-late = , із запізненням на { $days } роб. дн.
show-proposed-result = Запропонований результат
show-documents = Документи
# The documents of the executor's package, by their role, in `show`.
show-doc-answer-applicant = відповідь заявникові
show-doc-answer-cc = відповідь контакт-центру
show-doc-info = інформація координатору
show-doc-quality = картка якості
show-quality = Оцінка якості
show-quality-value = { $score }/5, вчасно: { $timely }, повно: { $complete }, заявник задоволений: { $satisfied }
show-rework = Повернуто на доопрацювання
show-rework-value = { $n }. { $date } — { $by }: { $reason } (відповідь від { $answered }; документи: { $documents })
show-signed = Підписано
show-sha = SHA-256 підписаних
show-sent = Надіслано
show-sent-value = заявнику: { $posted }; контакт-центру: { $cc }
show-scan = Скан відповіді
show-out-number = Вихідний номер і дата
show-out-number-value = № { $number } від { $date }
show-result = Результат розгляду
show-closed = Знято з контролю
show-file = Справа
show-exit = Знято з контролю без відповіді
# Parts of the show-exit row.
show-exit-to = ; до: { $to }
show-exit-of = ; дублікат { $of }
show-exit-number = ; вих. № { $number }
show-exit-late = ; після строку ст. 7 ({ $due })
show-notice = Повідомлення заявникові
show-feedback = Зворотний зв'язок
show-yes = так
show-no = ні
show-unknown = невідомо
# A code the classifier does not have, in `show`.
show-code-unknown = { $code } (немає в класифікаторі)
# Heading of the history under the card in `show`.
show-history = Історія:
# The status of the card in `show`, in full.
show-status-registered = зареєстровано
show-status-resolved = є резолюція
show-status-dispatched = направлено виконавцю
show-status-answered = надано відповідь
show-status-signed = підписано
show-status-sent = відповідь надіслано
show-status-closed = знято з контролю
show-status-forwarded = надіслано за належністю (ст. 7)
show-status-returned = повернуто заявникові (ст. 5, 7)
show-status-declined = не розглядається (ст. 8, 17)
show-status-duplicate = закрито як дублікат
# The ground of an exit without a reply, in `show` and `log`.
show-ground-art7 = надіслано за належністю (ст. 7 Закону України «Про звернення громадян»)
show-ground-art5 = повернуто заявникові: не відповідає вимогам ст. 5 Закону (ст. 7)
show-ground-art8-repeat = повторне звернення з питання, вже вирішеного по суті, не розглядається (ст. 8 Закону)
show-ground-art8-anonymous = анонімне звернення розгляду не підлягає (ст. 8 Закону)
show-ground-art17-late = скаргу подано з порушенням строку ст. 17 Закону (ст. 8)
show-ground-duplicate = те саме звернення зареєстровано двічі
# What the applicant said when called back (`confirm`).
show-outcome-confirmed = заявник підтвердив вирішення
show-outcome-not-confirmed = заявник не підтвердив вирішення
show-outcome-fixed = вирішено заявником самостійно

## marks of what is not confirmed

# Footnote under a view that marked a Classifier code with `*`.
mark-code-footnote = * — код класифікатора не підтверджено першоджерелом; див. { $file }
# Footnote under a view that marked a calendar day with `*`.
mark-day-footnote = * — день не підтверджено джерелом; див. { $file }

## log

# Title of `log`.
log-title = { $card }: історія, записана в картці
# Column headings of the history in `log`.
log-col-date = дата
log-col-step = крок
log-col-by = хто
log-col-what = що
# `log` in a register that is not a git work tree.
log-no-git = реєстр не в робочій копії git: немає комітів для порівняння
# Heading of the commits in `log`.
log-commits = коміти, що змінювали { $path }
# Column headings of the commits in `log`.
log-col-commit = коміт
log-col-author = автор
log-col-message = повідомлення
log-col-change = зміна
# The change column of a commit made by appeals: the command.
log-by-command = 'appeals { $command }'
# The change column of a commit not made by appeals.
log-outside = ПОЗА ПРОГРАМОЮ
# Under the commits in `log`.
log-outside-warning =
    { $count ->
        [one] попередження: { $count } коміт змінив цю картку поза appeals; порівняйте: 'git show COMMIT'
        [few] попередження: { $count } коміти змінили цю картку поза appeals; порівняйте: 'git show COMMIT'
       *[many] попередження: { $count } комітів змінили цю картку поза appeals; порівняйте: 'git show COMMIT'
    }
# A step of a card's history by its name, in `show` and `log`.
log-action-register = реєстрація
log-action-resolve = резолюція
log-action-dispatch = направлено
log-action-answer = відповідь
log-action-sign = підпис
log-action-send = надіслано
log-action-extend = продовжено
log-action-notify = повідомлено
log-action-close = знято
log-action-link = зв'язок
log-action-unlink = без зв'язку
log-action-classify = класифікація
log-action-correct = виправлення
log-action-reassign = виконавці
log-action-rework = доопрацювання
log-action-confirm = дзвінок
log-action-forward = за належністю
log-action-return = повернуто
log-action-decline = не розглядається
log-action-close-duplicate = дублікат
log-action-remind = нагадування
log-action-renumber = новий номер
# To whom a reminder went, in the history.
log-remind-executor = виконавцю
log-remind-coordinator = координатору
log-remind-head = керівнику
# What a step of the history did, in `show` and `log`.
log-ev-relink = повторює { $of }, ознака { $sign }; попередні: { $earlier }; { $reason }
log-ev-relink-none = не повторює жодного, ознака { $sign }; { $reason }
log-ev-unlink = { $later } більше не повторює цього; { $reason }
# Fields changed by `classify`, in the history.
log-field-topics = тематика
log-field-kind = вид
log-field-categories = категорії
# Fields changed by `correct`, in the history and its message.
log-field-name = ім’я заявника
log-field-address = адреса
log-field-phone = телефон
log-field-email = електронна пошта
log-field-summary = зміст
log-ev-correct = виправлено: { $fields }; { $reason }
log-ev-reassign = виконавці { $from } → { $to }; { $by }: { $reason }
log-ev-rework = повернуто на доопрацювання ({ $round }-й раз), { $by }: { $reason }
log-ev-close-file = { $by }: знято з контролю; { $file }
log-ev-close-at-send = { $by }: знято з контролю при надсиланні
log-ev-close = { $by }: знято з контролю
log-ev-remind = нагадування { $level } { $to } (термін { $due })
log-ev-register = надійшло { $received }
log-ev-register-cc = ; контакт-центр № { $number }
log-ev-register-late = ; пізніше дня надходження: { $reason }
log-ev-resolve = координатор { $coordinator }; виконавці { $executors }
log-ev-dispatch = виконавцям { $to }
log-ev-answer = результат { $result }
log-ev-answer-number = ; вх. № { $number }
log-ev-answer-late = ; із запізненням { $days } роб. дн.
log-ev-sign = підписав { $by }
log-ev-sign-warning = підписав { $by }; { $warning }
log-ev-send = заявнику { $posted }, контакт-центру { $cc }; результат { $result }
log-ev-send-number = ; вих. № { $number }
log-ev-extend = контрольний термін { $from } → { $until }; { $by }: { $reason }
log-ev-notify = заявника повідомлено { $notified } (термін { $until })
log-ev-link = { $later } повторює це звернення

## calendar

# Hint when `calendar YEAR` asks for a year outside calendar.toml.
cal-hint-year = calendar.toml охоплює { $first }–{ $last } роки; додайте до нього дні цього року (зразок: 'appeals calendar { $last }')
# Title of `calendar`.
cal-title = Робочий календар { $year }: неробочі будні та робочі вихідні
# Column headings of `calendar`.
cal-col-date = дата
cal-col-weekday = день
cal-col-kind = вид
cal-col-name = назва
cal-col-source = джерело
cal-col-status = статус
# Kind of a day in `calendar`: a public holiday.
cal-kind-holiday = свято
# Kind of a day: a weekday off (moved day off, martial-law rule).
cal-kind-day-off = вихідний
# Kind of a day: a weekend day worked (transfer of working days).
cal-kind-working = робочий
cal-status-confirmed = підтверджено
cal-status-unconfirmed = не підтверджено
# Last line of `calendar`.
cal-footer = Неробочих буднів: { $off }, робочих вихідних: { $worked }
cal-weekday-mon = понеділок
cal-weekday-tue = вівторок
cal-weekday-wed = середа
cal-weekday-thu = четвер
cal-weekday-fri = п'ятниця
cal-weekday-sat = субота
cal-weekday-sun = неділя

## explain

# Title of `explain`.
expl-title = { $card }: як пораховано дати
# Lines of `explain`, one step of the count each; $day is a date with its weekday.
expl-received = надійшло { $day }
expl-term-month = строк: один календарний місяць (ст. 20 Закону) → { $day }
expl-term-days = строк: { $days ->
        [one] { $days } календарний день
        [few] { $days } календарні дні
       *[many] { $days } календарних днів
    } (ст. 20 Закону) → { $day }
expl-term-30-days = строк: 30 календарних днів (ст. 20 Закону; у register.toml місяць рахується як 30 днів) → { $day }
expl-control = контрольний термін: { $day }
expl-working-day = { $date } — робочий день
expl-kept = { $date } — неробочий день ({ $why }); залишено за правилом 'keep'
expl-past-ceiling = { $day } — неробочий день ({ $why }); наступний робочий день { $next } виходить за найдовший загальний строк ст. 20 Закону ({ $limit })
expl-moved-back-ceiling = перенесено на попередній робочий день { $day } (register.toml terms.non_working = "next", але не далі межі Закону)
expl-moved-next = перенесено на наступний робочий день { $day } (register.toml terms.non_working = "next")
expl-moved-previous = перенесено на попередній робочий день { $day } (register.toml terms.non_working = "previous")
# A non-working day passed over in the count, and why it is not worked.
expl-skip = пропущено { $day }: { $why }
# Why a day is not worked, when the calendar gives no name.
expl-non-working = неробочий день
expl-executor-due = термін для виконавця: { $day } ({ $lead } роб. дн. до контрольного терміну, п. 7 порядку)
expl-ceiling = найдовший загальний строк: { $days ->
        [one] { $days } календарний день
        [few] { $days } календарні дні
       *[many] { $days } календарних днів
    } від надходження (ст. 20 Закону; register.toml terms.max_total) → { $day }
expl-ceiling-day = найпізніший допустимий контрольний термін: { $day }
expl-extended = { $on } строк продовжено до { $day } ({ $by }; { $reason }); заявника повідомлено: { $notified }
expl-not-yet = ще ні
expl-extended-late = ; із запізненням: контрольний термін { $control } уже минув
expl-warn-control = у картці контрольний термін { $card }, а за календарем — { $counted } (змінено calendar.toml чи register.toml після реєстрації?)
expl-warn-due = у картці термін для виконавця { $card }, а за календарем — { $counted }
expl-warning = попередження: { $text }
# `explain`: a day of the calendar the count went through that no source confirms.
expl-unconfirmed-day = увага: день { $day } у календарі не підтверджено джерелом; від нього можуть залежати дати *

## related

# `related` when the applicant has no other appeals (stderr).
rel-none = { $card }: інших звернень цього заявника немає
# Column headings of `related`.
rel-col-card = картка
rel-col-received = надійшло
rel-col-state = стан
rel-col-topics = тематика
rel-col-sign = ознака
rel-col-same = те саме питання
rel-col-link = зв'язок
rel-open = на контролі
rel-closed = знято з контролю
rel-yes = так
# How the other card is linked to this one, in `related`.
rel-link-repeat-of = пряме попереднє
rel-link-earlier = попереднє
rel-link-later = пізніше

## people

# Headings of the tables of `people`.
ppl-coordinators = Координатори
ppl-executors = Виконавці
ppl-administrators = Адміністратори
ppl-heads = Керівник і уповноважені ним посадові особи
# Column headings of `people`.
ppl-col-id = id
ppl-col-name = ПІБ
ppl-col-position = посада
ppl-col-topics = тематика
ppl-col-body = назва
ppl-col-kind = вид
ppl-col-coordinator = координатор
ppl-col-email = e-mail
ppl-col-controller = контролер
ppl-yes = так
ppl-kind-executive-body = виконавчий орган
ppl-kind-district-council = районна у місті рада
ppl-kind-settlement-council = селищна рада
ppl-kind-enterprise = підприємство
# Under the tables of `people`: people.toml lacks the case forms of some names.
ppl-missing-forms = У листах ужито називний відмінок: у people.toml не задано форм

## remind (its printout)

# `remind`: after each reminder line, the date it reminds of.
dl-reminders-due = термін { $date }
# `remind`: how many reminders went to each level (put into the lines below).
dl-reminders-counts = виконавцям { $executors }, координаторам { $coordinators }, керівнику { $head }
dl-reminders-none = Нагадування на { $date }: нових немає.
dl-reminders-none-again = Нагадування на { $date }: нових немає (уже записано сьогодні: { $earlier }; повторно не надсилаються).
dl-reminders-dry-run = Нагадування на { $date } (пробний запуск, нічого не записано): { $counts }.
dl-reminders-done = Нагадування на { $date } записано: { $counts }.
