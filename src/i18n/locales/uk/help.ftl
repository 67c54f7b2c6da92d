# Довідка: `appeals --help`, `appeals КОМАНДА --help` і сторінка man.
# help-КОМАНДА — рядок команди в переліку, help-КОМАНДА-АРГУМЕНТ — довідка
# аргументу, help-arg-АРГУМЕНТ — довідка аргументу, спільна для багатьох
# команд, help-value-АРГУМЕНТ-ЗНАЧЕННЯ — значення, help-КОМАНДА-after — приклади.

## Спільне для багатьох команд
help-arg-excel =
    CSV, який український Excel відкриває стовпцями: розділювач ';', позначка порядку байтів (BOM), заголовки словами, дати як 20.07.2015, десяткова кома, коди як текст (означає --format csv; --bom — те саме)
help-arg-card =
    Картка: К-125, 2015/К-125, #125, 2015#125 або 'cc:НОМЕР'
help-arg-executor =
    Лише картки, у резолюції яких названо цього виконавця
help-arg-format =
    Формат виведення: `json` друкує картку, як її записано
help-arg-number =
    Вихідний номер листа
help-arg-outbox =
    Куди покласти виправлені листи виконавцям, якщо картку вже надіслано
help-arg-reason =
    Чому (зберігається в історії картки)
help-arg-no-index =
    Прочитати всі файли карток, а не вибрати їх за каталогом карток (.index/cards.tsv): те саме, прочитане довгим шляхом

## appeals
help-about =
    Реєстр звернень громадян міської ради у файлах, зручний для git
help-after =
    Приклад:
      appeals -R register register --from today.json --today 2015-06-23
help-global-register =
    Тека реєстру (типово: найближча тека вгору від поточної, що має register.toml, інакше ./register). `report` і `export` приймають її кілька разів і додають реєстри
help-global-today =
    Дата, на яку діє команда, 30.11.2026 або 2026-11-30 (типово — сьогоднішня)
help-global-user =
    Хто діє (записується в історію; типово $USER)
help-global-quiet =
    Не друкувати нічого, крім помилок
help-global-lang =
    Мова повідомлень для людей: 'uk' (типово) або 'en' (також `APPEALS_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`). JSON і CSV однакові обома мовами
help-global-commit =
    Зафіксувати в git файли, які змінила команда (також `[git] commit = true` у register.toml)
help-global-color =
    Колір: 'auto' (у терміналі, якщо не задано `NO_COLOR`), 'always' (завжди) або 'never' (ніколи)

## init
help-init =
    Створити новий реєстр
help-init-after =
    Приклад:
      appeals init ~/appeals --edition 2015 --anonymous consider
help-init-dir =
    Де його створити (типово — -R, інакше ./register)
help-init-edition =
    Редакція Класифікатора: 2015 (чинна в червні 2015) або 2016 (зі змінами 2016 року, з 12.02.2016); типово — чинна на --today
help-init-no-commit =
    Не фіксувати в git зміни кожної команди, навіть якщо тека лежить у робочій копії git
help-init-council =
    Назва ради, як її друкують у звітах (типово — демонстраційної ради)
help-init-anonymous =
    Анонімні звернення (без імені; письмове — без адреси чи підпису): не розглядаються, як каже ст. 8 Закону, або розглядаються за власними правилами ради (`anonymous.policy` у register.toml)
help-init-coordinators =
    Куратор для people.toml: ID:"Прізвище І. П." (можна кілька разів)
help-init-executors =
    Виконавець для people.toml: ID:"Назва органу" (можна кілька разів)
help-init-head =
    Керівник (міський голова) для people.toml: ID:"Ім’я"
help-value-anonymous-no-consideration =
    Ст. 8 Закону: не розглядається, відмова під час реєстрації
help-value-anonymous-consider =
    Реєструється з БП- і розглядається; відповідь не надсилається

## register
help-register =
    Зареєструвати звернення: одне з параметрів або пакет з --from
help-register-after =
    Приклади:
      appeals register --from export-2015-06-23.json --today 2015-06-23
      appeals register --cc-number 0145-23062015 --name 'Коваленко Петро Іванович' \
          --topic 009 --summary 'Не працює вуличне освітлення'
help-register-from =
    Вивантаження контакт-центру: масив JSON, 'JSON Lines' або CSV; `-` — стандартний вхід
help-register-input-format =
    Формат вивантаження (типово — за розширенням файлу, інакше вгадується)
help-register-encoding =
    Кодування тексту вивантаження, якщо це не UTF-8: windows-1251 (так український Excel зберігає CSV), koi8-u, utf-16le … (позначка порядку байтів вирішує сама)
