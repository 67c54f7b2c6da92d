# git: фіксування змін (commit), автор, init поза робочим деревом git.

# Після кроку, коли фіксування увімкнено, а git commit не вдався.
git-not-committed = зміни записано, але не зафіксовано в git: { $error }
# Що записано: кількість файлів і де.
git-written =
    що записано: { $count ->
        [one] { $count } файл
        [few] { $count } файли
       *[many] { $count } файлів
    } у { $dir }: { $files }
# Продовження переліку файлів, коли їх багато.
git-written-more = і ще { $count }
git-written-safe = файли лишаються записаними, реєстр цілісний; бракує лише запису в git
git-commit-by-hand = усуньте причину і зафіксуйте зміни самостійно: git -C { $dir } add -A . && git -C { $dir } commit -m "{ $subject }" -- .
# git не знає користувача, а в people.toml немає e-mail для --user.
git-made-up-author = git не знає, хто фіксує зміни (немає user.name і user.email), а в people.toml немає e-mail для «{ $user }»: зміни зафіксовано від імені { $user } <{ $user }@appeals>
git-made-up-author-hint = вкажіть себе для git: git config --global user.name "Прізвище І. П." і git config --global user.email "адреса", або додайте email до «{ $user }» у people.toml
# init поза робочим деревом git.
git-init-off = Фіксування змін у git вимкнено: { $dir } не в робочому дереві git.
git-init-how = Щоб увімкнути: виконайте 'git init' у { $dir } (або в теці вище) і вкажіть 'commit = true' у розділі [git] файлу register.toml.
git-committed-owed = зафіксовано { $sha }: те, що записала перервана команда '{ $command }'
git-owed-not-committed = те, що записала перервана команда '{ $command }', досі не зафіксовано: { $error }
git-setup-done = картки тепер зливаються за їхньою історією в цьому клоні (.gitattributes і драйвер злиття git 'appeals-card')
git-setup-no-work-tree = реєстр не в робочому дереві git
git-setup-no-work-tree-hint = виконайте 'git init' там, де реєстр, або склонуйте його, і знову запустіть 'appeals git-setup'
git-merge-conflict = { $card }: обидві сторони по-різному змінили { $at }; обидві версії залишено між позначками git
git-merge-conflict-hint = залиште правильну версію цього кроку (запитайте, хто записав кожну), вилучіть іншу й позначки, тоді 'appeals check' і зафіксуйте

## sync
sync-renumbered = { $year }/{ $from } → { $year }/{ $to }: номер уже має { $remote } з віддаленого репозиторію (коміт { $commit }, { $author })
sync-letter = виправлений лист виконавцю: { $file }
sync-done = Синхронізовано з { $upstream }: отримано комітів — { $received }, надіслано — { $sent }, перенумеровано карток — { $renumbered }.
sync-same-cc = { $ours } і { $theirs } мають один номер контакт-центру: можливо, це одне звернення, зареєстроване у двох клонах
sync-same-cc-hint = якщо так, закрийте одну з карток як дублікат: appeals close-duplicate { $card } --of …
sync-not-in-git = реєстр не в робочому дереві git, синхронізувати нема з чим
sync-not-in-git-hint = створіть репозиторій і додайте спільний віддалений: git init && git remote add origin АДРЕСА (див. README, «Кілька реєстраторів»)
sync-no-branch = у робочому дереві не вибрано гілку (detached HEAD)
sync-no-branch-hint = перейдіть на гілку реєстру: git switch main
sync-no-remote = у репозиторії немає віддаленого (remote), куди публікувати
sync-no-remote-hint = додайте спільний віддалений репозиторій: git remote add origin АДРЕСА
sync-dirty = { $count } { $count ->
        [one] файл реєстру змінено
        [few] файли реєстру змінено
       *[other] файлів реєстру змінено
    }, але не зафіксовано в git: { $files }
sync-dirty-hint = sync публікує лише зафіксоване: зафіксуйте зміни (git commit) або поверніть їх (git restore), а щоб команди фіксували самі, задайте [git] commit = true у register.toml
sync-unrelated = історія { $upstream } не має спільних комітів із цим клоном
sync-unrelated-hint = це інший реєстр або інший репозиторій; перевірте адресу: git remote -v
sync-left-sent = { $card } уже надіслано заявникові ({ $date }), а віддалений репозиторій має свою картку з тим самим номером ({ $remote }); номер, який знає заявник, не змінюють. Нічого не змінено.
sync-left-pushed = { $card } уже опубліковано в { $remotes }, а { $remote } має свою картку з тим самим номером; опублікований номер не змінюють. Нічого не змінено.
sync-left-hint = домовтеся з реєстратором, який зареєстрував { $remote }, котру з двох карток перенумерувати; реєстр не може мати двох карток з одним номером
sync-need-outbox = номери карток { $cards } зміняться, а їх уже направлено виконавцям: потрібні виправлені листи. Нічого не змінено.
sync-need-outbox-hint = вкажіть, куди покласти виправлені листи: appeals sync --outbox outbox/ДАТА
sync-conflict = { $count } { $count ->
        [one] файл змінено
        [few] файли змінено
       *[other] файлів змінено
    } в обох клонах так, що їх не злити автоматично: { $files }. Перенесення скасовано, коміти цього клону не опубліковано.
sync-conflict-hint = злийте вручну: git pull --rebase, розв'яжіть конфлікти (appeals check пояснить кожен), git rebase --continue, тоді appeals sync
sync-gave-up = віддалений репозиторій змінювався під час кожної з { $attempts } спроб; коміти цього клону не опубліковано
sync-gave-up-hint = запустіть appeals sync ще раз за хвилину
sync-old-index = документ { $file } картки { $card } згадує її старий номер: перевірте його, перш ніж надсилати
