# Findings of `appeals check`: what is wrong and what to do, for a person
# (the JSON and CSV keep the English; finding codes are names, never translated).

# Hint to duplicate-number and duplicate-index.
chk-renumber-hint = дві реєстрації взяли один номер (наприклад, після злиття двох копій у git): перенумеруйте цю картку на наступний вільний номер, { $year }#{ $number }, разом з індексом та назвою файлу
chk-duplicate-number = номер { $year }#{ $number } є також у { $file }
chk-duplicate-index = індекс { $year }/{ $index } є також у { $file }
chk-duplicate-cc = номер контактного центру { $cc } є також у { $file }
chk-duplicate-cc-hint = одне звернення зареєстровано двічі: залиште ранішу картку, а іншу закрийте, або виправте номер за вивантаженням
chk-repeats-missing = повторює { $target }, якого немає в реєстрі
chk-repeats-missing-hint = назвіть наявну картку як РІК/ІНДЕКС або очистьте поле 'repeat_of'
chk-link-back-missing = { $card } повторює цю картку ({ $target }), але вона не називає { $card }
chk-link-back-missing-hint = реєстрацію перервано між двома записами: 'appeals check --fix-links' додасть "{ $card }" до 'links.later'
chk-later-missing = називає { $card } пізнішим зверненням, але його немає в реєстрі
chk-later-not-repeating = називає { $card } пізнішим зверненням, але { $card } не повторює { $this }
chk-later-hint = вилучіть запис або заповніть 'repeat_of' у пізнішій картці
chk-earlier-missing = називає { $card } попереднім зверненням, але його немає в реєстрі
chk-earlier-missing-hint = 'appeals link' або 'appeals unlink' визначить зв’язок наново
chk-sign-no-earlier = ознака надходження { $sign }, але картка не повторює жодного попереднього звернення
chk-sign-no-earlier-hint = зв’яжіть її: 'appeals link { $card } --to ПОПЕРЕДНЄ --reason …', або встановіть ознаку 2.1
chk-sign-mismatch = ознака надходження { $sign }, але за попередніми зверненнями з цього питання ({ $earlier }) на { $day } має бути { $expected } (п. 9 Порядку)
chk-sign-mismatch-hint = визначте її наново: 'appeals link { $card } --to { $last } --reason …'
# index-stale: a shard of a derived index changed or is missing.
chk-index-shard-changed =
    { $count ->
        [one] частину
       *[other] частини
    } індексу '{ $index }' змінено або втрачено після збереження: { $shards }
chk-index-disagrees = індекс '{ $index }' не збігається з картками (картку змінено на місці, наприклад вручну): { $shards }
chk-stamp-disagrees = наступні порядкові номери не збігаються з картками ({ $years })
chk-index-stale-hint = виконайте 'appeals check --fix-index': індекс похідний від карток і буде перебудований
chk-settings-unknown-code-hint = вкажіть код з { $file } (див. 'appeals show' або Класифікатор)
chk-priority-unknown-code-hint = вкажіть категорію авторів (розділ 7) з { $file }
chk-config-invalid-hint = виправте { $file } вручну (або відновіть: 'git checkout -- { $file }'); перевірки, яким він потрібен, пропущено
# check --strict: a Classifier code in use that is not confirmed.
chk-uncertain-code =
    { $count ->
        [one] { $code } «{ $name }» вжито в { $count } картці, але його статус — '{ $status }' (не підтверджено двома незалежними джерелами)
        [few] { $code } «{ $name }» вжито в { $count } картках, але його статус — '{ $status }' (не підтверджено двома незалежними джерелами)
       *[many] { $code } «{ $name }» вжито в { $count } картках, але його статус — '{ $status }' (не підтверджено двома незалежними джерелами)
    }