help-value-input-format-json =
    Масив JSON
help-value-input-format-jsonl =
    'JSON Lines', об’єкт JSON на рядок
help-value-input-format-csv =
    CSV з рядком заголовків
help-register-skip-invalid =
    Зареєструвати правильні записи й перелічити неправильні
help-register-dry-run =
    Показати, що буде зареєстровано; нічого не записувати
help-register-late-reason =
    Чому звернення, що надійшли раніше, реєструються лише сьогодні
help-register-profile =
    Профіль імпорту, яким читати вивантаження: файл ПРОФІЛЬ.toml у теці профілів імпорту реєстру (типово — профіль, названий у register.toml; інакше «appeals»: власні поля й коди реєстру)
help-register-link-matches =
    Пов’язати кожне звернення з останнім попереднім зверненням заявника з того самого питання
help-register-format =
    Формат виведення
help-value-format-table =
    Таблиця для термінала
help-value-format-json =
    JSON для сценаріїв
help-value-format-csv =
    CSV для електронних таблиць
help-register-cc-number =
    Номер звернення в контакт-центрі
help-register-received =
    Дата надходження (типово — сьогодні)
help-register-name =
    Прізвище, ім’я, по батькові заявника (немає — анонімне)
help-register-address =
    Адреса
help-register-phone =
    Телефон
help-register-email =
    Електронна пошта
help-register-gender =
    Стать, 4.x
help-register-categories =
    Категорія автора, 7.x (можна кілька разів)
help-register-social-status =
    Соціальний стан, 8.x
help-register-signatories =
    Кількість підписантів (більше одного — колективне)
help-register-form =
    Форма надходження, 1.x
help-register-sign =
    Ознака надходження, 2.x
help-register-kind =
    Вид, 3.x
help-register-subject =
    Суб’єкт, 5.x (типово — за іменем і кількістю підписантів)
help-register-type =
    Тип, 6.x
help-register-topics =
    Питання, код частини ІІ (можна кілька разів)
help-register-summary =
    Короткий зміст
help-register-term =
    Строк у днях: 15 або 30 (місяць)
help-register-confidential =
    Ст. 10 Закону: не розголошувати ім’я, адресу, телефон і електронну пошту
help-register-repeat-of =
    Попередня картка, яку повторює це звернення
help-register-mass =
    Одне з багатьох подібних звернень з одного питання (2.5 масове)

## show
help-show =
    Показати картку як реєстраційно-контрольну картку
help-show-after =
    Приклади:
      appeals show К-125
      appeals show 2015#125 --format json
      appeals show cc:0145-23062015
help-show-format =
    Формат виведення

## list
help-list =
    Перелік карток із відбором
help-list-after =
    Приклади:
      appeals list --status registered
      appeals list --topic 009 --received-from 2015-06-01 --format csv
help-list-status =
    Лише картки в цьому стані
help-list-open =
    Лише картки на контролі (не зняті з контролю)
help-list-topic =
    Лише картки з цим питанням (код частини ІІ)
help-list-received-from =
    Лише картки, що надійшли цього дня або пізніше
help-list-received-to =
    Лише картки, що надійшли цього дня або раніше
help-list-personal =
    Показати ім’я заявника (персональні дані); ім’я конфіденційного заявника лишається прихованим (ст. 10 Закону)
help-list-format =
    Формат виведення

## calendar
help-calendar =
    Неробочі дні року й робочі вихідні
help-calendar-after =
    Приклад:
      appeals calendar 2016
help-calendar-year =
    Рік (типово — поточний)
help-calendar-format =
    Формат виведення

## explain
help-explain =
    Пояснити, як обчислено контрольний термін картки й термін виконавця
help-explain-after =
    Приклад:
      appeals explain 2015/К-125
help-explain-card =
    Картка

## check
help-check =
    Перевірити весь реєстр; мовчить, коли все гаразд, інакше — кожна вада
