<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChangeDescription</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CompanyStore</name>
    <message>
        <source>Company created</source>
        <translation>Компания создана</translation>
    </message>
    <message>
        <source>The company was deleted by someone else; it cannot be saved.</source>
        <translation>Компанию удалил другой пользователь, сохранить её невозможно.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Веб-домен</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Число сотрудников</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Company %1 (%2): %3</source>
        <translation>Компания %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адрес сервера «%1» не является допустимым URL.</translation>
    </message>
    <message>
        <source>The server address must start with postgresql:// (got &quot;%1&quot;).</source>
        <translation>Адрес сервера должен начинаться с postgresql:// (указано: «%1»).</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no host.</source>
        <translation>В адресе сервера «%1» не указан хост.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must end with /database-name.</source>
        <translation>Адрес сервера «%1» должен заканчиваться на /имя-базы-данных.</translation>
    </message>
    <message>
        <source>The server address has an unknown option &quot;%1&quot;.</source>
        <translation>В адресе сервера указан неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>The server address option &quot;%1&quot; has an invalid value &quot;%2&quot;.</source>
        <translation>Параметр «%1» в адресе сервера имеет недопустимое значение «%2».</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>Contact created</source>
        <translation>Контакт создан</translation>
    </message>
    <message>
        <source>The contact was deleted by someone else; it cannot be saved.</source>
        <translation>Контакт удалил другой пользователь, сохранить его невозможно.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на маркетинговые рассылки</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Источник согласия</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Версия текста согласия</translation>
    </message>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation>Контакт %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database schema %1 is missing from this build.</source>
        <translation>В этой сборке отсутствует схема базы данных %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database (it is not an SQLite file). Nothing was changed.</source>
        <translation>«%1» не является базой данных Loopline (это не файл SQLite). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>Cannot open the database &quot;%1&quot;.</source>
        <translation>Не удаётся открыть базу данных «%1».</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver (the Qt QPSQL plugin).</source>
        <translation>В этой установке нет драйвера PostgreSQL (плагина Qt QPSQL).</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Не удаётся подключиться к %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database. Nothing was changed.</source>
        <translation>«%1» не является базой данных Loopline. Ничего не изменено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a Loopline database. Nothing was changed.</source>
        <translation>«%1» — база данных SQLite другой программы, а не Loopline. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not Loopline&apos;s. Nothing was changed.</source>
        <translation>База данных %1 уже содержит таблицы, не относящиеся к Loopline. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Loopline (schema %2; this version knows up to %3). Update Loopline to open it. Nothing was changed.</source>
        <translation>База данных %1 создана более новой версией Loopline (схема %2; эта версия поддерживает схемы до %3). Чтобы открыть её, обновите Loopline. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>База данных отклонила запрос: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База данных сообщила об ошибке: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Не удаётся начать транзакцию: %1</translation>
    </message>
    <message>
        <source>The change was abandoned because part of it failed; nothing was saved.</source>
        <translation>Изменение отменено, так как часть его не удалось выполнить; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Не удаётся сохранить изменение: %1</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message>
        <source>There is no deal stage &quot;%1&quot;.</source>
        <translation>Этапа сделки «%1» не существует.</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Сделка создана</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else; it cannot be saved.</source>
        <translation>Сделку удалил другой пользователь, сохранить её невозможно.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Needs assessment booked</source>
        <translation>Встреча для оценки потребностей назначена</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>Потребности подтверждены</translation>
    </message>
    <message>
        <source>Proposal received</source>
        <translation>Коммерческое предложение получено</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>Условия согласованы</translation>
    </message>
    <message>
        <source>Contract received for signature</source>
        <translation>Договор получен на подпись</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Deal %1 (%2): %3</source>
        <translation>Сделка %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>LeadLifecycle</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Received by SDR, questionnaire filled</source>
        <translation>Получена SDR, анкета квалификации заполнена</translation>
    </message>
    <message>
        <source>Awaiting assignment to a sales rep</source>
        <translation>Ожидает назначения менеджера</translation>
    </message>
    <message>
        <source>Received by the sales rep, awaiting action</source>
        <translation>Получена менеджером по продажам, ожидает действий</translation>
    </message>
    <message>
        <source>Discussing the client&apos;s tasks before a proposal</source>
        <translation>Обсуждение задач клиента перед подготовкой КП</translation>
    </message>
    <message>
        <source>Pre-sale brief sent and filled by the client</source>
        <translation>Pre-sale бриф отправлен и заполнен клиентом</translation>
    </message>
    <message>
        <source>Proposal being prepared and agreed</source>
        <translation>Подготовка и согласование КП</translation>
    </message>
    <message>
        <source>Contract agreed and paid</source>
        <translation>Согласование договора и оплата</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конверсия заявки</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирована</translation>
    </message>
    <message>
        <source>Routed to a partner</source>
        <translation>Передана партнёру</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряна</translation>
    </message>
    <message>
        <source>The lead is closed (%1); it cannot move any more.</source>
        <translation>Заявка закрыта (%1), менять её статус больше нельзя.</translation>
    </message>
    <message>
        <source>A lead cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Заявку нельзя перевести из «%1» в «%2».</translation>
    </message>
    <message>
        <source>Say why the lead moves back to &quot;%1&quot; (a comment is required).</source>
        <translation>Укажите, почему заявка возвращается в «%1» (комментарий обязателен).</translation>
    </message>
    <message>
        <source>Fill in the qualification questionnaire before the lead becomes an MQL.</source>
        <translation>Заполните анкету квалификации, прежде чем заявка станет MQL.</translation>
    </message>
    <message>
        <source>Give the reason the lead is disqualified.</source>
        <translation>Укажите причину дисквалификации заявки.</translation>
    </message>
    <message>
        <source>Name the partner the lead is routed to.</source>
        <translation>Укажите партнёра, которому передаётся заявка.</translation>
    </message>
    <message>
        <source>The partner&apos;s commission must be more than 0% and at most 100%.</source>
        <translation>Комиссия партнёра должна быть больше 0% и не больше 100%.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Веб-домен</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Connect to the team server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <source>Password for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Пароль для &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Connection to %1 cancelled.</source>
        <translation>Подключение к %1 отменено.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Try again.</source>
        <translation>Сервер не принял этот пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The server did not accept the password for %1.</source>
        <translation>Сервер не принял пароль для %1.</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Введите имя или фамилию.</translation>
    </message>
    <message>
        <source>Email %1 is empty.</source>
        <translation>Адрес эл. почты %1 не заполнен.</translation>
    </message>
    <message>
        <source>Email %1 &quot;%2&quot; is not a valid address (expected name@example.com).</source>
        <translation>Адрес эл. почты %1 («%2») недопустим (ожидаемый формат: name@example.com).</translation>
    </message>
    <message>
        <source>Phone %1 &quot;%2&quot; is not a phone number (5 to 20 digits, optionally +, spaces, brackets, dashes).</source>
        <translation>Телефон %1 («%2») не является номером телефона (от 5 до 20 цифр; допускаются +, пробелы, скобки и дефисы).</translation>
    </message>
    <message>
        <source>Say where the marketing consent was given.</source>
        <translation>Укажите, где было дано согласие на маркетинговые рассылки.</translation>
    </message>
    <message>
        <source>Say which version of the consent text was agreed to.</source>
        <translation>Укажите версию текста согласия, которую принял контакт.</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web domain (expected example.com).</source>
        <translation>«%1» не является веб-доменом (ожидаемый формат: example.com).</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Число сотрудников не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Введите название сделки.</translation>
    </message>
    <message>
        <source>The deal value cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>«%1» не является кодом валюты (три заглавные латинские буквы, например EUR).</translation>
    </message>
    <message>
        <source>Choose a stage.</source>
        <translation>Выберите этап.</translation>
    </message>