chk-uncertain-code-hint = звірте код і назву з офіційним текстом Класифікатора (zakon.rada.gov.ua, 858-2008-п) і вкажіть статус у classifier.toml
chk-stray-file = не картка: файли карток мають вигляд cards/РІК/NNNNNN.json (шість цифр)
chk-stray-file-hint = перенесіть { $file } за межі cards/ або назвіть його як картку
chk-unreadable = не вдається прочитати: { $reason }
chk-unreadable-hint = перевірте права доступу до файлу
# Hint to a card that doesn't parse.
chk-restore-hint = виправте вручну або відновіть: 'git checkout -- { $file }'
chk-bom = починається з позначки порядку байтів (BOM); картки зберігаються в UTF-8 без неї
chk-bom-hint = збережіть файл у UTF-8 без BOM
chk-not-utf8 = не в кодуванні UTF-8 (хибний байт на позиції { $offset })
chk-conflict-markers = конфлікт git: позначки конфлікту злиття з рядка { $line } (<<<<<<<, =======, >>>>>>>); злиття не завершено
chk-conflict-markers-hint = розв'яжіть конфлікт у { $file } рядок за рядком, зберігши те, що додав кожен бік; ніколи не беріть картку одного боку цілком (git checkout --ours/--theirs мовчки губить звернення іншого боку); якщо обидва боки зареєстрували звернення під одним номером, дайте одному з них наступний вільний номер
chk-conflict-markers-file-hint = завершіть злиття в { $file }: збережіть те, що змінив кожен бік (git diff покаже обидва), вилучіть позначки й зробіть коміт
# A card that is not valid JSON: where, and the parser's reason (in English).
chk-json-error = рядок { $line }, позиція { $column }: { $reason }
chk-unknown-version = версія формату { $version } невідома цій програмі (вона читає від { $from } до { $to })
chk-unknown-version-hint = скористайтеся версією програми, що записала картку, або поверніть номер версії, перевіривши картку
chk-year-mismatch = рік { $year }, але файл лежить у cards/{ $dir }/
chk-year-mismatch-hint = виправте рік або перенесіть файл до cards/{ $path }
chk-number-mismatch = номер { $number }, але файл називається { $file }
chk-number-mismatch-hint = виправте номер або перенесіть файл до cards/{ $path }
chk-index-number = в індексі { $index } номер { $number }, а картка має номер { $card }
chk-index-bad = { $index } не є реєстраційним індексом на зразок К-125
chk-index-hint = індекс — це перша літера прізвища (або позначка), '-' і порядковий номер картки
chk-cc-bad = { $cc } не є номером контактного центру (до 64 літер, цифр, '-', '_', '.' або '/')
chk-cc-bad-hint = скопіюйте номер з вивантаження контактного центру
chk-control-chars = містить керівні символи
chk-control-chars-hint = вилучіть їх вручну (їх внесло ручне редагування або хибне вивантаження)
chk-signatories = має бути щонайменше 1
chk-signatories-hint = вкажіть кількість підписантів
chk-registered-before-received = зареєстровано { $registered }, раніше, ніж надійшло ({ $received })
chk-registered-before-received-hint = виправте дати за вивантаженням контактного центру
chk-registered-late = зареєстровано { $registered }, пізніше, ніж надійшло ({ $received }), без причини
chk-registered-late-hint = запишіть причину в 'late_reason': звернення реєструють у день надходження
chk-unknown-code-hint = вкажіть код з { $file } (редакція { $edition })
chk-no-topic = немає тематики: кожне звернення має щонайменше один код тематики (частина ІІ)
chk-no-topic-hint = додайте коди тематики
chk-not-coordinator = { $id } ({ $name }) не є координатором у people.toml
chk-not-in-people = { $id } немає в people.toml
chk-not-head = { $id } ({ $name }) не є ні керівником ('[[head]]'), ні координатором у people.toml; строк продовжує керівник або його заступник (ст. 20 Закону)
chk-add-person-hint = додайте їх до people.toml (тих, хто звільнився, не вилучайте: їх називають старі картки)
chk-executor-not-in-people = виконавця { $id } немає в people.toml
chk-executor-not-in-people-hint = додайте виконавця до people.toml (перейменованих чи об’єднаних не вилучайте: їх називають старі картки)
chk-history-repair-hint = історія — це запис дій: відновіть картку з git або виправте запис вручну
chk-status-mismatch = стан { $status }, але історія веде до { $derived }
chk-status-mismatch-hint = встановіть "status": "{ $status }" (стан випливає з історії)
chk-history-empty = історія порожня; вона починається з реєстрації
chk-registration-date = реєстрацію записано { $at }, а картка каже, що зареєстровано { $registered }
chk-step-before-step = крок { $step } ('{ $command }', { $at }) датовано раніше за крок { $before } ('{ $before_command }', { $before_at })
chk-step-without-history = заповнено, але в історії немає кроку '{ $command }'
chk-step-without-history-hint = кроки записує 'appeals { $command }', яка пише і те, і те; відновіть картку з git або очистьте { $field }
chk-history-without-step = порожнє, але в історії є крок '{ $command }'
chk-history-without-step-hint = відновіть картку з git: дані кроку втрачено
chk-explain-hint = 'appeals explain { $card }' покаже розрахунок
chk-term-days = строк { $days } дн.; строк становить від 1 до { $max } дн. (register.toml, 'terms.max_total')
chk-term-days-hint = строк при реєстрації — 15 днів або місяць (30); довший буває лише через 'appeals extend'
chk-term-uncounted = строк не вдається обчислити: { $reason }
chk-ceiling-uncounted = найбільший загальний строк не вдається обчислити: { $reason }
chk-due-uncounted = строк виконавця не вдається обчислити: { $reason }
chk-extend-calendar-hint = доповніть calendar.toml, щоб він охоплював ці дати
chk-not-notified = заявника не повідомлено про продовження строку до { $until } (ст. 20 Закону)
chk-not-notified-hint = повідомте заявника й запишіть дату в "notified"
chk-extension-order = продовження до { $until } не відсуває контрольний термін ({ $previous }) на пізніше
chk-extension-order-hint = кожне продовження встановлює пізніший контрольний термін
chk-extension-late-unmarked = строк продовжено { $on } до { $until }, уже після контрольного терміну { $previous }, але не позначено як запізніле (ст. 20 Закону: строк продовжують до контрольного терміну)
chk-extension-late-unmarked-hint = запізніле продовження лишається запізнілим: встановіть "late": true у ньому та в його записі історії або відновіть картку з git
chk-extension-late-marked = строк продовжено { $on } до { $until }, до контрольного терміну { $previous }, але позначено як запізніле
chk-extension-late-marked-hint = вилучіть "late" з продовження та його запису історії або відновіть картку з git
chk-control-date-term = контрольний термін { $control_date }, але за надходженням { $received } і строком { $days } дн. виходить { $control }
chk-control-date-extension = контрольний термін { $control_date }, але за останнім продовженням виходить { $control }
chk-control-date-hint = 'appeals explain { $card }' покаже розрахунок; якщо register.toml чи calendar.toml змінилися після реєстрації, вирішіть, яка дата чинна, і виправте картку
chk-executor-due = строк виконавця { $executor_due }, але з контрольного терміну { $control } виходить { $due } (за { $lead } роб. дн.)