help-check-after =
    Приклади:
      appeals check
      appeals check --strict
      appeals check --format json | jq -r '.[].code' | sort | uniq -c

    Коди вад:
      config-invalid          register.toml, classifier.toml, calendar.toml чи people.toml не читається або суперечить собі
      invalid-json            файл картки — не JSON в UTF-8 у форматі картки (синтаксис, бракує поля чи поле невідоме, не той тип)
      unknown-version         версія формату картки невідома цій програмі
      stray-file              файл або тека в cards/, що не є карткою
      path-mismatch           рік чи номер картки не збігається з назвою файлу
      bad-index               реєстраційний індекс хибний або його номер — не номер картки
      bad-value               поле містить неможливе значення (керівні символи, порожній перелік питань, строк поза межами)
      unknown-code            код Класифікатора, якого немає в classifier.toml
      unknown-person          ідентифікатор, якого немає в people.toml у цій ролі
      duplicate-number        дві картки з тим самим роком і порядковим номером
      duplicate-index         дві картки з тим самим реєстраційним індексом за рік
      duplicate-cc            дві картки з тим самим номером контакт-центру
      date-order              зареєстровано раніше, ніж надійшло, або пізно без причини
      history-order           дати в історії йдуть назад або раніші за реєстрацію
      bad-transition          крок в історії не випливає зі стану перед ним
      status-mismatch         поле стану — не той стан, до якого веде історія
      step-mismatch           даних кроку бракує для кроку в історії, або вони є без кроку
      unsafe-path             шлях документа веде за межі реєстру
      document-missing        документа, названого в картці, немає в реєстрі
      signature-mismatch      підписаний документ змінено після підписання (інший SHA-256)
      term-mismatch           контрольний термін чи термін виконавця не випливає з дати надходження, строку, календаря й register.toml
      extension-over-max      продовження понад найдовший загальний строк від надходження (ст. 20 Закону: 45 днів; останній вихідний — за terms.non_working)
      extension-not-notified  продовження без дати повідомлення заявника
      extension-order         продовження, що не відсувають контрольний термін щоразу пізніше
      broken-link             зв’язок повторного звернення, другої картки якого немає або вона не посилається назад
      index-stale             похідний індекс у .index/ не збігається з картками
      sign-mismatch           ознака надходження (2.x) не випливає з попередніх звернень з цього питання (пункт 9 порядку)
      extension-late          продовження після контрольного терміну без позначки «із запізненням», або з позначкою, хоч зроблене вчасно (ст. 20 Закону)
      uncertain-code          з --strict: код Класифікатора, код чи назву якого не підтверджено двома незалежними джерелами (стан у classifier.toml)
      document-foreign        документ картки лежить у теці іншої картки docs/РІК/NNNNNN/ (картку перенумеровано вручну після злиття)
      document-orphan         файл у docs/, якого не називає жодна картка (картку втрачено при злитті, або документ залишено)
      conflict-markers        позначки конфлікту злиття git (<<<<<<<, =======, >>>>>>>) у картці, файлі налаштувань, шаблоні чи текстовому документі
      number-reused           файл картки, який за історією git було вилучено, а згодом він містить інше звернення (у робочому дереві git)
      late-mismatch           відповідь позначено запізнілою чи вчасною або з кількістю днів запізнення, що не випливає з її дати, строку виконавця й календаря
      uncommitted             з [git] commit = true: картка чи документ, яких git не має в такому вигляді (команду перервано до фіксації, або файл змінено вручну)
      not-a-regular-file      символьне посилання, канал, пристрій чи сокет у реєстрі, яких жодна команда не відкриває
      cc-term-differs         картка, чий термін контакт-центру («Вирішити до») не збігається з нашим контрольним терміном: питання до контакт-центру, перелічується, але перевірку не валить
help-check-format =
    Формат виведення (JSON: масив `{"{"}code, file, field, message, hint{"}"}`)
help-check-fix-index =
    Спершу перебудувати похідні індекси в .index/ з карток
help-check-rehash =
    Прочитати й перевірити кожну картку та заново обчислити хеш кожного підписаного документа. Без цього картка, яку попередня перевірка визнала справною, не читається знову, поки не змінилися ні вона, ні жоден названий у ній документ, ні файли налаштувань (той самий розмір, `inode`, час зміни вмісту й метаданих, як довіряє своєму індексу git; будь-який запис у файл змінює час зміни), а перевірений тоді підписаний документ не хешується знову
help-check-verbose =
    Також сказати (у потік помилок), скільки карток прочитано й перевірено повністю і скільки підписаних документів хешовано
help-check-fix-links =
    Додати зворотний зв’язок (links.later), якого бракує через реєстрацію, перервану між двома записами, і записати крок `link`
help-check-strict =
    Також повідомити про кожен використаний код Класифікатора, код чи назву якого не підтверджено (`uncertain-code`), і скільки карток його мають

## related
help-related =
    Інші звернення того самого заявника
help-related-after =
    Приклад:
      appeals related 2015/К-125
help-related-card =
    Картка
help-related-format =
    Формат виведення

## log
help-log =
    Історія картки поруч із комітами git, що її змінювали
