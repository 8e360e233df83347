<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ChangeDescription</name>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>CompanyStore</name>
    <message>
        <source>Company created</source>
        <translation>Компанію створено</translation>
    </message>
    <message>
        <source>The company was deleted by someone else; it cannot be saved.</source>
        <translation>Компанію видалив інший користувач, зберегти її неможливо.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Веб-домен</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Кількість працівників</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Company %1 (%2): %3</source>
        <translation>Компанія %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адреса сервера «%1» не є дійсною URL-адресою.</translation>
    </message>
    <message>
        <source>The server address must start with postgresql:// (got &quot;%1&quot;).</source>
        <translation>Адреса сервера має починатися з postgresql:// (зазначено: «%1»).</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no host.</source>
        <translation>В адресі сервера «%1» не вказано хост.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must end with /database-name.</source>
        <translation>Адреса сервера «%1» має закінчуватися на /назва-бази-даних.</translation>
    </message>
    <message>
        <source>The server address has an unknown option &quot;%1&quot;.</source>
        <translation>В адресі сервера вказано невідомий параметр «%1».</translation>
    </message>
    <message>
        <source>The server address option &quot;%1&quot; has an invalid value &quot;%2&quot;.</source>
        <translation>Параметр «%1» в адресі сервера має неприпустиме значення «%2».</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>Contact created</source>
        <translation>Контакт створено</translation>
    </message>
    <message>
        <source>The contact was deleted by someone else; it cannot be saved.</source>
        <translation>Контакт видалив інший користувач, зберегти його неможливо.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Адреси ел. пошти</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Згода на маркетингові розсилки</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Джерело згоди</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Версія тексту згоди</translation>
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
        <translation>У цій збірці відсутня схема бази даних %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database (it is not an SQLite file). Nothing was changed.</source>
        <translation>«%1» не є базою даних Loopline (це не файл SQLite). Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Не вдалося створити теку «%1».</translation>
    </message>
    <message>
        <source>Cannot open the database &quot;%1&quot;.</source>
        <translation>Не вдалося відкрити базу даних «%1».</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver (the Qt QPSQL plugin).</source>
        <translation>У цьому встановленні немає драйвера PostgreSQL (плагіна Qt QPSQL).</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Не вдалося підключитися до %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database. Nothing was changed.</source>
        <translation>«%1» не є базою даних Loopline. Нічого не змінено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a Loopline database. Nothing was changed.</source>
        <translation>«%1» — база даних SQLite іншої програми, а не Loopline. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not Loopline&apos;s. Nothing was changed.</source>
        <translation>База даних %1 уже містить таблиці, що не належать Loopline. Нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Loopline (schema %2; this version knows up to %3). Update Loopline to open it. Nothing was changed.</source>
        <translation>Базу даних %1 створено новішою версією Loopline (схема %2; ця версія підтримує схеми до %3). Щоб відкрити її, оновіть Loopline. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>База даних відхилила запит: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База даних повідомила про помилку: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Не вдалося розпочати транзакцію: %1</translation>
    </message>
    <message>
        <source>The change was abandoned because part of it failed; nothing was saved.</source>
        <translation>Зміну скасовано, оскільки частину її не вдалося виконати; нічого не збережено.</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Не вдалося зберегти зміну: %1</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message>
        <source>There is no deal stage &quot;%1&quot;.</source>
        <translation>Етапу угоди «%1» не існує.</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Угоду створено</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else; it cannot be saved.</source>
        <translation>Угоду видалив інший користувач, зберегти її неможливо.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очікувана дата закриття</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Needs assessment booked</source>
        <translation>Зустріч для оцінки потреб призначена</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>Потреби підтверджено</translation>
    </message>
    <message>
        <source>Proposal received</source>
        <translation>Комерційну пропозицію отримано</translation>
    </message>
    <message>
        <source>Terms agreed</source>
        <translation>Умови погоджено</translation>
    </message>
    <message>
        <source>Contract received for signature</source>
        <translation>Договір отримано на підпис</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>Deal %1 (%2): %3</source>
        <translation>Угода %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>LeadLifecycle</name>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Received by SDR, questionnaire filled</source>
        <translation>Отримана SDR, анкету кваліфікації заповнено</translation>
    </message>
    <message>
        <source>Awaiting assignment to a sales rep</source>
        <translation>Очікує призначення менеджера</translation>
    </message>
    <message>
        <source>Received by the sales rep, awaiting action</source>
        <translation>Отримана менеджером із продажів, очікує дій</translation>
    </message>
    <message>
        <source>Discussing the client&apos;s tasks before a proposal</source>
        <translation>Обговорення задач клієнта перед підготовкою КП</translation>
    </message>
    <message>
        <source>Pre-sale brief sent and filled by the client</source>
        <translation>Pre-sale бриф надіслано й заповнено клієнтом</translation>
    </message>
    <message>
        <source>Proposal being prepared and agreed</source>
        <translation>Підготовка та погодження КП</translation>
    </message>
    <message>
        <source>Contract agreed and paid</source>
        <translation>Погодження договору та оплата</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конверсія заявки</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дискваліфікована</translation>
    </message>
    <message>
        <source>Routed to a partner</source>
        <translation>Передана партнеру</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачена</translation>
    </message>
    <message>
        <source>The lead is closed (%1); it cannot move any more.</source>
        <translation>Заявку закрито (%1), змінювати її статус більше не можна.</translation>
    </message>
    <message>
        <source>A lead cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Заявку не можна перевести з «%1» до «%2».</translation>
    </message>
    <message>
        <source>Say why the lead moves back to &quot;%1&quot; (a comment is required).</source>
        <translation>Вкажіть, чому заявка повертається до «%1» (коментар обов’язковий).</translation>
    </message>
    <message>
        <source>Fill in the qualification questionnaire before the lead becomes an MQL.</source>
        <translation>Заповніть анкету кваліфікації, перш ніж заявка стане MQL.</translation>
    </message>
    <message>
        <source>Give the reason the lead is disqualified.</source>
        <translation>Вкажіть причину дискваліфікації заявки.</translation>
    </message>
    <message>
        <source>Name the partner the lead is routed to.</source>
        <translation>Вкажіть партнера, якому передається заявка.</translation>
    </message>
    <message>
        <source>The partner&apos;s commission must be more than 0% and at most 100%.</source>
        <translation>Комісія партнера має бути більшою за 0% і не більшою за 100%.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Веб-домен</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Працівники</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очікувана дата закриття</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Connect to the team server</source>
        <translation>Підключення до командного сервера</translation>
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
        <translation>&amp;Запам’ятати в системному сховищі паролів</translation>
    </message>
    <message>
        <source>Connection to %1 cancelled.</source>
        <translation>Підключення до %1 скасовано.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Try again.</source>
        <translation>Сервер не прийняв цей пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The server did not accept the password for %1.</source>
        <translation>Сервер не прийняв пароль для %1.</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Нотатка не може бути порожньою.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Введіть ім’я або прізвище.</translation>
    </message>
    <message>
        <source>Email %1 is empty.</source>
        <translation>Адресу ел. пошти %1 не заповнено.</translation>
    </message>
    <message>
        <source>Email %1 &quot;%2&quot; is not a valid address (expected name@example.com).</source>
        <translation>Адреса ел. пошти %1 («%2») недійсна (очікуваний формат: name@example.com).</translation>
    </message>
    <message>
        <source>Phone %1 &quot;%2&quot; is not a phone number (5 to 20 digits, optionally +, spaces, brackets, dashes).</source>
        <translation>Телефон %1 («%2») не є номером телефону (від 5 до 20 цифр; допускаються +, пробіли, дужки й дефіси).</translation>
    </message>
    <message>
        <source>Say where the marketing consent was given.</source>
        <translation>Укажіть, де було надано згоду на маркетингові розсилки.</translation>
    </message>
    <message>
        <source>Say which version of the consent text was agreed to.</source>
        <translation>Укажіть версію тексту згоди, яку прийняв контакт.</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation>Введіть назву компанії.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web domain (expected example.com).</source>
        <translation>«%1» не є веб-доменом (очікуваний формат: example.com).</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Кількість працівників не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Введіть назву угоди.</translation>
    </message>
    <message>
        <source>The deal value cannot be negative.</source>
        <translation>Сума угоди не може бути від’ємною.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>«%1» не є кодом валюти (три великі латинські літери, наприклад EUR).</translation>
    </message>
    <message>
        <source>Choose a stage.</source>
        <translation>Виберіть етап.</translation>
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
        <translation>невідомо</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Web domain:</source>
        <translation>Веб-&amp;домен:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Галузь:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Кількість працівників:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Но&amp;татки:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Select a company on the left, or press Ctrl+N to add one.</source>
        <translation>Виберіть компанію ліворуч або натисніть Ctrl+N, щоб додати нову.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакти (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Угоди (%1)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Нова компанія</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>видалення компанії %1</translation>
    </message>
</context>
<context>
    <name>loopline::ContactEditor</name>
    <message>
        <source>Work</source>
        <translation>Робочий</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Особистий</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інший</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобільний</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашній</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0000</source>
        <translation>+380 44 123 45 67</translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation>Надано згоду на маркетингові розсилки</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Почніть вводити назву компанії</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Лендинг</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соціальна мережа</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Blog article</source>
        <translation>Стаття в блозі</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Виставка</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Через кому, наприклад: vip, newsletter</translation>
    </message>
    <message>
        <source>Where: web form, booth, email reply…</source>
        <translation>Де: вебформа, стенд, відповідь на лист…</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>наприклад, 2026-01</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>По&amp;сада:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компанія:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Телефони:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Згода на маркетингові розсилки</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дата згоди:</translation>
    </message>
    <message>
        <source>Consent s&amp;ource:</source>
        <translation>Джерело &amp;згоди:</translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation>Ве&amp;рсія тексту згоди:</translation>
    </message>
    <message>
        <source>Select a contact on the left, or press Ctrl+N to add one.</source>
        <translation>Виберіть контакт ліворуч або натисніть Ctrl+N, щоб додати новий.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не надано</translation>
    </message>
    <message>
        <source>when saved</source>
        <translation>під час збереження</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новий контакт</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>видалення контакту %1</translation>
    </message>
</context>
<context>
    <name>loopline::DealEditor</name>
    <message>
        <source>Expected to close on</source>
        <translation>Очікувана дата закриття</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Почніть вводити назву компанії</translation>
    </message>
    <message>
        <source>Type a name to add a contact</source>
        <translation>Введіть ім’я, щоб додати контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компанія:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>Конт&amp;акти:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>Закриття:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Но&amp;татки:</translation>
    </message>
    <message>
        <source>Select a deal on the left, or press Ctrl+N to add one.</source>
        <translation>Виберіть угоду ліворуч або натисніть Ctrl+N, щоб додати нову.</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>видалення угоди %1</translation>
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
        <translation>Додати ще</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Видалити вибраний запис</translation>
    </message>
</context>
<context>
    <name>loopline::ListPage</name>
    <message>
        <source>Search %1 (Ctrl+F)…</source>
        <translation>Пошук: %1 (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Будь-яке поле</translation>
    </message>
    <message>
        <source>Filter by a field</source>
        <translation>Фільтр за полем</translation>
    </message>
    <message>
        <source>starts with…</source>
        <translation>починається з…</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>Не вдалося прочитати список</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No %1 match&lt;/h3&gt;&lt;p&gt;Nothing matches “%2”. Try fewer or shorter words, or press Esc in the search box to see everything.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Нічого не знайдено (%1)&lt;/h3&gt;&lt;p&gt;Немає збігів для «%2». Спробуйте ввести менше слів або коротші слова чи натисніть Esc у полі пошуку, щоб побачити всі записи.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1: є незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Цей запис</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалення</translation>
    </message>
    <message>
        <source>Delete “%1”?

You can undo this with Ctrl+Z.</source>
        <translation>Видалити «%1»?

Цю дію можна скасувати за допомогою Ctrl+Z.</translation>
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
        <translation>Локальна база даних: %1</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Командний сервер: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>Контактів: %1</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Контактів поки немає</translation>
    </message>
    <message>
        <source>Add the first one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).&lt;br&gt;To explore Loopline with sample data, start it once with &lt;code&gt;--demo 1000&lt;/code&gt;.</source>
        <translation>Додайте перший контакт кнопкою &lt;b&gt;Створити&lt;/b&gt; (Ctrl+N).&lt;br&gt;Щоб ознайомитися з Loopline на демонстраційних даних, запустіть програму один раз із параметром &lt;code&gt;--demo 1000&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компанії</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>Компаній: %1</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Компаній поки немає</translation>
    </message>
    <message>
        <source>Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N); then link contacts and deals to it.</source>
        <translation>Додайте компанію кнопкою &lt;b&gt;Створити&lt;/b&gt; (Ctrl+N), а потім пов’яжіть із нею контакти та угоди.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>Угод: %1</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Угод поки немає</translation>
    </message>
    <message>
        <source>A deal is a prospect with a serious chance of business soon. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).</source>
        <translation>Угода — це потенційний продаж із реальними шансами на швидке укладення. Додайте угоду кнопкою &lt;b&gt;Створити&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новий запис (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Зберегти запис (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved: see the message above the form.</source>
        <translation>Не збережено: див. повідомлення над формою.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Delete the record (Ctrl+Del, or Del in the list)</source>
        <translation>Видалити запис (Ctrl+Del або Del у списку)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна панель</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Loopline</source>
        <translation>&amp;Про Loopline</translation>
    </message>
    <message>
        <source>About Loopline</source>
        <translation>Про Loopline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loopline %1&lt;/h3&gt;&lt;p&gt;One record from the first touch to the won or lost deal, shared by marketing and sales.&lt;/p&gt;&lt;p&gt;Database: %2 (schema %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopline %1&lt;/h3&gt;&lt;p&gt;Єдиний запис — від першого контакту до виграної чи програної угоди — спільний для маркетингу та продажів.&lt;/p&gt;&lt;p&gt;База даних: %2 (схема %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>loopline::RecordEditor</name>
    <message>
        <source>There is no company named &quot;%1&quot;. Pick one from the list, or create it under Companies first.</source>
        <translation>Компанії з назвою «%1» немає. Виберіть компанію зі списку або спочатку створіть її в розділі «Компанії».</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не виконано</translation>
    </message>
</context>
<context>
    <name>loopline::TimelineWidget</name>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Історія&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write a note and press Enter…</source>
        <translation>Напишіть нотатку й натисніть Enter…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Тут поки нічого немає.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Нотатку не збережено</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loopline — the CRM that closes the loop between marketing and sales.</source>
        <translation>Loopline — CRM-система, яка замикає цикл між маркетингом і продажами.</translation>
    </message>
    <message>
        <source>Open the SQLite database at &lt;path&gt;.</source>
        <translation>Відкрити базу даних SQLite за шляхом &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open the team database on a PostgreSQL server, postgresql://user@host:port/dbname. The password is asked for.</source>
        <translation>Відкрити командну базу даних на сервері PostgreSQL: postgresql://user@host:port/dbname. Пароль буде запитано.</translation>
    </message>
    <message>
        <source>Add &lt;n&gt; demo contacts with companies and deals.</source>
        <translation>Додати &lt;n&gt; демонстраційних контактів із компаніями та угодами.</translation>
    </message>
    <message>
        <source>Render the window to &lt;file.png&gt; and exit.</source>
        <translation>Зберегти зображення вікна у &lt;file.png&gt; і завершити роботу.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Розмір вікна для --screenshot, наприклад 1280x800.</translation>
    </message>
    <message>
        <source>Screen to show: contacts, companies or deals.</source>
        <translation>Розділ під час запуску: contacts, companies або deals.</translation>
    </message>
    <message>
        <source>Language: en, ru or uk (default: the system&apos;s).</source>
        <translation>Мова: en, ru або uk (типово — мова системи).</translation>
    </message>
    <message>
        <source>Name recorded as owner and author of changes.</source>
        <translation>Ім’я, що записується як відповідальний і автор змін.</translation>
    </message>
    <message>
        <source>Give either --db or --server, not both.</source>
        <translation>Укажіть або --db, або --server, але не обидва одночасно.</translation>
    </message>
    <message>
        <source>--demo takes a number of contacts from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>Для --demo потрібно вказати кількість контактів від 0 до 10000000, а не «%1».</translation>
    </message>
    <message>
        <source>--view must be contacts, companies or deals, not &quot;%1&quot;.</source>
        <translation>Значення --view має бути contacts, companies або deals, а не «%1».</translation>
    </message>
    <message>
        <source>--size must look like 1280x800.</source>
        <translation>Значення --size має мати вигляд 1280x800.</translation>
    </message>
    <message>
        <source>--lang must be en, ru or uk, not &quot;%1&quot;.</source>
        <translation>Значення --lang має бути en, ru або uk, а не «%1».</translation>
    </message>
    <message>
        <source>Creating %1 demo contacts…</source>
        <translation>Створення демонстраційних контактів (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдалося відкрити базу даних</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстраційні дані</translation>
    </message>
</context>
</TS>