## The command's own lines

# On stderr, what --fix-index or --fix-links mended.
chk-fixed = виправлено: { $what }
chk-fixed-index = { $dir }/: вилучено файлів — { $count }, їх перебудовано з карток
chk-fixed-index-failed = { $dir }/: вилучено файлів — { $count }; не перебудовано: { $reason }
chk-fixed-link = { $card }: додано { $name } до 'links.later'
# check --verbose, on stderr.
chk-verbose = перевірено карток — { $cards }: повністю прочитано { $full }, без змін з попередньої успішної перевірки { $unchanged }; хеш обчислено для підписаних документів — { $hashed }
# A problem: the file and field, what is wrong, the problem's code (a name for scripts).
chk-finding = { $place } { $message } [код '{ $code }']
chk-finding-hint = {"  "}підказка: { $hint }
chk-fix-index-hint = похідні індекси виправляє 'appeals check --fix-index'
chk-fix-links-hint = пропущений зворотний зв’язок додає 'appeals check --fix-links'
# check --strict when the only problems are unconfirmed codes.
chk-only-uncertain =
    { $count ->
        [one] { $count } код Класифікатора, що вживається, не підтверджено
        [few] { $count } коди Класифікатора, що вживаються, не підтверджено
       *[many] { $count } кодів Класифікатора, що вживаються, не підтверджено
    } (перевірено карток — { $cards }, інших проблем немає)
chk-only-uncertain-hint = картки справні; 'appeals check' без --strict проходить
chk-problems =
    { $count ->
        [one] { $count } проблема в реєстрі
        [few] { $count } проблеми в реєстрі
       *[many] { $count } проблем у реєстрі
    } (перевірено карток — { $cards })
chk-problems-hint = виправте картки вручну або відновіть їх з git, тоді знову виконайте 'appeals check'

## Documents, history