help-log-after =
    Приклад:
      appeals log 2015/К-125
help-log-card =
    Картка
help-log-format =
    Формат виведення

## completions
help-completions =
    Надрукувати сценарій доповнення для оболонки ('bash', 'zsh', 'fish', 'powershell', 'elvish')
help-completions-after =
    Приклади:
      appeals completions bash > ~/.local/share/bash-completion/completions/appeals
      echo 'source <(COMPLETE=bash appeals)' >> ~/.bashrc
help-completions-shell =
    Оболонка
help-completions-fixed =
    Незмінний сценарій лише з командами й параметрами, без назв карток та ідентифікаторів із реєстру

## man
help-man =
    Надрукувати сторінку посібника у форматі 'roff'
help-man-after =
    Приклади:
      appeals man > appeals.1 && man ./appeals.1
      appeals man register | man -l -
      appeals man --dir ~/.local/share/man/man1
help-man-command =
    Команда, сторінку якої надрукувати (типово: головна сторінка)
help-man-dir =
    Записати всі сторінки (appeals.1, appeals-register.1, …) до цієї теки

## resolve
help-resolve =
    Записати резолюцію куратора з виконавцями (пункт 4)
help-resolve-after =
    Приклад:
      appeals resolve К-125 --executor dzhkg --executor miskcvitlo --text 'Розглянути, вжити заходів, відповісти заявнику'
help-resolve-executors =
    Ідентифікатор виконавця з people.toml; перший — відповідальний, інші — співвиконавці
help-resolve-coordinator =
    Ідентифікатор куратора (типово — той, чиї питання охоплюють питання картки)
help-resolve-text =
    Текст резолюції

## dispatch
help-dispatch =
    Надіслати звернення виконавцям, за потреби листами в теку вихідних (пункт 5)
help-dispatch-after =
    Приклад:
      appeals dispatch К-125 --outbox outbox/2015-06-24
help-dispatch-outbox =
    Записати по листу на виконавця в цю теку (створюється, якщо її немає)

## answer
help-answer =
    Записати пакет відповіді виконавця (пункт 7)
help-answer-after =
    Приклад:
      appeals answer К-125 --draft answer.odt --info info.pdf --quality quality.toml \
          --result 9.1 --executor-number 12/3-456

    Картка оцінки якості (TOML):
      timely = true
      complete = true
      applicant_contacted = true
      applicant_satisfied = "yes"   # yes, no або unknown
      score = 5                      # від 1 до 5
      notes = "Світильник замінено"
help-answer-draft =
    Проєкт відповіді заявникові
help-answer-cc-draft =
    Проєкт відповіді контакт-центру (типово — проєкт відповіді заявникові)
help-answer-info =
    Інформація для куратора
help-answer-quality =
    Картка оцінки якості (TOML)
help-answer-result =
    Запропонований результат розгляду, розділ 9 Класифікатора (9.1, 9.2, 9.3, …)
help-answer-executor-number =
    Власний реєстраційний номер звернення у виконавця

## sign
help-sign =
    Записати підписання відповідей куратором (пункт 8.1)
help-sign-after =
    Приклад:
      appeals sign К-125 --by maslenkov
help-sign-by =
    Куратор, який підписує (ідентифікатор з people.toml)

## send
help-send =
    Записати надсилання, вихідний номер і результат (пункти 8.2–8.3)
help-send-after =
    Приклад:
      appeals send К-125 --posted 2015-07-21 --to-cc 2015-07-21 --scan answer-signed.pdf
help-send-posted =
    Дата надсилання відповіді заявникові (типово — сьогодні; для анонімного звернення — жодної)
help-send-to-cc =
    Дата надсилання скан-копії до контакт-центру (типово — сьогодні)
help-send-scan =
    Скан-копія підписаної відповіді, зберігається з документами картки
help-send-number =
    Вихідний номер відповіді ради
help-send-date =
    Вихідна дата відповіді ради

## close
help-close =
    Зняти картку з контролю після відповіді (контролер, куратор)
help-close-after =
    Приклад:
      appeals close К-125 --by sizhuk --file 'справа 02-14, том 1'
help-close-by =
    Контролер (`controller = true`), куратор або керівник, який знімає з контролю
help-close-file =
    Справа, у якій зберігаються картка та її документи

## extend
help-extend =
    Продовжити строк розгляду (ст. 20 Закону: загалом не більше 45 днів)