</context>
<context>
    <name>loopline::CompanyEditor</name>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Web domain:</source>
        <translation>&amp;Веб-домен:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>О&amp;трасль:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Число сотрудников:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Select a company on the left, or press Ctrl+N to add one.</source>
        <translation>Выберите компанию слева или нажмите Ctrl+N, чтобы добавить новую.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакты (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>удаление компании %1</translation>
    </message>
</context>
<context>
    <name>loopline::ContactEditor</name>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0000</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation>Дано согласие на маркетинговые рассылки</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Лендинг</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Социальная сеть</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Blog article</source>
        <translation>Статья в блоге</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Через запятую, например: vip, newsletter</translation>
    </message>
    <message>
        <source>Where: web form, booth, email reply…</source>
        <translation>Где: веб-форма, стенд, ответ на письмо…</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>например, 2026-01</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на маркетинговые рассылки</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>Consent s&amp;ource:</source>
        <translation>Источник &amp;согласия:</translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation>&amp;Версия текста согласия:</translation>
    </message>
    <message>
        <source>Select a contact on the left, or press Ctrl+N to add one.</source>
        <translation>Выберите контакт слева или нажмите Ctrl+N, чтобы добавить новый.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не дано</translation>
    </message>
    <message>
        <source>when saved</source>
        <translation>при сохранении</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>удаление контакта %1</translation>
    </message>
</context>
<context>
    <name>loopline::DealEditor</name>
    <message>
        <source>Expected to close on</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <source>Type a name to add a contact</source>
        <translation>Введите имя, чтобы добавить контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>Конт&amp;акты:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>Закрытие:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Select a deal on the left, or press Ctrl+N to add one.</source>
        <translation>Выберите сделку слева или нажмите Ctrl+N, чтобы добавить новую.</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>удаление сделки %1</translation>
    </message>
</context>
<context>
    <name>loopline::EntryListEditor</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Добавить ещё</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Удалить выбранную запись</translation>
    </message>
</context>
<context>
    <name>loopline::ListPage</name>
    <message>
        <source>Search %1 (Ctrl+F)…</source>
        <translation>Поиск: %1 (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Любое поле</translation>
    </message>
    <message>
        <source>Filter by a field</source>
        <translation>Фильтр по полю</translation>
    </message>
    <message>
        <source>starts with…</source>
        <translation>начинается с…</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>Не удаётся прочитать список</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 match&lt;/h3&gt;&lt;p&gt;Nothing matches “%2”. Try fewer or shorter words, or press Esc in the search box to see everything.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ничего не найдено (%1)&lt;/h3&gt;&lt;p&gt;Нет совпадений для «%2». Попробуйте ввести меньше слов или более короткие слова либо нажмите Esc в поле поиска, чтобы увидеть все записи.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1: есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete “%1”?

You can undo this with Ctrl+Z.</source>
        <translation>Удалить «%1»?

Это действие можно отменить с помощью Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>loopline::MainWindow</name>
    <message>
        <source>Loopline — %1</source>
        <translation>Loopline — %1</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Локальная база данных: %1</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Командный сервер: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>Контактов: %1</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <source>Add the first one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).&lt;br&gt;To explore Loopline with sample data, start it once with &lt;code&gt;--demo 1000&lt;/code&gt;.</source>
        <translation>Добавьте первый контакт кнопкой &lt;b&gt;Создать&lt;/b&gt; (Ctrl+N).&lt;br&gt;Чтобы познакомиться с Loopline на демонстрационных данных, запустите программу один раз с параметром &lt;code&gt;--demo 1000&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>Компаний: %1</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Компаний пока нет</translation>
    </message>
    <message>
        <source>Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N); then link contacts and deals to it.</source>
        <translation>Добавьте компанию кнопкой &lt;b&gt;Создать&lt;/b&gt; (Ctrl+N), а затем свяжите с ней контакты и сделки.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>Сделок: %1</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Сделок пока нет</translation>
    </message>
    <message>
        <source>A deal is a prospect with a serious chance of business soon. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).</source>
        <translation>Сделка — это потенциальная продажа с реальными шансами на скорое заключение. Добавьте сделку кнопкой &lt;b&gt;Создать&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Сохранить запись (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved: see the message above the form.</source>
        <translation>Не сохранено: см. сообщение над формой.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the record (Ctrl+Del, or Del in the list)</source>
        <translation>Удалить запись (Ctrl+Del или Del в списке)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Loopline</source>
        <translation>&amp;О программе Loopline</translation>
    </message>
    <message>
        <source>About Loopline</source>
        <translation>О программе Loopline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loopline %1&lt;/h3&gt;&lt;p&gt;One record from the first touch to the won or lost deal, shared by marketing and sales.&lt;/p&gt;&lt;p&gt;Database: %2 (schema %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopline %1&lt;/h3&gt;&lt;p&gt;Единая запись — от первого контакта до выигранной или проигранной сделки — общая для маркетинга и продаж.&lt;/p&gt;&lt;p&gt;База данных: %2 (схема %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loopline::RecordEditor</name>
    <message>
        <source>There is no company named &quot;%1&quot;. Pick one from the list, or create it under Companies first.</source>
        <translation>Компании с названием «%1» нет. Выберите компанию из списка или сначала создайте её в разделе «Компании».</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>loopline::TimelineWidget</name>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;История&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write a note and press Enter…</source>
        <translation>Напишите заметку и нажмите Enter…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loopline — the CRM that closes the loop between marketing and sales.</source>
        <translation>Loopline — CRM-система, которая замыкает цикл между маркетингом и продажами.</translation>
    </message>
    <message>
        <source>Open the SQLite database at &lt;path&gt;.</source>
        <translation>Открыть базу данных SQLite по пути &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open the team database on a PostgreSQL server, postgresql://user@host:port/dbname. The password is asked for.</source>
        <translation>Открыть командную базу данных на сервере PostgreSQL: postgresql://user@host:port/dbname. Пароль будет запрошен.</translation>
    </message>
    <message>
        <source>Add &lt;n&gt; demo contacts with companies and deals.</source>
        <translation>Добавить &lt;n&gt; демонстрационных контактов с компаниями и сделками.</translation>
    </message>
    <message>
        <source>Render the window to &lt;file.png&gt; and exit.</source>
        <translation>Сохранить изображение окна в &lt;file.png&gt; и завершить работу.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Размер окна для --screenshot, например 1280x800.</translation>
    </message>
    <message>
        <source>Screen to show: contacts, companies or deals.</source>
        <translation>Раздел при запуске: contacts, companies или deals.</translation>
    </message>
    <message>
        <source>Language: en, ru or uk (default: the system&apos;s).</source>
        <translation>Язык: en, ru или uk (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Name recorded as owner and author of changes.</source>
        <translation>Имя, которое записывается как ответственный и автор изменений.</translation>
    </message>
    <message>
        <source>Give either --db or --server, not both.</source>
        <translation>Укажите либо --db, либо --server, но не оба сразу.</translation>
    </message>
    <message>
        <source>--demo takes a number of contacts from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>Для --demo нужно указать число контактов от 0 до 10000000, а не «%1».</translation>
    </message>
    <message>
        <source>--view must be contacts, companies or deals, not &quot;%1&quot;.</source>
        <translation>Значение --view должно быть contacts, companies или deals, а не «%1».</translation>
    </message>
    <message>
        <source>--size must look like 1280x800.</source>
        <translation>Значение --size должно иметь вид 1280x800.</translation>
    </message>
    <message>
        <source>--lang must be en, ru or uk, not &quot;%1&quot;.</source>
        <translation>Значение --lang должно быть en, ru или uk, а не «%1».</translation>
    </message>
    <message>
        <source>Creating %1 demo contacts…</source>
        <translation>Создание демонстрационных контактов (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
</context>
</TS>