chk-unsafe-path-hint = документи зберігаються в реєстрі під docs/РІК/NNNNNN/
chk-unsafe-signed-path-hint = підписані документи зберігаються в реєстрі під docs/РІК/NNNNNN/
chk-document-missing = { $path } немає в реєстрі
chk-signed-missing = підписаного документа { $path } немає в реєстрі
chk-document-restore-hint = відновіть { $path } (наприклад, з git)
chk-signature-mismatch = { $path } змінено після того, як { $card } підписано { $day } (SHA-256 { $actual }, підписано { $expected })
chk-signature-mismatch-hint = відновіть підписану версію (git log -- { $path }); змінена відповідь потребує нового підпису
# A history step that doesn't follow from the state before it (the reason is the workflow's).
chk-bad-transition = крок { $step } ('{ $command }'): { $reason }
chk-extensions-count = продовжень у картці — { $count }, а кроків 'extend' в історії — { $steps }
chk-extensions-count-hint = кожне продовження записує 'appeals extend', яка пише і те, і те
chk-reworks-count = повернень на доопрацювання в картці — { $count }, а кроків 'rework' в історії — { $steps }
chk-reworks-count-hint = кожне повернення на доопрацювання записує 'appeals rework', яка пише і те, і те

## Terms

chk-basis-mismatch = підстава '{ $basis }', але строк { $days } дн. за register.toml рахується як '{ $expected }'
chk-over-max = строк продовжено до { $until }: { $days } дн. від надходження ({ $received }); ст. 20 Закону дозволяє щонайбільше { $max } (до { $latest })
chk-over-max-day-off = строк продовжено до { $until }: { $days } дн. від надходження ({ $received }); ст. 20 Закону дозволяє щонайбільше { $max } (до { $latest }); { $max }-й день, { $day_max }, неробочий, і register.toml 'terms.non_working' = "{ $non_working }" завершує строк раніше
chk-over-max-hint = строк може тривати щонайдовше до { $latest }; виправте продовження
chk-document-foreign = { $path } лежить у { $dir }, теці іншої картки: після перенумерування вручну це може бути документ іншого звернення
chk-document-foreign-hint = перенесіть власні документи картки до { $dir } і назвіть їх там (git log покаже, де вони були) або відновіть картку з git
chk-document-orphan = жодна картка не називає цей документ: його картку могло бути втрачено при злитті, або його залишено
chk-document-orphan-hint = знайдіть картку, якій він належить (git log -- { $path }), і відновіть її, або вилучіть файл
chk-number-reused = коміт { $commit } вилучив цю картку ({ $then }); тепер під цим номером інше звернення ({ $now }): один реєстраційний номер надано двічі
chk-number-reused-hint = якщо обидва звернення справжні, дайте цьому наступний вільний номер (картці й теці її документів) і відновіть вилучену картку з коміту { $commit }: git show { $commit }^:./{ $file }
chk-late-unmarked = відповідь надано { $date }, через { $days } робочих днів після строку виконавця { $due }, але позначено як вчасну
chk-late-marked = позначено як запізнілу на { $recorded } робочих днів, але відповідь надано { $date }, не пізніше строку виконавця { $due }
chk-late-days = позначено як запізнілу на { $recorded } робочих днів, але надана { $date } після строку виконавця { $due } вона запізнилася на { $days }
chk-late-mismatch-hint = вкажіть "late": { $late } і "days_late": { $days } у відповіді (і в її записі історії) або відновіть картку з git
chk-uncommitted = не зафіксовано в git, хоча register.toml каже [git] commit = true
chk-uncommitted-hint = якщо команду перервано, наступна команда, що пише, зафіксує залишене; якщо файл змінено вручну, зафіксуйте його: git add { $file } && git commit
chk-uncommitted-owed-hint = команду '{ $command }' перервано до фіксації: наступна команда, що пише, зафіксує це від її імені
chk-not-a-regular-file = не звичайний файл: символьне посилання, канал, пристрій чи сокет, яких жодна команда не відкриває
chk-not-a-regular-file-hint = вилучіть його (git rm { $file }) і покладіть на його місце звичайний файл; реєстр містить лише звичайні файли й теки
chk-cc-term-differs = контакт-центр дав термін «Вирішити до» { $cc_due }, а наш контрольний термін { $control }
chk-cc-term-differs-hint = уточніть у контакт-центрі, чий термін правильний (наш лічиться за register.toml і календарем: appeals explain КАРТКА); це питання, не пошкодження, і перевірку воно не валить
chk-cc-questions = { $count } { $count ->
        [one] картка має
        [few] картки мають
       *[other] карток мають
    } термін контакт-центру, не такий, як наш (cc-term-differs): це питання до контакт-центру, перевірку воно не валить
