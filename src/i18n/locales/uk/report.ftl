# The monitoring report and the statistical form (`appeals report`): the
# terminal tables, the XLSX workbook, the HTML page, the CSV with --bom.

## Headings

rep-monitoring-title = Моніторинг розгляду звернень громадян
# Under the title, one line per register: council — department (edition).
rep-register-line = { $council } — { $department } (Класифікатор, редакція { $edition })
# Under the title: the period of receipt and the day the report is drawn up.
rep-period-line = Звернення, що надійшли { $from } — { $to }; стан на { $as_of }
# A period, e.g. in the statistical form's column headings.
rep-period = { $from } — { $to }
# Under a table's title when it has no rows.
rep-empty = (немає)
# After the tables when a code is marked * (Classifier code or name not confirmed).
rep-uncertain-footnote = { "*" } — код або назву Класифікатора не підтверджено двома незалежними джерелами

## Totals

rep-totals-title = Підсумки
# XLSX sheet name (at most 31 characters).
rep-totals-sheet = Підсумки
# XLSX sheets (at most 31 characters): the 9 characteristics stacked on one, the results on another.
rep-incoming-sheet = Надходження
rep-results-sheet = Результати
# Column headings shared by the tables.
rep-col-code = код
rep-col-name = назва
rep-col-measure = показник
rep-col-value = значення
rep-col-count = кількість
rep-col-share = частка
# The share column of the results table: share of those taken off control.
rep-col-share-closed = частка знятих з контролю
# The totals' labels (the machine CSV keeps these Ukrainian ones).
rep-total-received = Надійшло звернень
rep-total-closed = Знято з контролю
rep-total-open = На контролі
rep-total-overdue = На контролі з порушенням терміну
rep-total-answered-on-time = Відповідь виконавця вчасно
rep-total-answered-late = Відповідь виконавця із запізненням
rep-total-answered-after-control = Відповідь заявнику після контрольного терміну
rep-total-repeated = Повторні (2.2)
rep-total-multiple = Неодноразові (2.4)
rep-total-duplicate = Дублетні (2.3)
rep-total-mass = Масові (2.5)
rep-total-collective = Колективні (5.2)
rep-total-anonymous = Анонімні (5.3)
rep-total-questions = Питань порушено
rep-total-positive-share = Рівень позитивного вирішення (9.1 серед знятих з контролю)
rep-total-quality-avg = Середня оцінка якості розгляду (1–5)
rep-total-satisfied-share = Частка задоволених заявників
rep-total-answer-days-avg = Середній строк підготовки відповіді, робочих днів
rep-total-reworks = Повернуто виконавцям на доопрацювання
rep-total-confirmed-share = Частка підтверджених заявниками (зворотний зв'язок)
rep-total-forwarded = Надіслано за належністю (ст. 7)
rep-total-returned = Повернуто заявникам (ст. 5, 7)
rep-total-declined = Не розглядалися (ст. 8, 17)
rep-total-closed-as-duplicate = Закрито як дублікати
rep-total-exits-late = Надіслано чи повернуто після 5 днів (ст. 7)
rep-total-priority = Розглядаються першочергово (ст. 20 Закону)
rep-total-personal-by-head = Особисто керівником (ст. 14–15 Закону)

## The Classifier's sections

rep-section-form = 1. За формою надходження
rep-section-sign = 2. За ознакою надходження
rep-section-kind = 3. За видами
rep-section-gender = 4. За статтю авторів звернень
rep-section-subject = 5. За суб'єктом
rep-section-type = 6. За типом
rep-section-category = 7. За категоріями авторів звернень
rep-section-social-status = 8. За соціальним станом авторів звернень
rep-section-result = 9. Результати розгляду
rep-section-topic = ІІ. Тематика звернень
# The results table's title: over the appeals taken off control.
rep-results-title = 9. Результати розгляду (знятих з контролю)
# The row of appeals where the field is not filled.
rep-not-stated = не зазначено
# The category row of appeals that name no category.
rep-no-category = без категорії
# The results row of appeals closed without a result.
rep-no-result = результат не внесено
# The name of a code the register's Classifier doesn't have.
rep-unknown-code = (немає в класифікаторі)

## Executors and coordinators

rep-executors-title = Виконавці (рейтинг: найгірші першими)
rep-executors-sheet = Виконавці
rep-coordinators-title = Координатори (рейтинг: найгірші першими)
rep-col-executor = виконавець
rep-col-coordinator = координатор
# The executors' row of appeals without a resolution.
rep-no-resolution-executor = без резолюції (виконавця не визначено)
# The coordinators' row of appeals without a resolution.
rep-no-resolution = без резолюції
# A person's id that people.toml doesn't have, in place of the name.
rep-not-in-people = { $id } (немає в people.toml)
# The ranking's column headings (XLSX, HTML, CSV with --bom).
rep-col-rank = місце
rep-col-id = код
rep-col-received = надійшло
rep-col-answered-on-time = відповідь вчасно
rep-col-answered-late = із запізненням
rep-col-answered-after-control = заявнику після контр. терміну
rep-col-open = на контролі
rep-col-open-overdue = прострочено
rep-col-results = результати (9.x)
rep-col-quality-avg = оцінка якості
rep-col-satisfied-share = задоволені
rep-col-answer-days-avg = роб. днів до відповіді
rep-col-reworks = на доопрацювання
rep-col-confirmed-share = підтвердили
# The same, narrower, for the terminal table.
rep-narrow-rank = №
rep-narrow-answered-on-time = вчасно
rep-narrow-answered-late = із запізн.
rep-narrow-answered-after-control = після терміну
rep-narrow-open = на контролі
rep-narrow-open-overdue = простроч.
rep-narrow-results = результати
rep-narrow-quality-avg = якість
rep-narrow-satisfied-share = задоволені
rep-narrow-answer-days-avg = днів до відп.
rep-narrow-reworks = доопрац.
rep-narrow-confirmed-share = підтв.

## The HTML page's charts

rep-chart-topics = Тематика звернень
rep-chart-executors = Своєчасність розгляду виконавцями
# The executors' chart, for screen readers.
rep-chart-executors-label = Своєчасність виконавців
# The tooltip of an executor's bar: its appeals and their parts.
rep-chart-executor-tip = { $name }: звернень { $total } — вчасно { $on_time }, із запізненням { $late }, без відповіді й прострочено { $overdue }, без відповіді у строк { $open }, знято без відповіді виконавця { $other }
rep-legend-on-time = відповідь вчасно
rep-legend-late = відповідь із запізненням
rep-legend-overdue = відповіді немає, строк минув
rep-legend-open = відповіді немає, у строк
rep-legend-other = знято з контролю без відповіді виконавця (переслано, повернуто, не розглянуто)
# Under the executors' chart: what a bar is.
rep-chart-executors-note = Смуга — усі звернення виконавця, число — їх кількість; кожне звернення враховано один раз.
# Under the topics' chart.
rep-chart-topics-note = Смуга — звернення, що порушують питання теми; звернення з кількома питаннями враховано в кожній своїй темі.

## The printed page: its letterhead and signatures

# The period under the title.
rep-print-period = за період з { $from } по { $to }
rep-print-edition = Класифікатор звернень громадян, редакція { $edition }
rep-print-prepared = Дата складання: { $date }
# The head of the department who signs, when people.toml names no controller.
rep-print-head = Начальник відділу звернень громадян
rep-print-prepared-by = Підготував(ла)
rep-print-signature = (підпис)
rep-print-name = (прізвище, ініціали)
rep-print-date = Дата

## CSV with --bom (for a person in Excel)

rep-csv-section = розділ
rep-csv-previous = попередній період
rep-csv-current = звітний період

## Errors

rep-xlsx-terminal = книгу XLSX не можна показати в терміналі
rep-xlsx-terminal-hint = запишіть її у файл: -o report.xlsx, або передайте далі через конвеєр
# XLSX page footer, right: page &P of &N (Excel's codes, keep them).
rep-xlsx-page = Сторінка &P з &N

## The statistical form

form-title = Статистичний звіт про звернення громадян
# Under the heading: the previous year's period shown beside.
form-previous-line = Поруч — той самий період попереднього року: { $from } — { $to }
# A block's title: «Блок 1. Кількість звернень».
form-block-heading = Блок { $number }. { $title }
# XLSX sheet of the statistical form (at most 31 characters).
form-sheet = Статистична форма
form-col-items = пункти Класифікатора
# The items of the row of questions: all of Part II.
form-items-all-topics = ІІ
form-block-1 = Кількість звернень
form-block-2 = Результати розгляду звернень
form-block-3 = Звернення окремих видів і від окремих категорій авторів
form-block-4 = Кількість питань, порушених у зверненнях, за тематикою
form-block-5 = Підрозділ з питань звернень громадян
form-row-all = усього звернень
form-row-by-post = надійшло поштою
form-row-in-person = надійшло на особистому прийомі
form-row-positive = вирішено позитивно
form-row-refused = відмовлено у задоволенні
form-row-explained = дано роз'яснення
form-row-other-result = інше
form-row-repeated = повторні
form-row-collective = колективні
form-row-war-veterans = від учасників війни, інвалідів війни, учасників бойових дій
form-row-disabled = від осіб з інвалідністю І, ІІ, ІІІ груп
form-row-labour-veterans = від ветеранів праці
form-row-children-of-war = від дітей війни
form-row-families = від членів багатодітних сімей, одиноких матерів, матерів-героїнь
form-row-chornobyl = від учасників ліквідації наслідків аварії на ЧАЕС та потерпілих від Чорнобильської катастрофи
form-row-questions = кількість питань
# Block 4's topic rows, in the genitive as the form prints them.
form-topic-002 = аграрної політики і земельних відносин
form-topic-003 = транспорту і зв'язку
form-topic-005 = фінансової, податкової, митної політики
form-topic-006 = соціального захисту
form-topic-007 = праці і заробітної плати, охорони праці та промислової безпеки
form-topic-008 = охорони здоров'я
form-topic-009 = комунального господарства
form-topic-010 = житлової політики
form-topic-011 = екології та природних ресурсів
form-topic-012 = забезпечення дотримання законності та охорони правопорядку, запобігання дискримінації
form-topic-013 = сім'ї, дітей, молоді, гендерної рівності, фізичної культури і спорту
form-topic-015 = освіти, наукової, науково-технічної, інноваційної діяльності та інтелектуальної власності
form-topic-017 = діяльності об'єднань громадян, релігії та міжконфесійних відносин
form-topic-019 = діяльності центральних органів виконавчої влади
form-topic-020 = діяльності місцевих органів виконавчої влади
form-topic-021 = діяльності органів місцевого самоврядування
form-topic-023 = державного будівництва, адміністративно-територіального устрою
form-row-other-topics = інші
form-row-staff = штатна чисельність підрозділу з питань звернень громадян
