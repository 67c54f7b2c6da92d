# Помилки: що каже команда, коли відмовляє (після «помилка:»).

## Початок рядка помилки, підказки й попередження (stderr).

err-line = помилка: { $text }
hint-line = підказка: { $text }
warn-line = попередження: { $text }
# Під помилкою без підказок: її причина (друкується з відступом).
err-caused-by = причина: { $cause }

## Частини повідомлень.

# Поле запису, в якому помилка («файл: рядок 3: поле `topics`: …»).
detail-field = поле `{ $field }`
err-card-prefix = картка { $card }: { $text }

## Ролі людей з people.toml у текстах помилок (після «це …»).

detail-role-coordinator = координатор
detail-role-executor = виконавець
detail-role-administrator = адміністратор
detail-role-head = керівник

## Чому крок потребує координатора чи керівника (після «;»).

detail-why-resolve = резолюцію накладає координатор
detail-why-rework = пакет на доопрацювання повертає координатор (п. 8.1)
detail-why-sign = підписує лише координатор (п. 8.1)
detail-why-extend = строк продовжує керівник або його заступник (ст. 20 Закону)
detail-why-classify = класифікацію виправляє координатор
detail-needs-forward = куди належить звернення, вирішує координатор або керівник (ст. 5, 7 Закону)
detail-needs-decline = рішення не розглядати звернення приймає керівник або уповноважена ним посадова особа (розділ '[[head]]' у people.toml) (ст. 8 Закону)
detail-needs-duplicate = двічі зареєстровану картку закриває адміністратор або координатор
detail-needs-close = з контролю знімає контролер ('controller = true' у people.toml), координатор або керівник
detail-needs-none = це не крок виходу з розгляду

## Документи, що подаються параметрами (у підказці «вкажіть, де лежить …»).

detail-doc-notice = повідомлення заявникові
detail-doc-draft = проєкт відповіді заявникові
detail-doc-cc-draft = проєкт відповіді контакт-центру
detail-doc-info = інформація для координатора
detail-doc-quality = картка оцінки якості
detail-doc-scan = скан підписаної відповіді

## Помилки бібліотеки.

err-numbers-used-up = реєстраційні номери { $year } року вичерпано ({ $max })
err-no-cc = жодна картка не має номера контакт-центру { $cc }
err-no-card = картки { $name } за { $year } рік немає
err-wrong-index = картка { $year }#{ $number } має індекс { $index }, а не { $name }
err-unknown-executor = у people.toml немає виконавця { $id }
err-unknown-coordinator = у people.toml немає координатора { $id }
err-empty-document = { $flag }: файл { $path } порожній
err-not-coordinator = { $flag } '{ $id }': це { $role }, а не координатор; { $why }
err-not-head-or-deputy = { $flag } '{ $id }': це { $role }, а не керівник чи його заступник; { $why }
err-no-head-or-deputy = { $flag } { $qid }: у people.toml немає ні керівника, ні координатора з таким ідентифікатором
err-no-coordinator = { $flag } { $qid }: у people.toml немає координатора з таким ідентифікатором
err-not-executor = --executor '{ $id }': це { $role }, а не виконавець
err-no-executor = у резолюції має бути щонайменше один виконавець
err-executor-twice = --executor '{ $id }' вказано двічі
err-no-coordinator-covers = жоден координатор у people.toml не відповідає за тематику картки { $card }: { $topics }
err-several-coordinators = за тематику картки { $card } відповідають кілька координаторів: { $fits_quoted }
err-quality-score = { $file }: оцінка 'score = { $score }' поза межами 1–5
err-quality-not-utf8 = --quality: { $file }: це не текст UTF-8 (хибний байт на позиції { $offset })
err-executor-gone = виконавця '{ $id }' з резолюції картки { $card } більше немає в people.toml
err-signed-unreadable = картка { $card }: не вдається прочитати документ '{ $role }': { $error }
err-anonymous-posted = звернення { $card } анонімне: немає адреси, на яку надіслати відповідь поштою
err-before-signed = { $flag } { $date }: відповідь підписано пізніше ({ $signed })
err-after-today = { $flag } { $date }: дата пізніша за сьогоднішню ({ $today })
err-reason-empty = --reason не заповнено
err-until-not-later = --until { $until }: контрольний термін картки { $card } уже { $previous }
err-extend-after-control = контрольний термін картки { $card } ({ $control }) минув раніше за сьогодні ({ $today }); строк продовжують до настання контрольного терміну (ст. 20 Закону)
err-late-not-late = --late: контрольний термін картки { $card } ({ $control }) ще не минув (сьогодні { $today })
err-until-past-ceiling = --until { $until }: { $max }-й день від надходження ({ $received }) картки { $card } неробочий ({ $why }); за правилом 'terms.non_working = "{ $policy }"' у register.toml її строк спливає не пізніше { $latest } (ст. 20 Закону)
err-until-past-max = --until { $until }: картка { $card } була б на розгляді { $days } дн. від надходження ({ $received }); ст. 20 Закону дозволяє щонайбільше { $max }
err-link-itself = картка { $card } не може повторювати саму себе
err-link-later = { $to } надійшло { $to_received }, пізніше за { $card } ({ $received }): звернення може повторювати лише раніше подане
err-link-circle = { $to } уже повторює { $card }: зворотний зв’язок утворив би коло
err-not-repeat = картка { $card } не повторює жодної попередньої
err-nothing-given = немає що виправляти: вкажіть --topic, --kind або --category
err-nothing-to-correct-given = немає що виправляти: вкажіть --name, --address, --phone, --email або --summary
err-correct-anonymous = картка { $card } анонімна: ім’я заявника не додають виправленням
err-correct-unname = картка { $card } має ім’я заявника: його не стирають виправленням
err-same-executors = картку { $card } уже доручено виконавцям: { $executors_quoted }
err-not-authorised = --by '{ $id }': це { $role }; { $needs }
err-not-authorised-nobody = --by { $qid }: у people.toml такої особи немає; { $needs }
err-wrong-ground = --ground '{ $ground }' не підходить до цього кроку; можна лише { $allowed_quoted }
err-reason-required = для '{ $step }' потрібен --reason: заявникові пояснюють, чого бракує у зверненні (ст. 5 Закону)
err-forward-where = --to не заповнено: назвіть орган, до якого звернення надсилається за належністю (ст. 7 Закону)
err-notice-required = для '{ $step }' потрібен '--notice ФАЙЛ': заявника повідомляють, а повідомлення зберігається на місці пакета відповіді
err-duplicate-of-itself = картка { $card } не може бути дублікатом самої себе
err-duplicate-of-duplicate = { $of } сама закрита як дублікат; назвіть картку, яку повторюють і { $card }, і { $of }
err-duplicate-of-what = не вказано --of: назвіть картку, дублікатом якої є ця
err-repeat-not-decided = картку { $card } не можна залишити без розгляду як повторну: звернення, яке вона повторює ({ $earlier }), ще не має відповіді
err-repeat-of-nothing = картку { $card } не можна залишити без розгляду як повторну: вона не повторює жодного попереднього звернення
err-already-confirmed = відповідь заявника щодо { $card } уже записано: «{ $outcome_label }», { $date }
err-notified-before-received = --notified { $date }: звернення надійшло пізніше ({ $received })
err-notified-before-extending = { $flag } { $date } — раніше, ніж строк продовжено ({ $extended }): заявника не могли про це повідомити
# Заголовок помилки пакетної реєстрації; під ним — рядки з кожною помилкою.
err-input-whole = файл { $source } не прийнято цілком; нічого не записано
err-input =
    { $count ->
        [one] { $source }: { $count } помилка в записах; нічого не записано
        [few] { $source }: { $count } помилки в записах; нічого не записано
       *[many] { $source }: { $count } помилок у записах; нічого не записано
    }