help-extend-after =
    Керівник, уповноважена ним посадова особа (`[[head]]` у people.toml) або куратор (його заступник) продовжує строк до настання контрольного терміну (ст. 20 Закону), загалом не більше ніж до 45 днів від надходження (terms.max_total; останній вихідний — за terms.non_working, але не далі 45-го дня). Після контрольного терміну — лише з --late: картка лишається в числі прострочених.

    Приклади:
      appeals extend К-125 --until 2015-08-07 --by maslenkov \
          --reason 'потрібна перевірка на місці' --notified 2015-07-20
      appeals extend К-125 --until 2015-08-07 --by holova --late \
          --reason 'рішення голови від 24.07.2015, після контрольного терміну'
help-extend-until =
    Новий контрольний термін (загалом не більше 45 днів від надходження)
help-extend-by =
    Хто продовжує строк: керівник або уповноважена ним посадова особа (`[[head]]` у people.toml), або куратор (його заступник)
help-extend-reason =
    Чому зверненню потрібно більше часу
help-extend-notified =
    Дата повідомлення заявника про продовження
help-extend-late =
    Контрольний термін минув: записати продовження як запізніле (картка лишається в числі прострочених від дати, що минула)

## notify
help-notify =
    Записати, що заявника повідомлено про продовження строку
help-notify-after =
    Приклад:
      appeals notify К-125 --on 2015-07-21
help-notify-on =
    Дата повідомлення заявника (типово — сьогодні)

## link
help-link =
    Пов’язати картку з попереднім зверненням, яке вона повторює; ознака надходження визначається знову
help-link-after =
    Приклад:
      appeals link К-8 --to К-7 --reason 'той самий заявник, те саме питання' --outbox ~/outbox
help-link-card =
    Пізніша картка: К-125, 2015/К-125, #125, 2015#125 або 'cc:НОМЕР'
help-link-to =
    Попередня картка, яку вона повторює

## unlink
help-unlink =
    Розірвати зв’язок повторного звернення; ознака надходження визначається знову
help-unlink-after =
    Приклад:
      appeals unlink К-8 --reason 'інше питання'
help-unlink-card =
    Картка, зв’язок якої розривається

## correct
help-correct =
    Виправити дані заявника чи зміст звернення, записані під час реєстрації з помилкою
help-correct-after =
    Попередні значення лишаються в історії картки. Порожнє значення (--phone '') означає, що такого немає; ім’я анонімної картки не додають, а названої не стирають.

    Приклад:
      appeals correct К-125 --address 'вул. Миру, 5, кв. 2' --reason 'помилка в номері будинку'
help-correct-name =
    Прізвище, ім’я, по батькові заявника
help-correct-address =
    Поштова адреса
help-correct-phone =
    Телефон
help-correct-email =
    Електронна пошта
help-correct-summary =
    Короткий зміст звернення
help-correct-outbox =
    Тека для виправленого листа кожному виконавцю, коли картка чекає на їхню відповідь

## classify
help-classify =
    Виправити питання, вид чи категорії автора картки (куратор)
help-classify-after =
    Приклад:
      appeals classify К-125 --topic 010 --by maslenkov --reason 'питання житлове, не комунальне'
help-classify-topics =
    Питання замість наявних у картці (коди частини ІІ; можна кілька разів)
help-classify-kind =
    Вид замість наявного в картці (3.x)
help-classify-categories =
    Категорії автора замість наявних у картці (7.x; можна кілька разів)
help-classify-by =
    Куратор, який виправляє (ідентифікатор з people.toml)

## reassign
help-reassign =
    Призначити інших виконавців після резолюції чи надсилання
help-reassign-after =
    Приклад:
      appeals reassign К-125 --executor soc --by maslenkov --reason 'питання соціального захисту'
help-reassign-executors =
    Виконавці замість названих у резолюції; перший — відповідальний
help-reassign-by =
    Куратор, який перепризначає (ідентифікатор з people.toml)

## rework
help-rework =
    Повернути пакет виконавця на доопрацювання до надсилання (пункт 8.1)
help-rework-after =
    Приклад:
      appeals rework К-125 --by maslenkov --reason 'у відповіді не зазначено строки ремонту'
help-rework-by =
    Куратор, який повертає пакет (ідентифікатор з people.toml)
help-rework-reason =
    Чому (зберігається в картці разом із поверненим пакетом)

## confirm
help-confirm =
    Записати відповідь заявника на зворотний дзвінок контакт-центру
help-confirm-after =
    Приклад:
      appeals confirm К-125 --outcome not-confirmed --note 'світло так і не відновили'
help-confirm-outcome =
    Що сказав заявник
help-value-outcome-confirmed =
    Питання вирішено
