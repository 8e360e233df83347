<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Backups</name>
    <message>
        <source>Only a local database is backed up by Loopline; the team server is backed up by its administrator.</source>
        <translation>Loopline делает резервные копии только локальной базы; сервер команды копирует его администратор.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>Не удаётся создать папку резервных копий «%1».</translation>
    </message>
    <message>
        <source>Cannot write a backup to &quot;%1&quot;: %2</source>
        <translation>Не удаётся записать резервную копию в «%1»: %2</translation>
    </message>
    <message>
        <source>the file could not be renamed to &quot;%1&quot;.</source>
        <translation>файл не удалось переименовать в «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist or is empty.</source>
        <translation>«%1» не существует или пуст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>«%1» не читается: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database (it is not an SQLite file).</source>
        <translation>«%1» — не база Loopline (это не файл SQLite).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>«%1» не открывается: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>«%1» повреждён: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database.</source>
        <translation>«%1» — не база Loopline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Loopline (schema %2).</source>
        <translation>«%1» создан более новой версией Loopline (схема %2).</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1 Nothing was changed.</source>
        <translation>Эту резервную копию нельзя восстановить: %1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Не удаётся скопировать резервную копию рядом с «%1». Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of &quot;%1&quot; before restoring. Nothing was changed.</source>
        <translation>Не удаётся сохранить копию «%1» перед восстановлением. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of &quot;%1&quot;: %2</source>
        <translation>Не удаётся поставить резервную копию на место «%1»: %2</translation>
    </message>
</context>
<context>
    <name>BoothCapture</name>
    <message>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <source>Choose the event the booth is at.</source>
        <translation>Выберите мероприятие, на котором работает стенд.</translation>
    </message>
    <message>
        <source>Set the version of the consent text shown at the booth.</source>
        <translation>Укажите версию текста согласия, который показывают на стенде.</translation>
    </message>
    <message>
        <source>Booth at %1</source>
        <translation>Стенд: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Укажите название кампании.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a currency code.</source>
        <translation>Валюта: «%1» не является кодом валюты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation>Дата окончания «%1» раньше даты начала.</translation>
    </message>
    <message>
        <source>The figures of &quot;%1&quot; cannot be negative.</source>
        <translation>Показатели «%1» не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>There is already a campaign called &quot;%1&quot;.</source>
        <translation>Кампания «%1» уже существует.</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>Кампания создана</translation>
    </message>
    <message>
        <source>The campaign was deleted by someone else.</source>
        <translation>Кампанию удалил другой пользователь.</translation>
    </message>
</context>
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
    <name>ChartBuilder</name>
    <message>
        <source>Won and lost deals by month</source>
        <translation>Выигранные и проигранные сделки по месяцам</translation>
    </message>
    <message>
        <source>Won and lost deals by rep</source>
        <translation>Выигранные и проигранные сделки по менеджерам</translation>
    </message>
    <message>
        <source>Won and lost deals by lead source</source>
        <translation>Выигранные и проигранные сделки по источникам лидов</translation>
    </message>
    <message>
        <source>Won and lost deals by campaign</source>
        <translation>Выигранные и проигранные сделки по кампаниям</translation>
    </message>
    <message>
        <source>Won and lost deals by segment</source>
        <translation>Выигранные и проигранные сделки по сегментам</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Причины проигрыша сделок</translation>
    </message>
    <message>
        <source>Competitors in closed deals</source>
        <translation>Конкуренты в закрытых сделках</translation>
    </message>
    <message>
        <source>Lead funnel</source>
        <translation>Воронка лидов</translation>
    </message>
    <message>
        <source>Deal funnel: how far deals got</source>
        <translation>Воронка сделок: докуда дошли сделки</translation>
    </message>
    <message>
        <source>Campaigns and events: cost against won revenue</source>
        <translation>Кампании и мероприятия: затраты и выручка от выигранных сделок</translation>
    </message>
    <message>
        <source>Campaign plan against actual</source>
        <translation>План и факт кампании</translation>
    </message>
    <message>
        <source>SDRs: first response within the SLA</source>
        <translation>SDR: первый ответ в пределах SLA</translation>
    </message>
    <message>
        <source>Sales reps: won revenue</source>
        <translation>Менеджеры: выручка от выигранных сделок</translation>
    </message>
    <message>
        <source>Forecast for the next six months</source>
        <translation>Прогноз на ближайшие шесть месяцев</translation>
    </message>
    <message>
        <source>Collateral: win rate with and without it</source>
        <translation>Маркетинговые материалы: доля побед с ними и без них</translation>
    </message>
    <message>
        <source>No closed deals in this period</source>
        <translation>За этот период нет закрытых сделок</translation>
    </message>
    <message>
        <source>No lost deals in this period</source>
        <translation>За этот период нет проигранных сделок</translation>
    </message>
    <message>
        <source>No competitors named in this period</source>
        <translation>За этот период конкуренты не указаны</translation>
    </message>
    <message>
        <source>No leads arrived in this period</source>
        <translation>За этот период лиды не поступали</translation>
    </message>
    <message>
        <source>No deals were created in this period</source>
        <translation>За этот период сделки не создавались</translation>
    </message>
    <message>
        <source>No campaigns ran in this period</source>
        <translation>В этот период кампаний не было</translation>
    </message>
    <message>
        <source>No campaign with a plan ran in this period</source>
        <translation>В этот период не было кампаний с планом</translation>
    </message>
    <message>
        <source>No leads were taken in this period</source>
        <translation>За этот период лиды не брались в работу</translation>
    </message>
    <message>
        <source>No leads or closed deals of reps in this period</source>
        <translation>За этот период у менеджеров нет лидов и закрытых сделок</translation>
    </message>
    <message>
        <source>No open deals with an expected close date</source>
        <translation>Нет открытых сделок с ожидаемой датой закрытия</translation>
    </message>
    <message>
        <source>No collateral was sent to the deals closed in this period</source>
        <translation>По сделкам, закрытым за этот период, материалы не отправлялись</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>млн %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>тыс. %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Won value, %1</source>
        <translation>Сумма выигранных, %1</translation>
    </message>
    <message>
        <source>%1: %2 won (%3), %4 lost</source>
        <translation>%1: выиграно %2 (%3), проиграно %4</translation>
    </message>
    <message>
        <source>Deals won in %1</source>
        <translation>Сделки, выигранные в течение %1</translation>
    </message>
    <message>
        <source>Deals lost in %1</source>
        <translation>Сделки, проигранные в течение %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(без ответственного)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(без кампании)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <source>%1 — %2 % won</source>
        <translation>%1 — %2 % побед</translation>
    </message>
    <message>
        <source>Deals won — %1</source>
        <translation>Выигранные сделки — %1</translation>
    </message>
    <message>
        <source>Deals lost — %1</source>
        <translation>Проигранные сделки — %1</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lost deal(s)</source>
        <translation>
            <numerusform>%1: %n проигранная сделка</numerusform>
            <numerusform>%1: %n проигранные сделки</numerusform>
            <numerusform>%1: %n проигранных сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Закрытые сделки</translation>
    </message>
    <message>
        <source>Won by us</source>
        <translation>Выиграли мы</translation>
    </message>
    <message>
        <source>Won by them</source>
        <translation>Выиграл конкурент</translation>
    </message>
    <message>
        <source>Lost to others</source>
        <translation>Проиграно другим</translation>
    </message>
    <message>
        <source>%1: in %2 closed deals, %3 won by us, %4 won by them (%5 % win rate)</source>
        <translation>%1: закрытых сделок — %2, выиграли мы — %3, выиграл конкурент — %4 (доля побед — %5 %)</translation>
    </message>
    <message>
        <source>Closed deals with %1</source>
        <translation>Закрытые сделки с конкурентом %1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Went on from the step before</source>
        <translation>Перешли с предыдущего шага</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n сделка</numerusform>
            <numerusform>%1: %n сделки</numerusform>
            <numerusform>%1: %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation>
            <numerusform>%1: %n лид</numerusform>
            <numerusform>%1: %n лида</numerusform>
            <numerusform>%1: %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of those at “%2” got here</source>
        <translation>%1 % от дошедших до «%2»</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>Сделки, дошедшие до «%1»</translation>
    </message>
    <message>
        <source>Leads that reached “%1”</source>
        <translation>Лиды, дошедшие до «%1»</translation>
    </message>
    <message>
        <source>Cost, %1</source>
        <translation>Затраты, %1</translation>
    </message>
    <message>
        <source>Won revenue, %1</source>
        <translation>Выручка, %1</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>%1 — ROI %2 %</source>
        <translation>%1 — ROI %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%1: cost %2, won %3 from %n lead(s)</source>
        <translation>
            <numerusform>%1: затраты %2, выручка %3 от %n лида</numerusform>
            <numerusform>%1: затраты %2, выручка %3 от %n лидов</numerusform>
            <numerusform>%1: затраты %2, выручка %3 от %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads of %1</source>
        <translation>Лиды: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Actual, % of plan</source>
        <translation>Факт, % от плана</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Посещения сайта</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>%1: %2 against a plan of %3 (%4 %)</source>
        <translation>%1: %2 при плане %3 (%4 %)</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Стоимость контакта</translation>
    </message>
    <message>
        <source>Cost per visit</source>
        <translation>Стоимость посещения</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>Cost per MQL</source>
        <translation>Стоимость MQL</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Стоимость выигранной сделки</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% от плана</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Leads taken</source>
        <translation>Взято лидов</translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>В пределах SLA</translation>
    </message>
    <message>
        <source>Share within the SLA</source>
        <translation>Доля в пределах SLA</translation>
    </message>
    <message>
        <source>Average first response, minutes</source>
        <translation>Среднее время первого ответа, мин</translation>
    </message>
    <message>
        <source>Bonus, %1</source>
        <translation>Бонус, %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>%1 — %2 min on average</source>
        <translation>%1 — в среднем %2 мин</translation>
    </message>
    <message>
        <source>%1: %2 leads taken, %3 % within the SLA; bonus %4</source>
        <translation>%1: взято лидов — %2, в пределах SLA — %3 %; бонус %4</translation>
    </message>
    <message>
        <source>Leads taken by %1</source>
        <translation>Лиды, взятые в работу: %1</translation>
    </message>
    <message>
        <source>Converted leads</source>
        <translation>Конвертированные лиды</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Average deal, %1</source>
        <translation>Средняя сделка, %1</translation>
    </message>
    <message>
        <source>Customer lifetime, months</source>
        <translation>Срок жизни клиента, мес.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n won</source>
        <translation>
            <numerusform>%1 — %n победа</numerusform>
            <numerusform>%1 — %n победы</numerusform>
            <numerusform>%1 — %n побед</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 won, %3 lost; won %4, average deal %5; customers stay %6 months; %7 % of leads converted</source>
        <translation>%1: выиграно %2, проиграно %3; выручка %4, средняя сделка %5; клиенты остаются %6 мес.; конвертировано %7 % лидов</translation>
    </message>
    <message>
        <source>Deals won by %1</source>
        <translation>Выигранные сделки: %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Expected, %1</source>
        <translation>Ожидаемая сумма, %1</translation>
    </message>
    <message>
        <source>Unweighted pipeline, %1</source>
        <translation>Воронка без взвешивания, %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемая сумма</translation>
    </message>
    <message>
        <source>Unweighted</source>
        <translation>Без взвешивания</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 expected from %n open deal(s), %3 unweighted</source>
        <translation>
            <numerusform>В течение %1 ожидается %2 от %n открытой сделки, без взвешивания — %3</numerusform>
            <numerusform>В течение %1 ожидается %2 от %n открытых сделок, без взвешивания — %3</numerusform>
            <numerusform>В течение %1 ожидается %2 от %n открытых сделок, без взвешивания — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>Открытые сделки с закрытием в течение %1</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Closed deals it was sent to</source>
        <translation>Закрытые сделки с материалом</translation>
    </message>
    <message>
        <source>Won with it</source>
        <translation>Выиграно с материалом</translation>
    </message>
    <message>
        <source>Win rate with it</source>
        <translation>Доля побед с материалом</translation>
    </message>
    <message>
        <source>Closed deals without it</source>
        <translation>Закрытые сделки без материала</translation>
    </message>
    <message>
        <source>Won without it</source>
        <translation>Выиграно без материала</translation>
    </message>
    <message>
        <source>Win rate without it</source>
        <translation>Доля побед без материала</translation>
    </message>
    <message>
        <source>Win rate with it, %</source>
        <translation>Доля побед с материалом, %</translation>
    </message>
    <message>
        <source>Win rate without it, %</source>
        <translation>Доля побед без материала, %</translation>
    </message>
    <message>
        <source>%1: %2 % won of %3 closed deals it was sent to, %4 % of the %5 others</source>
        <translation>%1: с материалом выиграно %2 % из %3 закрытых сделок, без него — %4 % из %5</translation>
    </message>
    <message>
        <source>Closed deals sent “%1”</source>
        <translation>Закрытые сделки, по которым отправлен «%1»</translation>
    </message>
    <message>
        <source>% of closed deals won</source>
        <translation>Выиграно, % закрытых сделок</translation>
    </message>
    <message>
        <source>(not from a lead)</source>
        <translation>(не из лида)</translation>
    </message>