err-bad-month = --month { $text }: це не місяць
err-bad-quarter = --quarter { $text }: це не квартал
err-to-before-from = { $to_flag } { $to } раніше за { $from_flag } { $from }
err-no-register = не вказано реєстру для звіту
err-editions-differ = реєстри класифікують за різними редакціями Класифікатора: { $registers }; їхні коди не можна мовчки додавати
err-same-register-path = { $first } і { $second } — той самий реєстр: його звернення було б пораховано двічі; назвіть його один раз
err-same-register-id = { $first } і { $second } — копії одного реєстру (в обох id = "{ $id }" у register.toml): його звернення було б пораховано двічі; назвіть одну з них, злийте іншу в неї через git
err-xlsx = не вдалося скласти книгу XLSX: { $error }
err-not-an-export =
    { $dir } містить { $count ->
        [one] { $count } файл
        [few] { $count } файли
       *[many] { $count } файлів
    }, яких не перелічує жодне попереднє вивантаження в ньому ({ $files }); вивантаження замінює весь каталог
err-parquet = не вдалося записати файл 'Parquet' { $file }: { $error }
err-draft-no-resolution = картка { $card } ще не має резолюції: немає виконавця чи координатора, для якого готувати проєкт
err-unknown-placeholder = { $file }, рядок { $line }: невідомий заповнювач '{"{"}{ $key }{"}"}'
err-unknown-edition = невідома редакція Класифікатора { $edition }
err-already-register = '{ $dir }' уже є реєстром
err-file-exists = '{ $path }' уже існує

## Попередження.

# sign: попередження, яке зберігається в картці.
warn-kept-on-card = { $warning } (записано в картці)
warn-then-not-notified = { $warning }; 'appeals check' показуватиме { $card }, доки не буде записано дату повідомлення
warn-then-extended-late = { $warning }; 'appeals deadlines' позначить { $card } як продовжену після контрольного терміну
warn-then-no-head = { $warning }; додайте керівника до people.toml розділом '[[head]]' і знову виконайте 'appeals remind'
warn-then-reassign = { $note }; можливо, потрібні 'appeals reassign' або нова резолюція
warn-then-links = { $note }; 'appeals related { $card }' покаже звернення заявника, а 'appeals link' і 'appeals unlink' виправлять зв’язки