help-value-outcome-not-confirmed =
    Не вирішено
help-value-outcome-fixed-by-applicant =
    Заявник вирішив його сам
help-confirm-note =
    Що ще було сказано

## forward
help-forward =
    Переслати звернення за належністю (ст. 7 Закону)
help-forward-after =
    Приклад:
      appeals forward К-125 --to 'Головне управління Держпраці' --by maslenkov --notice notice.pdf --number 02-14/77
help-forward-to =
    Орган, до компетенції якого належить питання
help-forward-by =
    Куратор (або керівник), який ухвалив рішення (ідентифікатор з people.toml)
help-forward-notice =
    Лист заявникові про те, куди надіслано звернення
help-forward-number =
    Вихідний номер супровідного листа
help-forward-reason =
    Чому, словами

## return
help-return =
    Повернути звернення, оформлене без вимог ст. 5 Закону (ст. 7)
help-return-after =
    Приклад:
      appeals return К-125 --reason 'не зазначено місце проживання' --by maslenkov --notice notice.pdf
help-return-reason =
    Чого бракує у зверненні (ст. 5 Закону)
help-return-by =
    Куратор (або керівник), який ухвалив рішення
help-return-notice =
    Лист, яким звернення повертається, з роз’ясненнями

## decline
help-decline =
    Відмовити в розгляді звернення (ст. 8, 17 Закону)
help-decline-after =
    Приклад:
      appeals decline К-125 --ground art8-repeat --by holova --notice notice.pdf
help-decline-ground =
    Правова підстава
help-value-ground-art8-repeat =
    Ст. 8: повторне з питання, уже вирішеного по суті
help-value-ground-art8-anonymous =
    Ст. 8: анонімне
help-value-ground-art17-late =
    Ст. 8, 17: скаргу подано з пропуском строку
help-decline-by =
    Керівник або уповноважена ним посадова особа (`[[head]]` у people.toml)
help-decline-notice =
    Лист заявникові (не для анонімного звернення)
help-decline-reason =
    Чому, словами

## close-duplicate
help-close-duplicate =
    Закрити двічі зареєстровану картку як дублікат іншої
help-close-duplicate-after =
    Приклад:
      appeals close-duplicate К-126 --of К-125 --by zarichenko
help-close-duplicate-card =
    Картка, зареєстрована вдруге
help-close-duplicate-of =
    Картка, яку вона дублює (на неї надається відповідь)
help-close-duplicate-by =
    Хто закриває (адміністратор або куратор)

## draft
help-draft =
    Заповнити шаблони відповіді для картки, щоб виконавець їх доопрацював
help-draft-after =
    Приклад:
      appeals draft К-125 --out drafts/
help-draft-out =
    Записати проєкти в цю теку (створюється, якщо її немає), а не друкувати їх

## people
help-people =
    Перелік посадових осіб: куратори, виконавці, адміністратори
help-people-after =
    Приклади:
      appeals people
      appeals people --format csv
help-people-format =
    Формат виведення

## deadlines
help-deadlines =
    Відкриті картки за терміновістю: термін виконавця, контрольний термін, робочі дні, що лишилися
help-deadlines-after =
    Стани: прострочено (контрольний термін минув або строк продовжено вже після нього: 'extend --late'), сьогодні контрольний термін, виконавець запізнюється (термін виконавця минув, відповіді немає), завтра (наступного робочого дня), у строк. У межах стану першими йдуть звернення, що розглядаються першочергово (ст. 20 Закону, `[priority]` у register.toml).

    Приклади:
      appeals deadlines
      appeals deadlines --within 3 --executor dzhkg
      appeals deadlines --coordinator maslenkov --format csv > deadlines.csv
help-deadlines-within =
    Лише картки, найближчий термін яких (термін виконавця до надходження відповіді, далі контрольний термін) — не далі ніж за N роб. дн.; прострочені й запізнілі картки показуються завжди
help-deadlines-coordinator =
    Лише картки з резолюцією цього куратора
help-deadlines-format =
    Формат виведення

## remind
help-remind =
    Записати нагадування виконавцям, кураторам і керівникові, кожне один раз
help-remind-after =
    Рівні (`[remind]` у register.toml): виконавець — кожен виконавець надісланої картки, за remind.executor_before роб. дн. до його терміну (типово 2); куратор — куратор резолюції, коли термін виконавця минув, а пакета немає; керівник — перший `[[head]]` з people.toml, коли минув контрольний термін. Кожен рівень отримує нагадування раз на картку й дату: повторний запуск того самого дня нічого нового не пише; нова дата після продовження нагадується знову.

    Приклади:
      appeals remind --outbox outbox/2015-07-20
      appeals remind --dry-run
