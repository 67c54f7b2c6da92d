# Що друкує крок, який змінив реєстр (або знайшов, що вже зроблено).

# Крок повторено з тими самими даними: { $what } — одне з step-already-….
step-already = { $card }: { $what } — повторно нічого не записано
step-already-resolve = резолюцію вже внесено
step-already-dispatch = уже надіслано виконавцям
step-already-answer = цей пакет відповіді вже внесено
step-already-sign = уже підписано
step-already-send = уже надіслано
step-already-extend = строк уже так продовжено
step-already-notify = це повідомлення заявника вже внесено
step-already-classify = класифікацію вже так виправлено
step-already-correct = уже так виправлено
step-already-reassign = виконавців уже так призначено
step-already-rework = уже повернуто на доопрацювання
step-already-confirm = цей зворотний дзвінок уже внесено
step-already-link = зв’язок уже встановлено
step-already-unlink = зв’язок уже розірвано
step-already-forward = уже переслано за належністю
step-already-return = уже повернуто заявникові
step-already-decline = у розгляді вже відмовлено
step-already-duplicate = уже закрито як дублікат
step-already-close = уже знято з контролю
# Поки інша команда тримає блокування реєстру.
step-waiting = чекаю, доки інша команда appeals звільнить реєстр…
# Після --commit або [git] commit = true.
step-committed = зафіксовано в git: { $sha }
# Підказка, яку команду виконати наступною.
step-next = далі: '{ $command }'

# register: рядок на зареєстроване звернення (stdout).
step-register-row = { $card }	{ $received }	{ $cc }	контрольний термін { $control }
step-register-row-dry = буде зареєстровано { $card }	{ $received }	{ $cc }	контрольний термін { $control }
# register: підсумок (stderr).
step-register-summary =
    { $count ->
        [one] зареєстровано { $count } звернення
        [few] зареєстровано { $count } звернення
       *[many] зареєстровано { $count } звернень
    }, уже було зареєстровано: { $skipped }
step-register-summary-dry =
    { $count ->
        [one] буде зареєстровано { $count } звернення
        [few] буде зареєстровано { $count } звернення
       *[many] буде зареєстровано { $count } звернень
    }, уже було зареєстровано: { $skipped }
step-register-invalid = , пропущено неправильних записів: { $count }
step-register-skipped-invalid = пропущено неправильний запис: { $problem }
step-register-linked = { $card }: пов’язано з { $earlier } (той самий заявник, те саме питання)
step-register-already = уже зареєстровано: { $source } { $position }: номер контакт-центру { $cc } має картка { $existing }

step-resolve-done = { $card }: резолюція '{ $coordinator }'{ $how }; виконавці { $executors }; термін виконавця { $due }, контрольний термін { $control }
step-resolve-by-topic = { " " }(за питанням { $topics })
step-resolve-lead = '{ $executor }' (відповідальний)
# Ідентифікатор особи з people.toml у переліку.
step-id = '{ $id }'
step-dispatch-done = { $card } надіслано виконавцям: { $executors }; термін виконавця { $due }
step-answer-done = { $card }: відповідь виконавця надійшла { $when }; запропонований результат { $result }
step-answer-late = із запізненням на { $count } роб. дн. (термін { $due })
step-answer-on-time = у строк (термін { $due })
# Документи пакета відповіді.
step-answer-role-applicant = відповідь заявникові
step-answer-role-cc = відповідь контакт-центру
step-answer-role-info = інформація для куратора
step-answer-role-quality = картка оцінки якості
step-sign-done =
    { $card } підписав '{ $by }' ({ $count } { $count ->
        [one] документ
        [few] документи
       *[many] документів
    })
step-send-done = { $card } надіслано: заявникові { $posted }, контакт-центру { $to_cc }; результат { $result }{ $outgoing }; { $control }
step-send-anonymous = — (анонімне)
step-send-number-date = ; вих. № { $number } від { $date }
step-send-number = ; вих. № { $number }
step-send-date = ; вих. від { $date }
step-send-on-control = на контролі до 'appeals close'
step-send-off-control = знято з контролю
step-send-scan = { "  " }скан-копія: { $scan }
step-close-done = { $card } знято з контролю{ $file }
step-exit-late = ; після п’яти днів за ст. 7 (термін { $due }), вважається запізнілим
step-exit-off-control = ; знято з контролю
step-exit-notice = лист заявникові: { $notice }
step-extend-done = { $card }: строк продовжено, контрольний термін { $previous } → { $control }; термін виконавця { $due }
step-notify-done = { $card }: заявника { $on } повідомлено про продовження строку до { $control }
step-link-repeats = { $card } повторює { $earlier } (попередні звернення з питання: { $all }); ознака надходження { $sign }
step-link-repeats-none = { $card } не повторює жодної попередньої картки; ознака надходження { $sign }
step-link-sign-again = { $card }: ознаку надходження визначено знову: { $sign }
step-link-wrote = записано { $file }
step-classify-done = { $card }: класифікацію виправлено — питання { $topics }, вид { $kind }, категорії автора { $categories }; строк не змінюється (контрольний термін { $control })
step-correct-done = { $card }: виправлено — { $fields }; попередні значення збережено в історії картки
step-reassign-done = { $card }: виконавців змінено на { $executors }; термін виконавця { $due } не змінюється
step-rework-done = { $card } повернуто виконавцю на доопрацювання (разів: { $count }); термін виконавця { $due }

# init: новий реєстр.
init-done = створено реєстр { $dir } (редакція Класифікатора { $edition }, календар { $first }–{ $last })
init-demo-roster = Записано демонстраційний перелік посадових осіб; замініть його у people.toml або вкажіть --coordinator/--executor
# Після init без --council.
init-demo-council = Записано демонстраційну назву ради «{ $council }»; змініть її в register.toml або вкажіть --council
# --coordinator/--executor/--head не у вигляді ID:"Ім’я".
init-bad-person = не вдається прочитати особу для people.toml: { $value }