## Підказки: що робити з помилкою (після «підказка:»).

hint-step-calendar = calendar.toml охоплює лише перелічені в ньому роки; доповніть його, перш ніж записувати цей крок
hint-deadline-calendar = 'appeals calendar РІК' покаже, які роки охоплює calendar.toml реєстру
hint-not-a-register = створіть реєстр командою 'appeals init КАТАЛОГ' або вкажіть його через '-R КАТАЛОГ' чи $APPEALS_REGISTER
hint-repair-card = виконайте 'appeals check' і виправте файл картки вручну
hint-next-step = наступний крок: '{ $command }'
hint-off-control = картку знято з контролю; нове звернення з того самого питання реєструють командою 'appeals register --repeat-of { $card } …'
hint-history-forward = історія картки йде лише вперед; вкажіть --today { $at } або пізнішу дату
hint-extend-first = спершу продовжте строк: 'appeals extend { $card } --until ДАТА --by ID --reason ТЕКСТ'
hint-notified-once = повідомлення записують один раз
hint-notified-date = вкажіть дату, коли заявника повідомили про продовження строку
hint-related-shows = 'appeals related { $card }' покаже, які звернення з нею пов’язані
hint-codes-differ = вкажіть коди, що відрізняються від записаних у картці
hint-did-you-mean = можливо, ви мали на увазі { $ids_quoted }?
hint-list-cards = перелік карток: 'appeals list'
hint-list-year = картки за рік: 'appeals list --received-from { $first }'
hint-other-year = картку іншого року називають разом із роком, напр. { $year }/К-{ $number } або { $year }#{ $number }
hint-name-it = назвіть її { $year }/{ $index }
hint-roster = 'appeals people' покаже список посадових осіб
hint-coordinators-listed = координатори перелічені в people.toml у розділах '[[coordinator]]'
hint-document-path = вкажіть, де лежить файл: { $what }
hint-coordinators-are = координатори: { $ids_quoted }
hint-heads-none = керівник і уповноважені ним посадові особи ('[[head]]'): у people.toml немає, додайте керівника розділом '[[head]]'; його заступники (координатори): { $coordinators_quoted }
hint-heads-are = керівник і уповноважені ним посадові особи ('[[head]]'): { $heads_quoted }; його заступники (координатори): { $coordinators_quoted }
hint-heads-listed = керівник і уповноважені ним посадові особи перелічені в people.toml у розділах '[[head]]', його заступники — у '[[coordinator]]'
hint-coordinator-flag = координатора вказують через --coordinator
hint-give-executor = вкажіть '--executor ID' (перший — головний виконавець); 'appeals people' покаже список
hint-executor-once = кожного виконавця вказують один раз; перший — головний
hint-name-coordinator = вкажіть координатора: '--coordinator ID'; 'appeals people' покаже список
hint-add-topic = або додайте тематику до тематик координатора в people.toml
hint-choose-coordinator = оберіть одного: { $options_uk }
hint-quality-card = картка оцінки якості — це TOML саме з такими ключами: 'timely = true|false', 'complete = true|false', 'applicant_contacted = true|false', 'applicant_satisfied = "yes"|"no"|"unknown"', 'score = 1..5', 'notes = "…"' (необов’язково)
hint-quality-utf8 = збережіть картку оцінки якості в кодуванні UTF-8
hint-results = результати розгляду: { $codes }
hint-outbox = --outbox — каталог для листів; якщо його немає, його буде створено
hint-executor-gone = поверніть виконавця до people.toml або виправте резолюцію вручну
hint-restore-signed = відновіть { $path } у реєстрі (напр., з git) і підпишіть ще раз
hint-drop-posted = приберіть --posted: відповідь надсилається лише контакт-центру
hint-after-signed = відповідь надсилають після підписання: вкажіть { $flag } { $signed } або пізнішу дату
hint-sent-later = запишіть надсилання, коли воно відбудеться, { $date } або пізніше
hint-notified-when-sent = запишіть повідомлення, щойно його буде надіслано
hint-extend-reason = поясніть, чому потрібно більше часу, напр. --reason 'потрібна додаткова перевірка'
hint-until-later = продовження встановлює пізніший контрольний термін: після { $previous }, але не пізніше { $latest }
hint-latest-allowed = найпізніша дозволена дата — { $date } ({ $weekday })
hint-extend-late = якщо керівник справді ухвалив рішення після контрольного терміну, так і запишіть: 'appeals extend { $card } … --late' (картка й далі вважатиметься простроченою)
hint-overdue-listed = інакше відповідь прострочено: 'appeals deadlines' покаже такі картки
hint-leave-out-late = приберіть --late: продовження до контрольного терміну вчасне
hint-say-why = коротко поясніть причину: її буде записано в історію картки
hint-name-earlier = вкажіть попереднє звернення через --to; 'appeals related КАРТКА' покаже їх перелік
hint-link-later = пов’яжіть пізнішу картку з попередньою: 'appeals link { $to } --to { $card } --reason …'
hint-link-circle = щоб обернути зв’язок, спершу зніміть хибний командою 'appeals unlink'; 'appeals related { $card }' покаже ланцюжок
hint-related-lists = 'appeals related { $card }' покаже звернення заявника
hint-classify-example = напр. 'appeals classify К-125 --topic 010 --by ID --reason …'
hint-correct-example = напр. 'appeals correct К-125 --address "вул. Миру, 5, кв. 2" --reason …'
hint-anonymity-settled = анонімність звернення встановлюють під час реєстрації: від неї залежить, чи його розглядають (ст. 8 Закону)
hint-show-card = 'appeals show { $card }' покаже, що записано в картці
hint-other-executors = вкажіть виконавців, яким її треба доручити натомість
hint-call-back-once = відповідь заявника на дзвінок записують один раз; якщо її записано хибно, відновіть картку з git
hint-nobody-may = у people.toml немає нікого, хто може це зробити; додайте таких осіб (розділи '[[head]]' або 'controller = true' в адміністратора)
hint-who-may = можуть: { $ids_quoted }
hint-grounds = 'forward' — art7; 'return' — art5; 'decline' — art8-repeat, art8-anonymous або art17-late; 'close-duplicate' — 'duplicate'
hint-say-what-lacks = вкажіть, чого бракує у зверненні; це буде записано в картку й у повідомлення
hint-forward-example = напр. --to 'Головне управління Держпраці у Дніпропетровській області'
hint-give-notice = додайте лист із повідомленням заявникові (скан або текстовий файл); він зберігається разом із документами картки
hint-related-any = 'appeals related КАРТКА' покаже звернення заявника
hint-show-duplicate = 'appeals show { $of }' покаже, дублікатом якої картки вона є
hint-link-first = спершу пов’яжіть її зі зверненням, яке вона повторює ('appeals link { $card } --to ПОПЕРЕДНЯ --reason …'); ст. 8 застосовують, коли перше звернення вирішено по суті
hint-fix-file = нічого не зареєстровано; виправте файл і запустіть ще раз
hint-fix-records = виправте записи й запустіть ще раз або зареєструйте правильні з --skip-invalid
hint-repeat-of = назвіть попередню картку як 2015/К-125, 2015#125 або 'cc:НОМЕР'
hint-leave-sign = приберіть `sign`: ознака випливає зі зв’язку
hint-month-forms = запишіть як 2026-11 чи 11.2026 або 'this' чи 'last', напр. --month 2015-06 або --month 06.2015
hint-quarter-forms = запишіть як РРРР-К, напр. --quarter 2015-2 (або 2015-Q2)
hint-from-to = перший день вкажіть через { $from_flag }, останній — через { $to_flag }
hint-report-separately = складіть звіт по кожному реєстру окремо
hint-not-an-export = вкажіть новий або порожній каталог чи каталог попереднього вивантаження (з його manifest.json)
hint-mixed-editions = або додайте --mixed-editions, щоб підсумувати коди як є (назви — за редакцією першого реєстру)
hint-resolve-first = спершу накладіть резолюцію: 'appeals resolve { $card } --executor ID'
hint-placeholders = заповнювачі: { $list }
hint-literal-braces = фігурні дужки як текст пишуть '{"{{"}' і '{"}}"}'
hint-restore-template = у кожному реєстрі є { $template }; відновіть його з git або скопіюйте з нового реєстру, створеного 'appeals init'
hint-out-dir = --out — каталог для проєктів; якщо його немає, його буде створено
hint-choose-edition = оберіть --edition 2015 або --edition 2016
hint-another-dir = оберіть інший каталог; 'appeals init' ніколи не перезаписує реєстр
hint-empty-dir = 'appeals init' записує лише в порожній каталог; перемістіть файл або оберіть інший каталог