help-remind-outbox =
    Записати по листу на адресата в цю теку (створюється, якщо її немає)
help-remind-dry-run =
    Надрукувати належні нагадування й нічого не записувати
help-remind-format =
    Формат виведення: `json` для сценаріїв, `csv` — рядок на нагадування

## report
help-report =
    Звіт моніторингу за період або статистична форма (--quarter)
help-report-after =
    Період — за датою надходження: звернення, що надійшли в цей період; «відкриті» й «прострочені» — станом на --today.
    З кількома реєстрами -R (одна редакція Класифікатора) кількості додаються.

    Приклади:
      appeals report --month 2015-06
      appeals report --quarter 2015-3 --format xlsx -o kvartal.xlsx
      appeals report --from 2015-06-01 --to 2015-06-30 --excel > cherven.csv
      appeals -R misto-a -R misto-b report --month 2015-06 --format html -o oblast.html
help-report-month =
    Календарний місяць: 2015-06, 06.2015, 'this' або 'last' (типово — місяць --today)
help-report-quarter =
    Квартал, РРРР-К (напр. 2015-3); друкує статистичну форму, якщо --form не каже іншого
help-report-from =
    Перший день надходження (з --to; типово --to — це --today)
help-report-to =
    Останній день надходження
help-report-form =
    Який звіт (типово — статистична форма з --quarter, інакше моніторинг)
help-value-form-monitoring =
    Звіт моніторингу ('SPEC' §8): за ознаками, виконавцями, кураторами, результатами
help-value-form-statistical =
    Статистична форма, яку подають ради, поруч із тим самим періодом роком раніше
help-report-format =
    Формат виведення
help-value-format-xlsx =
    Книга Excel, готова до друку, аркуш на блок звіту (потрібен --output або канал)
help-value-format-html =
    Одна самодостатня сторінка HTML з діаграмами
help-report-format-table =
    Таблиці для термінала
help-report-format-json =
    JSON для сценаріїв (назви описано в 'README')
help-report-format-csv =
    Один CSV зі стовпцем `section`, для LibreOffice чи Excel
help-report-staff =
    Штатна чисельність підрозділу зі звернень, для блоку 5 статистичної форми
help-report-mixed-editions =
    Додати реєстри різних редакцій Класифікатора (коди як є)

## export
help-export =
    Кожна картка плоским рядком ('JSON Lines', CSV або файли 'Parquet' для аналітичних систем), без персональних даних, якщо їх не просили
help-export-after =
    Без --anonymize чи --personal ім’я, адреса, телефон і електронна пошта не вивантажуються; з ними — нічого про заявника, який просив конфіденційності (ст. 10 Закону): порожні, а поле `confidential` дорівнює `true`.

    Приклади:
      appeals export --from 2015-06-01 --to 2015-06-30 > cherven.jsonl
      appeals export --excel --anonymize --anonymize-key oblast.key > appeals.csv
      appeals -R misto-a -R misto-b export --anonymize --anonymize-key oblast.key > oblast.jsonl
      appeals export --format parquet -o parquet/
help-export-from =
    Лише картки, що надійшли цього дня або пізніше
help-export-to =
    Лише картки, що надійшли цього дня або раніше
help-export-format =
    Формат виведення
help-value-format-jsonl =
    Один об’єкт JSON на рядок
help-export-format-csv =
    CSV з рядком заголовків
help-export-format-parquet =
    Каталог файлів 'Parquet' (-o КАТАЛОГ), типізованих і розкладених за місяцем надходження, з manifest.json; для 'DuckDB' та інших аналітичних систем
help-export-anonymize =
    Додати псевдонім заявника (хеш імені й телефону з секретним ключем, --anonymize-key), щоб повторні звернення однієї особи можна було лічити, не називаючи її (не для конфіденційного заявника, ст. 10 Закону)
help-export-anonymize-key =
    Секретний ключ псевдонімів (щонайменше 16 байтів; область дає один ключ усім своїм радам, щоб лічити повторних заявників у різних реєстрах)
help-export-personal =
    Додати ім’я, адресу, телефон і електронну пошту (персональні дані; у конфіденційного заявника лишаються порожніми, ст. 10 Закону)
help-export-mixed-editions =
    Додати реєстри різних редакцій Класифікатора

## Оформлення довідки clap
# Рядки, які clap друкує сам: прапорці довідки й версії.
help-help =
    Надрукувати цю довідку або довідку названих команд
help-global-help =
    Надрукувати довідку
