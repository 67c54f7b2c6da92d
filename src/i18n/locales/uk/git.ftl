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