## Власні відмови командного рядка.

# register: і --from, і поля звернення в параметрах.
err-from-and-flags = вкажіть або '--from ФАЙЛ', або поля одного звернення в параметрах, але не те й інше разом
hint-from-or-flags = внесіть звернення до файлу або приберіть --from
err-nothing-to-register = немає чого реєструвати
hint-nothing-to-register = вкажіть '--from ФАЙЛ' (або '-' для стандартного введення) чи поля одного звернення, напр. --topic і --summary
err-writing-export = не вдалося записати вивантаження: { $error }
# check: каталог не є реєстром.
hint-name-register = вкажіть реєстр через '-R КАТАЛОГ' або $APPEALS_REGISTER

## Помилки процедури та сховища.

# Крок, що не випливає зі стану картки (усередині іншої помилки).
err-transition =
    картка має стан «{ $status_label }»; зараз не можна { $action ->
        [register] зареєструвати її вдруге
        [resolve] накласти резолюцію
        [dispatch] направити її виконавцям
        [answer] прийняти відповідь виконавця
        [sign] підписати відповідь
        [send] надіслати відповідь
        [extend] продовжити строк
        [notify] записати повідомлення заявника
        [close] зняти її з контролю
        [link] пов’язати її з іншим зверненням
        [relink] пов’язати її з іншим зверненням
        [unlink] зняти зв’язок
        [classify] змінити класифікацію
        [correct] виправити дані реєстрації
        [reassign] змінити виконавців
        [rework] повернути пакет на доопрацювання
        [confirm] записати відповідь заявника на дзвінок
        [forward] надіслати звернення за належністю
        [return] повернути звернення заявникові
        [decline] залишити звернення без розгляду
        [close-duplicate] закрити її як дублікат
        [remind] надіслати нагадування
       *[other] виконати цей крок
    }