# -h у команді з докладною довідкою: у короткій (-h) і докладній (--help).
help-global-help-more =
    Надрукувати довідку (докладніше — '--help')
help-global-help-long =
    Надрукувати довідку (коротко — '-h')
help-global-version =
    Надрукувати версію

## Помилки використання, які знаходить clap (код виходу 2)
# Увесь текст помилки: перший рядок, далі використання й порада.
usage-error = помилка: { $message }
usage-usage = Використання: { $usage }
usage-more = Докладніше — '--help'.
usage-unknown-argument = невідомий аргумент '{ $arg }'
usage-unknown-command = невідома команда '{ $command }'
usage-missing-value = для '{ $arg }' потрібне значення, але його не вказано
usage-invalid-value = неприпустиме значення '{ $value }' для '{ $arg }'
usage-invalid-value-one-of = неприпустиме значення '{ $value }' для '{ $arg }'; можливі: { $valid }
usage-invalid-value-why = неприпустиме значення '{ $value }' для '{ $arg }': { $why }
usage-missing-argument = не вказано обов’язкових аргументів: { $arg }
usage-missing-command = не вказано команду
usage-conflict = '{ $arg }' не можна вказувати разом з '{ $other }'
usage-too-many = '{ $arg }' вказано більше одного разу
# Коли -R вказано кілька разів для команди, яка не додає реєстри.
usage-register-repeated = -R/--register вказано більше одного разу; кілька реєстрів додають лише 'report' і 'export'
# Порада clap, коли назву введено з помилкою.
usage-similar = порада: можливо, ви мали на увазі '{ $similar }'
help-arg-output =
    Записати у файл, а не в стандартний вивід (без --format формат визначає розширення файлу: `.txt`, `.json`, `.csv`…)
help-git-setup =
    Налаштувати git цього клону, щоб картки зливалися за їхньою історією
help-merge-card =
    Злити дві версії картки (драйвер злиття, який запускає git)
help-merge-card-base =
    Картка, якою її мали обидві сторони (%O git)
help-merge-card-ours =
    Наша версія (%A git), куди записується злита картка
help-merge-card-theirs =
    Їхня версія (%B git)
help-merge-card-path =
    Шлях картки в робочому дереві (%P git)
help-git-setup-after =
    Виконайте один раз у кожному клоні реєстру (git не клонує драйверів злиття); 'appeals init' робить це там, де створює реєстр.

    Приклади:
      appeals git-setup
      appeals -R ~/council git-setup
help-sync =
    Опублікувати роботу цього клону у спільному віддаленому репозиторії, перенумерувавши картки, чиї номери інший клон опублікував раніше
help-sync-outbox =
    Куди покласти виправлені листи виконавцям для перенумерованих карток, уже направлених виконавцям
help-sync-format =
    Формат виведення: `json` друкує зроблене для сценаріїв
help-sync-after =
    Отримує коміти віддаленого репозиторію, переносить на них коміти цього клону й надсилає, пробуючи знову, якщо інший клон устиг надіслати свої. Картка цього клону, номер якої віддалений репозиторій уже використав, отримує наступний вільний номер разом із документами, зв'язками та історією; картку, відповідь на яку вже надіслано заявникові, не перенумеровують ніколи.

    Приклади:
      appeals sync
      appeals sync --outbox outbox/2015-06-24

## report-back
help-report-back =
    Файл для контакт-центру: кожна картка, надіслана або знята за однією з підстав Закону за день, словами контакт-центру
help-report-back-after =
    Кожна картка, яку цього дня (чи за період) надіслано контакт-центру або знято з контролю за однією з підстав Закону, — рядком словами й у форматі контакт-центру (таблиця `[report-back]` профілю імпорту). Той самий період дає той самий файл.

    Приклади:
      appeals report-back --date 2015-07-09 -o report-back-2015-07-09.csv
      appeals report-back --from 2015-07-01 --to 2015-07-31 -o lypen.xlsx
help-report-back-date =
    День (типово — сьогодні)
help-report-back-from =
    Перший день періоду
help-report-back-to =
    Останній день періоду
help-report-back-profile =
    Профіль імпорту, чиї слова й формат бере файл (intake/НАЗВА.toml; типово — названий у register.toml, інакше вбудовані слова)
help-report-back-format =
    Формат виведення (типово — за розширенням файлу, інакше CSV)
help-report-back-format-csv =
    CSV у форматі профілю (контакт-центру)
help-report-back-format-xlsx =
    Книга Excel
help-report-back-format-json =
    JSON для сценаріїв
