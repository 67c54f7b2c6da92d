## appeals man: сторінки посібника для кожної команди.

sh-no-such-page = сторінки посібника для `{ $name }` немає
sh-pages-are = Сторінки: appeals (без назви) і { $names }
sh-man-written =
    { $count ->
        [one] { $count } сторінку посібника записано до { $dir }
        [few] { $count } сторінки посібника записано до { $dir }
       *[many] { $count } сторінок посібника записано до { $dir }
    }

## Та сама помилка в багатьох записах пакета, надрукована один раз.

sh-records-span = записи { $first }–{ $last }
sh-lines-span = рядки { $first }–{ $last }
sh-any-span = { $first } … { $last }
sh-group-count =
    { $count ->
        [one] ({ $shown } запис)
        [few] ({ $shown } записи)
       *[many] ({ $shown } записів)
    }
sh-more-problems =
    { $count ->
        [one] … і ще { $shown } помилка, не показана
        [few] … і ще { $shown } помилки, не показані
       *[many] … і ще { $shown } помилок, не показаних
    }