err-broken-history = картка { $card }: її історія порушує процедуру на записі { $entry } ({ $error })
err-out-of-order =
    картка { $card } має стан «{ $status_label }»; зараз не можна { $action ->
        [register] зареєструвати її вдруге
        [resolve] накласти резолюцію
        [dispatch] направити її виконавцям
        [answer] прийняти відповідь виконавця
        [sign] підписати відповідь
        [send] надіслати відповідь
        [extend] продовжити строк
        [notify] записати повідомлення заявника
        [close] зняти її з контролю
        [link] пов’язати її з іншим зверненням
        [relink] пов’язати її з іншим зверненням
        [unlink] зняти зв’язок
        [classify] змінити класифікацію
        [correct] виправити дані реєстрації
        [reassign] змінити виконавців
        [rework] повернути пакет на доопрацювання
        [confirm] записати відповідь заявника на дзвінок
        [forward] надіслати звернення за належністю
        [return] повернути звернення заявникові
        [decline] залишити звернення без розгляду
        [close-duplicate] закрити її як дублікат
        [remind] надіслати нагадування
       *[other] виконати цей крок
    }
err-before-last-step = картка { $card }: сьогоднішня дата ({ $today }) раніша за її останній крок ('{ $command }', { $at })
err-incomplete = картка { $card } має стан «{ $status_label }», але в ній немає розділу «{ $missing }»
detail-missing-resolution = резолюція
detail-missing-package = пакет відповіді
detail-missing-signature = підпис або відповідь
err-not-later = картка { $card } не містить { $later } серед пізніших звернень
err-nothing-to-classify = класифікація картки { $card } уже саме така
err-nothing-to-correct = у картці { $card } уже записано саме так
err-no-extension = у картці { $card } немає продовження строку, про яке треба повідомити заявника
err-already-notified = заявника за карткою { $card } уже повідомлено про продовження до { $until } ({ $on })
err-notified-before-extension = --on { $on }: продовження записано пізніше ({ $recorded })
err-bad-card-name = не вдається прочитати назву картки { $text }; картку називають так: К-125, 2015/К-125, #125, 2015#125 або 'cc:НОМЕР'
err-not-a-register = '{ $root }' не є реєстром (немає { $settings })
# Помилки файлової системи (після імені файлу).
err-io-not-found = немає такого файлу чи каталогу
err-io-permission = доступ заборонено
err-io-exists = файл уже існує
err-io-is-dir = це каталог
err-io-not-dir = це не каталог
err-io-full = на диску немає місця
err-io-read-only = файлова система лише для читання
err-io-invalid-data = хибні дані
err-io-other = помилка введення-виведення: { $error }

## Попередження кроків.

warn-no-email = у виконавця '{ $executor }' немає e-mail у people.toml; надішліть йому лист іншим способом
warn-timely-but-late = у картці оцінки якості 'timely = true', але пакет надійшов через { $days } роб. дн. після строку виконавця { $due }
warn-extended-late = строк картки { $card } продовжено після того, як минув контрольний термін { $missed }: картка й далі вважається простроченою з { $missed } (ст. 20 Закону)
warn-non-working-control = новий контрольний термін { $until } припадає на неробочий день ({ $why })
warn-not-notified = заявника треба повідомити про продовження строку (ст. 20 Закону)
warn-no-head =
    { $count ->
        [one] у people.toml не вказано керівника ('[[head]]'): { $count } картка з минулим контрольним терміном не отримає нагадування керівникові ({ $cards })
        [few] у people.toml не вказано керівника ('[[head]]'): { $count } картки з минулим контрольним терміном не отримають нагадування керівникові ({ $cards })
       *[many] у people.toml не вказано керівника ('[[head]]'): { $count } карток з минулим контрольним терміном не отримають нагадування керівникові ({ $cards })
    }