</context>
<context>
    <name>CollateralStore</name>
    <message>
        <source>Brochure</source>
        <translation>Буклет</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Collateral needs a title.</source>
        <translation>Укажите название материала.</translation>
    </message>
    <message>
        <source>The stage of &quot;%1&quot; was deleted by someone else; choose another one.</source>
        <translation>Этап материала «%1» удалил другой пользователь; выберите другой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else; it cannot be saved.</source>
        <translation>Материал «%1» удалил другой пользователь, сохранить его невозможно.</translation>
    </message>
    <message>
        <source>The collateral was deleted by someone else.</source>
        <translation>Материал удалил другой пользователь.</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Сделку удалил другой пользователь.</translation>
    </message>
    <message>
        <source>The collateral was deleted by someone else; choose it again.</source>
        <translation>Материал удалил другой пользователь; выберите материал заново.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; it is no longer sent.</source>
        <translation>Материал «%1» находится в архиве и больше не отправляется.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Отправлен материал: %1</translation>
    </message>
    <message>
        <source>No longer counted as sent: %1</source>
        <translation>Больше не считается отправленным: %1</translation>
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
    <name>CompetitorStore</name>
    <message>
        <source>A competitor needs a name.</source>
        <translation>Укажите название конкурента.</translation>
    </message>
    <message>
        <source>There is already a competitor called &quot;%1&quot;.</source>
        <translation>Конкурент «%1» уже существует.</translation>
    </message>
    <message>
        <source>The competitor was deleted by someone else; it cannot be saved.</source>
        <translation>Конкурента удалил другой пользователь, сохранить его невозможно.</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Сделку удалил другой пользователь.</translation>
    </message>
    <message>
        <source>A competitor of this deal was deleted by someone else; pick it again.</source>
        <translation>Одного из конкурентов этой сделки удалил другой пользователь; выберите конкурента заново.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>This conflict is no longer there.</source>
        <translation>Этого конфликта больше нет.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be set from the conflict list.</source>
        <translation>Поле «%1» нельзя изменить из списка конфликтов.</translation>
    </message>
    <message>
        <source>The record of this conflict has been deleted; there is nothing to change.</source>
        <translation>Запись этого конфликта удалена; менять нечего.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
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
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
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
        <translation>Ожидаемое закрытие</translation>
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
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>The server %1 did not accept the user name &quot;%2&quot; with that password.</source>
        <translation>Сервер %1 не принял имя пользователя «%2» с этим паролем.</translation>
    </message>
    <message>
        <source>The server %1 does not answer. Check the host name and port, and that you are online; on a laptop you can go on working on your replica.</source>
        <translation>Сервер %1 не отвечает. Проверьте имя хоста и порт и подключение к сети; на ноутбуке можно продолжать работу с репликой.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made: the server does not offer TLS, or its certificate does not match the CA file or the host name.</source>
        <translation>Не удалось установить защищённое (TLS) соединение с %1: сервер не поддерживает TLS или его сертификат не соответствует файлу CA или имени хоста.</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;.</source>
        <translation>На сервере %1 нет базы данных «%2».</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
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
    <name>ContactImporter</name>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Pipedrive</source>
        <translation>Pipedrive</translation>
    </message>
    <message>
        <source>amoCRM</source>
        <translation>amoCRM</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Loopline</source>
        <translation>Loopline</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
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
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Другая эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
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
        <source>Company website</source>
        <translation>Веб-сайт компании</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
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
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на маркетинговые рассылки</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>No column is imported as a name. Choose the column that holds the full name, or the first or last name.</source>
        <translation>Ни один столбец не импортируется как имя. Выберите столбец с полным именем либо с именем или фамилией.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>not recorded (imported)</source>
        <translation>не указана (импорт)</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>В строке %n поле, а в заголовке — %1.</numerusform>
            <numerusform>В строке %n поля, а в заголовке — %1.</numerusform>
            <numerusform>В строке %n полей, а в заголовке — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» не является адресом эл. почты (ожидаемый формат: name@example.com).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be dialled (region %2).</source>
        <translation>«%1» не является номером телефона, по которому можно позвонить (регион %2).</translation>
    </message>
    <message>
        <source>“%1” is not a web site or domain (expected example.com).</source>
        <translation>«%1» не является веб-сайтом или доменом (ожидаемый формат: example.com).</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected for example 2024-03-31, 31.03.2024 or 03/31/2024).</source>
        <translation>«%1» не является датой (ожидается, например, 2024-03-31, 31.03.2024 или 03/31/2024).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» не означает ни «да», ни «нет».</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>В строке нет имени.</translation>
    </message>
    <message>
        <source>Row %1, line %2: %3</source>
        <translation>Строка %1 (строка файла %2): %3</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>В файле есть заголовок, но нет строк.</translation>
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
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Unticked on the contact form</source>
        <translation>Флажок снят в карточке контакта</translation>
    </message>
    <message>
        <source>%1 was erased at their request and cannot be brought back.</source>
        <translation>Данные контакта %1 стёрты по его просьбе, восстановить их нельзя.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>column %1 is not valid UTF-8 text. Choose the file&apos;s encoding (for example Windows-1251) or save it again as CSV UTF-8.</source>
        <translation>текст в столбце %1 не является корректным UTF-8. Выберите кодировку файла (например, Windows-1251) или пересохраните его в формате CSV UTF-8.</translation>
    </message>
    <message>
        <source>a quoted field in column %1 never ends; a closing quote (&quot;) is missing.</source>
        <translation>поле в кавычках в столбце %1 не закрыто: нет закрывающей кавычки (&quot;).</translation>
    </message>
    <message>
        <source>the file holds binary data (a NUL byte); it is not a CSV file.</source>
        <translation>файл содержит двоичные данные (байт NUL), это не CSV-файл.</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB; the file is probably not CSV, or a quote is missing.</source>
        <translation>запись длиннее %1 МиБ: вероятно, это не CSV-файл или пропущена кавычка.</translation>
    </message>
    <message>
        <source>text follows the closing quote in column %1; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>в столбце %1 после закрывающей кавычки идёт текст; кавычку внутри поля в кавычках нужно удваивать (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB; the file is probably not CSV.</source>
        <translation>запись длиннее %1 МиБ: вероятно, это не CSV-файл.</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» не является кодом валюты.</translation>
    </message>
    <message>
        <source>The rate for %1 must be above zero.</source>
        <translation>Курс для %1 должен быть больше нуля.</translation>
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
    <message>
        <source>The team database on %1 is an older Loopline database (schema %2; this version needs %3). Ask your administrator to upgrade it with loopline --init-server.</source>
        <translation>Командная база на %1 — более старая база Loopline (схема %2; этой версии нужна %3). Попросите администратора обновить её командой loopline --init-server.</translation>
    </message>
</context>
<context>
    <name>DealClosing</name>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Сделку удалил другой пользователь.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already closed (%2); reopen it before closing it again.</source>
        <translation>Сделка «%1» уже закрыта (%2); возобновите её, прежде чем закрывать снова.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Выберите причину проигрыша сделки.</translation>
    </message>
    <message>
        <source>There is no loss reason &quot;%1&quot;; choose another one.</source>
        <translation>Причины проигрыша «%1» не существует; выберите другую.</translation>
    </message>
    <message>
        <source>The loss reason &quot;%1&quot; is archived; choose another one.</source>
        <translation>Причина проигрыша «%1» находится в архиве; выберите другую.</translation>
    </message>
    <message>
        <source>The final amount cannot be negative.</source>
        <translation>Итоговая сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was closed by someone else meanwhile.</source>
        <translation>Сделку «%1» тем временем закрыл другой пользователь.</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Выиграна: %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Дата закрытия: %1</translation>
    </message>
    <message>
        <source>Name the competitor that won &quot;%1&quot;.</source>
        <translation>Укажите конкурента, который выиграл сделку «%1».</translation>
    </message>
    <message>
        <source>The competitor was deleted by someone else; choose it again.</source>
        <translation>Конкурента удалил другой пользователь; выберите конкурента заново.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Проиграна: %1</translation>
    </message>
    <message>
        <source>Won by: %1</source>
        <translation>Победитель: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open already.</source>
        <translation>Сделка «%1» уже открыта.</translation>
    </message>
    <message>
        <source>Reopened (was %1)</source>
        <translation>Возобновлена (прежний статус: %1)</translation>
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
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>A deal is marked won or lost with Won… or Lost…, not by saving the form: they record the final amount or why it was lost.</source>
        <translation>Сделка отмечается как выигранная или проигранная кнопками «Выиграна…» и «Проиграна…», а не сохранением формы: они записывают итоговую сумму или причину проигрыша.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; use Reopen to make it open again.</source>
        <translation>Сделка «%1» в статусе «%2»; чтобы снова открыть её, нажмите «Возобновить».</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Сделку удалил другой пользователь.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is closed (%2); reopen it before moving it to another stage.</source>
        <translation>Сделка «%1» закрыта (%2); возобновите её, прежде чем переносить на другой этап.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Call about the proposal</source>
        <translation>Созвониться по коммерческому предложению</translation>
    </message>
    <message>
        <source>Check the contract was signed</source>
        <translation>Проверить, подписан ли договор</translation>
    </message>
    <message>
        <source>Call to agree the next step</source>
        <translation>Созвониться и согласовать следующий шаг</translation>
    </message>
    <message>
        <source>Send the case study</source>
        <translation>Отправить кейс</translation>
    </message>
    <message>
        <source>Book the needs assessment</source>
        <translation>Назначить встречу для оценки потребностей</translation>
    </message>
    <message>
        <source>Send the revised proposal</source>
        <translation>Отправить доработанное коммерческое предложение</translation>
    </message>
    <message>
        <source>Loopline at a glance</source>
        <translation>Loopline: коротко о главном</translation>
    </message>
    <message>
        <source>Retail chain: 40 stores live in six weeks</source>
        <translation>Розничная сеть: 40 магазинов запущены за шесть недель</translation>
    </message>
    <message>
        <source>Manufacturer: a forecast the board trusts</source>
        <translation>Производитель: прогноз, которому доверяет совет директоров</translation>
    </message>
    <message>
        <source>State of B2B lead handling 2026</source>
        <translation>Обработка B2B-лидов в 2026 году</translation>
    </message>
    <message>
        <source>Price list 2026</source>
        <translation>Прайс-лист 2026</translation>
    </message>
    <message>
        <source>Integration guide</source>
        <translation>Руководство по интеграции</translation>
    </message>
    <message>
        <source>Retail chains</source>
        <translation>Розничные сети</translation>
    </message>
    <message>
        <source>Many stores and a small head office; leads from promotions get lost between marketing and the store managers.</source>
        <translation>Много магазинов и небольшой головной офис; лиды с промоакций теряются между маркетингом и директорами магазинов.</translation>
    </message>
    <message>
        <source>Price per store</source>
        <translation>Цена за магазин</translation>
    </message>
    <message>
        <source>Rollout time</source>
        <translation>Сроки внедрения</translation>
    </message>
    <message>
        <source>References from other chains</source>
        <translation>Рекомендации других сетей</translation>
    </message>
    <message>
        <source>Works offline</source>
        <translation>Работа без интернета</translation>
    </message>
    <message>
        <source>Manufacturers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>Long deals with several decision makers; sales need a forecast the board believes.</source>
        <translation>Долгие сделки с несколькими ЛПР; отделу продаж нужен прогноз, которому доверяет совет директоров.</translation>
    </message>
    <message>
        <source>Integration with the ERP</source>
        <translation>Интеграция с ERP</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Точность прогноза</translation>
    </message>
    <message>
        <source>Total cost over three years</source>
        <translation>Совокупная стоимость за три года</translation>
    </message>
    <message>
        <source>Vendor stability</source>
        <translation>Стабильность поставщика</translation>
    </message>
    <message>
        <source>Logistics companies</source>
        <translation>Логистические компании</translation>
    </message>
    <message>
        <source>Requests arrive by phone and e-mail at all hours; a slow answer loses the order.</source>
        <translation>Заявки приходят по телефону и электронной почте круглосуточно; медленный ответ — потерянный заказ.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>Telephony integration</source>
        <translation>Интеграция с телефонией</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Tech and media</source>
        <translation>IT и медиа</translation>
    </message>
    <message>
        <source>Marketing runs many campaigns and must show which of them paid off.</source>
        <translation>Маркетинг ведёт много кампаний и должен показывать, какие из них окупились.</translation>
    </message>
    <message>
        <source>Campaign ROI reports</source>
        <translation>Отчёты по ROI кампаний</translation>
    </message>
    <message>
        <source>API and integrations</source>
        <translation>API и интеграции</translation>
    </message>
    <message>
        <source>Ease of use</source>
        <translation>Простота использования</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>похожее имя в той же компании</translation>
    </message>
    <message>
        <source>same web domain</source>
        <translation>тот же веб-домен</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же название</translation>
    </message>
</context>
<context>
    <name>HandOffRouter</name>
    <message>
        <source>round-robin</source>
        <translation>по кругу</translation>
    </message>
    <message>
        <source>territory or segment, then round-robin</source>
        <translation>по территории или сегменту, затем по кругу</translation>
    </message>
    <message>
        <source>no rep covers this territory or segment; round-robin</source>
        <translation>за этой территорией или сегментом не закреплён ни один менеджер; по кругу</translation>
    </message>
    <message>
        <source>%1 Handed to sales; no active sales rep, so it waits for a manager to assign it.</source>
        <translation>%1 Передан в отдел продаж; активных менеджеров по продажам нет, поэтому лид ждёт, пока руководитель назначит ответственного.</translation>
    </message>
    <message>
        <source>%1 Assigned to %2 (%3).</source>
        <translation>%1 Назначен ответственный: %2 (%3).</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Связаться: %1</translation>
    </message>
    <message>
        <source>A trade-show lead goes to sales at once.</source>
        <translation>Лид с выставки сразу передаётся в отдел продаж.</translation>
    </message>
    <message>
        <source>Qualified and hot.</source>
        <translation>Квалифицирован и горячий.</translation>
    </message>
    <message>
        <source>Qualified and %1: goes to marketing to be nurtured.</source>
        <translation>Квалифицирован и %1: передаётся маркетингу на прогрев.</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>%1 has already been converted.</source>
        <translation>Лид %1 уже конвертирован.</translation>
    </message>
    <message>
        <source>%1 was routed to a partner; the partner makes the deal.</source>
        <translation>Лид %1 передан партнёру: сделку заключает партнёр.</translation>
    </message>
    <message>
        <source>Only a qualified lead (MQL or further) can be converted; %1 is &quot;%2&quot;.</source>
        <translation>Конвертировать можно только квалифицированный лид (MQL и далее); статус лида %1 — «%2».</translation>
    </message>
    <message>
        <source>linked to the lead</source>
        <translation>связь с лидом</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <source>the contact&apos;s company</source>
        <translation>компания контакта</translation>
    </message>
    <message>
        <source>same domain</source>
        <translation>тот же домен</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же название</translation>
    </message>
    <message>
        <source>The lead was deleted by someone else.</source>
        <translation>Лид удалил другой пользователь.</translation>
    </message>
    <message>
        <source>Company %1 reused (%2).</source>
        <translation>Использована существующая компания %1 (%2).</translation>
    </message>
    <message>
        <source>Company %1 created.</source>
        <translation>Создана компания %1.</translation>
    </message>
    <message>
        <source>Contact %1 reused (%2).</source>
        <translation>Использован существующий контакт %1 (%2).</translation>
    </message>
    <message>
        <source>Contact %1 created.</source>
        <translation>Создан контакт %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; created.</source>
        <translation>Создана сделка «%1».</translation>
    </message>
    <message>
        <source>Created from the lead %1 (source: %2).</source>
        <translation>Создана из лида %1 (источник: %2).</translation>
    </message>
    <message>
        <source>%1 has a contact with the same e-mail or phone; a manager can merge the two.</source>
        <translation>У %1 есть контакт с тем же e-mail или телефоном; руководитель может объединить их.</translation>
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
        <translation>Лид закрыт (%1), менять его статус больше нельзя.</translation>
    </message>
    <message>
        <source>A lead cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Лид нельзя перевести из «%1» в «%2».</translation>
    </message>
    <message>
        <source>Say why the lead moves back to &quot;%1&quot; (a comment is required).</source>
        <translation>Укажите, почему лид возвращается в «%1» (комментарий обязателен).</translation>
    </message>
    <message>
        <source>Fill in the qualification questionnaire before the lead becomes an MQL.</source>
        <translation>Заполните анкету квалификации, прежде чем лид станет MQL.</translation>
    </message>
    <message>
        <source>Give the reason the lead is disqualified.</source>
        <translation>Укажите причину дисквалификации лида.</translation>
    </message>
    <message>
        <source>Name the partner the lead is routed to.</source>
        <translation>Укажите партнёра, которому передаётся лид.</translation>
    </message>
    <message>
        <source>The partner&apos;s commission must be more than 0% and at most 100%.</source>
        <translation>Комиссия партнёра должна быть больше 0% и не больше 100%.</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>Buys within 3 months</source>
        <translation>Покупка в течение 3 месяцев</translation>
    </message>
    <message>
        <source>Buys in 3–6 months</source>
        <translation>Покупка через 3–6 месяцев</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; cannot be negative (it is %2).</source>
        <translation>Вес «%1» не может быть отрицательным (сейчас: %2).</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>The warm threshold must be above 0 (it is %1).</source>
        <translation>Порог для тёплых лидов должен быть больше 0 (сейчас: %1).</translation>
    </message>
    <message>
        <source>The hot threshold (%1) must be above the warm threshold (%2).</source>
        <translation>Порог для горячих лидов (%1) должен быть выше порога для тёплых (%2).</translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1: +%2</translation>
    </message>
    <message>
        <source>Score %1 ≥ %2: %3</source>
        <translation>Оценка %1 ≥ %2: %3</translation>
    </message>
    <message>
        <source>Score %1 &lt; %2: %3</source>
        <translation>Оценка %1 &lt; %2: %3</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>Задано вручную: %1</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>горячий</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>тёплый</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>холодный</translation>
    </message>
    <message>
        <source>Case study downloaded</source>
        <translation>Скачивание кейса</translation>
    </message>
    <message>
        <source>Email link clicked</source>
        <translation>Переход по ссылке из письма</translation>
    </message>
    <message>
        <source>Demo watched</source>
        <translation>Просмотр демо</translation>
    </message>
    <message>
        <source>Talked at the booth</source>
        <translation>Разговор на стенде</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Посещение сайта</translation>
    </message>
    <message>
        <source>Budget stated</source>
        <translation>Бюджет назван</translation>
    </message>
    <message>
        <source>Talks to the decision maker</source>
        <translation>Общается с ЛПР</translation>
    </message>
    <message>
        <source>Need described</source>
        <translation>Потребность описана</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Lead %1 (%2): %3</source>
        <translation>Лид %1 (%2): %3</translation>
    </message>
    <message>
        <source>A lead needs at least a name, an e-mail, a phone or a company.</source>
        <translation>Укажите для лида хотя бы имя, адрес эл. почты, телефон или компанию.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Эл. почта: «%1» не является адресом эл. почты.</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation>Телефон: «%1» не является номером телефона.</translation>
    </message>
    <message>
        <source>Choose where the lead came from.</source>
        <translation>Выберите, откуда пришёл лид.</translation>
    </message>
    <message>
        <source>The lead was deleted by someone else.</source>
        <translation>Лид удалил другой пользователь.</translation>
    </message>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation>Источника лидов «%1» не существует.</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Лид создан</translation>
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
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
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
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>%1 was already taken by %2.</source>
        <translation>Лид %1 уже в работе у %2.</translation>
    </message>
    <message>
        <source>%1 was already taken by someone else.</source>
        <translation>Лид %1 уже взял в работу кто-то другой.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Partner: %1, commission %2 %</source>
        <translation>Партнёр: %1, комиссия %2 %</translation>
    </message>
    <message>
        <source>The questionnaire version &quot;%1&quot; does not exist.</source>
        <translation>Версии анкеты «%1» не существует.</translation>
    </message>
    <message>
        <source>A signal&apos;s share must be between 1 and 100 %.</source>
        <translation>Доля сигнала должна быть от 1 до 100 %.</translation>
    </message>
    <message>
        <source>%1 was not routed to a partner.</source>
        <translation>Лид %1 не передавался партнёру.</translation>
    </message>
    <message>
        <source>The partner&apos;s deal amount cannot be negative.</source>
        <translation>Сумма сделки партнёра не может быть отрицательной.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» не является кодом валюты.</translation>
    </message>
    <message>
        <source>%1 reported a deal of %2; our commission is %3.</source>
        <translation>%1 сообщает о сделке на %2; наша комиссия — %3.</translation>
    </message>
    <message>
        <source>A lead source needs a name.</source>
        <translation>Укажите название источника лидов.</translation>
    </message>
    <message>
        <source>There is already a lead source called &quot;%1&quot;.</source>
        <translation>Источник лидов «%1» уже существует.</translation>
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
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Блог</translation>
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
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горячий</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Тёплый</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодный</translation>
    </message>
    <message>
        <source>With sales</source>
        <translation>В отделе продаж</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>Очередь SDR</translation>
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
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Не удаётся создать книгу.</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1”.</source>
        <translation>Не удаётся добавить лист «%1».</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Не удаётся записать %1: папка не существует.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: only contacts can be saved as vCard.</source>
        <translation>Не удаётся записать %1: в формате vCard можно сохранить только контакты.</translation>
    </message>
</context>
<context>
    <name>LossReasonStore</name>
    <message>
        <source>A loss reason needs a name.</source>
        <translation>Укажите название причины проигрыша.</translation>
    </message>
    <message>
        <source>There is already a loss reason called &quot;%1&quot;.</source>
        <translation>Причина проигрыша «%1» уже существует.</translation>
    </message>
    <message>
        <source>The loss reason was deleted by someone else.</source>
        <translation>Причину проигрыша удалил другой пользователь.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active loss reason; a lost deal needs at least one.</source>
        <translation>«%1» — последняя активная причина проигрыша; для проигранных сделок нужна хотя бы одна.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Product fit</source>
        <translation>Соответствие продукта</translation>
    </message>
    <message>
        <source>Lead quality</source>
        <translation>Качество лида</translation>
    </message>
    <message>
        <source>Seller&apos;s work</source>
        <translation>Работа продавца</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Ушёл к конкуренту</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Контакт нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>One of the contacts was deleted by someone else.</source>
        <translation>Один из контактов удалил другой пользователь.</translation>
    </message>
    <message>
        <source>Merged with the duplicate %1</source>
        <translation>Объединён с дубликатом %1</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile; the merge cannot be undone.</source>
        <translation>%1 тем временем удалён; объединение нельзя отменить.</translation>
    </message>
    <message>
        <source>A company cannot be merged with itself.</source>
        <translation>Компанию нельзя объединить с самой собой.</translation>
    </message>
    <message>
        <source>One of the companies was deleted by someone else.</source>
        <translation>Одну из компаний удалил другой пользователь.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Укажите название воронки.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>В воронке должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Укажите название этапа.</translation>
    </message>
    <message>
        <source>A stage&apos;s probability must be between 0 and 100 %.</source>
        <translation>Вероятность этапа должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;.</source>
        <translation>Воронки «%1» не существует.</translation>
    </message>
    <message>
        <source>The stage was deleted by someone else.</source>
        <translation>Этап удалил другой пользователь.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are in &quot;%1&quot;; move them to another stage first.</source>
        <translation>
            <numerusform>На этапе «%1» %n сделка; сначала переместите её на другой этап.</numerusform>
            <numerusform>На этапе «%1» %n сделки; сначала переместите их на другой этап.</numerusform>
            <numerusform>На этапе «%1» %n сделок; сначала переместите их на другой этап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals have passed through &quot;%1&quot;; it stays so their history keeps its meaning. Rename it instead.</source>
        <translation>Через этап «%1» уже проходили сделки; он сохраняется, чтобы их история не потеряла смысл. Вместо удаления переименуйте его.</translation>
    </message>
    <message>
        <source>A follow-up task needs a title.</source>
        <translation>Укажите название задачи для связи.</translation>
    </message>
    <message>
        <source>A follow-up task is due 0 to 365 days after the deal enters the stage.</source>
        <translation>Срок задачи для связи — от 0 до 365 дней после перехода сделки на этап.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Say where the consent was given.</source>
        <translation>Укажите, где было дано согласие.</translation>
    </message>
    <message>
        <source>Say how the consent was withdrawn.</source>
        <translation>Укажите, как было отозвано согласие.</translation>
    </message>
    <message>
        <source>Say which version of the consent text was agreed to.</source>
        <translation>Укажите версию текста согласия, которую принял контакт.</translation>
    </message>
    <message>
        <source>The contact was deleted by someone else.</source>
        <translation>Контакт удалил другой пользователь.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Данные стёрты</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>The budget the client has set aside for this purchase.</source>
        <translation>Бюджет, который клиент выделил на эту покупку.</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Does this person decide on the purchase, or have the decision maker&apos;s mandate?</source>
        <translation>Принимает ли этот человек решение о покупке или имеет полномочия от ЛПР?</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>The problem the client wants solved, in their words.</source>
        <translation>Задача, которую клиент хочет решить, — его словами.</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>When the client means to buy.</source>
        <translation>Когда клиент планирует покупку.</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>В течение месяца</translation>
    </message>
    <message>
        <source>In 1–3 months</source>
        <translation>Через 1–3 месяца</translation>
    </message>
    <message>
        <source>In 3–6 months</source>
        <translation>Через 3–6 месяцев</translation>
    </message>
    <message>
        <source>Later or unknown</source>
        <translation>Позже или неизвестно</translation>
    </message>
    <message>
        <source>BANT</source>
        <translation>BANT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>Поле «%1» обязательно для заполнения.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>Поле «%1» должно содержать текст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>Поле «%1» должно содержать число.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount of money.</source>
        <translation>Поле «%1» должно содержать денежную сумму.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be negative.</source>
        <translation>Значение поля «%1» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>В поле «%1» указана недопустимая дата (ожидаемый формат: ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>Поле «%1» должно содержать «да» или «нет».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of &quot;%2&quot;.</source>
        <translation>«%1» не входит в варианты ответа поля «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of its choices.</source>
        <translation>Значение поля «%1» должно быть списком из его вариантов ответа.</translation>
    </message>
    <message>
        <source>Enter a name for the questionnaire.</source>
        <translation>Введите название анкеты.</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Поле %1</translation>
    </message>
    <message>
        <source>Field %1 needs a label.</source>
        <translation>Укажите подпись поля %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a key.</source>
        <translation>Укажите ключ поля «%1».</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of &quot;%2&quot; may only hold small letters a–z, digits and _.</source>
        <translation>Ключ «%1» поля «%2» может содержать только строчные латинские буквы a–z, цифры и _.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used by two fields.</source>
        <translation>Ключ «%1» используется в двух полях.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least two different choices.</source>
        <translation>У поля «%1» должно быть не меньше двух разных вариантов ответа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or repeated choice.</source>
        <translation>У поля «%1» есть пустой или повторяющийся вариант ответа.</translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; cannot be removed from BANT.</source>
        <translation>Встроенное поле «%1» нельзя удалить из BANT.</translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; of BANT cannot change its type.</source>
        <translation>Тип встроенного поля BANT «%1» изменить нельзя.</translation>
    </message>
    <message>
        <source>The choices of the built-in field &quot;%1&quot; cannot be changed: the lead score reads them.</source>
        <translation>Варианты ответа встроенного поля «%1» изменить нельзя: по ним рассчитывается оценка лида.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>A questionnaire with the id &quot;%1&quot; already exists.</source>
        <translation>Анкета с идентификатором «%1» уже существует.</translation>
    </message>
    <message>
        <source>The questionnaire &quot;%1&quot; was deleted; it cannot be saved.</source>
        <translation>Анкета «%1» удалена, сохранить её невозможно.</translation>
    </message>
    <message>
        <source>The questionnaire &quot;%1&quot; was changed by someone else meanwhile (now version %2). Reopen it and make your changes again.</source>
        <translation>Анкету «%1» тем временем изменил другой пользователь (текущая версия — %2). Откройте её заново и внесите изменения ещё раз.</translation>
    </message>
    <message>
        <source>The built-in BANT questionnaire cannot be archived; it is used when no other fits.</source>
        <translation>Встроенную анкету BANT нельзя архивировать: она используется, когда не подходит ни одна другая.</translation>
    </message>
    <message>
        <source>There is no questionnaire &quot;%1&quot;.</source>
        <translation>Анкеты «%1» не существует.</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 сверх срока</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>Only a local (SQLite) database can be a replica of a team server.</source>
        <translation>Репликой командного сервера может быть только локальная база (SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already holds records of its own; a replica of a team server starts from an empty file.</source>
        <translation>Файл «%1» уже содержит собственные записи; реплика командного сервера начинается с пустого файла.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The segment was deleted by someone else.</source>
        <translation>Сегмент удалил другой пользователь.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Укажите название сегмента.</translation>
    </message>
    <message>
        <source>There is already a segment called &quot;%1&quot;.</source>
        <translation>Сегмент «%1» уже существует.</translation>
    </message>
    <message>
        <source>Criterion %1 needs a name.</source>
        <translation>Укажите название критерия %1.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be between 1 and 100 (it is %2).</source>
        <translation>Вес критерия «%1» должен быть от 1 до 100 (сейчас: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice among the criteria.</source>
        <translation>Критерий «%1» указан дважды.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n участник команды</numerusform>
            <numerusform>%n участника команды</numerusform>
            <numerusform>%n участников команды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of collateral</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n record(s) use it (%2). Archive it instead, so it is no longer offered.</source>
        <translation>
            <numerusform>Сегмент «%1» нельзя удалить: его использует %n запись (%2). Вместо этого архивируйте его, чтобы он больше не предлагался.</numerusform>
            <numerusform>Сегмент «%1» нельзя удалить: его используют %n записи (%2). Вместо этого архивируйте его, чтобы он больше не предлагался.</numerusform>
            <numerusform>Сегмент «%1» нельзя удалить: его используют %n записей (%2). Вместо этого архивируйте его, чтобы он больше не предлагался.</numerusform>
        </translation>
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
    <name>ServerSetup</name>
    <message>
        <source>Roles and row-level security exist only on a PostgreSQL server.</source>
        <translation>Роли и защита на уровне строк есть только на сервере PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>«%1» — не роль; роли: %2.</translation>
    </message>
    <message>
        <source>A user needs a login name.</source>
        <translation>Пользователю нужно имя для входа.</translation>
    </message>
    <message>
        <source>A login name cannot start or end with a space.</source>
        <translation>Имя для входа не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is too long (at most %2 bytes).</source>
        <translation>Имя для входа «%1» слишком длинное (не более %2 байт).</translation>
    </message>
    <message>
        <source>Login names starting with &quot;pg_&quot; are reserved by PostgreSQL.</source>
        <translation>Имена, начинающиеся с «pg_», зарезервированы PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of Loopline&apos;s group roles, not a login.</source>
        <translation>«%1» — групповая роль Loopline, а не учётная запись.</translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on the server.</source>
        <translation>На сервере нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a superuser of the server; Loopline does not change it.</source>
        <translation>«%1» — суперпользователь сервера; Loopline его не меняет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group role, not a login.</source>
        <translation>«%1» — групповая роль, а не учётная запись.</translation>
    </message>
    <message>
        <source>The server&apos;s roles are not set up yet: set up the server first.</source>
        <translation>Роли на сервере ещё не настроены: сначала настройте сервер.</translation>
    </message>
    <message>
        <source>The server&apos;s role definitions are missing from this build.</source>
        <translation>В этой сборке нет описаний ролей сервера.</translation>
    </message>
    <message>
        <source>The server&apos;s role definitions are damaged.</source>
        <translation>Описания ролей сервера повреждены.</translation>
    </message>
    <message>
        <source>The database is at schema %1; open it with this version of Loopline first, which brings it up to date.</source>
        <translation>База данных на схеме %1; сначала откройте её этой версией Loopline, она обновит базу.</translation>
    </message>
    <message>
        <source>Only the owner of the database&apos;s tables can set up the server&apos;s roles; connect as that login. Nothing was changed.</source>
        <translation>Настроить роли сервера может только владелец таблиц базы; подключитесь под этой учётной записью. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; exists already and is not a Loopline group role (it can log in). Nothing was changed.</source>
        <translation>Роль «%1» уже существует и не является групповой ролью Loopline (под ней можно войти). Ничего не изменено.</translation>
    </message>
    <message>
        <source>A user needs the name of the team member they are.</source>
        <translation>Для пользователя нужно указать, кто он в команде.</translation>
    </message>
    <message>
        <source>There is already a team member called &quot;%1&quot;.</source>
        <translation>В команде уже есть «%1».</translation>
    </message>
    <message>
        <source>The team member &quot;%1&quot; already has the login &quot;%2&quot;.</source>
        <translation>У участника команды «%1» уже есть учётная запись «%2».</translation>
    </message>
    <message>
        <source>No team member has the login &quot;%1&quot;.</source>
        <translation>Ни у кого в команде нет учётной записи «%1».</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The response time must be from 1 minute to 24 hours (1440 minutes).</source>
        <translation>Время ответа должно быть от 1 минуты до 24 часов (1440 минут).</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Неизвестный часовой пояс «%1».</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>This database is not a replica of a team server.</source>
        <translation>Эта база не является репликой командного сервера.</translation>
    </message>
    <message>
        <source>A replica syncs with a team server (PostgreSQL), not with another file.</source>
        <translation>Реплика синхронизируется с командным сервером (PostgreSQL), а не с другим файлом.</translation>
    </message>
    <message>
        <source>Your role on the team server does not allow this change.</source>
        <translation>Ваша роль на командном сервере не позволяет это изменение.</translation>
    </message>
    <message>
        <source>The server does not know the table &quot;%1&quot;.</source>
        <translation>Сервер не знает таблицу «%1».</translation>
    </message>
    <message>
        <source>The record key &quot;%1&quot; is not valid.</source>
        <translation>Ключ записи «%1» недопустим.</translation>
    </message>
    <message>
        <source>The record is not there or this login may not delete it.</source>
        <translation>Записи нет, или этой учётной записи нельзя её удалять.</translation>
    </message>
    <message>
        <source>The record is not there or this login may not change it.</source>
        <translation>Записи нет, или этой учётной записи нельзя её менять.</translation>
    </message>
    <message>
        <source>This login may not change the record.</source>
        <translation>Этой учётной записи нельзя менять запись.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Не удаётся записать %1: папка не существует.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1” to %2.</source>
        <translation>Не удаётся добавить лист «%1» в %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Укажите название задачи.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; needs a due date.</source>
        <translation>Укажите срок задачи «%1».</translation>
    </message>
    <message>
        <source>The task no longer exists; someone may have deleted it.</source>
        <translation>Задачи больше не существует; возможно, её кто-то удалил.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Укажите срок задачи.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Booth staff</source>
        <translation>Сотрудник стенда</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Укажите имя участника команды.</translation>
    </message>
    <message>
        <source>There is already a team member called &quot;%1&quot;.</source>
        <translation>Участник команды с именем «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of activity.</source>
        <translation>«%1» не является типом активности.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Опишите, что произошло.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file is larger than %1 MB; it was not read.</source>
        <translation>Файл больше %1 МБ; он не прочитан.</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line; it was read to the end of the file.</source>
        <translation>В карточке нет строки END:VCARD; она прочитана до конца файла.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>No vCard found: the file has no BEGIN:VCARD line.</source>
        <translation>Карточка vCard не найдена: в файле нет строки BEGIN:VCARD.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>Ещё %n проблема не показана.</numerusform>
            <numerusform>Ещё %n проблемы не показаны.</numerusform>
            <numerusform>Ещё %n проблем не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line is not a vCard property; it was skipped.</source>
        <translation>Строка не является свойством vCard; она пропущена.</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line; it ends where the next begins.</source>
        <translation>В карточке нет строки END:VCARD; она считается законченной там, где начинается следующая.</translation>
    </message>
    <message>
        <source>The card holds no data; it was skipped.</source>
        <translation>Карточка не содержит данных; она пропущена.</translation>
    </message>
    <message>
        <source>The value is not valid base64; it was read as written.</source>
        <translation>Значение не является корректным base64; оно прочитано как есть.</translation>
    </message>
    <message>
        <source>Unknown character set %1; the text was read as UTF-8.</source>
        <translation>Неизвестная кодировка %1; текст прочитан как UTF-8.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 as it claims; it was read as %1.</source>
        <translation>Текст помечен как UTF-8, но не является корректным UTF-8; он прочитан как %1.</translation>
    </message>
    <message>
        <source>The text is not UTF-8 and names no character set; it was read as %1.</source>
        <translation>Текст не в UTF-8, и кодировка не указана; он прочитан как %1.</translation>
    </message>
    <message>
        <source>Unknown vCard version %1; the card was read anyway.</source>
        <translation>Неизвестная версия vCard %1; карточка всё равно прочитана.</translation>
    </message>
    <message>
        <source>The photo is not valid base64; it was skipped.</source>
        <translation>Фото не является корректным base64; оно пропущено.</translation>
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
    <name>loopline::BackupController</name>
    <message>
        <source>Backed up at %1 to %2.</source>
        <translation>Резервная копия сделана в %1: %2.</translation>
    </message>
</context>
<context>
    <name>loopline::BoardColumnModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1
Next: %2</source>
        <translation>%1
Следующая задача: %2</translation>
    </message>
</context>
<context>
    <name>loopline::BoothStartDialog</name>
    <message>
        <source>Booth mode</source>
        <translation>Режим стенда</translation>
    </message>
    <message>
        <source>The trade show or event the booth is at; a new name creates the event</source>
        <translation>Выставка или мероприятие, где работает стенд; новое название создаёт мероприятие</translation>
    </message>
    <message>
        <source>For example: booth-2026-11</source>
        <translation>Например: booth-2026-11</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>Consent text &amp;version:</source>
        <translation>&amp;Версия текста согласия:</translation>
    </message>
    <message>
        <source>&amp;PIN to leave (4–8 digits):</source>
        <translation>&amp;ПИН-код для выхода (4–8 цифр):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>ПИН-код ещё &amp;раз:</translation>
    </message>
    <message>
        <source>Booth mode shows a full-screen form for capturing leads and nothing of the database. Leads go to sales at once. Leaving it asks for the PIN.</source>
        <translation>В режиме стенда на весь экран открывается форма сбора лидов, а база данных скрыта. Лиды сразу передаются в отдел продаж. Для выхода из режима нужен ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Choose or type the event the booth is at.</source>
        <translation>Выберите или введите мероприятие, на котором работает стенд.</translation>
    </message>
    <message>
        <source>Enter the version of the consent text visitors are shown.</source>
        <translation>Введите версию текста согласия, который видят посетители.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Придумайте ПИН-код из 4–8 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>ПИН-коды не совпадают.</translation>
    </message>
</context>
<context>
    <name>loopline::BoothWindow</name>
    <message>
        <source>Loopline booth: %1</source>
        <translation>Стенд Loopline: %1</translation>
    </message>
    <message>
        <source>Read &amp;badge photo…</source>
        <translation>Прочитать фото &amp;бейджа…</translation>
    </message>
    <message>
        <source>Read the QR code of a photo of a badge or business card (Ctrl+O)</source>
        <translation>Прочитать QR-код с фотографии бейджа или визитки (Ctrl+O)</translation>
    </message>
    <message>
        <source>Lea&amp;ve booth mode…</source>
        <translation>&amp;Выйти из режима стенда…</translation>
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
        <source>Co&amp;mpany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation>Инт&amp;ересует:</translation>
    </message>
    <message>
        <source>What was talked about; Ctrl+Enter saves</source>
        <translation>О чём говорили; Ctrl+Enter — сохранить</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Agrees to receive marketing e-mail (consent text %1)</source>
        <translation>Даёт согласие на маркетинговые рассылки по эл. почте (текст согласия %1)</translation>
    </message>
    <message>
        <source>&amp;Save lead</source>
        <translation>&amp;Сохранить лид</translation>
    </message>
    <message>
        <source>Enter in any field, or Ctrl+Enter</source>
        <translation>Enter в любом поле или Ctrl+Enter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The scan was not a badge this form can read.</source>
        <translation>Эта форма не распознала отсканированный бейдж.</translation>
    </message>
    <message>
        <source>Scan a badge with the cursor in any field, or type; Enter saves the lead.</source>
        <translation>Отсканируйте бейдж, когда курсор стоит в любом поле, или введите данные вручную; Enter сохраняет лид.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Passed to %2 in sales.</source>
        <translation>Сохранено: %1. Передано в отдел продаж, ответственный — %2.</translation>
    </message>
    <message>
        <source>Saved: %1. It waits for the next free sales rep.</source>
        <translation>Сохранено: %1. Лид ждёт следующего свободного менеджера.</translation>
    </message>
    <message>
        <source>Badge read. Check the fields, rate the lead and save.</source>
        <translation>Бейдж прочитан. Проверьте поля, оцените лид и сохраните его.</translation>
    </message>
    <message>
        <source>Cannot read the picture %1: %2</source>
        <translation>Не удаётся прочитать изображение %1: %2</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>На изображении не найден QR-код.</translation>
    </message>
    <message>
        <source>The QR code holds no contact details.</source>
        <translation>В QR-коде нет контактных данных.</translation>
    </message>
    <message>
        <source>Read badge photo</source>
        <translation>Чтение фото бейджа</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Possibly known already: %1 and %2 with this email or phone. Save anyway; sales will see the match.</source>
        <translation>Возможно, уже есть в базе: %1 и %2 с этим адресом эл. почты или телефоном. Всё равно сохраните — отдел продаж увидит совпадение.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured today: %1</source>
        <translation>Сегодня собрано: %1</translation>
    </message>
    <message>
        <source>Wrong PIN; booth mode stays on.</source>
        <translation>Неверный ПИН-код; режим стенда остаётся включённым.</translation>
    </message>
    <message>
        <source>Leave booth mode</source>
        <translation>Выход из режима стенда</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>ПИН-код:</translation>
    </message>
    <message>
        <source>Hot: ready to buy now (Alt+H)</source>
        <translation>Горячий: готов купить сейчас (Alt+H)</translation>
    </message>
    <message>
        <source>Warm: will buy soon (Alt+W)</source>
        <translation>Тёплый: купит в ближайшее время (Alt+W)</translation>
    </message>
    <message>
        <source>Cold: interested, no plans yet (Alt+C)</source>
        <translation>Холодный: интересуется, планов пока нет (Alt+C)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Рейтинг:</translation>
    </message>
</context>
<context>
    <name>loopline::CampaignEditor</name>
    <message>
        <source>&amp;Starts</source>
        <translation>На&amp;чало</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>&amp;Differs from the budget</source>
        <translation>Отл&amp;ичаются от бюджета</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Event (a trade show, a conference)</source>
        <translation>Мероприятие (выставка, конференция)</translation>
    </message>
    <message>
        <source>E-mail, contextual ads, social, exhibition…</source>
        <translation>Эл. почта, контекстная реклама, соцсети, выставка…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Стоимость контакта</translation>
    </message>
    <message>
        <source>Cost per visit</source>
        <translation>Стоимость посещения</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>Cost per MQL</source>
        <translation>Стоимость MQL</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Стоимость выигранной сделки</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Plan / Actual</source>
        <translation>План / факт</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Ch&amp;annel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Бюджет:</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>Фактические затраты:</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>Ох&amp;ват:</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>&amp;Посещения:</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Лиды:</translation>
    </message>
    <message>
        <source>&amp;MQL:</source>
        <translation>&amp;MQL:</translation>
    </message>
    <message>
        <source>S&amp;QL:</source>
        <translation>S&amp;QL:</translation>
    </message>
    <message>
        <source>&amp;Won deals:</source>
        <translation>Выигранные &amp;сделки:</translation>
    </message>
    <message>
        <source>Re&amp;venue:</source>
        <translation>Выр&amp;учка:</translation>
    </message>
    <message>
        <source>Reac&amp;h:</source>
        <translation>О&amp;хват:</translation>
    </message>
    <message>
        <source>Visi&amp;ts:</source>
        <translation>Пос&amp;ещения:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Select a campaign on the left, or press Ctrl+N to add one.</source>
        <translation>Выберите кампанию слева или нажмите Ctrl+N, чтобы добавить новую.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Укажите название кампании.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation>«%1» не является кодом валюты (например, EUR).</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>Кампания заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Actual leads, MQL, SQL, won deals and revenue are counted from the leads whose Campaign field names this campaign.</source>
        <translation>Фактические лиды, MQL, SQL, выигранные сделки и выручка подсчитываются по лидам, у которых в поле «Кампания» указана эта кампания.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln won deal(s) in a currency without an exchange rate are left out of the revenue.</source>
        <translation>
            <numerusform>%Ln выигранная сделка в валюте без курса не учтена в выручке.</numerusform>
            <numerusform>%Ln выигранные сделки в валюте без курса не учтены в выручке.</numerusform>
            <numerusform>%Ln выигранных сделок в валюте без курса не учтены в выручке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaign %1</source>
        <translation>удаление кампании %1</translation>
    </message>
    <message>
        <source>Plan and actual figures</source>
        <translation>Показатели: план и факт</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>loopline::CloseDealDialog</name>
    <message>
        <source>Won: %1</source>
        <translation>Сделка выиграна: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Сделка проиграна: %1</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;%1&lt;/b&gt; as won. The amount it was won for becomes its value (now %2).</source>
        <translation>Отметьте сделку &lt;b&gt;%1&lt;/b&gt; как выигранную. Итоговая сумма станет суммой сделки (сейчас — %2).</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;%1&lt;/b&gt; as lost. Why was it lost?</source>
        <translation>Отметьте сделку &lt;b&gt;%1&lt;/b&gt; как проигранную. Почему она проиграна?</translation>
    </message>
    <message>
        <source>Mark as &amp;won</source>
        <translation>Отметить как &amp;выигранную</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>Отметить как п&amp;роигранную</translation>
    </message>
    <message>
        <source>The deal&apos;s currency; change it on the form before closing the deal.</source>
        <translation>Валюта сделки; её можно изменить в форме до закрытия сделки.</translation>
    </message>
    <message>
        <source>Final &amp;amount:</source>
        <translation>Итоговая &amp;сумма:</translation>
    </message>
    <message>
        <source>Won &amp;on:</source>
        <translation>&amp;Дата выигрыша:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Won &amp;by:</source>
        <translation>Побе&amp;дитель:</translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation>Что произошло, в двух словах (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>Enter the amount the deal was won for.</source>
        <translation>Введите итоговую сумму выигранной сделки.</translation>
    </message>
    <message>
        <source>The day it was won cannot be in the future.</source>
        <translation>Дата выигрыша не может быть в будущем.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Выберите причину проигрыша сделки.</translation>
    </message>
    <message>
        <source>Name the competitor that won it: choose one, or type a new name.</source>
        <translation>Укажите конкурента, который выиграл сделку: выберите его из списка или введите новое название.</translation>
    </message>
    <message>
        <source>A new competitor: “%1” will be added to the list.</source>
        <translation>Новый конкурент: «%1» будет добавлен в список.</translation>
    </message>
</context>
<context>
    <name>loopline::CollateralDialog</name>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Показывать &amp;архивные</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Архи&amp;вировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Маркетинговые материалы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>Файл или ссылка</translation>
    </message>
    <message>
        <source>Open the file or link</source>
        <translation>Открыть файл или ссылку</translation>
    </message>
    <message>
        <source>Brochures, case studies and research sales send to support their claims. Record what was sent on each deal (Collateral sent); Reports show the win rate with and without each piece.</source>
        <translation>Буклеты, кейсы и исследования, которые отдел продаж отправляет клиентам в подтверждение своих слов. Отмечайте, что отправлено по каждой сделке (поле «Отправленные материалы»); в отчётах видна доля побед с каждым материалом и без него.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the collateral</source>
        <translation>Не удаётся прочитать материалы</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Вернуть из архи&amp;ва</translation>
    </message>
    <message>
        <source>Offer it again when sending collateral</source>
        <translation>Снова предлагать при отправке материалов</translation>
    </message>
    <message>
        <source>Stop offering it; the deals it was sent to keep it</source>
        <translation>Больше не предлагать; в сделках, по которым он отправлен, он сохранится</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;? It was sent to %n deal(s); the reports will no longer count it. Archive it instead to keep its figures.</source>
        <translation>
            <numerusform>Удалить «%1»? Материал был отправлен для %n сделки; отчёты перестанут его учитывать. Чтобы сохранить его показатели, архивируйте его вместо удаления.</numerusform>
            <numerusform>Удалить «%1»? Материал был отправлен для %n сделок; отчёты перестанут его учитывать. Чтобы сохранить его показатели, архивируйте его вместо удаления.</numerusform>
            <numerusform>Удалить «%1»? Материал был отправлен для %n сделок; отчёты перестанут его учитывать. Чтобы сохранить его показатели, архивируйте его вместо удаления.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Delete collateral</source>
        <translation>Удаление материала</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>Нечего открывать</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file or link.</source>
        <translation>У материала «%1» нет файла или ссылки.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;.</source>
        <translation>Не удаётся открыть «%1».</translation>
    </message>
</context>
<context>
    <name>loopline::CollateralEditDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>New collateral</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>e.g. Retail chain: 40 stores live in six weeks</source>
        <translation>например, Розничная сеть: 40 магазинов запущены за шесть недель</translation>
    </message>
    <message>
        <source>A file, or a link such as https://…</source>
        <translation>Файл или ссылка, например https://…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Любой этап</translation>
    </message>
    <message>
        <source>Every segment, or choose one</source>
        <translation>Все сегменты или выберите один</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;File or link:</source>
        <translation>&amp;Файл или ссылка:</translation>
    </message>
    <message>
        <source>For the &amp;stage:</source>
        <translation>Для &amp;этапа:</translation>
    </message>
    <message>
        <source>For the se&amp;gment:</source>
        <translation>Для се&amp;гмента:</translation>
    </message>
    <message>
        <source>Give it a title</source>
        <translation>Укажите название</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.ppt *.pptx *.odp *.xls *.xlsx *.ods);;All files (*)</source>
        <translation>Документы (*.pdf *.doc *.docx *.odt *.ppt *.pptx *.odp *.xls *.xlsx *.ods);;Все файлы (*)</translation>
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
    <message>
        <source>Contacts of the company</source>
        <translation>Контакты компании</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>Сделки компании</translation>
    </message>
</context>
<context>
    <name>loopline::CompetitorPicker</name>
    <message>
        <source>Choose or type a name</source>
        <translation>Выберите или введите название</translation>
    </message>
</context>
<context>
    <name>loopline::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Two people changed these fields without seeing each other&apos;s change. The later change was kept everywhere; take the other value where it was the right one.</source>
        <translation>Два человека изменили эти поля, не видя изменений друг друга. Везде сохранено более позднее изменение; выберите другое значение там, где верным было оно.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field of a record without seeing each other&apos;s change, both values are listed here.</source>
        <translation>Конфликтов нет. Когда два человека меняют одно поле записи, не видя изменений друг друга, здесь показываются оба значения.</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Оставить это значение</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Взять другое значение</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the conflict (Ctrl+K).</source>
        <translation>Оставить запись как есть и закрыть конфликт (Ctrl+K).</translation>
    </message>
    <message>
        <source>Write the other value into the record (Ctrl+U).</source>
        <translation>Записать другое значение в запись (Ctrl+U).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>loopline::ConnectDialog</name>
    <message>
        <source>Connect to the team server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>например, crm.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>e.g. loopline</source>
        <translation>например, loopline</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Off (only inside a trusted network)</source>
        <translation>Выключено (только в доверенной сети)</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Обязательно (шифрование)</translation>
    </message>
    <message>
        <source>Required and verified against a CA certificate</source>
        <translation>Обязательно, с проверкой по сертификату CA</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>The CA certificate file (.crt, .pem)</source>
        <translation>Файл сертификата CA (.crt, .pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Файл &amp;CA:</translation>
    </message>
    <message>
        <source>Work &amp;offline on this computer (a local replica that syncs)</source>
        <translation>Работать &amp;офлайн на этом компьютере (локальная реплика с синхронизацией)</translation>
    </message>
    <message>
        <source>Replica &amp;file:</source>
        <translation>&amp;Файл реплики:</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Проблема подключения</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Connected, but there is no system keychain here (%1): the password will be asked for each time.</source>
        <translation>Подключено, но системного хранилища ключей здесь нет (%1): пароль будет запрашиваться каждый раз.</translation>
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
    <message>
        <source>The target group, e.g. Retail chains</source>
        <translation>Целевая группа, например: Розничные сети</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Сег&amp;мент:</translation>
    </message>
    <message>
        <source>Consent &amp;history and privacy…</source>
        <translation>История согласий и &amp;персональные данные…</translation>
    </message>
    <message>
        <source>Consent given and withdrawn over time, export of the person&apos;s data, erasure</source>
        <translation>История выдачи и отзыва согласия, экспорт персональных данных, их стирание</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
</context>
<context>
    <name>loopline::ConvertLeadDialog</name>
    <message>
        <source>Convert %1</source>
        <translation>Конвертация лида %1</translation>
    </message>
    <message>
        <source>Contact: &lt;b&gt;%1&lt;/b&gt; already exists (%2) and will be used.</source>
        <translation>Контакт: &lt;b&gt;%1&lt;/b&gt; уже существует (%2) и будет использован.</translation>
    </message>
    <message>
        <source>Contact: &lt;b&gt;%1&lt;/b&gt; will be created.</source>
        <translation>Контакт: &lt;b&gt;%1&lt;/b&gt; будет создан.</translation>
    </message>
    <message>
        <source>Company: &lt;b&gt;%1&lt;/b&gt; already exists (%2) and will be used.</source>
        <translation>Компания: &lt;b&gt;%1&lt;/b&gt; уже существует (%2) и будет использована.</translation>
    </message>
    <message>
        <source>Company: &lt;b&gt;%1&lt;/b&gt; will be created.</source>
        <translation>Компания: &lt;b&gt;%1&lt;/b&gt; будет создана.</translation>
    </message>
    <message>
        <source>Company: none (the lead names no company).</source>
        <translation>Компания: нет (в лиде не указана компания).</translation>
    </message>
    <message>
        <source>Deal: a new deal, linked to both, owned by %1.</source>
        <translation>Сделка: новая сделка, связанная с контактом и компанией; ответственный — %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Название сделки:</translation>
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
        <source>&amp;Convert</source>
        <translation>&amp;Конвертировать</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>%1 already has a contact with this e-mail or phone, which you cannot see: converting makes a second one. Ask %1 to hand it over, or a manager to merge them afterwards.</source>
        <translation>У %1 уже есть контакт с этим e-mail или телефоном, которого вы не видите: конвертация создаст второй. Попросите %1 передать его вам или руководителя объединить их потом.</translation>
    </message>
</context>
<context>
    <name>loopline::CurrencyRatesDialog</name>
    <message>
        <source>e.g. USD</source>
        <translation>например, USD</translation>
    </message>
    <message>
        <source>1 %1 = </source>
        <translation>1 %1 = </translation>
    </message>
    <message>
        <source>the base currency</source>
        <translation>базовая валюта</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>no rate: not in the totals</source>
        <translation>нет курса: не входит в итоги</translation>
    </message>
    <message>
        <source>enter a rate</source>
        <translation>введите курс</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Board and forecast totals are shown in the base currency. Deals keep their own currency; a deal in a currency without a rate is counted but left out of the totals.</source>
        <translation>Итоги на доске и в прогнозе показываются в базовой валюте. Сделки сохраняют свою валюту; сделка в валюте без курса учитывается в количестве, но не входит в итоговые суммы.</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency totals are shown in, e.g. EUR</source>
        <translation>Код ISO 4217 валюты, в которой показываются итоги, например EUR</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Базовая валюта:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Exchange &amp;rates (F2 or double click to change one):</source>
        <translation>&amp;Курсы валют (чтобы изменить курс, нажмите F2 или дважды щёлкните):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a currency and its rate</source>
        <translation>Добавить валюту и её курс</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the rate; deals in that currency are then left out of the totals</source>
        <translation>Удалить курс; сделки в этой валюте перестанут входить в итоги</translation>
    </message>
    <message>
        <source>Deals in %1 are left out of the totals until it has a rate.</source>
        <translation>Сделки в %1 не входят в итоги, пока для этой валюты не задан курс.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <source>The rates are in %1. Convert them to %2 (1 %2 = %3 %1), or change each one.</source>
        <translation>Курсы указаны в %1. Пересчитайте их в %2 (1 %2 = %3 %1) или измените каждый вручную.</translation>
    </message>
    <message>
        <source>Con&amp;vert to %1</source>
        <translation>&amp;Пересчитать в %1</translation>
    </message>
    <message>
        <source>The rates are in %1: change each one to %2.</source>
        <translation>Курсы указаны в %1: измените каждый на курс в %2.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>Валюта %1 указана дважды.</translation>
    </message>
    <message>
        <source>Enter the rate for %1, or remove it.</source>
        <translation>Введите курс для %1 или удалите эту валюту.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
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
    <message>
        <source>Won…</source>
        <translation>Выиграна…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>П&amp;роиграна…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Возобновить…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Why lost:</source>
        <translation>Причина проигрыша:</translation>
    </message>
    <message>
        <source>The target group, e.g. Retail chains</source>
        <translation>Целевая группа, например: Розничные сети</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>Конк&amp;уренты:</translation>
    </message>
    <message>
        <source>From the lead &lt;a href=&quot;lead:%1&quot;&gt;%2&lt;/a&gt;: source %3</source>
        <translation>Из лида &lt;a href=&quot;lead:%1&quot;&gt;%2&lt;/a&gt;; источник: %3</translation>
    </message>
    <message>
        <source>, campaign %1</source>
        <translation>, кампания: %1</translation>
    </message>
    <message>
        <source>, qualified by %1</source>
        <translation>, SDR: %1</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Оценка %1: %2</translation>
    </message>
    <message>
        <source>Make the deal open again</source>
        <translation>Снова открыть сделку</translation>
    </message>
    <message>
        <source>Choose or type a name to add</source>
        <translation>Выберите или введите название, чтобы добавить</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>Выиграна %1</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>Проиграна %1</translation>
    </message>
    <message>
        <source>Mark the deal won and record the amount it was won for</source>
        <translation>Отметить сделку как выигранную и указать итоговую сумму</translation>
    </message>
    <message>
        <source>Save the deal first</source>
        <translation>Сначала сохраните сделку</translation>
    </message>
    <message>
        <source>Mark the deal lost and record why</source>
        <translation>Отметить сделку как проигранную и указать причину</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (новый)</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Сделку удалил другой пользователь.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Возобновление сделки %1</translation>
    </message>
    <message>
        <source>Why is it reopened? (optional)</source>
        <translation>Почему сделка возобновляется? (необязательно)</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>О&amp;тправить…</translation>
    </message>
    <message>
        <source>Collateral sent:</source>
        <translation>Отправленные материалы:</translation>
    </message>
    <message>
        <source>It was not sent after all: forget it</source>
        <translation>Материал всё-таки не отправлялся: убрать запись</translation>
    </message>
    <message>
        <source>Record brochures, case studies or research sent to the client</source>
        <translation>Отметить буклеты, кейсы или исследования, отправленные клиенту</translation>
    </message>
    <message>
        <source>%1 — sent %2</source>
        <translation>%1 — отправлено %2</translation>
    </message>
    <message>
        <source>%1, sent by %2</source>
        <translation>%1, отправитель: %2</translation>
    </message>
    <message>
        <source>Remove collateral</source>
        <translation>Удаление материала из сделки</translation>
    </message>
    <message>
        <source>Forget that &quot;%1&quot; was sent to this deal?</source>
        <translation>Удалить отметку об отправке «%1» по этой сделке?</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>Collateral sent</source>
        <translation>Отправленные материалы</translation>
    </message>
    <message>
        <source>Contacts of the deal</source>
        <translation>Контакты сделки</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>loopline::DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Дубликаты контактов</translation>
    </message>
    <message>
        <source>Duplicate companies</source>
        <translation>Дубликаты компаний</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>К&amp;омпании</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge the selected pair, choosing each field (Enter)</source>
        <translation>Объединить выбранную пару, выбрав каждое поле (Enter)</translation>
    </message>
    <message>
        <source>&amp;Find again</source>
        <translation>&amp;Найти заново</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Контакты (%1)</translation>
    </message>
    <message>
        <source>C&amp;ompanies (%1)</source>
        <translation>К&amp;омпании (%1)</translation>
    </message>
    <message>
        <source>No probable duplicates: no two contacts share an email or a phone or have a similar name at the same company, and no two companies share a web domain or a name.</source>
        <translation>Вероятных дубликатов нет: ни у каких двух контактов нет общего e-mail, телефона или похожего имени в одной компании, и ни у каких двух компаний нет общего веб-домена или названия.</translation>
    </message>
    <message>
        <source>Select a pair and press Enter to merge it, choosing what to keep.</source>
        <translation>Выберите пару и нажмите Enter, чтобы объединить её, выбрав, что оставить.</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>Объединение %1 и %2</translation>
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
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
</context>
<context>
    <name>loopline::FirstRunWizard</name>
    <message>
        <source>Welcome to Loopline</source>
        <translation>Добро пожаловать в Loopline</translation>
    </message>
    <message>
        <source>Where your work is kept</source>
        <translation>Где хранится ваша работа</translation>
    </message>
    <message>
        <source>Loopline keeps leads, contacts and deals in a database. You can change this later under File.</source>
        <translation>Loopline хранит лиды, контакты и сделки в базе данных. Это можно изменить позже в меню «Файл».</translation>
    </message>
    <message>
        <source>On &amp;this computer: a local database, nothing to set up</source>
        <translation>На &amp;этом компьютере: локальная база, ничего не нужно настраивать</translation>
    </message>
    <message>
        <source>On the team&apos;s &amp;server: connect with the login your administrator gave you</source>
        <translation>На &amp;сервере команды: подключиться с логином, который выдал администратор</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Your name is written on what you create; your role decides which screen opens first.</source>
        <translation>Ваше имя записывается на то, что вы создаёте; от роли зависит, какой экран откроется первым.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>SDR: I work the inbound lead queue</source>
        <translation>SDR: я обрабатываю очередь входящих лидов</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Booth staff at trade shows</source>
        <translation>Сотрудник стенда на выставках</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Money and working hours</source>
        <translation>Деньги и рабочее время</translation>
    </message>
    <message>
        <source>Totals are shown in this currency; the 30-minute response clock for new leads can stop outside working hours.</source>
        <translation>Итоги показываются в этой валюте; 30-минутный отсчёт ответа на новые лиды может останавливаться в нерабочее время.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Count only &amp;working hours, Monday to Friday</source>
        <translation>Считать только &amp;рабочее время, с понедельника по пятницу</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Your name, please: it is written on what you create</source>
        <translation>Укажите имя: оно записывается на то, что вы создаёте</translation>
    </message>
</context>
<context>
    <name>loopline::ForecastDialog</name>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source> closed deals</source>
        <translation> закрытых сделок</translation>
    </message>
    <message>
        <source>A stage reached by fewer closed deals than this uses its probability instead of a measured rate.</source>
        <translation>Если до этапа дошло меньше закрытых сделок, чем указано здесь, вместо фактической конверсии используется вероятность этапа.</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Months ahead:</source>
        <translation>&amp;Месяцев вперёд:</translation>
    </message>
    <message>
        <source>&amp;History: deals closed from</source>
        <translation>&amp;История: сделки, закрытые с</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>M&amp;inimum sample:</source>
        <translation>Ми&amp;нимальная выборка:</translation>
    </message>
    <message>
        <source>Expected revenue by month</source>
        <translation>Ожидаемая выручка по месяцам</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемая сумма</translation>
    </message>
    <message>
        <source>Pipeline (unweighted)</source>
        <translation>Воронка (без взвешивания)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Conversion to won by stage</source>
        <translation>Конверсия в выигрыш по этапам</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Closed deals
that reached it</source>
        <translation>Закрытые сделки,
дошедшие до него</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Rate
used</source>
        <translation>Применённая
конверсия</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>The history period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>Период истории заканчивается раньше, чем начинается: выберите дату «по» не раньше даты «с».</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, in %1.</source>
        <translation>Открытые сделки по месяцам ожидаемого закрытия; суммы в %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (просроченных: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) expected to close before this month and still open are counted here.</source>
        <translation>
            <numerusform>%n сделка, которая должна была закрыться до этого месяца и всё ещё открыта, учтена здесь.</numerusform>
            <numerusform>%n сделки, которые должны были закрыться до этого месяца и всё ещё открыты, учтены здесь.</numerusform>
            <numerusform>%n сделок, которые должны были закрыться до этого месяца и всё ещё открыты, учтены здесь.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>фактическая</translation>
    </message>
    <message>
        <source>stage probability (too little history)</source>
        <translation>вероятность этапа (мало истории)</translation>
    </message>
    <message>
        <source>%1 won of %2 closed deals that reached this stage.</source>
        <translation>Выиграно %1 из %2 закрытых сделок, дошедших до этого этапа.</translation>
    </message>
    <message>
        <source>Measured %1 (%2 won of %3), but fewer than %4 closed deals reached this stage.</source>
        <translation>Фактически %1 (выиграно %2 из %3), но до этого этапа дошло меньше %4 закрытых сделок.</translation>
    </message>
    <message>
        <source>No deal that reached this stage closed in the history period.</source>
        <translation>Ни одна сделка, дошедшая до этого этапа, не была закрыта за период истории.</translation>
    </message>
    <message>
        <source>How it is worked out: each open deal counts with its value in %1 times the rate of its stage. The rate is the share of won deals among the deals closed from %2 to %3 that reached the stage or a later one. A stage reached by fewer than %4 closed deals uses its probability instead.</source>
        <translation>Как это рассчитывается: каждая открытая сделка учитывается своей суммой в %1, умноженной на конверсию её этапа. Конверсия — это доля выигранных сделок среди сделок, закрытых с %2 по %3 и дошедших до этого этапа или более позднего. Для этапа, до которого дошло меньше %4 закрытых сделок, вместо неё используется вероятность этапа.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) expected to close before this month are counted in this month.</source>
        <translation>
            <numerusform>%n открытая сделка с ожидаемым закрытием до текущего месяца учтена в текущем месяце.</numerusform>
            <numerusform>%n открытые сделки с ожидаемым закрытием до текущего месяца учтены в текущем месяце.</numerusform>
            <numerusform>%n открытых сделок с ожидаемым закрытием до текущего месяца учтены в текущем месяце.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) in a currency without an exchange rate are left out; add the rate under Currency rates to count them.</source>
        <translation>
            <numerusform>%n открытая сделка в валюте без курса не учтена; чтобы учесть её, добавьте курс в разделе «Курсы валют».</numerusform>
            <numerusform>%n открытые сделки в валюте без курса не учтены; чтобы учесть их, добавьте курс в разделе «Курсы валют».</numerusform>
            <numerusform>%n открытых сделок в валюте без курса не учтены; чтобы учесть их, добавьте курс в разделе «Курсы валют».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) have no expected close date and are in no month.</source>
        <translation>
            <numerusform>У %n открытой сделки нет ожидаемой даты закрытия, поэтому она не отнесена ни к одному месяцу.</numerusform>
            <numerusform>У %n открытых сделок нет ожидаемой даты закрытия, поэтому они не отнесены ни к одному месяцу.</numerusform>
            <numerusform>У %n открытых сделок нет ожидаемой даты закрытия, поэтому они не отнесены ни к одному месяцу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation>Прогноз по месяцам</translation>
    </message>
    <message>
        <source>Conversion by stage</source>
        <translation>Конверсия по этапам</translation>
    </message>
</context>
<context>
    <name>loopline::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet or another CRM. The encoding and the delimiter are detected; change them if the preview looks wrong.</source>
        <translation>Файл CSV, выгруженный из электронной таблицы или другой CRM. Кодировка и разделитель определяются автоматически; измените их, если в предварительном просмотре что-то не так.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Путь к файлу .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Предварительный просмотр файла</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Choose what each column holds. A preset reads the export of a common CRM; save your own for the next file from the same place.</source>
        <translation>Укажите, что содержит каждый столбец. Шаблон читает выгрузку распространённой CRM; сохраните собственный шаблон для следующего файла из того же источника.</translation>
    </message>
    <message>
        <source>Save as pre&amp;set…</source>
        <translation>Сохранить &amp;как шаблон…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <source>day/month/year (31/03/2024)</source>
        <translation>день/месяц/год (31/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/31/2024)</source>
        <translation>месяц/день/год (03/31/2024)</translation>
    </message>
    <message>
        <source>For rows without a source</source>
        <translation>Для строк без источника</translation>
    </message>
    <message>
        <source>The consent wording the file&apos;s “yes” refers to</source>
        <translation>Текст согласия, к которому относится «да» в файле</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Регион телефонов:</translation>
    </message>
    <message>
        <source>Dates with &amp;slashes:</source>
        <translation>&amp;Даты с косой чертой:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Consent &amp;text version:</source>
        <translation>&amp;Версия текста согласия:</translation>
    </message>
    <message>
        <source>When a contact is already there (same email or phone)</source>
        <translation>Если контакт уже есть (тот же адрес эл. почты или телефон)</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>&amp;Пропустить строку</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values</source>
        <translation>О&amp;бновить контакт значениями из строки</translation>
    </message>
    <message>
        <source>&amp;Merge: fill only empty fields, add new emails and phones</source>
        <translation>&amp;Объединить: заполнить только пустые поля, добавить новые адреса и телефоны</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept</source>
        <translation>Остановить импорт; ничего из импортированного не сохранится</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Save rejected &amp;rows…</source>
        <translation>Со&amp;хранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Выберите файл, чтобы увидеть его первые строки.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>В файле есть заголовок, но нет строк.</translation>
    </message>
    <message>
        <source>The first rows of %1, read as %2 with a %3 between fields.</source>
        <translation>Первые строки файла %1 в кодировке %2, разделитель полей — %3.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Name of the preset (for example, the program the file comes from):</source>
        <translation>Название шаблона (например, программа, из которой получен файл):</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Импортировать столбец %1 как</translation>
    </message>
    <message>
        <source>Choose the column that holds the full name, or the first or last name: every contact needs a name.</source>
        <translation>Выберите столбец с полным именем либо с именем или фамилией: у каждого контакта должно быть имя.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
    <message>
        <source>Stopping; nothing of this import is kept…</source>
        <translation>Остановка; ничего из этого импорта не сохранится…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Импорт остановлен. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>Файл %1 импортирован.</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n новый контакт</numerusform>
            <numerusform>%n новых контакта</numerusform>
            <numerusform>%n новых контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) updated</source>
        <translation>
            <numerusform>%n контакт обновлён</numerusform>
            <numerusform>%n контакта обновлены</numerusform>
            <numerusform>%n контактов обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n дубликат пропущен</numerusform>
            <numerusform>%n дубликата пропущены</numerusform>
            <numerusform>%n дубликатов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compan(y/ies) created</source>
        <translation>
            <numerusform>%n компания создана</numerusform>
            <numerusform>%n компании созданы</numerusform>
            <numerusform>%n компаний создано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n строка отклонена</numerusform>
            <numerusform>%n строки отклонены</numerusform>
            <numerusform>%n строк отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rejected rows are shown; save them to see all.</source>
        <translation>Показаны первые отклонённые строки (%1); сохраните их, чтобы увидеть все.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - отклонённые строки.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files (*)</source>
        <translation>Файлы CSV и vCard (*.csv *.txt *.vcf);;Файлы CSV (*.csv *.txt);;Файлы vCard (*.vcf);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in %1; the first ones are shown.</source>
        <translation>
            <numerusform>%n карточка в %1; показаны первые.</numerusform>
            <numerusform>%n карточки в %1; показаны первые.</numerusform>
            <numerusform>%n карточек в %1; показаны первые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
</context>
<context>
    <name>loopline::LeadEditor</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>Кон&amp;вертировать…</translation>
    </message>
    <message>
        <source>&amp;Add signal</source>
        <translation>Добавить &amp;сигнал</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Перевести в</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Квалификация</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Move and comment</source>
        <translation>Переход и комментарий</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Automatic (from the score)</source>
        <translation>Автоматически (по оценке)</translation>
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
        <source>&amp;Name:</source>
        <translation>Им&amp;я:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>К&amp;ампания:</translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation>Инт&amp;ересует:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>Те&amp;рритория:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Рейтин&amp;г:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaire:</source>
        <translation>&amp;Анкета:</translation>
    </message>
    <message>
        <source>Behaviour signals:</source>
        <translation>Поведенческие сигналы:</translation>
    </message>
    <message>
        <source>How much of it: all of a demo counts more than part of it.</source>
        <translation>Насколько полно: просмотр всего демо ценится выше, чем его части.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Select a lead on the left, or press Ctrl+N to add one.</source>
        <translation>Выберите лид слева или нажмите Ctrl+N, чтобы добавить новый.</translation>
    </message>
    <message>
        <source>Answered under version %1; the template is now at version %2.</source>
        <translation>Ответы даны по версии %1; текущая версия шаблона — %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>%1, commission %2 %</source>
        <translation>%1, комиссия %2 %</translation>
    </message>
    <message>
        <source>Partner&apos;s deal %1; our commission &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Сделка партнёра: %1; наша комиссия: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>First response in %1, within the %2-minute SLA</source>
        <translation>Первый ответ через %1, в пределах SLA (%2 мин)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;First response in %1, after the %2-minute SLA&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;Первый ответ через %1, с нарушением SLA (%2 мин)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>First response due %1 (%2 left)</source>
        <translation>Первый ответ — до %1 (осталось %2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;SLA breached: first response was due %1, %2 ago&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;SLA нарушен: срок первого ответа (%1) истёк %2 назад&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Score %1: &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>Оценка %1: &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (задано вручную)</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Вернуть в «%1»</translation>
    </message>
    <message>
        <source>The lead is closed.</source>
        <translation>Лид закрыт.</translation>
    </message>
    <message>
        <source>Move the lead to another status</source>
        <translation>Перевести лид в другой статус</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;deal…</source>
        <translation>Сде&amp;лка партнёра…</translation>
    </message>
    <message>
        <source>Record the amount of the partner&apos;s deal; the commission follows</source>
        <translation>Укажите сумму сделки партнёра — комиссия рассчитается по ней</translation>
    </message>
    <message>
        <source>Open &amp;deal</source>
        <translation>Открыть сде&amp;лку</translation>
    </message>
    <message>
        <source>Show the deal this lead was converted to</source>
        <translation>Показать сделку, в которую конвертирован этот лид</translation>
    </message>
    <message>
        <source>Create or link the contact, company and deal</source>
        <translation>Создать или связать контакт, компанию и сделку</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>Поступил: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>A new lead starts in the SDR queue; the %1-minute first-response clock starts when it is saved.</source>
        <translation>Новый лид попадает в очередь SDR; отсчёт времени на первый ответ (%1 мин) начнётся после сохранения.</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Лид конвертирован</translation>
    </message>
    <message>
        <source>Delete lead %1</source>
        <translation>удаление лида %1</translation>
    </message>
    <message>
        <source>contact &lt;a href=&quot;contact:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>контакт &lt;a href=&quot;contact:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>company &lt;a href=&quot;company:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>компания &lt;a href=&quot;company:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>deal &lt;a href=&quot;deal:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>сделка &lt;a href=&quot;deal:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Связан: %1</translation>
    </message>
</context>
<context>
    <name>loopline::LeadFiguresDialog</name>
    <message>
        <source>SDR figures</source>
        <translation>Показатели SDR</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>&amp;Этот месяц</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>&amp;Прошлый месяц</translation>
    </message>
    <message>
        <source>This &amp;quarter</source>
        <translation>Этот &amp;квартал</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Поступило:</translation>
    </message>
    <message>
        <source>Taken by an SDR:</source>
        <translation>Взято в работу SDR:</translation>
    </message>
    <message>
        <source>Median first response:</source>
        <translation>Медианное время первого ответа:</translation>
    </message>
    <message>
        <source>SLA breaches:</source>
        <translation>Нарушения SLA:</translation>
    </message>
    <message>
        <source>Leads that came due in the period and were answered late or not yet, and their share of all the leads that came due.</source>
        <translation>Лиды, срок первого ответа по которым наступил в этом периоде, а ответ дан с опозданием или ещё не дан, и их доля среди всех лидов с наступившим сроком.</translation>
    </message>
    <message>
        <source>Marks reached</source>
        <translation>Достигнутые отметки</translation>
    </message>
    <message>
        <source>MQL:</source>
        <translation>MQL:</translation>
    </message>
    <message>
        <source>SQL:</source>
        <translation>SQL:</translation>
    </message>
    <message>
        <source>SAL:</source>
        <translation>SAL:</translation>
    </message>
    <message>
        <source>Converted:</source>
        <translation>Конвертировано:</translation>
    </message>
    <message>
        <source>SDR bonus</source>
        <translation>Бонус SDR</translation>
    </message>
    <message>
        <source>For the period:</source>
        <translation>За период:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>От предыдущего</translation>
    </message>
    <message>
        <source>From step 1</source>
        <translation>От шага 1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Leads received in the period, by the furthest step they reached.</source>
        <translation>Лиды, поступившие за период, по самому дальнему достигнутому шагу.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите дату «по» не раньше даты «с».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln с</numerusform>
            <numerusform>%Ln с</numerusform>
            <numerusform>%Ln с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln мин</numerusform>
            <numerusform>%Ln мин</numerusform>
            <numerusform>%Ln мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln ч</numerusform>
            <numerusform>%Ln ч</numerusform>
            <numerusform>%Ln ч</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no responses yet</source>
        <translation>ответов пока нет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No bonus rates are set yet (Leads › Lead settings › SDR bonus).</source>
        <translation>Ставки бонуса пока не заданы (Лиды › Настройки лидов › Бонус SDR).</translation>
    </message>
    <message>
        <source>%1 converted × %2</source>
        <translation>Конвертировано: %1 × %2</translation>
    </message>
    <message>
        <source>%1 SQL × %2</source>
        <translation>SQL: %1 × %2</translation>
    </message>
    <message>
        <source>%1 SAL × %2</source>
        <translation>SAL: %1 × %2</translation>
    </message>
    <message>
        <source>Conversion between steps</source>
        <translation>Конверсия между шагами</translation>
    </message>
</context>
<context>
    <name>loopline::LeadSettingsDialog</name>
    <message>
        <source>Lead settings</source>
        <translation>Настройки лидов</translation>
    </message>
    <message>
        <source>&amp;SLA and working hours</source>
        <translation>&amp;SLA и рабочие часы</translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>&amp;Hand-off</source>
        <translation>&amp;Передача</translation>
    </message>
    <message>
        <source>SDR &amp;bonus</source>
        <translation>&amp;Бонус SDR</translation>
    </message>
    <message>
        <source>Count only &amp;working hours</source>
        <translation>Считать только &amp;рабочие часы</translation>
    </message>
    <message>
        <source>Start of the working day</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <source>End of the working day</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Системный часовой пояс (%1)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>&amp;Respond within:</source>
        <translation>Срок о&amp;твета:</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>минута</numerusform>
            <numerusform>минуты</numerusform>
            <numerusform>минут</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Д&amp;ни:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой по&amp;яс:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>How long a new lead may wait in the queue until an SDR takes it. With working hours on, the clock stops outside them.</source>
        <translation>Сколько новый лид может ждать в очереди, пока его не возьмёт SDR. Если учитываются рабочие часы, вне их отсчёт времени останавливается.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Восстановить значения по умолчанию</translation>
    </message>
    <message>
        <source>Questionnaire answers (BANT)</source>
        <translation>Ответы анкеты (BANT)</translation>
    </message>
    <message>
        <source>B&amp;udget stated:</source>
        <translation>Б&amp;юджет назван:</translation>
    </message>
    <message>
        <source>&amp;Authority (decision maker):</source>
        <translation>Полно&amp;мочия (ЛПР):</translation>
    </message>
    <message>
        <source>&amp;Need confirmed:</source>
        <translation>Потребно&amp;сть подтверждена:</translation>
    </message>
    <message>
        <source>T&amp;imeframe within 3 months:</source>
        <translation>Сро&amp;ки — до 3 месяцев:</translation>
    </message>
    <message>
        <source>Behaviour signals</source>
        <translation>Поведенческие сигналы</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message numerus="yes">
        <source>point(s) or more</source>
        <translation>
            <numerusform>балл и более</numerusform>
            <numerusform>балла и более</numerusform>
            <numerusform>баллов и более</numerusform>
        </translation>
    </message>
    <message>
        <source>Ho&amp;t from:</source>
        <translation>&amp;Горячий:</translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation>&amp;Тёплый:</translation>
    </message>
    <message>
        <source>Full points for each answer and signal. A lead&apos;s score is the sum of what it earned; the thresholds turn the score into a temperature.</source>
        <translation>Полное число баллов за каждый ответ и сигнал. Оценка лида — сумма набранных им баллов; пороги переводят оценку в температуру.</translation>
    </message>
    <message>
        <source>Every lead shows its score together with the reasons for it, so anyone can see why it is hot, warm or cold. A temperature set by hand wins.</source>
        <translation>У каждого лида оценка показана вместе с её причинами, поэтому любой видит, почему он горячий, тёплый или холодный. Температура, заданная вручную, имеет приоритет.</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>По кругу</translation>
    </message>
    <message>
        <source>By territory or segment, then round-robin</source>
        <translation>По территории или сегменту, затем по кругу</translation>
    </message>
    <message>
        <source>&amp;Pick sales reps:</source>
        <translation>&amp;Выбор менеджеров:</translation>
    </message>
    <message>
        <source>&amp;Follow-up task due after:</source>
        <translation>Срок &amp;задачи для связи — через:</translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>час</numerusform>
            <numerusform>часа</numerusform>
            <numerusform>часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot leads and trade-show leads go to a sales rep, who gets a follow-up task. Warm and cold leads are nurtured by marketing.</source>
        <translation>Горячие лиды и лиды с выставок передаются менеджеру по продажам, который получает задачу для связи. Тёплые и холодные лиды прогревает маркетинг.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>Names are the user names records carry as their owner, so each is used once. Inactive members (on leave) get no new leads.</source>
        <translation>Имена — это имена пользователей, которые указываются в записях как ответственный, поэтому каждое имя используется один раз. Неактивные участники (в отпуске) новых лидов не получают.</translation>
    </message>
    <message>
        <source>Per con&amp;verted lead:</source>
        <translation>За &amp;конвертированный лид:</translation>
    </message>
    <message>
        <source>Per lead reaching S&amp;QL:</source>
        <translation>За лид, достигший S&amp;QL:</translation>
    </message>
    <message>
        <source>Per lead reaching SA&amp;L:</source>
        <translation>За лид, достигший SA&amp;L:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>What an SDR earns for each lead they took that reaches a mark within the period. SDR figures show the bonus for any period.</source>
        <translation>Сколько SDR получает за каждый взятый им лид, который достиг отметки в течение периода. В показателях SDR виден бонус за любой период.</translation>
    </message>
    <message>
        <source>Active members get new leads; clear it while someone is on leave.</source>
        <translation>Активные участники получают новые лиды; снимите флажок на время отпуска сотрудника.</translation>
    </message>
    <message>
        <source>A lead arriving on %1 at %2 is due on %3 at %4.</source>
        <translation>Для лида, поступившего в %2 (%1), срок первого ответа — %4 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>«%1» не является кодом валюты (три заглавные латинские буквы, например EUR).</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>%1 › %2, row %3: %4</source>
        <translation>%1 › %2, строка %3: %4</translation>
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
    <message>
        <source>Switch between the list and %1</source>
        <translation>Переключиться между списком и режимом «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exporting %1… %2 of %3</source>
        <translation>Экспорт: %1… %2 из %3</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортировано в %2: %1</translation>
    </message>
    <message>
        <source>vCard address cards (*.vcf)</source>
        <translation>Визитные карточки vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a name ending in .csv, .xlsx or, for contacts, .vcf.</source>
        <translation>Не удаётся экспортировать в %1: выберите имя с расширением .csv, .xlsx или (для контактов) .vcf.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Search in field</source>
        <translation>Искать в поле</translation>
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
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Лидов пока нет</translation>
    </message>
    <message>
        <source>Leads arrive from the web site, campaigns and trade shows. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N); it waits in the SDR queue until someone takes it.</source>
        <translation>Лиды поступают с веб-сайта, из кампаний и с выставок. Добавьте лид кнопкой &lt;b&gt;Создать&lt;/b&gt; (Ctrl+N) — он будет ждать в очереди SDR, пока его кто-нибудь не возьмёт.</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>Очередь SDR</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>Очередь пуста</translation>
    </message>
    <message>
        <source>Every new lead lands here, the one due soonest first. Take it with &lt;b&gt;Take lead&lt;/b&gt; (Ctrl+T) to answer within the SLA.</source>
        <translation>Сюда попадает каждый новый лид; первыми идут те, у которых срок ответа ближе. Возьмите лид кнопкой &lt;b&gt;Взять лид&lt;/b&gt; (Ctrl+T), чтобы ответить в рамках SLA.</translation>
    </message>
    <message>
        <source>&amp;Take lead</source>
        <translation>&amp;Взять лид</translation>
    </message>
    <message>
        <source>Take the selected lead from the SDR queue (Ctrl+T)</source>
        <translation>Взять выбранный лид из очереди SDR (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Перевести в…</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>&amp;Конвертировать…</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Лиды</translation>
    </message>
    <message>
        <source>&amp;Questionnaires…</source>
        <translation>&amp;Анкеты…</translation>
    </message>
    <message>
        <source>SDR &amp;figures…</source>
        <translation>Пока&amp;затели SDR…</translation>
    </message>
    <message>
        <source>Lead &amp;settings…</source>
        <translation>&amp;Настройки лидов…</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Лид не взят</translation>
    </message>
    <message>
        <source>The lead is yours: it moved to &quot;%1&quot;.</source>
        <translation>Лид теперь ваш: он переведён в статус «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(-ies)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln лид</numerusform>
            <numerusform>%Ln лида</numerusform>
            <numerusform>%Ln лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) waiting</source>
        <translation>
            <numerusform>%Ln лид ждёт</numerusform>
            <numerusform>%Ln лида ждут</numerusform>
            <numerusform>%Ln лидов ждут</numerusform>
        </translation>
    </message>
    <message>
        <source>Add lead s&amp;ource…</source>
        <translation>Добавить и&amp;сточник лидов…</translation>
    </message>
    <message>
        <source>Add lead source</source>
        <translation>Новый источник лидов</translation>
    </message>
    <message>
        <source>Where leads come from besides %1:</source>
        <translation>Откуда ещё приходят лиды, кроме: %1?</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <source>Lead source &quot;%1&quot; added.</source>
        <translation>Источник лидов «%1» добавлен.</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>Сд&amp;елки</translation>
    </message>
    <message>
        <source>Show as &amp;board</source>
        <translation>Показать в виде &amp;доски</translation>
    </message>
    <message>
        <source>&amp;Forecast…</source>
        <translation>&amp;Прогноз…</translation>
    </message>
    <message>
        <source>&amp;Pipelines and stages…</source>
        <translation>&amp;Воронки и этапы…</translation>
    </message>
    <message>
        <source>Currency &amp;rates…</source>
        <translation>&amp;Курсы валют…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln кампания</numerusform>
            <numerusform>%Ln кампании</numerusform>
            <numerusform>%Ln кампаний</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Кампаний пока нет</translation>
    </message>
    <message>
        <source>A campaign is a mailing, an ad or a trade show that brings leads: plan its budget and reach, then see what it brought. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N); leads are linked to it when their Campaign field names it.</source>
        <translation>Кампания — это рассылка, реклама или выставка, которая приносит лиды: запланируйте её бюджет и охват, а затем посмотрите, что она принесла. Добавьте кампанию кнопкой &lt;b&gt;Создать&lt;/b&gt; (Ctrl+N); лиды связываются с ней, если в их поле «Кампания» указана эта кампания.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Se&amp;gments…</source>
        <translation>&amp;Сегменты…</translation>
    </message>
    <message>
        <source>Co&amp;llateral…</source>
        <translation>&amp;Маркетинговые материалы…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <source>Save the list as it is shown, with its search and sort, as CSV or XLSX (Ctrl+Shift+E)</source>
        <translation>Сохранить список в том виде, как он показан, с поиском и сортировкой, в CSV или XLSX (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Импорт контактов…</translation>
    </message>
    <message>
        <source>Read contacts from a CSV file: another CRM&apos;s export or a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Загрузить контакты из файла CSV — выгрузки другой CRM или электронной таблицы (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Booth mode…</source>
        <translation>&amp;Режим стенда…</translation>
    </message>
    <message>
        <source>A full-screen form for capturing leads at a trade show; leaving it needs a PIN (Ctrl+Shift+B)</source>
        <translation>Полноэкранная форма для сбора лидов на выставке; для выхода нужен ПИН-код (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Contacts and companies that are probably the same, to merge (Ctrl+Shift+D)</source>
        <translation>Контакты и компании, которые, вероятно, совпадают, — для объединения (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation>&amp;Подключиться к командному серверу…</translation>
    </message>
    <message>
        <source>Open the team&apos;s database on its server, directly or as a replica on this computer that works offline (Ctrl+Shift+O)</source>
        <translation>Открыть командную базу на сервере напрямую или как реплику на этом компьютере для работы офлайн (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Send your changes to the team server and bring its changes here (F9).</source>
        <translation>Отправить ваши изменения на командный сервер и получить его изменения (F9).</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Team server: %1
Last attempt: %2</source>
        <translation>Командный сервер: %1
Последняя попытка: %2</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Отправка изменений</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Получение изменений</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <source>Loopline could not be started again.</source>
        <translation>Не удалось запустить Loopline ещё раз.</translation>
    </message>
    <message>
        <source>Replica of the team server %1, on this computer: %2</source>
        <translation>Реплика командного сервера %1 на этом компьютере: %2</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Отклонённые изменения…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Save a copy of the whole database to the backup folder (Ctrl+Shift+S)</source>
        <translation>Сохранить копию всей базы в папку резервных копий (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>Заменить базу одной из её резервных копий</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>SQLite found damage in the database file.</source>
        <translation>SQLite нашёл повреждения в файле базы.</translation>
    </message>
    <message>
        <source>%1

Restore a backup to go on from a sound copy. You may keep working, but what you change may be lost or make the damage worse.</source>
        <translation>%1

Восстановите резервную копию, чтобы продолжить с исправной копии. Можно работать дальше, но изменения могут потеряться или усугубить повреждение.</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Language and backups of this computer (Ctrl+,)</source>
        <translation>Язык и резервные копии на этом компьютере (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Start Loopline again now to show it in the new language or look? Your work is saved.</source>
        <translation>Перезапустить Loopline сейчас, чтобы показать новый язык или оформление? Ваша работа сохранена.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Разделы</translation>
    </message>
</context>
<context>
    <name>loopline::MergeDialog</name>
    <message>
        <source>Given (text %1)</source>
        <translation>Дано (текст %1)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не дано</translation>
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
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на маркетинг</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
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
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <source>Keep &amp;%1</source>
        <translation>Оставить &amp;%1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Оставить %1</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Объединение компаний</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1 from the first record</source>
        <translation>%1 из первой записи</translation>
    </message>
    <message>
        <source>%1 from the second record</source>
        <translation>%1 из второй записи</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Choose which record stays and the value to keep for each field. Emails, phones, deals, leads, tasks and both timelines are kept in any case. Ctrl+Z undoes the merge.</source>
        <translation>Выберите, какая запись останется и какое значение сохранить в каждом поле. E-mail, телефоны, сделки, лиды, задачи и обе истории сохраняются в любом случае. Ctrl+Z отменяет объединение.</translation>
    </message>
</context>
<context>
    <name>loopline::MoveLeadDialog</name>
    <message>
        <source>Move lead to &quot;%1&quot;</source>
        <translation>Перевод лида в статус «%1»</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Из статуса &lt;b&gt;%1&lt;/b&gt; в статус &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not a target client</source>
        <translation>Нецелевой клиент</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>Duplicate of another lead</source>
        <translation>Дубликат другого лида</translation>
    </message>
    <message>
        <source>Spam or a test</source>
        <translation>Спам или тест</translation>
    </message>
    <message>
        <source>Student or job seeker</source>
        <translation>Студент или соискатель</translation>
    </message>
    <message>
        <source>A competitor asking</source>
        <translation>Запрос от конкурента</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>Название партнёра</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Why (required):</source>
        <translation>По&amp;чему (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
</context>
<context>
    <name>loopline::NewPipelineDialog</name>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>e.g. Partners</source>
        <translation>например, Партнёры</translation>
    </message>
    <message>
        <source>Needs assessment booked
Needs confirmed
Proposal received</source>
        <translation>Встреча для оценки потребностей назначена
Потребности подтверждены
Коммерческое предложение получено</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Этапы:</translation>
    </message>
    <message>
        <source>One stage per line, in order. Name each for what the buyer has done, in the past tense; the first is stage zero, where new deals start. Probabilities and follow-up tasks are set once the pipeline exists.</source>
        <translation>По одному этапу в строке, по порядку. Называйте каждый этап по тому, что уже сделал покупатель, в прошедшем времени; первый этап — нулевой, с него начинаются новые сделки. Вероятности и задачи для связи задаются после создания воронки.</translation>
    </message>
</context>
<context>
    <name>loopline::PartnerDealDialog</name>
    <message>
        <source>Partner&apos;s deal for %1</source>
        <translation>Сделка партнёра по лиду %1</translation>
    </message>
    <message>
        <source>What %1 reported for this lead. The commission (%2 %) is computed from it.</source>
        <translation>Сумма, о которой партнёр %1 сообщил по этому лиду. От неё рассчитывается комиссия (%2 %).</translation>
    </message>
    <message>
        <source>Deal &amp;amount:</source>
        <translation>&amp;Сумма сделки:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>loopline::PipelineBoard</name>
    <message>
        <source>Not moved</source>
        <translation>Не перемещено</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Без компании</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) in stage</source>
        <translation>
            <numerusform>%1 · %n день на этапе</numerusform>
            <numerusform>%1 · %n дня на этапе</numerusform>
            <numerusform>%1 · %n дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Show the deals of one segment</source>
        <translation>Показать сделки одного сегмента</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Любая дата закрытия</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закрытие в этом месяце</translation>
    </message>
    <message>
        <source>Closing in 3 months</source>
        <translation>Закрытие в ближайшие 3 месяца</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>Дата закрытия прошла</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals in %1; deals in other currencies are converted with the rates in Deals → Currency rates.</source>
        <translation>Итоги в %1; сделки в других валютах пересчитываются по курсам из меню «Сделки → Курсы валют».</translation>
    </message>
    <message numerus="yes">
        <source>Totals in %1. %Ln deal(s) in a currency without a rate are counted but not in the totals.</source>
        <translation>
            <numerusform>Итоги в %1. %Ln сделка в валюте без курса учтена в количестве, но не в суммах.</numerusform>
            <numerusform>Итоги в %1. %Ln сделки в валюте без курса учтены в количестве, но не в суммах.</numerusform>
            <numerusform>Итоги в %1. %Ln сделок в валюте без курса учтены в количестве, но не в суммах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>перемещение сделки %1 на этап «%2»</translation>
    </message>
</context>
<context>
    <name>loopline::PipelineSettingsDialog</name>
    <message>
        <source>the same day</source>
        <translation>в тот же день</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipelines and stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <source>New p&amp;ipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>S&amp;tages</source>
        <translation>&amp;Этапы</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Stage number; new deals start in stage 0</source>
        <translation>Номер этапа; новые сделки начинаются с этапа 0</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Переи&amp;меновать</translation>
    </message>
    <message>
        <source>Rename the stage (F2 or double click in the list)</source>
        <translation>Переименовать этап (F2 или двойной щелчок в списке)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Переместить этап вверх (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Переместить этап вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the stage; only a stage no deal has been in can go</source>
        <translation>Удалить этап; удалить можно только этап, на котором не было ни одной сделки</translation>
    </message>
    <message>
        <source>Name each stage for what the buyer has done, in the past tense: “Needs assessment booked”, “Proposal received”. The first stage is stage zero, where new deals start.</source>
        <translation>Называйте каждый этап по тому, что уже сделал покупатель, в прошедшем времени: «Встреча для оценки потребностей назначена», «Коммерческое предложение получено». Первый этап — нулевой, с него начинаются новые сделки.</translation>
    </message>
    <message>
        <source>e.g. Demo attended</source>
        <translation>например, Демонстрация проведена</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>Н&amp;овый этап:</translation>
    </message>
    <message>
        <source>pro&amp;bability</source>
        <translation>вероя&amp;тность</translation>
    </message>
    <message>
        <source>Follow-up tas&amp;ks</source>
        <translation>Зад&amp;ачи для связи</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Remo&amp;ve task</source>
        <translation>Уда&amp;лить задачу</translation>
    </message>
    <message>
        <source>When a deal enters this stage, each task below is created for the deal&apos;s owner, due the given number of days later.</source>
        <translation>Когда сделка переходит на этот этап, для её ответственного создаётся каждая задача из списка ниже со сроком через указанное число дней.</translation>
    </message>
    <message>
        <source>e.g. Call about the proposal</source>
        <translation>например, Созвониться по коммерческому предложению</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>день</numerusform>
            <numerusform>дня</numerusform>
            <numerusform>дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Add ta&amp;sk</source>
        <translation>До&amp;бавить задачу</translation>
    </message>
    <message>
        <source>Ne&amp;w task:</source>
        <translation>Новая зада&amp;ча:</translation>
    </message>
    <message>
        <source>due a&amp;fter</source>
        <translation>&amp;срок через</translation>
    </message>
    <message>
        <source>Open: %L1. Won or lost in this stage: %L2.</source>
        <translation>Открыто: %L1. Выиграно или проиграно на этом этапе: %L2.</translation>
    </message>
    <message>
        <source>Follow-up tas&amp;ks for “%1”</source>
        <translation>Зад&amp;ачи для связи на этапе «%1»</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Переименование воронки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are won or lost and stay in the stage they closed in; rename the stage instead.</source>
        <translation>
            <numerusform>%n из них выиграна или проиграна и остаётся на этапе, где была закрыта; вместо удаления переименуйте этап.</numerusform>
            <numerusform>%n из них выиграны или проиграны и остаются на этапе, где были закрыты; вместо удаления переименуйте этап.</numerusform>
            <numerusform>%n из них выиграны или проиграны и остаются на этапе, где были закрыты; вместо удаления переименуйте этап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages of the pipeline</source>
        <translation>Этапы воронки</translation>
    </message>
    <message>
        <source>Tasks of the stage</source>
        <translation>Задачи этапа</translation>
    </message>
</context>
<context>
    <name>loopline::PrivacyDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Privacy: %1</source>
        <translation>Персональные данные: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Версия текста</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>История согласий</translation>
    </message>
    <message>
        <source>Record consent &amp;given…</source>
        <translation>Зафиксировать &amp;согласие…</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal…</source>
        <translation>Зафиксировать &amp;отзыв согласия…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Экспорт персональных данных…</translation>
    </message>
    <message>
        <source>Everything held about the person, as JSON and vCard, for a data request</source>
        <translation>Все данные о человеке в форматах JSON и vCard — для ответа на запрос о персональных данных</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>С&amp;тереть…</translation>
    </message>
    <message>
        <source>Remove the person&apos;s data for good, as they asked; cannot be undone</source>
        <translation>Безвозвратно удалить данные человека по его просьбе; отменить нельзя</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>%1 agreed to receive marketing (text %2).</source>
        <translation>%1: дано согласие на маркетинговые рассылки (текст %2).</translation>
    </message>
    <message>
        <source>No consent has been recorded for %1: do not send them marketing.</source>
        <translation>Согласие для %1 не зафиксировано: не отправляйте этому контакту маркетинговые рассылки.</translation>
    </message>
    <message>
        <source>%1 withdrew consent: do not send them marketing.</source>
        <translation>%1: согласие отозвано, не отправляйте этому контакту маркетинговые рассылки.</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Where was it given (web form, booth, phone call)?</source>
        <translation>Где дано согласие (веб-форма, стенд, телефонный звонок)?</translation>
    </message>
    <message>
        <source>How was it withdrawn?</source>
        <translation>Как отозвано согласие?</translation>
    </message>
    <message>
        <source>Version of the consent text agreed to:</source>
        <translation>Версия принятого текста согласия:</translation>
    </message>
    <message>
        <source>Export personal data to</source>
        <translation>Экспорт персональных данных в папку</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Записано:
%1</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Стирание данных: %1</translation>
    </message>
    <message>
        <source>Why is the data erased (for example, the date and way of the person&apos;s request)?</source>
        <translation>Почему данные стираются (например, дата и способ обращения человека)?</translation>
    </message>
    <message>
        <source>Erase everything personal about %1: the contact, their emails, phones, consent history and timeline, and the personal fields of their leads? Deals stay, without them. This cannot be undone, and it holds on every copy of the database.</source>
        <translation>Стереть все персональные данные контакта %1: сам контакт, его адреса эл. почты, телефоны, историю согласий, историю контакта и персональные поля его лидов? Сделки останутся, но без него. Это действие нельзя отменить, и оно распространяется на все копии базы данных.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
</context>
<context>
    <name>loopline::QuestionnaireEditorDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Questionnaires:</source>
        <translation>&amp;Анкеты:</translation>
    </message>
    <message>
        <source>New &amp;template</source>
        <translation>Новый &amp;шаблон</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Архи&amp;вировать</translation>
    </message>
    <message>
        <source>Leads interested in it get this questionnaire</source>
        <translation>Эту анкету получат лиды, которые этим интересуются</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Product or service:</source>
        <translation>&amp;Продукт или услуга:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>По&amp;ля:</translation>
    </message>
    <message>
        <source>Changing the fields saves a new version of the questionnaire: leads keep the version they were answered under. The name and product are not versioned.</source>
        <translation>При изменении полей сохраняется новая версия анкеты: у лидов остаётся та версия, по которой они отвечали. Название и продукт не версионируются.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>The answer&apos;s name on the lead: small letters a–z, digits and _. Renaming it leaves answers given earlier under the old name.</source>
        <translation>Имя ответа в лиде: строчные латинские буквы a–z, цифры и _. После переименования ответы, данные ранее, остаются под старым именем.</translation>
    </message>
    <message>
        <source>For one-choice and several-choices fields: separated by commas, or one per line.</source>
        <translation>Для полей с одним или несколькими вариантами: через запятую или по одному в строке.</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Добавить поле</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Удалить поле</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Денежная сумма</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Да или нет</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Archived: not offered for new leads; answers given under it still read.</source>
        <translation>В архиве: новым лидам не предлагается; ответы, данные по этой анкете, по-прежнему доступны.</translation>
    </message>
    <message>
        <source>Built in: used when no other questionnaire fits the lead&apos;s interest.</source>
        <translation>Встроенная: используется, когда интересу лида не соответствует ни одна другая анкета.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Анкета перемещена в архив.</translation>
    </message>
    <message>
        <source>Unarchived.</source>
        <translation>Анкета возвращена из архива.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the new questionnaire?</source>
        <translation>Сохранить новую анкету?</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Сохранить изменения в анкете «%1»?</translation>
    </message>
    <message>
        <source>A built-in BANT field: the lead score reads it, so its key, type and choices stay.</source>
        <translation>Встроенное поле BANT: по нему рассчитывается оценка лида, поэтому его ключ, тип и варианты изменить нельзя.</translation>
    </message>
    <message>
        <source>Only one-choice and several-choices fields have choices.</source>
        <translation>Варианты есть только у полей с одним или несколькими вариантами.</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Поле %1</translation>
    </message>
    <message>
        <source>New — saving writes version 1.</source>
        <translation>Новая — при сохранении будет записана версия 1.</translation>
    </message>
    <message>
        <source>Version %1 — saving writes version %2; answers given under earlier versions keep them.</source>
        <translation>Версия %1 — при сохранении будет записана версия %2; ответы, данные по прежним версиям, останутся при них.</translation>
    </message>
    <message>
        <source>Version %1 — answers given under earlier versions keep them.</source>
        <translation>Версия %1 — ответы, данные по прежним версиям, остаются при них.</translation>
    </message>
    <message>
        <source>Built-in BANT fields cannot be removed.</source>
        <translation>Встроенные поля BANT удалить нельзя.</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Вернуть из архи&amp;ва</translation>
    </message>
    <message>
        <source>BANT is used when no other questionnaire fits; it cannot be archived.</source>
        <translation>Анкета BANT используется, когда не подходит ни одна другая, поэтому её нельзя архивировать.</translation>
    </message>
    <message>
        <source>Questionnaires — unsaved changes</source>
        <translation>Анкеты — несохранённые изменения</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
</context>
<context>
    <name>loopline::QuestionnaireForm</name>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>This questionnaire has no questions.</source>
        <translation>В этой анкете нет вопросов.</translation>
    </message>
    <message>
        <source>Questions marked * must be answered.</source>
        <translation>На вопросы, отмеченные *, нужно ответить обязательно.</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
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
    <name>loopline::RecordsDialog</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
</context>
<context>
    <name>loopline::RejectedDialog</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Изменения, отклонённые сервером</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <source>The server has taken every change made here.</source>
        <translation>Сервер принял все изменения, сделанные здесь.</translation>
    </message>
    <message>
        <source>C&amp;lear the list…</source>
        <translation>&amp;Очистить список…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Clear the list of refused changes? The records are not changed by this.</source>
        <translation>Очистить список отклонённых изменений? Сами записи при этом не меняются.</translation>
    </message>
</context>
<context>
    <name>loopline::ReportsPage</name>
    <message>
        <source>First day of the period (deals by closing date, leads by arrival)</source>
        <translation>Первый день периода (сделки — по дате закрытия, лиды — по дате поступления)</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Не удаётся прочитать отчёты: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Сохранить диаграмму в PNG…</translation>
    </message>
    <message>
        <source>Copy data as CSV</source>
        <translation>Копировать данные в формате CSV</translation>
    </message>
    <message>
        <source>Copied the data of “%1”</source>
        <translation>Данные диаграммы «%1» скопированы</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Диаграмма сохранена в %1</translation>
    </message>
    <message>
        <source>Cannot save the chart to %1</source>
        <translation>Не удаётся сохранить диаграмму в %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Only the deals and leads of this person</source>
        <translation>Только сделки и лиды этого сотрудника</translation>
    </message>
    <message>
        <source>Only leads from this source, and the deals they became</source>
        <translation>Только лиды из этого источника и сделки, в которые они превратились</translation>
    </message>
    <message>
        <source>Only leads of this campaign or event, and the deals they became</source>
        <translation>Только лиды этой кампании или мероприятия и сделки, в которые они превратились</translation>
    </message>
    <message>
        <source>Only leads and deals of this segment</source>
        <translation>Только лиды и сделки этого сегмента</translation>
    </message>
    <message>
        <source>Only deals of this pipeline</source>
        <translation>Только сделки этой воронки</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Кампания:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>Choose the charts on the dashboard</source>
        <translation>Выбрать диаграммы для панели</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation>Панель в &amp;PDF…</translation>
    </message>
    <message>
        <source>Numbers as &amp;XLSX…</source>
        <translation>Данные в &amp;XLSX…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF or its numbers as a spreadsheet</source>
        <translation>Сохранить панель в PDF или её данные в электронную таблицу</translation>
    </message>
    <message>
        <source>&amp;Reset to the default charts</source>
        <translation>&amp;Вернуть диаграммы по умолчанию</translation>
    </message>
    <message>
        <source>No charts on the dashboard. Choose some in the Charts menu above.</source>
        <translation>На панели нет диаграмм. Выберите их в меню «Диаграммы» выше.</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Loopline reports</source>
        <translation>Отчёты Loopline</translation>
    </message>
    <message>
        <source>No charts on the dashboard</source>
        <translation>На панели нет диаграмм</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Экспорт панели</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the dashboard to %1</source>
        <translation>Панель сохранена в %1</translation>
    </message>
    <message>
        <source>Save the numbers</source>
        <translation>Сохранение данных</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the numbers to %1</source>
        <translation>Данные сохранены в %1</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Сохранить данные в CSV…</translation>
    </message>
    <message>
        <source>Save data as XLSX…</source>
        <translation>Сохранить данные в XLSX…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Переместить ближе к началу</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Переместить ближе к концу</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>Убрать с панели</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Сохранение данных</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Took “%1” off the dashboard; the Charts menu brings it back</source>
        <translation>Диаграмма «%1» убрана с панели; вернуть её можно в меню «Диаграммы»</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop reading the reports (Esc)</source>
        <translation>Прекратить чтение отчётов (Esc)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Not read: reading was stopped. Press F5 to read the reports.</source>
        <translation>Не прочитано: чтение остановлено. Нажмите F5, чтобы прочитать отчёты.</translation>
    </message>
    <message>
        <source>Stopped reading the reports</source>
        <translation>Чтение отчётов остановлено</translation>
    </message>
    <message>
        <source>Reading the reports: %1 of %2</source>
        <translation>Чтение отчётов: %1 из %2</translation>
    </message>
    <message>
        <source>List the records of</source>
        <translation>Показать записи</translation>
    </message>
</context>
<context>
    <name>loopline::RestoreDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n компания</numerusform>
            <numerusform>%n компании</numerusform>
            <numerusform>%n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation>Резервные копии %1 в %2:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet. File → Back Up Now makes one; &quot;Other file…&quot; restores a copy kept elsewhere.</source>
        <translation>Резервных копий %1 в %2 пока нет. Файл → Сделать резервную копию создаёт её; «Другой файл…» восстанавливает копию, хранящуюся в другом месте.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Другой файл…</translation>
    </message>
    <message>
        <source>Checked, sound: %1.</source>
        <translation>Проверена, исправна: %1.</translation>
    </message>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>Нельзя восстановить: %1</translation>
    </message>
    <message>
        <source>Restore from a File</source>
        <translation>Восстановление из файла</translation>
    </message>
    <message>
        <source>Loopline databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы Loopline (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2?</source>
        <translation>Заменить базу %1 резервной копией %2?</translation>
    </message>
    <message>
        <source>The backup holds %1. Changes made since it was taken are not in it. The current file is kept as %2, and Loopline starts again on the backup.</source>
        <translation>В резервной копии: %1. Изменений, сделанных после неё, в ней нет. Текущий файл сохранится как %2, и Loopline перезапустится на резервной копии.</translation>
    </message>
</context>
<context>
    <name>loopline::SegmentComboBox</name>
    <message>
        <source>Choose a segment or type a new one</source>
        <translation>Выберите сегмент или введите новый</translation>
    </message>
</context>
<context>
    <name>loopline::SegmentsDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Архи&amp;вировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Add c&amp;riterion</source>
        <translation>Добавить к&amp;ритерий</translation>
    </message>
    <message>
        <source>Remo&amp;ve criterion</source>
        <translation>У&amp;брать критерий</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Add a segment</source>
        <translation>Добавить сегмент</translation>
    </message>
    <message>
        <source>Rename the segment; its leads, contacts and deals follow</source>
        <translation>Переименовать сегмент; его лиды, контакты и сделки получат новое название</translation>
    </message>
    <message>
        <source>Delete a segment no record uses</source>
        <translation>Удалить сегмент, который не используется ни в одной записи</translation>
    </message>
    <message>
        <source>Se&amp;gments:</source>
        <translation>Се&amp;гменты:</translation>
    </message>
    <message>
        <source>e.g. Retail chains</source>
        <translation>например, Розничные сети</translation>
    </message>
    <message>
        <source>What the group needs and the problems it wants solved, in its own words</source>
        <translation>Что нужно этой группе и какие задачи она хочет решить — её словами</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>What the group&apos;s buyers choose by, financial and not, and how much each counts (1–100)</source>
        <translation>По каким критериям выбирают покупатели этой группы — финансовым и нефинансовым — и насколько важен каждый (1–100)</translation>
    </message>
    <message>
        <source>Buyers&apos; selection &amp;criteria</source>
        <translation>&amp;Критерии выбора покупателей</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>П&amp;отребности:</translation>
    </message>
    <message>
        <source>Archived: no longer offered in the forms; its records keep it</source>
        <translation>В архиве: больше не предлагается в формах; в записях сохраняется</translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation>Критериев пока нет</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Общий вес: %1</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Вернуть из архи&amp;ва</translation>
    </message>
    <message>
        <source>Offer the segment in the forms again</source>
        <translation>Снова предлагать сегмент в формах</translation>
    </message>
    <message>
        <source>Stop offering the segment in the forms; its records keep it</source>
        <translation>Больше не предлагать сегмент в формах; в записях он сохранится</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Новый сегмент %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Удаление сегмента</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot; and its criteria? This takes effect when you save.</source>
        <translation>Удалить сегмент «%1» и его критерии? Изменение вступит в силу после сохранения.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Selection criteria</source>
        <translation>Критерии выбора</translation>
    </message>
</context>
<context>
    <name>loopline::SendCollateralDialog</name>
    <message>
        <source>Send collateral</source>
        <translation>Отправка материалов</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>&amp;Отметить как отправленные</translation>
    </message>
    <message>
        <source>Record that the chosen pieces were sent to the deal today</source>
        <translation>Отметить, что выбранные материалы сегодня отправлены по этой сделке</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Meant for this deal&apos;s stage or segment</source>
        <translation>Предназначен для этапа или сегмента этой сделки</translation>
    </message>
    <message>
        <source>Nothing left to send: everything in the library was sent to this deal already, or the library is empty (Deals → Collateral…).</source>
        <translation>Отправлять больше нечего: все материалы из библиотеки уже отправлены по этой сделке, или библиотека пуста (Сделки → Маркетинговые материалы…).</translation>
    </message>
    <message>
        <source>Choose what was sent to the client (Ctrl+click for several). Pieces meant for the deal&apos;s stage or segment are in bold.</source>
        <translation>Выберите, что было отправлено клиенту (Ctrl+щелчок — несколько). Материалы для этапа или сегмента сделки выделены полужирным.</translation>
    </message>
    <message>
        <source>Collateral to send</source>
        <translation>Материалы для отправки</translation>
    </message>
</context>
<context>
    <name>loopline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Backups of the local database</source>
        <translation>Резервные копии локальной базы</translation>
    </message>
    <message>
        <source>&quot;backups&quot; beside the database</source>
        <translation>«backups» рядом с базой</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Только по запросу</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Каждые:</translation>
    </message>
    <message>
        <source>A backup is taken when Loopline starts or runs and the newest is older than this.</source>
        <translation>Резервная копия делается при запуске или во время работы Loopline, если последняя старше этого срока.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последних:</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours, abbreviated</comment>
        <translation> ч</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>L&amp;ook:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>Loopline shows a new language or look when it starts again.</source>
        <translation>Новый язык или оформление появятся после перезапуска Loopline.</translation>
    </message>
</context>
<context>
    <name>loopline::SyncController</name>
    <message>
        <source>Syncing with %1…</source>
        <translation>Синхронизация с %1…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n изменение к отправке</numerusform>
            <numerusform>%n изменения к отправке</numerusform>
            <numerusform>%n изменений к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped; what was done is kept.</source>
        <translation>Синхронизация остановлена; сделанное сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) sent, %1 record(s) brought up to date.</source>
        <translation>
            <numerusform>Синхронизировано: отправлено %n изменение, обновлено записей: %1.</numerusform>
            <numerusform>Синхронизировано: отправлено %n изменения, обновлено записей: %1.</numerusform>
            <numerusform>Синхронизировано: отправлено %n изменений, обновлено записей: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced. The server refused %n change(s); see Team → Refused changes.</source>
        <translation>
            <numerusform>Синхронизировано. Сервер отклонил %n изменение; см. Команда → Отклонённые изменения.</numerusform>
            <numerusform>Синхронизировано. Сервер отклонил %n изменения; см. Команда → Отклонённые изменения.</numerusform>
            <numerusform>Синхронизировано. Сервер отклонил %n изменений; см. Команда → Отклонённые изменения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::TaskDialog</name>
    <message>
        <source>Reschedule task</source>
        <translation>Перенос срока задачи</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Заме&amp;тки:</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>loopline::TasksPage</name>
    <message numerus="yes">
        <source>%Ln minute(s) late</source>
        <translation>
            <numerusform>просрочено на %Ln минуту</numerusform>
            <numerusform>просрочено на %Ln минуты</numerusform>
            <numerusform>просрочено на %Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>через %Ln минуту</numerusform>
            <numerusform>через %Ln минуты</numerusform>
            <numerusform>через %Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) late</source>
        <translation>
            <numerusform>просрочено на %Ln час</numerusform>
            <numerusform>просрочено на %Ln часа</numerusform>
            <numerusform>просрочено на %Ln часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>через %Ln час</numerusform>
            <numerusform>через %Ln часа</numerusform>
            <numerusform>через %Ln часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>просрочено на %Ln день</numerusform>
            <numerusform>просрочено на %Ln дня</numerusform>
            <numerusform>просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Добавить задачу…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Пере&amp;нести…</translation>
    </message>
    <message>
        <source>Add a task of your own</source>
        <translation>Добавить собственную задачу</translation>
    </message>
    <message>
        <source>Change when the selected task is due</source>
        <translation>Изменить срок выбранной задачи</translation>
    </message>
    <message>
        <source>Space: done / not done · Enter: open the lead or deal · Del: delete</source>
        <translation>Пробел: выполнено / не выполнено · Enter: открыть лид или сделку · Del: удалить</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Задач нет.</translation>
    </message>
    <message>
        <source>Tasks appear here when a lead is handed to you or a deal enters a stage with follow-up tasks. Add one of your own with &lt;b&gt;Add task…&lt;/b&gt;.</source>
        <translation>Задачи появляются здесь, когда вам передают лид или сделка переходит на этап с задачами для связи. Добавьте собственную задачу кнопкой &lt;b&gt;Добавить задачу…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>My tasks — %1</source>
        <translation>Мои задачи — %1</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Не удаётся прочитать задачи</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln просроченная</numerusform>
            <numerusform>%Ln просроченные</numerusform>
            <numerusform>%Ln просроченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln на сегодня</numerusform>
            <numerusform>%Ln на сегодня</numerusform>
            <numerusform>%Ln на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <translation>
            <numerusform>%Ln предстоящая</numerusform>
            <numerusform>%Ln предстоящие</numerusform>
            <numerusform>%Ln предстоящих</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Все задачи выполнены.</translation>
    </message>
    <message>
        <source>Cannot change the task</source>
        <translation>Не удаётся изменить задачу</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Удаление задачи</translation>
    </message>
    <message>
        <source>Delete the task “%1”?</source>
        <translation>Удалить задачу «%1»?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Mark as &amp;not done</source>
        <translation>Отметить как не&amp;выполненную</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Отметить как &amp;выполненную</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>выполнена %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>due time · how far off</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>loopline::TimelineWidget</name>
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
        <source>Handed off</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>За&amp;писать</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>What to log: a note, a call, a meeting or an e-mail</source>
        <translation>Что записать: заметку, звонок, встречу или письмо</translation>
    </message>
    <message>
        <source>What was said on the call, and what next…</source>
        <translation>О чём говорили по телефону и что дальше…</translation>
    </message>
    <message>
        <source>Who met, what was agreed…</source>
        <translation>Кто встречался, о чём договорились…</translation>
    </message>
    <message>
        <source>What was sent or received…</source>
        <translation>Что отправлено или получено…</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>New timeline note</source>
        <translation>Новая заметка в истории</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Вид записи</translation>
    </message>
</context>
<context>
    <name>loopline::UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Booth staff</source>
        <translation>Сотрудник стенда</translation>
    </message>
    <message>
        <source>Users of the team server</source>
        <translation>Пользователи командного сервера</translation>
    </message>
    <message>
        <source>Who may log in to %1, and with which rights. The server enforces the rights: a sales rep sees their own leads and deals, an SDR the lead queue, booth staff can only add leads.</source>
        <translation>Кто может входить в %1 и с какими правами. Права обеспечивает сервер: менеджер по продажам видит свои лиды и сделки, SDR — очередь лидов, сотрудники стенда могут только добавлять лиды.</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Задать &amp;пароль…</translation>
    </message>
    <message>
        <source>Re&amp;move login…</source>
        <translation>&amp;Удалить учётную запись…</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(нет учётной записи)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Team &amp;member:</source>
        <translation>&amp;Участник команды:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Роль %1:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Новый пароль для %1:</translation>
    </message>
    <message>
        <source>Remove login</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Remove the login %1? The team member and their records stay; they can no longer log in.</source>
        <translation>Удалить учётную запись %1? Участник команды и его записи останутся, но войти он больше не сможет.</translation>
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
    <message>
        <source>Screen to show: contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks or reports.</source>
        <translation>Экран, который нужно показать: contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks или reports.</translation>
    </message>
    <message>
        <source>--view must be contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks or reports, not &quot;%1&quot;.</source>
        <translation>Значение --view должно быть contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks или reports, а не «%1».</translation>
    </message>
    <message>
        <source>Start in booth mode, the full-screen lead capture form, for this event (a trade show).</source>
        <translation>Запустить режим стенда (полноэкранную форму сбора лидов) для этого мероприятия (выставки).</translation>
    </message>
    <message>
        <source>--booth needs the name of the event.</source>
        <translation>Для --booth нужно указать название мероприятия.</translation>
    </message>
    <message>
        <source>Booth mode</source>
        <translation>Режим стенда</translation>
    </message>
    <message>
        <source>Work on a local replica of the --server&apos;s database in &lt;path&gt;, usable offline; it syncs with the server on start, every five minutes and on F9. A replica made before remembers its server.</source>
        <translation>Работать с локальной репликой базы --server в &lt;path&gt;, доступной офлайн; она синхронизируется с сервером при запуске, каждые пять минут и по F9. Созданная ранее реплика помнит свой сервер.</translation>
    </message>
    <message>
        <source>Set up (or upgrade) the team database on the --server: tables, roles and their rights. Then exit.</source>
        <translation>Настроить (или обновить) командную базу на --server: таблицы, роли и их права. Затем выйти.</translation>
    </message>
    <message>
        <source>Sync the --replica with the --server once, without a window, then exit.</source>
        <translation>Один раз синхронизировать --replica с --server без окна, затем выйти.</translation>
    </message>
    <message>
        <source>--init-server needs --server URL.</source>
        <translation>Для --init-server нужен --server URL.</translation>
    </message>
    <message>
        <source>--sync needs --replica PATH.</source>
        <translation>Для --sync нужен --replica PATH.</translation>
    </message>
    <message>
        <source>Give either --db or --replica, not both.</source>
        <translation>Укажите либо --db, либо --replica, но не оба.</translation>
    </message>
    <message>
        <source>The team database on %1 is ready (schema %2).</source>
        <translation>Командная база на %1 готова (схема %2).</translation>
    </message>
    <message>
        <source>Team server set-up</source>
        <translation>Настройка командного сервера</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replica of a team server yet: give --server URL the first time.</source>
        <translation>«%1» ещё не реплика командного сервера: в первый раз укажите --server URL.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Loopline cannot open %1: the file is damaged.</source>
        <translation>Loopline не может открыть %1: файл повреждён.</translation>
    </message>
    <message>
        <source>%1

Restore a backup to go on from a sound copy; the damaged file is kept beside it.</source>
        <translation>%1

Восстановите резервную копию, чтобы продолжить с исправной копии; повреждённый файл сохранится рядом.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Welcome to Loopline</source>
        <translation>Добро пожаловать в Loopline</translation>
    </message>
    <message>
        <source>Look: light, dark or system (default: as in the settings).</source>
        <translation>Оформление: light (светлое), dark (тёмное) или system (как в системе); по умолчанию — как в настройках.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, not &quot;%1&quot;.</source>
        <translation>--theme должен быть light, dark или system, а не «%1».</translation>
    </message>
</context>
</TS>