warn-gone-since-signed = { $path } зник після підписання { $signed }
warn-changed-since-signed = { $path } змінено після підписання { $signed }
warn-coordinator-topics = координатор резолюції '{ $coordinator }' за people.toml не відповідає за нові тематики
warn-links-old-topics = зв’язки повторних звернень картки { $card } встановлено за старими тематиками
warn-links-old-applicant = зв’язки повторних звернень картки { $card } встановлено за попередніми даними заявника
warn-index-stays = реєстраційний індекс { $card } лишається: його вже названо в листах і зв’язках (за виправленим прізвищем він був би { $would })
warn-letters-earlier-details = картку { $card } направлено виконавцям ({ $executors }) листом із попередніми даними; '--outbox ТЕКА' запише кожному виправлений лист
# Дата в параметрі чи полі, яку не вдалося прочитати.
err-not-a-date = { $text } — це не дата: запишіть її як 30.11.2026 або 2026-11-30
err-unknown-status = невідомий стан { $text }; можливі: { $all_quoted }
err-unknown-ground = невідома підстава { $text }; можливі: { $all_quoted }
err-path-empty = шлях порожній
err-path-control = { $path } містить керівні символи
err-path-outside = { $path } виводить за межі реєстру (..)
err-path-absolute = { $path } — абсолютний шлях
err-path-in-register = { $why }; шлях у реєстрі відносний, напр. docs/2015/000125/answer.txt
err-card-json = хибний JSON картки: '{ $error }'; 'appeals check' покаже, що саме не так
err-git-run = не вдалося запустити git, щоб { $what }: { $error }
err-git-failed = git не зміг { $what }: '{ $error }'
detail-git-stage = додати файли до індексу
detail-git-find = знайти робоче дерево git
detail-git-config = налаштувати драйвер злиття
detail-git-commit = зафіксувати зміни
detail-git-fetch = отримати коміти з віддаленого репозиторію
detail-git-read = прочитати історію git
detail-git-rewrite = переписати неопубліковані коміти
detail-git-rebase = перенести коміти на віддалену гілку
detail-git-push = надіслати коміти у віддалений репозиторій
sync-merge-commit = серед неопублікованих комітів є коміт злиття { $commit }; синхронізація веде історію клону однією лінією

## Файли налаштувань: register.toml, people.toml.

# Місце помилки у файлі: «people.toml: рядок 3: …».
detail-line = рядок { $line }: { $text }
err-settings-version = версію { $version } ця програма не знає (очікується 1)
err-multiple-after = 'repeats.multiple_after = 0': має бути щонайменше 1
err-terms-default = 'terms.default = { $default }': має бути від 1 до 'terms.max_total' ({ $max })
err-id-ascii = ідентифікатор { $id } може містити лише латинські літери, цифри, '-' або '_'
err-id-twice = ідентифікатор { $id } використано двічі
err-executor-coordinator = виконавець { $executor }: координатора { $coordinator } немає в списку
err-executor-before = 'remind.executor_before = { $value }': має бути не більше { $max } роб. дн.
err-levels-twice = 'remind.levels' двічі містить "{ $level }"
# Повідомлення читача TOML (назви полів — у `…`).
err-toml-unknown-field-expected = невідоме поле { $field }; можливі: { $expected }
err-toml-unknown-field = невідоме поле { $field }
err-toml-missing-field = бракує поля { $field }
err-toml-duplicate-key = ключ { $key } повторюється
err-toml-invalid-type = хибний тип значення: '{ $found }', очікується '{ $expected }'
err-toml-other = хибний TOML: '{ $message }'

## Календар робочих днів (calendar.toml).

# Дата поза роками календаря; другий рядок — підказка.
err-date-outside-calendar =
    { $date } — поза календарем робочих днів, який охоплює { $first }–{ $last } роки
    { $hint }
hint-calendar-add-years-for-date = додайте відсутні роки до register/calendar.toml, перш ніж працювати з цією датою
err-year-outside-calendar =
    { $year } рік — поза календарем робочих днів, який охоплює { $first }–{ $last } роки
    { $hint }
hint-calendar-add-years = додайте відсутні роки до register/calendar.toml
err-calendar-version = непідтримувана версія формату календаря { $version }; ця програма читає версію { $expected }
err-calendar-year = { $year } рік не підтримується
err-calendar-years = 'last_year' ({ $last }) раніше за 'first_year' ({ $first })
err-martial-law = воєнний стан закінчується { $until }, раніше, ніж починається ({ $from })
err-calendar-day-outside =
    { $date } — поза роками календаря { $first }–{ $last }
    { $hint }
hint-calendar-years-or-entry = змініть 'first_year'/'last_year' або вилучіть запис
err-calendar-twice = { $date } записано двічі (уперше в рядку { $first }); залиште один запис
err-calendar-already-working = { $date } ({ $weekday }) і так робочий день; "working" — лише для суботи чи неділі
err-calendar-already-off =
    { $date } ({ $weekday }) і так вихідний; "{ $kind }" — лише для будніх днів
    { $hint }
hint-calendar-day-off = свято, що припадає на вихідний, переносить вихідний на наступний робочий день (КЗпП ст. 67 ч. 3): додайте для того дня запис "day-off"
err-calendar-date = очікується дата на зразок 2015-01-01, а вказано '{ $found }'
err-calendar-empty = не може бути порожнім

## Класифікатор.

err-classifier-missing-section = { $file }: бракує розділу "{ $key }"; у кожному файлі класифікатора мають бути всі десять розділів (додайте '[[section]]' з 'key = "{ $key }"')
err-classifier-section-twice = { $file }:{ $line }: розділ "{ $key }" трапляється двічі; кожен розділ має бути один раз
err-classifier-code-twice = { $file }:{ $line }: код "{ $code }" двічі трапляється в розділі "{ $section }"; коди в розділі мають бути унікальні
err-classifier-invalid-code = { $file }:{ $line }: "{ $code }" у розділі "{ $section }" не є кодом класифікатора; очікується { $expected }
err-classifier-unknown-code = невідомий код "{ $code }" у розділі { $number } «{ $title }»{ $suggestions }
err-classifier-unknown-section = невідомий розділ класифікатора "{ $input }"; можливі: 'form', 'sign', 'kind', 'gender', 'subject', 'type', 'category', 'social_status', 'result', 'topic'
err-classifier-unknown-edition = невідома редакція класифікатора "{ $edition }"; відомі редакції: { $known }
# Після «невідомий код …»: близькі коди.
detail-did-you-mean = ; можливо, ви мали на увазі { $list_quoted }?
detail-code-with-prefix = "{ $prefix }." і цифри, напр. "{ $prefix }.1"
detail-code-digits = цифри, напр. "001"

## Пакетна реєстрація: записи, рядки й поля вхідного файлу.

# Місце запису у файлі: «export.csv: рядок 3: поле `topics`: …».
detail-line-number = рядок { $line }
detail-line-column = рядок { $line }, позиція { $column }
detail-record = запис { $number }
# Поле, значення якого взято з налаштувань (у `…`).
detail-field-default = { $field } (типове значення з register.toml)
# Замість конфіденційного значення (ст. 10 Закону).
detail-confidential-value = значення (конфіденційне, ст. 10 Закону)
detail-no-name = немає імені
detail-no-address = письмове звернення без адреси (ст. 8 Закону)
detail-signatories =
    { $count ->
        [one] { $count } підписант
        [few] { $count } підписанти
       *[many] { $count } підписантів
    }
detail-json-null = порожнє значення
detail-json-boolean = логічне значення
detail-json-number = число
detail-json-text = текст
detail-json-list = список
detail-json-object = об’єкт
err-malformed-json = хибний JSON: '{ $error }'
err-json-array = очікується масив записів JSON
err-json-object = запис має бути об’єктом JSON
err-csv-header = не вдається прочитати заголовок CSV: '{ $error }'
err-unknown-column = невідомий стовпець{ $suggestion }
err-column-twice = стовпець указано двічі
err-csv-columns = { $count } стовпців, а в заголовку { $expected }
err-csv-row = не вдається прочитати рядок CSV: '{ $error }'
err-unknown-field = невідоме поле{ $suggestion }
err-missing-received = не заповнено: дата надходження звернення
err-signatories = має бути щонайменше 1
err-subject-anonymous = { $subject } суперечить запису: звернення з іменем анонімне лише тоді, коли воно письмове (вид 6.1 чи 6.2) без адреси або без підпису (ст. 8 Закону); для цього запису — { $expected }
err-subject-contradicts = { $subject } суперечить запису: { $why } — це { $expected }
err-missing-topics = не заповнено: потрібен щонайменше один код тематики (друга частина класифікатора)
err-missing-summary = не заповнено: короткий зміст звернення
err-term-days = { $days } дн.: строк під час реєстрації — від 1 до 30 днів (30 — це місяць, ст. 20 Закону); довший строк встановлюють через 'appeals extend'
err-not-email = { $value } — це не адреса e-mail
err-not-phone = { $value } — це не номер телефону
err-received-future = { $received } пізніше за сьогодні ({ $today }); звернення не може надійти в майбутньому
err-received-past = { $received } раніше за сьогодні ({ $today }): звернення реєструють у день надходження; щоб зареєструвати із запізненням, вкажіть --late-reason
err-incomplete-record = неповний запис
err-expected-text = очікується текст, а вказано { $found }
err-control-characters = містить керівні символи
err-too-long = довше за { $max } символів
err-cc-number = { $cc }: номер контакт-центру — до 64 літер, цифр, '-', '_', '.' чи '/' (без '..', не на початку '/')
err-whole-number = очікується ціле число
err-true-false = очікується 'true' або 'false' (так або ні)
err-expected-codes = очікується список кодів, а вказано { $found }
err-repeat-of-later = { $card } надійшло { $card_received }, пізніше за це звернення ({ $received }): звернення може повторювати лише раніше подане
err-sign-contradicts-open = { $sign } суперечить зв’язку з { $card } (ще на розгляді): ознака має бути { $derived }
err-sign-contradicts-closed = { $sign } суперечить зв’язку з { $card } (розгляд завершено): ознака має бути { $derived }
err-input-too-large = більше за { $mib } МіБ
err-too-many-records = понад { $max } звернень: одна реєстрація бере щонайбільше { $max }; поділіть файл (наприклад, `split -l`, лишивши рядок заголовків CSV у кожній частині) і зареєструйте частини одну за одною
err-input-not-utf8 = це не UTF-8 (хибний байт на позиції { $offset }); у кодуванні Windows-1251 цей рядок читається як «{ $line }»

## explain: дати в картці, яких календар уже не дає.

## Крок, який уже виконано (stderr): після «картка К-1 …».

## Файли реєстру.

err-not-a-directory = це не каталог
# Файл картки, який не читається як JSON (текст читача JSON — у лапках).
err-invalid-card = хибна картка (рядок { $line }, позиція { $column }): '{ $error }'
err-card-file-name = картка каже, що вона { $card_year }#{ $card_number }, а за назвою файлу це { $year }#{ $number }; виконайте 'appeals check' і виправте картку або назву її файлу
err-not-utf8-text = це не текст UTF-8 (хибний байт на позиції { $offset }); збережіть файл у кодуванні UTF-8

## register: пропущені, пов’язані та вже зареєстровані записи (stderr).

hint-earlier-appeals = { $card }: заявник уже звертався з цього питання: { $earlier }; пов’яжіть через --repeat-of або --link-matches

## generate: демонстраційний реєстр, який не вдається створити.

err-gen-has-cards = у '{ $root }' уже є картки
err-gen-no-topic-or-result = у класифікаторі реєстру немає кодів тематики або результатів розгляду, без яких картки не створити
err-gen-missing-code = у класифікаторі реєстру немає коду { $code } (розділ '{ $key }'), потрібного кожній створеній картці
err-gen-empty-roster = щоб створити картки, у people.toml має бути щонайменше один координатор і один виконавець
err-gen-from-after-until = --from { $from } пізніше за --until { $until }
err-gen-no-working-day = з { $from } до { $until } немає жодного робочого дня
err-gen-story = створена картка { $card } (план { $plan }) не може пройти крок: { $error }; це вада генератора
# Коли календар не каже, чому день неробочий.
detail-non-working-day = неробочий день
err-unknown-encoding = невідоме кодування '{ $label }' (відомі: { $known })
err-input-malformed = це не текст у кодуванні { $encoding }
err-record-too-long = запис більший за { $mib } МіБ, а правильний таким не буває (поле — щонайбільше { $max } символів); далі файл не читано
hint-encoding = якщо так читається правильно (так Excel зберігає український CSV), додайте --encoding windows-1251; або збережіть файл у UTF-8
note-ignored-columns = примітка: стовпці власних файлів реєстру пропущено: { $columns }
err-lock-in-hook = реєстр саме фіксує в git команда, що запустила git; гачок git не може його змінювати
err-signed-conflict = картка { $card }: документ «{ $role }» { $path } містить позначки конфлікту git (рядок { $line }): у ньому дві версії, жодну не можна підписувати
hint-signed-conflict = розв’яжіть злиття в { $path } (залиште правильний текст, вилучіть рядки <<<<<<< ======= >>>>>>>), зафіксуйте і тоді підписуйте
err-term-outside-calendar = надходження { $received } зі строком { $days } днів потребує контрольного терміну, якого календар не дає: { $error }
err-batch-stopped = { $file }: зупинено після реєстрації { $count } звернень (вони лишаються зареєстрованими): { $error }
hint-batch-again = коли це виправлено, запустіть той самий файл знову: уже зареєстровані звернення буде пропущено за номером контакт-центру, решту — зареєстровано
warn-latin-in-name = { $card }: в імені заявника є латинські літери серед кириличних ({ $letters }); для пошуку й індексу їх прочитано як кириличні, а в картці ім’я збережено, як надійшло
err-not-regular-file = це не звичайний файл (тека, символьне посилання, канал, пристрій чи сокет): реєстр не переходить за посиланнями й не відкриває особливих файлів
err-document-type = { $flag } { $file }: реєстр зберігає документи лише як { $allowed }
hint-document-type = збережіть або відскануйте його як PDF (чи в іншому з цих форматів) і вкажіть той файл

## Профілі імпорту (intake/<назва>.toml)
profile-err-name = { $name } не може бути назвою профілю: лише літери, цифри, «-» і «_»
profile-err-none = немає профілю імпорту { $name } (у реєстрі є: { $known }); створіть { $file } або назвіть інший у --profile
profile-err-no-dates = `dates`: назвіть хоча б один формат дати, наприклад "%d.%m.%Y %H:%M"
profile-err-field = { $key }: такого поля в записі звернення немає{ $suggestion }
profile-err-twice = для { $field } вказано і стовпець, і стале значення; залиште одне
profile-err-position = стовпець { $column }: номери стовпців починаються з 1
profile-err-code = { $key }: { $error }
profile-err-column = стовпець, якого профіль не читає і не пропускає{ $suggestion }
profile-err-date = { $value } — не дата у форматі профілю ({ $formats })
profile-err-word = { $word } немає серед назв розділу { $section } Класифікатора і в { $key } профілю{ $suggestion }
err-source-object = має бути об’єкт JSON із текстами стовпців джерела
