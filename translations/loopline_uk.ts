<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Backups</name>
    <message>
        <source>Only a local database is backed up by Loopline; the team server is backed up by its administrator.</source>
        <translation>Loopline робить резервні копії лише локальної бази; сервер команди копіює його адміністратор.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>Не вдається створити теку резервних копій «%1».</translation>
    </message>
    <message>
        <source>Cannot write a backup to &quot;%1&quot;: %2</source>
        <translation>Не вдається записати резервну копію до «%1»: %2</translation>
    </message>
    <message>
        <source>the file could not be renamed to &quot;%1&quot;.</source>
        <translation>файл не вдалося перейменувати на «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist or is empty.</source>
        <translation>«%1» не існує або порожній.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>«%1» не читається: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database (it is not an SQLite file).</source>
        <translation>«%1» — не база Loopline (це не файл SQLite).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>«%1» не відкривається: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>«%1» пошкоджено: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Loopline database.</source>
        <translation>«%1» — не база Loopline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer version of Loopline (schema %2).</source>
        <translation>«%1» створено новішою версією Loopline (схема %2).</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1 Nothing was changed.</source>
        <translation>Цю резервну копію не можна відновити: %1 Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to &quot;%1&quot;. Nothing was changed.</source>
        <translation>Не вдається скопіювати резервну копію поруч із «%1». Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of &quot;%1&quot; before restoring. Nothing was changed.</source>
        <translation>Не вдається зберегти копію «%1» перед відновленням. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of &quot;%1&quot;: %2</source>
        <translation>Не вдається поставити резервну копію на місце «%1»: %2</translation>
    </message>
</context>
<context>
    <name>BoothCapture</name>
    <message>
        <source>Exhibition</source>
        <translation>Виставка</translation>
    </message>
    <message>
        <source>Choose the event the booth is at.</source>
        <translation>Виберіть захід, на якому працює стенд.</translation>
    </message>
    <message>
        <source>Set the version of the consent text shown at the booth.</source>
        <translation>Укажіть версію тексту згоди, який показують на стенді.</translation>
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
        <translation>Укажіть назву кампанії.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a currency code.</source>
        <translation>Валюта: «%1» не є кодом валюти.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation>Дата завершення «%1» раніша за дату початку.</translation>
    </message>
    <message>
        <source>The figures of &quot;%1&quot; cannot be negative.</source>
        <translation>Показники «%1» не можуть бути від’ємними.</translation>
    </message>
    <message>
        <source>There is already a campaign called &quot;%1&quot;.</source>
        <translation>Кампанія «%1» уже існує.</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>Кампанію створено</translation>
    </message>
    <message>
        <source>The campaign was deleted by someone else.</source>
        <translation>Кампанію видалив інший користувач.</translation>
    </message>
</context>
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
    <name>ChartBuilder</name>
    <message>
        <source>Won and lost deals by month</source>
        <translation>Виграні та програні угоди за місяцями</translation>
    </message>
    <message>
        <source>Won and lost deals by rep</source>
        <translation>Виграні та програні угоди за менеджерами</translation>
    </message>
    <message>
        <source>Won and lost deals by lead source</source>
        <translation>Виграні та програні угоди за джерелами лідів</translation>
    </message>
    <message>
        <source>Won and lost deals by campaign</source>
        <translation>Виграні та програні угоди за кампаніями</translation>
    </message>
    <message>
        <source>Won and lost deals by segment</source>
        <translation>Виграні та програні угоди за сегментами</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Причини програшу угод</translation>
    </message>
    <message>
        <source>Competitors in closed deals</source>
        <translation>Конкуренти в закритих угодах</translation>
    </message>
    <message>
        <source>Lead funnel</source>
        <translation>Воронка лідів</translation>
    </message>
    <message>
        <source>Deal funnel: how far deals got</source>
        <translation>Воронка угод: докуди дійшли угоди</translation>
    </message>
    <message>
        <source>Campaigns and events: cost against won revenue</source>
        <translation>Кампанії та заходи: витрати й дохід від виграних угод</translation>
    </message>
    <message>
        <source>Campaign plan against actual</source>
        <translation>План і факт кампанії</translation>
    </message>
    <message>
        <source>SDRs: first response within the SLA</source>
        <translation>SDR: перша відповідь у межах SLA</translation>
    </message>
    <message>
        <source>Sales reps: won revenue</source>
        <translation>Менеджери: дохід від виграних угод</translation>
    </message>
    <message>
        <source>Forecast for the next six months</source>
        <translation>Прогноз на найближчі шість місяців</translation>
    </message>
    <message>
        <source>Collateral: win rate with and without it</source>
        <translation>Маркетингові матеріали: частка перемог із ними й без них</translation>
    </message>
    <message>
        <source>No closed deals in this period</source>
        <translation>За цей період немає закритих угод</translation>
    </message>
    <message>
        <source>No lost deals in this period</source>
        <translation>За цей період немає програних угод</translation>
    </message>
    <message>
        <source>No competitors named in this period</source>
        <translation>За цей період конкурентів не зазначено</translation>
    </message>
    <message>
        <source>No leads arrived in this period</source>
        <translation>За цей період ліди не надходили</translation>
    </message>
    <message>
        <source>No deals were created in this period</source>
        <translation>За цей період угоди не створювалися</translation>
    </message>
    <message>
        <source>No campaigns ran in this period</source>
        <translation>У цей період кампаній не було</translation>
    </message>
    <message>
        <source>No campaign with a plan ran in this period</source>
        <translation>У цей період не було кампаній із планом</translation>
    </message>
    <message>
        <source>No leads were taken in this period</source>
        <translation>За цей період ліди не бралися в роботу</translation>
    </message>
    <message>
        <source>No leads or closed deals of reps in this period</source>
        <translation>За цей період у менеджерів немає лідів і закритих угод</translation>
    </message>
    <message>
        <source>No open deals with an expected close date</source>
        <translation>Немає відкритих угод з очікуваною датою закриття</translation>
    </message>
    <message>
        <source>No collateral was sent to the deals closed in this period</source>
        <translation>Для угод, закритих за цей період, матеріали не надсилалися</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>млн %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>тис. %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <source>Won value, %1</source>
        <translation>Сума виграних, %1</translation>
    </message>
    <message>
        <source>%1: %2 won (%3), %4 lost</source>
        <translation>%1: виграно %2 (%3), програно %4</translation>
    </message>
    <message>
        <source>Deals won in %1</source>
        <translation>Угоди, виграні протягом %1</translation>
    </message>
    <message>
        <source>Deals lost in %1</source>
        <translation>Угоди, програні протягом %1</translation>
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
        <translation>Джерело ліда</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Частка перемог</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(без відповідального)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(без кампанії)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <source>%1 — %2 % won</source>
        <translation>%1 — %2 % перемог</translation>
    </message>
    <message>
        <source>Deals won — %1</source>
        <translation>Виграні угоди — %1</translation>
    </message>
    <message>
        <source>Deals lost — %1</source>
        <translation>Програні угоди — %1</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Програні угоди</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lost deal(s)</source>
        <translation>
            <numerusform>%1: %n програна угода</numerusform>
            <numerusform>%1: %n програні угоди</numerusform>
            <numerusform>%1: %n програних угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Закриті угоди</translation>
    </message>
    <message>
        <source>Won by us</source>
        <translation>Виграли ми</translation>
    </message>
    <message>
        <source>Won by them</source>
        <translation>Виграв конкурент</translation>
    </message>
    <message>
        <source>Lost to others</source>
        <translation>Програно іншим</translation>
    </message>
    <message>
        <source>%1: in %2 closed deals, %3 won by us, %4 won by them (%5 % win rate)</source>
        <translation>%1: закритих угод — %2, виграли ми — %3, виграв конкурент — %4 (частка перемог — %5 %)</translation>
    </message>
    <message>
        <source>Closed deals with %1</source>
        <translation>Закриті угоди з конкурентом %1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Went on from the step before</source>
        <translation>Перейшли з попереднього кроку</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n угода</numerusform>
            <numerusform>%1: %n угоди</numerusform>
            <numerusform>%1: %n угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation>
            <numerusform>%1: %n лід</numerusform>
            <numerusform>%1: %n ліди</numerusform>
            <numerusform>%1: %n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of those at “%2” got here</source>
        <translation>%1 % від тих, що дійшли до «%2»</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>Угоди, що дійшли до «%1»</translation>
    </message>
    <message>
        <source>Leads that reached “%1”</source>
        <translation>Ліди, що дійшли до «%1»</translation>
    </message>
    <message>
        <source>Cost, %1</source>
        <translation>Витрати, %1</translation>
    </message>
    <message>
        <source>Won revenue, %1</source>
        <translation>Дохід, %1</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Виграні угоди</translation>
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
            <numerusform>%1: витрати %2, дохід %3 від %n ліда</numerusform>
            <numerusform>%1: витрати %2, дохід %3 від %n лідів</numerusform>
            <numerusform>%1: витрати %2, дохід %3 від %n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads of %1</source>
        <translation>Ліди: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
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
        <translation>Факт, % від плану</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Відвідування сайту</translation>
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
        <translation>Дохід</translation>
    </message>
    <message>
        <source>%1: %2 against a plan of %3 (%4 %)</source>
        <translation>%1: %2 за плану %3 (%4 %)</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Вартість контакту</translation>
    </message>
    <message>
        <source>Cost per visit</source>
        <translation>Вартість відвідування</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Вартість ліда</translation>
    </message>
    <message>
        <source>Cost per MQL</source>
        <translation>Вартість MQL</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Вартість виграної угоди</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% від плану</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Leads taken</source>
        <translation>Взято лідів</translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>У межах SLA</translation>
    </message>
    <message>
        <source>Share within the SLA</source>
        <translation>Частка в межах SLA</translation>
    </message>
    <message>
        <source>Average first response, minutes</source>
        <translation>Середній час першої відповіді, хв</translation>
    </message>
    <message>
        <source>Bonus, %1</source>
        <translation>Бонус, %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <source>%1 — %2 min on average</source>
        <translation>%1 — у середньому %2 хв</translation>
    </message>
    <message>
        <source>%1: %2 leads taken, %3 % within the SLA; bonus %4</source>
        <translation>%1: взято лідів — %2, у межах SLA — %3 %; бонус %4</translation>
    </message>
    <message>
        <source>Leads taken by %1</source>
        <translation>Ліди, взяті в роботу: %1</translation>
    </message>
    <message>
        <source>Converted leads</source>
        <translation>Конвертовані ліди</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <source>Average deal, %1</source>
        <translation>Середня угода, %1</translation>
    </message>
    <message>
        <source>Customer lifetime, months</source>
        <translation>Час життя клієнта, міс.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n won</source>
        <translation>
            <numerusform>%1 — %n перемога</numerusform>
            <numerusform>%1 — %n перемоги</numerusform>
            <numerusform>%1 — %n перемог</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 won, %3 lost; won %4, average deal %5; customers stay %6 months; %7 % of leads converted</source>
        <translation>%1: виграно %2, програно %3; дохід %4, середня угода %5; клієнти залишаються %6 міс.; конвертовано %7 % лідів</translation>
    </message>
    <message>
        <source>Deals won by %1</source>
        <translation>Виграні угоди: %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Відкриті угоди</translation>
    </message>
    <message>
        <source>Expected, %1</source>
        <translation>Очікувана сума, %1</translation>
    </message>
    <message>
        <source>Unweighted pipeline, %1</source>
        <translation>Воронка без зважування, %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очікувана сума</translation>
    </message>
    <message>
        <source>Unweighted</source>
        <translation>Без зважування</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 expected from %n open deal(s), %3 unweighted</source>
        <translation>
            <numerusform>Протягом %1 очікується %2 від %n відкритої угоди, без зважування — %3</numerusform>
            <numerusform>Протягом %1 очікується %2 від %n відкритих угод, без зважування — %3</numerusform>
            <numerusform>Протягом %1 очікується %2 від %n відкритих угод, без зважування — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deals expected to close in %1</source>
        <translation>Відкриті угоди із закриттям протягом %1</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Матеріал</translation>
    </message>
    <message>
        <source>Closed deals it was sent to</source>
        <translation>Закриті угоди з матеріалом</translation>
    </message>
    <message>
        <source>Won with it</source>
        <translation>Виграно з матеріалом</translation>
    </message>
    <message>
        <source>Win rate with it</source>
        <translation>Частка перемог з матеріалом</translation>
    </message>
    <message>
        <source>Closed deals without it</source>
        <translation>Закриті угоди без матеріалу</translation>
    </message>
    <message>
        <source>Won without it</source>
        <translation>Виграно без матеріалу</translation>
    </message>
    <message>
        <source>Win rate without it</source>
        <translation>Частка перемог без матеріалу</translation>
    </message>
    <message>
        <source>Win rate with it, %</source>
        <translation>Частка перемог з матеріалом, %</translation>
    </message>
    <message>
        <source>Win rate without it, %</source>
        <translation>Частка перемог без матеріалу, %</translation>
    </message>
    <message>
        <source>%1: %2 % won of %3 closed deals it was sent to, %4 % of the %5 others</source>
        <translation>%1: з матеріалом виграно %2 % із %3 закритих угод, без нього — %4 % із %5</translation>
    </message>
    <message>
        <source>Closed deals sent “%1”</source>
        <translation>Закриті угоди, для яких надіслано «%1»</translation>
    </message>
    <message>
        <source>% of closed deals won</source>
        <translation>Виграно, % закритих угод</translation>
    </message>
    <message>
        <source>(not from a lead)</source>
        <translation>(не з ліда)</translation>
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
        <translation>Дослідження</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Collateral needs a title.</source>
        <translation>Укажіть назву матеріалу.</translation>
    </message>
    <message>
        <source>The stage of &quot;%1&quot; was deleted by someone else; choose another one.</source>
        <translation>Етап матеріалу «%1» видалив інший користувач; виберіть інший.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else; it cannot be saved.</source>
        <translation>Матеріал «%1» видалив інший користувач, зберегти його неможливо.</translation>
    </message>
    <message>
        <source>The collateral was deleted by someone else.</source>
        <translation>Матеріал видалив інший користувач.</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Угоду видалив інший користувач.</translation>
    </message>
    <message>
        <source>The collateral was deleted by someone else; choose it again.</source>
        <translation>Матеріал видалив інший користувач; виберіть матеріал знову.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; it is no longer sent.</source>
        <translation>Матеріал «%1» в архіві й більше не надсилається.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Надіслано матеріал: %1</translation>
    </message>
    <message>
        <source>No longer counted as sent: %1</source>
        <translation>Більше не вважається надісланим: %1</translation>
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
    <name>CompetitorStore</name>
    <message>
        <source>A competitor needs a name.</source>
        <translation>Укажіть назву конкурента.</translation>
    </message>
    <message>
        <source>There is already a competitor called &quot;%1&quot;.</source>
        <translation>Конкурент «%1» уже існує.</translation>
    </message>
    <message>
        <source>The competitor was deleted by someone else; it cannot be saved.</source>
        <translation>Конкурента видалив інший користувач, зберегти його неможливо.</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Угоду видалив інший користувач.</translation>
    </message>
    <message>
        <source>A competitor of this deal was deleted by someone else; pick it again.</source>
        <translation>Одного з конкурентів цієї угоди видалив інший користувач; виберіть конкурента знову.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренти</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>This conflict is no longer there.</source>
        <translation>Цього конфлікту більше немає.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be set from the conflict list.</source>
        <translation>Поле «%1» не можна змінити зі списку конфліктів.</translation>
    </message>
    <message>
        <source>The record of this conflict has been deleted; there is nothing to change.</source>
        <translation>Запис цього конфлікту видалено; змінювати нічого.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адреса ел. пошти</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
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
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
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
        <translation>Очікуване закриття</translation>
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
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>The server %1 did not accept the user name &quot;%2&quot; with that password.</source>
        <translation>Сервер %1 не прийняв ім&apos;я користувача «%2» з цим паролем.</translation>
    </message>
    <message>
        <source>The server %1 does not answer. Check the host name and port, and that you are online; on a laptop you can go on working on your replica.</source>
        <translation>Сервер %1 не відповідає. Перевірте ім&apos;я хоста, порт і підключення до мережі; на ноутбуці можна й далі працювати з реплікою.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made: the server does not offer TLS, or its certificate does not match the CA file or the host name.</source>
        <translation>Не вдалося встановити захищене (TLS) з&apos;єднання з %1: сервер не підтримує TLS або його сертифікат не відповідає файлу CA чи імені хоста.</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;.</source>
        <translation>На сервері %1 немає бази даних «%2».</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не вдається підключитися до %1: %2</translation>
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
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не імпортувати</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
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
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Other email</source>
        <translation>Інша ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобільний телефон</translation>
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
        <source>Company website</source>
        <translation>Вебсайт компанії</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
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
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Згода на маркетингові розсилки</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>No column is imported as a name. Choose the column that holds the full name, or the first or last name.</source>
        <translation>Жоден стовпець не імпортується як ім’я. Виберіть стовпець із повним ім’ям або з ім’ям чи прізвищем.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
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
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Імпорт: %1</translation>
    </message>
    <message>
        <source>not recorded (imported)</source>
        <translation>не вказано (імпорт)</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>У рядку %n поле, а в заголовку — %1.</numerusform>
            <numerusform>У рядку %n поля, а в заголовку — %1.</numerusform>
            <numerusform>У рядку %n полів, а в заголовку — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» не є адресою ел. пошти (очікуваний формат: name@example.com).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be dialled (region %2).</source>
        <translation>«%1» не є номером телефону, за яким можна зателефонувати (регіон %2).</translation>
    </message>
    <message>
        <source>“%1” is not a web site or domain (expected example.com).</source>
        <translation>«%1» не є вебсайтом або доменом (очікуваний формат: example.com).</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected for example 2024-03-31, 31.03.2024 or 03/31/2024).</source>
        <translation>«%1» не є датою (очікується, наприклад, 2024-03-31, 31.03.2024 або 03/31/2024).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» не означає ні «так», ні «ні».</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>У рядку немає імені.</translation>
    </message>
    <message>
        <source>Row %1, line %2: %3</source>
        <translation>Рядок %1 (рядок файлу %2): %3</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>У файлі є заголовок, але немає рядків.</translation>
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
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Unticked on the contact form</source>
        <translation>Позначку знято в картці контакту</translation>
    </message>
    <message>
        <source>%1 was erased at their request and cannot be brought back.</source>
        <translation>Дані контакту %1 стерто на його прохання, відновити їх не можна.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>вертикальна риска</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>column %1 is not valid UTF-8 text. Choose the file&apos;s encoding (for example Windows-1251) or save it again as CSV UTF-8.</source>
        <translation>текст у стовпці %1 не є коректним UTF-8. Виберіть кодування файлу (наприклад, Windows-1251) або збережіть його повторно у форматі CSV UTF-8.</translation>
    </message>
    <message>
        <source>a quoted field in column %1 never ends; a closing quote (&quot;) is missing.</source>
        <translation>поле в лапках у стовпці %1 не закрито: бракує закривальної лапки (&quot;).</translation>
    </message>
    <message>
        <source>the file holds binary data (a NUL byte); it is not a CSV file.</source>
        <translation>файл містить двійкові дані (байт NUL), це не CSV-файл.</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB; the file is probably not CSV, or a quote is missing.</source>
        <translation>запис довший за %1 МіБ: імовірно, це не CSV-файл або пропущено лапку.</translation>
    </message>
    <message>
        <source>text follows the closing quote in column %1; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>у стовпці %1 після закривальної лапки йде текст; лапку всередині поля в лапках потрібно подвоювати (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB; the file is probably not CSV.</source>
        <translation>запис довший за %1 МіБ: імовірно, це не CSV-файл.</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» не є кодом валюти.</translation>
    </message>
    <message>
        <source>The rate for %1 must be above zero.</source>
        <translation>Курс для %1 має бути більшим за нуль.</translation>
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
    <message>
        <source>The team database on %1 is an older Loopline database (schema %2; this version needs %3). Ask your administrator to upgrade it with loopline --init-server.</source>
        <translation>Командна база на %1 — старіша база Loopline (схема %2; цій версії потрібна %3). Попросіть адміністратора оновити її командою loopline --init-server.</translation>
    </message>
</context>
<context>
    <name>DealClosing</name>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Угоду видалив інший користувач.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already closed (%2); reopen it before closing it again.</source>
        <translation>Угоду «%1» уже закрито (%2); відкрийте її знову, перш ніж закривати ще раз.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Виберіть причину програшу угоди.</translation>
    </message>
    <message>
        <source>There is no loss reason &quot;%1&quot;; choose another one.</source>
        <translation>Причини програшу «%1» не існує; виберіть іншу.</translation>
    </message>
    <message>
        <source>The loss reason &quot;%1&quot; is archived; choose another one.</source>
        <translation>Причина програшу «%1» в архіві; виберіть іншу.</translation>
    </message>
    <message>
        <source>The final amount cannot be negative.</source>
        <translation>Підсумкова сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was closed by someone else meanwhile.</source>
        <translation>Угоду «%1» тим часом закрив інший користувач.</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Виграна: %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Дата закриття: %1</translation>
    </message>
    <message>
        <source>Name the competitor that won &quot;%1&quot;.</source>
        <translation>Укажіть конкурента, який виграв угоду «%1».</translation>
    </message>
    <message>
        <source>The competitor was deleted by someone else; choose it again.</source>
        <translation>Конкурента видалив інший користувач; виберіть конкурента знову.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Програна: %1</translation>
    </message>
    <message>
        <source>Won by: %1</source>
        <translation>Переможець: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Коментар: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open already.</source>
        <translation>Угода «%1» уже відкрита.</translation>
    </message>
    <message>
        <source>Reopened (was %1)</source>
        <translation>Знову відкрита (попередній статус: %1)</translation>
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
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>A deal is marked won or lost with Won… or Lost…, not by saving the form: they record the final amount or why it was lost.</source>
        <translation>Угода позначається як виграна чи програна кнопками «Виграна…» та «Програна…», а не збереженням форми: вони записують підсумкову суму або причину програшу.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; use Reopen to make it open again.</source>
        <translation>Угода «%1» має статус «%2»; щоб знову відкрити її, натисніть «Відкрити знову».</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Угоду видалив інший користувач.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is closed (%2); reopen it before moving it to another stage.</source>
        <translation>Угоду «%1» закрито (%2); відкрийте її знову, перш ніж переносити на інший етап.</translation>
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
        <translation>Зателефонувати щодо комерційної пропозиції</translation>
    </message>
    <message>
        <source>Check the contract was signed</source>
        <translation>Перевірити, чи підписано договір</translation>
    </message>
    <message>
        <source>Call to agree the next step</source>
        <translation>Зателефонувати й погодити наступний крок</translation>
    </message>
    <message>
        <source>Send the case study</source>
        <translation>Надіслати кейс</translation>
    </message>
    <message>
        <source>Book the needs assessment</source>
        <translation>Призначити зустріч для оцінки потреб</translation>
    </message>
    <message>
        <source>Send the revised proposal</source>
        <translation>Надіслати доопрацьовану комерційну пропозицію</translation>
    </message>
    <message>
        <source>Loopline at a glance</source>
        <translation>Loopline: коротко про головне</translation>
    </message>
    <message>
        <source>Retail chain: 40 stores live in six weeks</source>
        <translation>Роздрібна мережа: 40 магазинів запущено за шість тижнів</translation>
    </message>
    <message>
        <source>Manufacturer: a forecast the board trusts</source>
        <translation>Виробник: прогноз, якому довіряє рада директорів</translation>
    </message>
    <message>
        <source>State of B2B lead handling 2026</source>
        <translation>Обробка B2B-лідів у 2026 році</translation>
    </message>
    <message>
        <source>Price list 2026</source>
        <translation>Прайс-лист 2026</translation>
    </message>
    <message>
        <source>Integration guide</source>
        <translation>Посібник з інтеграції</translation>
    </message>
    <message>
        <source>Retail chains</source>
        <translation>Роздрібні мережі</translation>
    </message>
    <message>
        <source>Many stores and a small head office; leads from promotions get lost between marketing and the store managers.</source>
        <translation>Багато магазинів і невеликий головний офіс; ліди з промоакцій губляться між маркетингом і директорами магазинів.</translation>
    </message>
    <message>
        <source>Price per store</source>
        <translation>Ціна за магазин</translation>
    </message>
    <message>
        <source>Rollout time</source>
        <translation>Терміни впровадження</translation>
    </message>
    <message>
        <source>References from other chains</source>
        <translation>Рекомендації інших мереж</translation>
    </message>
    <message>
        <source>Works offline</source>
        <translation>Робота без інтернету</translation>
    </message>
    <message>
        <source>Manufacturers</source>
        <translation>Виробники</translation>
    </message>
    <message>
        <source>Long deals with several decision makers; sales need a forecast the board believes.</source>
        <translation>Довгі угоди з кількома особами, що ухвалюють рішення; відділу продажів потрібен прогноз, якому довіряє рада директорів.</translation>
    </message>
    <message>
        <source>Integration with the ERP</source>
        <translation>Інтеграція з ERP</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Точність прогнозу</translation>
    </message>
    <message>
        <source>Total cost over three years</source>
        <translation>Сукупна вартість за три роки</translation>
    </message>
    <message>
        <source>Vendor stability</source>
        <translation>Стабільність постачальника</translation>
    </message>
    <message>
        <source>Logistics companies</source>
        <translation>Логістичні компанії</translation>
    </message>
    <message>
        <source>Requests arrive by phone and e-mail at all hours; a slow answer loses the order.</source>
        <translation>Заявки надходять телефоном і електронною поштою цілодобово; повільна відповідь — втрачене замовлення.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Час відповіді</translation>
    </message>
    <message>
        <source>Telephony integration</source>
        <translation>Інтеграція з телефонією</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Tech and media</source>
        <translation>IT та медіа</translation>
    </message>
    <message>
        <source>Marketing runs many campaigns and must show which of them paid off.</source>
        <translation>Маркетинг веде багато кампаній і має показувати, які з них окупилися.</translation>
    </message>
    <message>
        <source>Campaign ROI reports</source>
        <translation>Звіти про ROI кампаній</translation>
    </message>
    <message>
        <source>API and integrations</source>
        <translation>API та інтеграції</translation>
    </message>
    <message>
        <source>Ease of use</source>
        <translation>Простота використання</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email</source>
        <translation>той самий e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>схоже ім’я в тій самій компанії</translation>
    </message>
    <message>
        <source>same web domain</source>
        <translation>той самий вебдомен</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>та сама назва</translation>
    </message>
</context>
<context>
    <name>HandOffRouter</name>
    <message>
        <source>round-robin</source>
        <translation>по колу</translation>
    </message>
    <message>
        <source>territory or segment, then round-robin</source>
        <translation>за територією або сегментом, потім по колу</translation>
    </message>
    <message>
        <source>no rep covers this territory or segment; round-robin</source>
        <translation>за цією територією або сегментом не закріплено жодного менеджера; по колу</translation>
    </message>
    <message>
        <source>%1 Handed to sales; no active sales rep, so it waits for a manager to assign it.</source>
        <translation>%1 Передано до відділу продажів; активних менеджерів із продажів немає, тому лід чекає, поки керівник призначить відповідального.</translation>
    </message>
    <message>
        <source>%1 Assigned to %2 (%3).</source>
        <translation>%1 Призначено відповідального: %2 (%3).</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Зв’язатися: %1</translation>
    </message>
    <message>
        <source>A trade-show lead goes to sales at once.</source>
        <translation>Лід із виставки одразу передається до відділу продажів.</translation>
    </message>
    <message>
        <source>Qualified and hot.</source>
        <translation>Кваліфікований і гарячий.</translation>
    </message>
    <message>
        <source>Qualified and %1: goes to marketing to be nurtured.</source>
        <translation>Кваліфікований і %1: передається маркетингу на прогрів.</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>%1 has already been converted.</source>
        <translation>Лід %1 уже конвертовано.</translation>
    </message>
    <message>
        <source>%1 was routed to a partner; the partner makes the deal.</source>
        <translation>Лід %1 передано партнеру: угоду укладає партнер.</translation>
    </message>
    <message>
        <source>Only a qualified lead (MQL or further) can be converted; %1 is &quot;%2&quot;.</source>
        <translation>Конвертувати можна лише кваліфікований лід (MQL і далі); статус ліда %1 — «%2».</translation>
    </message>
    <message>
        <source>linked to the lead</source>
        <translation>зв’язок із лідом</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>та сама адреса ел. пошти</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>той самий номер телефону</translation>
    </message>
    <message>
        <source>the contact&apos;s company</source>
        <translation>компанія контакту</translation>
    </message>
    <message>
        <source>same domain</source>
        <translation>той самий домен</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>та сама назва</translation>
    </message>
    <message>
        <source>The lead was deleted by someone else.</source>
        <translation>Лід видалив інший користувач.</translation>
    </message>
    <message>
        <source>Company %1 reused (%2).</source>
        <translation>Використано наявну компанію %1 (%2).</translation>
    </message>
    <message>
        <source>Company %1 created.</source>
        <translation>Створено компанію %1.</translation>
    </message>
    <message>
        <source>Contact %1 reused (%2).</source>
        <translation>Використано наявний контакт %1 (%2).</translation>
    </message>
    <message>
        <source>Contact %1 created.</source>
        <translation>Створено контакт %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; created.</source>
        <translation>Створено угоду «%1».</translation>
    </message>
    <message>
        <source>Created from the lead %1 (source: %2).</source>
        <translation>Створено з ліда %1 (джерело: %2).</translation>
    </message>
    <message>
        <source>%1 has a contact with the same e-mail or phone; a manager can merge the two.</source>
        <translation>У %1 є контакт із тим самим e-mail або телефоном; керівник може об’єднати їх.</translation>
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
        <translation>Лід закрито (%1), змінювати його статус більше не можна.</translation>
    </message>
    <message>
        <source>A lead cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Лід не можна перевести з «%1» до «%2».</translation>
    </message>
    <message>
        <source>Say why the lead moves back to &quot;%1&quot; (a comment is required).</source>
        <translation>Вкажіть, чому лід повертається до «%1» (коментар обов’язковий).</translation>
    </message>
    <message>
        <source>Fill in the qualification questionnaire before the lead becomes an MQL.</source>
        <translation>Заповніть анкету кваліфікації, перш ніж лід стане MQL.</translation>
    </message>
    <message>
        <source>Give the reason the lead is disqualified.</source>
        <translation>Вкажіть причину дискваліфікації ліда.</translation>
    </message>
    <message>
        <source>Name the partner the lead is routed to.</source>
        <translation>Вкажіть партнера, якому передається лід.</translation>
    </message>
    <message>
        <source>The partner&apos;s commission must be more than 0% and at most 100%.</source>
        <translation>Комісія партнера має бути більшою за 0% і не більшою за 100%.</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>Buys within 3 months</source>
        <translation>Купівля протягом 3 місяців</translation>
    </message>
    <message>
        <source>Buys in 3–6 months</source>
        <translation>Купівля через 3–6 місяців</translation>
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
        <translation>Вага «%1» не може бути від’ємною (зараз: %2).</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Особа, що ухвалює рішення</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потреба</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Терміни</translation>
    </message>
    <message>
        <source>The warm threshold must be above 0 (it is %1).</source>
        <translation>Поріг для теплих лідів має бути більшим за 0 (зараз: %1).</translation>
    </message>
    <message>
        <source>The hot threshold (%1) must be above the warm threshold (%2).</source>
        <translation>Поріг для гарячих лідів (%1) має бути вищим за поріг для теплих (%2).</translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1: +%2</translation>
    </message>
    <message>
        <source>Score %1 ≥ %2: %3</source>
        <translation>Оцінка %1 ≥ %2: %3</translation>
    </message>
    <message>
        <source>Score %1 &lt; %2: %3</source>
        <translation>Оцінка %1 &lt; %2: %3</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>Задано вручну: %1</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>гарячий</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>теплий</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>холодний</translation>
    </message>
    <message>
        <source>Case study downloaded</source>
        <translation>Завантаження кейсу</translation>
    </message>
    <message>
        <source>Email link clicked</source>
        <translation>Перехід за посиланням із листа</translation>
    </message>
    <message>
        <source>Demo watched</source>
        <translation>Перегляд демо</translation>
    </message>
    <message>
        <source>Talked at the booth</source>
        <translation>Розмова на стенді</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Відвідування сайту</translation>
    </message>
    <message>
        <source>Budget stated</source>
        <translation>Бюджет названо</translation>
    </message>
    <message>
        <source>Talks to the decision maker</source>
        <translation>Спілкується з особою, що ухвалює рішення</translation>
    </message>
    <message>
        <source>Need described</source>
        <translation>Потребу описано</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Lead %1 (%2): %3</source>
        <translation>Лід %1 (%2): %3</translation>
    </message>
    <message>
        <source>A lead needs at least a name, an e-mail, a phone or a company.</source>
        <translation>Укажіть для ліда хоча б ім’я, адресу ел. пошти, телефон або компанію.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Ел. пошта: «%1» не є адресою ел. пошти.</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation>Телефон: «%1» не є номером телефону.</translation>
    </message>
    <message>
        <source>Choose where the lead came from.</source>
        <translation>Виберіть, звідки надійшов лід.</translation>
    </message>
    <message>
        <source>The lead was deleted by someone else.</source>
        <translation>Лід видалив інший користувач.</translation>
    </message>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation>Джерела лідів «%1» не існує.</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Лід створено</translation>
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
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
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
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Інтерес</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>%1 was already taken by %2.</source>
        <translation>Лід %1 уже в роботі в %2.</translation>
    </message>
    <message>
        <source>%1 was already taken by someone else.</source>
        <translation>Лід %1 уже взяв у роботу хтось інший.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Partner: %1, commission %2 %</source>
        <translation>Партнер: %1, комісія %2 %</translation>
    </message>
    <message>
        <source>The questionnaire version &quot;%1&quot; does not exist.</source>
        <translation>Версії анкети «%1» не існує.</translation>
    </message>
    <message>
        <source>A signal&apos;s share must be between 1 and 100 %.</source>
        <translation>Частка сигналу має бути від 1 до 100 %.</translation>
    </message>
    <message>
        <source>%1 was not routed to a partner.</source>
        <translation>Лід %1 не передавали партнеру.</translation>
    </message>
    <message>
        <source>The partner&apos;s deal amount cannot be negative.</source>
        <translation>Сума угоди партнера не може бути від’ємною.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» не є кодом валюти.</translation>
    </message>
    <message>
        <source>%1 reported a deal of %2; our commission is %3.</source>
        <translation>%1 повідомляє про угоду на %2; наша комісія — %3.</translation>
    </message>
    <message>
        <source>A lead source needs a name.</source>
        <translation>Укажіть назву джерела лідів.</translation>
    </message>
    <message>
        <source>There is already a lead source called &quot;%1&quot;.</source>
        <translation>Джерело лідів «%1» уже існує.</translation>
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
        <source>Social networks</source>
        <translation>Соціальні мережі</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендація</translation>
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
        <translation>Виставка</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Гарячий</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Теплий</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодний</translation>
    </message>
    <message>
        <source>With sales</source>
        <translation>У відділі продажів</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Прогрів</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>Черга SDR</translation>
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
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Надходження</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Залишилось</translation>
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
        <translation>Початок</translation>
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
        <translation>Не вдається створити книгу.</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1”.</source>
        <translation>Не вдається додати аркуш «%1».</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Не вдається записати %1: теки не існує.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: only contacts can be saved as vCard.</source>
        <translation>Не вдається записати %1: у форматі vCard можна зберегти лише контакти.</translation>
    </message>
</context>
<context>
    <name>LossReasonStore</name>
    <message>
        <source>A loss reason needs a name.</source>
        <translation>Укажіть назву причини програшу.</translation>
    </message>
    <message>
        <source>There is already a loss reason called &quot;%1&quot;.</source>
        <translation>Причина програшу «%1» уже існує.</translation>
    </message>
    <message>
        <source>The loss reason was deleted by someone else.</source>
        <translation>Причину програшу видалив інший користувач.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active loss reason; a lost deal needs at least one.</source>
        <translation>«%1» — остання активна причина програшу; для програних угод потрібна хоча б одна.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Product fit</source>
        <translation>Відповідність продукту</translation>
    </message>
    <message>
        <source>Lead quality</source>
        <translation>Якість ліда</translation>
    </message>
    <message>
        <source>Seller&apos;s work</source>
        <translation>Робота продавця</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Терміни</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Рішення не ухвалено</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Пішов до конкурента</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Контакт не можна об’єднати із самим собою.</translation>
    </message>
    <message>
        <source>One of the contacts was deleted by someone else.</source>
        <translation>Один із контактів видалив інший користувач.</translation>
    </message>
    <message>
        <source>Merged with the duplicate %1</source>
        <translation>Об’єднано з дублікатом %1</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile; the merge cannot be undone.</source>
        <translation>%1 тим часом видалено; об’єднання не можна скасувати.</translation>
    </message>
    <message>
        <source>A company cannot be merged with itself.</source>
        <translation>Компанію не можна об’єднати із самою собою.</translation>
    </message>
    <message>
        <source>One of the companies was deleted by someone else.</source>
        <translation>Одну з компаній видалив інший користувач.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Укажіть назву воронки.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one stage.</source>
        <translation>У воронці має бути хоча б один етап.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Укажіть назву етапу.</translation>
    </message>
    <message>
        <source>A stage&apos;s probability must be between 0 and 100 %.</source>
        <translation>Імовірність етапу має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;.</source>
        <translation>Воронки «%1» не існує.</translation>
    </message>
    <message>
        <source>The stage was deleted by someone else.</source>
        <translation>Етап видалив інший користувач.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are in &quot;%1&quot;; move them to another stage first.</source>
        <translation>
            <numerusform>На етапі «%1» %n угода; спочатку перемістіть її на інший етап.</numerusform>
            <numerusform>На етапі «%1» %n угоди; спочатку перемістіть їх на інший етап.</numerusform>
            <numerusform>На етапі «%1» %n угод; спочатку перемістіть їх на інший етап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals have passed through &quot;%1&quot;; it stays so their history keeps its meaning. Rename it instead.</source>
        <translation>Через етап «%1» уже проходили угоди; він зберігається, щоб їхня історія не втратила сенсу. Замість видалення перейменуйте його.</translation>
    </message>
    <message>
        <source>A follow-up task needs a title.</source>
        <translation>Укажіть назву задачі на зв’язок.</translation>
    </message>
    <message>
        <source>A follow-up task is due 0 to 365 days after the deal enters the stage.</source>
        <translation>Термін задачі на зв’язок — від 0 до 365 днів після переходу угоди на етап.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Say where the consent was given.</source>
        <translation>Укажіть, де було надано згоду.</translation>
    </message>
    <message>
        <source>Say how the consent was withdrawn.</source>
        <translation>Укажіть, як було відкликано згоду.</translation>
    </message>
    <message>
        <source>Say which version of the consent text was agreed to.</source>
        <translation>Укажіть версію тексту згоди, яку прийняв контакт.</translation>
    </message>
    <message>
        <source>The contact was deleted by someone else.</source>
        <translation>Контакт видалив інший користувач.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Дані стерто</translation>
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
        <translation>Бюджет, який клієнт виділив на цю покупку.</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Особа, що ухвалює рішення</translation>
    </message>
    <message>
        <source>Does this person decide on the purchase, or have the decision maker&apos;s mandate?</source>
        <translation>Чи ухвалює ця людина рішення про покупку або має повноваження від особи, що ухвалює рішення?</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потреба</translation>
    </message>
    <message>
        <source>The problem the client wants solved, in their words.</source>
        <translation>Завдання, яке клієнт хоче розв’язати, — його словами.</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Терміни</translation>
    </message>
    <message>
        <source>When the client means to buy.</source>
        <translation>Коли клієнт планує покупку.</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>Протягом місяця</translation>
    </message>
    <message>
        <source>In 1–3 months</source>
        <translation>Через 1–3 місяці</translation>
    </message>
    <message>
        <source>In 3–6 months</source>
        <translation>Через 3–6 місяців</translation>
    </message>
    <message>
        <source>Later or unknown</source>
        <translation>Пізніше або невідомо</translation>
    </message>
    <message>
        <source>BANT</source>
        <translation>BANT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>Поле «%1» обов’язкове для заповнення.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>Поле «%1» має містити текст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>Поле «%1» має містити число.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount of money.</source>
        <translation>Поле «%1» має містити грошову суму.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be negative.</source>
        <translation>Значення поля «%1» не може бути від’ємним.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>У полі «%1» указано недійсну дату (очікуваний формат: РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be yes or no.</source>
        <translation>Поле «%1» має містити «так» або «ні».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of &quot;%2&quot;.</source>
        <translation>«%1» не входить до варіантів відповіді поля «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of its choices.</source>
        <translation>Значення поля «%1» має бути списком із його варіантів відповіді.</translation>
    </message>
    <message>
        <source>Enter a name for the questionnaire.</source>
        <translation>Введіть назву анкети.</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Поле %1</translation>
    </message>
    <message>
        <source>Field %1 needs a label.</source>
        <translation>Укажіть підпис поля %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a key.</source>
        <translation>Укажіть ключ поля «%1».</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of &quot;%2&quot; may only hold small letters a–z, digits and _.</source>
        <translation>Ключ «%1» поля «%2» може містити лише малі латинські літери a–z, цифри та _.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used by two fields.</source>
        <translation>Ключ «%1» використовується у двох полях.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least two different choices.</source>
        <translation>Поле «%1» має містити щонайменше два різні варіанти відповіді.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or repeated choice.</source>
        <translation>Поле «%1» містить порожній або повторюваний варіант відповіді.</translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; cannot be removed from BANT.</source>
        <translation>Вбудоване поле «%1» не можна видалити з BANT.</translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; of BANT cannot change its type.</source>
        <translation>Тип вбудованого поля BANT «%1» змінити не можна.</translation>
    </message>
    <message>
        <source>The choices of the built-in field &quot;%1&quot; cannot be changed: the lead score reads them.</source>
        <translation>Варіанти відповіді вбудованого поля «%1» змінити не можна: за ними розраховується оцінка ліда.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>A questionnaire with the id &quot;%1&quot; already exists.</source>
        <translation>Анкета з ідентифікатором «%1» уже існує.</translation>
    </message>
    <message>
        <source>The questionnaire &quot;%1&quot; was deleted; it cannot be saved.</source>
        <translation>Анкету «%1» видалено, зберегти її неможливо.</translation>
    </message>
    <message>
        <source>The questionnaire &quot;%1&quot; was changed by someone else meanwhile (now version %2). Reopen it and make your changes again.</source>
        <translation>Анкету «%1» тим часом змінив інший користувач (поточна версія — %2). Відкрийте її знову та внесіть зміни ще раз.</translation>
    </message>
    <message>
        <source>The built-in BANT questionnaire cannot be archived; it is used when no other fits.</source>
        <translation>Вбудовану анкету BANT не можна архівувати: вона використовується, коли не підходить жодна інша.</translation>
    </message>
    <message>
        <source>There is no questionnaire &quot;%1&quot;.</source>
        <translation>Анкети «%1» не існує.</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 понад термін</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>Only a local (SQLite) database can be a replica of a team server.</source>
        <translation>Реплікою командного сервера може бути лише локальна база (SQLite).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already holds records of its own; a replica of a team server starts from an empty file.</source>
        <translation>Файл «%1» уже містить власні записи; репліка командного сервера починається з порожнього файлу.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The segment was deleted by someone else.</source>
        <translation>Сегмент видалив інший користувач.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Укажіть назву сегмента.</translation>
    </message>
    <message>
        <source>There is already a segment called &quot;%1&quot;.</source>
        <translation>Сегмент «%1» уже існує.</translation>
    </message>
    <message>
        <source>Criterion %1 needs a name.</source>
        <translation>Укажіть назву критерію %1.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be between 1 and 100 (it is %2).</source>
        <translation>Вага критерію «%1» має бути від 1 до 100 (зараз: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice among the criteria.</source>
        <translation>Критерій «%1» вказано двічі.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n учасник команди</numerusform>
            <numerusform>%n учасники команди</numerusform>
            <numerusform>%n учасників команди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of collateral</source>
        <translation>
            <numerusform>%n матеріал</numerusform>
            <numerusform>%n матеріали</numerusform>
            <numerusform>%n матеріалів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n record(s) use it (%2). Archive it instead, so it is no longer offered.</source>
        <translation>
            <numerusform>Сегмент «%1» не можна видалити: його використовує %n запис (%2). Натомість архівуйте його, щоб він більше не пропонувався.</numerusform>
            <numerusform>Сегмент «%1» не можна видалити: його використовують %n записи (%2). Натомість архівуйте його, щоб він більше не пропонувався.</numerusform>
            <numerusform>Сегмент «%1» не можна видалити: його використовують %n записів (%2). Натомість архівуйте його, щоб він більше не пропонувався.</numerusform>
        </translation>
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
    <name>ServerSetup</name>
    <message>
        <source>Roles and row-level security exist only on a PostgreSQL server.</source>
        <translation>Ролі та захист на рівні рядків є лише на сервері PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>«%1» — не роль; ролі: %2.</translation>
    </message>
    <message>
        <source>A user needs a login name.</source>
        <translation>Користувачу потрібне ім&apos;я для входу.</translation>
    </message>
    <message>
        <source>A login name cannot start or end with a space.</source>
        <translation>Ім&apos;я для входу не може починатися або закінчуватися пробілом.</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is too long (at most %2 bytes).</source>
        <translation>Ім&apos;я для входу «%1» задовге (не більше %2 байт).</translation>
    </message>
    <message>
        <source>Login names starting with &quot;pg_&quot; are reserved by PostgreSQL.</source>
        <translation>Імена, що починаються з «pg_», зарезервовані PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of Loopline&apos;s group roles, not a login.</source>
        <translation>«%1» — групова роль Loopline, а не обліковий запис.</translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on the server.</source>
        <translation>На сервері немає облікового запису «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a superuser of the server; Loopline does not change it.</source>
        <translation>«%1» — суперкористувач сервера; Loopline його не змінює.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group role, not a login.</source>
        <translation>«%1» — групова роль, а не обліковий запис.</translation>
    </message>
    <message>
        <source>The server&apos;s roles are not set up yet: set up the server first.</source>
        <translation>Ролі на сервері ще не налаштовано: спершу налаштуйте сервер.</translation>
    </message>
    <message>
        <source>The server&apos;s role definitions are missing from this build.</source>
        <translation>У цій збірці немає описів ролей сервера.</translation>
    </message>
    <message>
        <source>The server&apos;s role definitions are damaged.</source>
        <translation>Описи ролей сервера пошкоджено.</translation>
    </message>
    <message>
        <source>The database is at schema %1; open it with this version of Loopline first, which brings it up to date.</source>
        <translation>База даних на схемі %1; спершу відкрийте її цією версією Loopline, вона оновить базу.</translation>
    </message>
    <message>
        <source>Only the owner of the database&apos;s tables can set up the server&apos;s roles; connect as that login. Nothing was changed.</source>
        <translation>Налаштувати ролі сервера може лише власник таблиць бази; підключіться під цим обліковим записом. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; exists already and is not a Loopline group role (it can log in). Nothing was changed.</source>
        <translation>Роль «%1» уже існує і не є груповою роллю Loopline (під нею можна увійти). Нічого не змінено.</translation>
    </message>
    <message>
        <source>A user needs the name of the team member they are.</source>
        <translation>Для користувача треба вказати, хто він у команді.</translation>
    </message>
    <message>
        <source>There is already a team member called &quot;%1&quot;.</source>
        <translation>У команді вже є «%1».</translation>
    </message>
    <message>
        <source>The team member &quot;%1&quot; already has the login &quot;%2&quot;.</source>
        <translation>Учасник команди «%1» уже має обліковий запис «%2».</translation>
    </message>
    <message>
        <source>No team member has the login &quot;%1&quot;.</source>
        <translation>Ніхто в команді не має облікового запису «%1».</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The response time must be from 1 minute to 24 hours (1440 minutes).</source>
        <translation>Час відповіді має бути від 1 хвилини до 24 годин (1440 хвилин).</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Робочий день має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Виберіть хоча б один робочий день.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Невідомий часовий пояс «%1».</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>This database is not a replica of a team server.</source>
        <translation>Ця база не є реплікою командного сервера.</translation>
    </message>
    <message>
        <source>A replica syncs with a team server (PostgreSQL), not with another file.</source>
        <translation>Репліка синхронізується з командним сервером (PostgreSQL), а не з іншим файлом.</translation>
    </message>
    <message>
        <source>Your role on the team server does not allow this change.</source>
        <translation>Ваша роль на командному сервері не дозволяє цієї зміни.</translation>
    </message>
    <message>
        <source>The server does not know the table &quot;%1&quot;.</source>
        <translation>Сервер не знає таблиці «%1».</translation>
    </message>
    <message>
        <source>The record key &quot;%1&quot; is not valid.</source>
        <translation>Ключ запису «%1» неприпустимий.</translation>
    </message>
    <message>
        <source>The record is not there or this login may not delete it.</source>
        <translation>Запису немає, або цьому обліковому запису не можна його видаляти.</translation>
    </message>
    <message>
        <source>The record is not there or this login may not change it.</source>
        <translation>Запису немає, або цьому обліковому запису не можна його змінювати.</translation>
    </message>
    <message>
        <source>This login may not change the record.</source>
        <translation>Цьому обліковому запису не можна змінювати запис.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Не вдалося записати %1: теки не існує.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1” to %2.</source>
        <translation>Не вдалося додати аркуш «%1» до %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Укажіть назву задачі.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; needs a due date.</source>
        <translation>Укажіть термін задачі «%1».</translation>
    </message>
    <message>
        <source>The task no longer exists; someone may have deleted it.</source>
        <translation>Задачі більше не існує; можливо, її хтось видалив.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Укажіть термін задачі.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Booth staff</source>
        <translation>Працівник стенда</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер із продажів</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Укажіть ім’я учасника команди.</translation>
    </message>
    <message>
        <source>There is already a team member called &quot;%1&quot;.</source>
        <translation>Учасник команди з ім’ям «%1» уже є.</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Нотатка не може бути порожньою.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of activity.</source>
        <translation>«%1» не є типом активності.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Опишіть, що сталося.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file is larger than %1 MB; it was not read.</source>
        <translation>Файл більший за %1 МБ; його не прочитано.</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line; it was read to the end of the file.</source>
        <translation>У картці немає рядка END:VCARD; її прочитано до кінця файлу.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>No vCard found: the file has no BEGIN:VCARD line.</source>
        <translation>Картку vCard не знайдено: у файлі немає рядка BEGIN:VCARD.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>Ще %n проблему не показано.</numerusform>
            <numerusform>Ще %n проблеми не показано.</numerusform>
            <numerusform>Ще %n проблем не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line is not a vCard property; it was skipped.</source>
        <translation>Рядок не є властивістю vCard; його пропущено.</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line; it ends where the next begins.</source>
        <translation>У картці немає рядка END:VCARD; вона вважається завершеною там, де починається наступна.</translation>
    </message>
    <message>
        <source>The card holds no data; it was skipped.</source>
        <translation>Картка не містить даних; її пропущено.</translation>
    </message>
    <message>
        <source>The value is not valid base64; it was read as written.</source>
        <translation>Значення не є коректним base64; його прочитано як є.</translation>
    </message>
    <message>
        <source>Unknown character set %1; the text was read as UTF-8.</source>
        <translation>Невідоме кодування %1; текст прочитано як UTF-8.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 as it claims; it was read as %1.</source>
        <translation>Текст позначено як UTF-8, але він не є коректним UTF-8; його прочитано як %1.</translation>
    </message>
    <message>
        <source>The text is not UTF-8 and names no character set; it was read as %1.</source>
        <translation>Текст не в UTF-8, і кодування не вказано; його прочитано як %1.</translation>
    </message>
    <message>
        <source>Unknown vCard version %1; the card was read anyway.</source>
        <translation>Невідома версія vCard %1; картку все одно прочитано.</translation>
    </message>
    <message>
        <source>The photo is not valid base64; it was skipped.</source>
        <translation>Фото не є коректним base64; його пропущено.</translation>
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
    <name>loopline::BackupController</name>
    <message>
        <source>Backed up at %1 to %2.</source>
        <translation>Резервну копію зроблено о %1: %2.</translation>
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
Наступна задача: %2</translation>
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
        <translation>Виставка або захід, де працює стенд; нова назва створює захід</translation>
    </message>
    <message>
        <source>For example: booth-2026-11</source>
        <translation>Наприклад: booth-2026-11</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Захід:</translation>
    </message>
    <message>
        <source>Consent text &amp;version:</source>
        <translation>&amp;Версія тексту згоди:</translation>
    </message>
    <message>
        <source>&amp;PIN to leave (4–8 digits):</source>
        <translation>PIN-код для в&amp;иходу (4–8 цифр):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-код &amp;ще раз:</translation>
    </message>
    <message>
        <source>Booth mode shows a full-screen form for capturing leads and nothing of the database. Leads go to sales at once. Leaving it asks for the PIN.</source>
        <translation>У режимі стенда на весь екран відкривається форма збору лідів, а базу даних приховано. Ліди одразу передаються до відділу продажів. Для виходу з режиму потрібен PIN-код.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Почати</translation>
    </message>
    <message>
        <source>Choose or type the event the booth is at.</source>
        <translation>Виберіть або введіть захід, на якому працює стенд.</translation>
    </message>
    <message>
        <source>Enter the version of the consent text visitors are shown.</source>
        <translation>Введіть версію тексту згоди, який бачать відвідувачі.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Придумайте PIN-код із 4–8 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
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
        <translation>Прочитати фото &amp;бейджа…</translation>
    </message>
    <message>
        <source>Read the QR code of a photo of a badge or business card (Ctrl+O)</source>
        <translation>Прочитати QR-код із фотографії бейджа або візитки (Ctrl+O)</translation>
    </message>
    <message>
        <source>Lea&amp;ve booth mode…</source>
        <translation>&amp;Вийти з режиму стенда…</translation>
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
        <source>Co&amp;mpany:</source>
        <translation>&amp;Компанія:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>По&amp;сада:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation>&amp;Цікавить:</translation>
    </message>
    <message>
        <source>What was talked about; Ctrl+Enter saves</source>
        <translation>Про що говорили; Ctrl+Enter — зберегти</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Agrees to receive marketing e-mail (consent text %1)</source>
        <translation>Дає згоду на маркетингові розсилки ел. поштою (текст згоди %1)</translation>
    </message>
    <message>
        <source>&amp;Save lead</source>
        <translation>&amp;Зберегти лід</translation>
    </message>
    <message>
        <source>Enter in any field, or Ctrl+Enter</source>
        <translation>Enter у будь-якому полі або Ctrl+Enter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The scan was not a badge this form can read.</source>
        <translation>Ця форма не розпізнала відсканований бейдж.</translation>
    </message>
    <message>
        <source>Scan a badge with the cursor in any field, or type; Enter saves the lead.</source>
        <translation>Відскануйте бейдж, коли курсор стоїть у будь-якому полі, або введіть дані вручну; Enter зберігає лід.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Passed to %2 in sales.</source>
        <translation>Збережено: %1. Передано до відділу продажів, відповідальний — %2.</translation>
    </message>
    <message>
        <source>Saved: %1. It waits for the next free sales rep.</source>
        <translation>Збережено: %1. Лід чекає наступного вільного менеджера.</translation>
    </message>
    <message>
        <source>Badge read. Check the fields, rate the lead and save.</source>
        <translation>Бейдж прочитано. Перевірте поля, оцініть лід і збережіть його.</translation>
    </message>
    <message>
        <source>Cannot read the picture %1: %2</source>
        <translation>Не вдалося прочитати зображення %1: %2</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>На зображенні не знайдено QR-коду.</translation>
    </message>
    <message>
        <source>The QR code holds no contact details.</source>
        <translation>QR-код не містить контактних даних.</translation>
    </message>
    <message>
        <source>Read badge photo</source>
        <translation>Читання фото бейджа</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Possibly known already: %1 and %2 with this email or phone. Save anyway; sales will see the match.</source>
        <translation>Можливо, вже є в базі: %1 і %2 з цією адресою ел. пошти або телефоном. Однаково збережіть — відділ продажів побачить збіг.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured today: %1</source>
        <translation>Сьогодні зібрано: %1</translation>
    </message>
    <message>
        <source>Wrong PIN; booth mode stays on.</source>
        <translation>Неправильний PIN-код; режим стенда залишається ввімкненим.</translation>
    </message>
    <message>
        <source>Leave booth mode</source>
        <translation>Вихід із режиму стенда</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Hot: ready to buy now (Alt+H)</source>
        <translation>Гарячий: готовий купити зараз (Alt+H)</translation>
    </message>
    <message>
        <source>Warm: will buy soon (Alt+W)</source>
        <translation>Теплий: купить найближчим часом (Alt+W)</translation>
    </message>
    <message>
        <source>Cold: interested, no plans yet (Alt+C)</source>
        <translation>Холодний: цікавиться, планів поки немає (Alt+C)</translation>
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
        <translation>По&amp;чаток</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>Кін&amp;ець</translation>
    </message>
    <message>
        <source>&amp;Differs from the budget</source>
        <translation>Відрі&amp;зняються від бюджету</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Event (a trade show, a conference)</source>
        <translation>Захід (виставка, конференція)</translation>
    </message>
    <message>
        <source>E-mail, contextual ads, social, exhibition…</source>
        <translation>Ел. пошта, контекстна реклама, соцмережі, виставка…</translation>
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
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
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
        <translation>Виграні угоди</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Дохід</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Вартість контакту</translation>
    </message>
    <message>
        <source>Cost per visit</source>
        <translation>Вартість відвідування</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Вартість ліда</translation>
    </message>
    <message>
        <source>Cost per MQL</source>
        <translation>Вартість MQL</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Вартість виграної угоди</translation>
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
        <translation>Історія</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
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
        <translation>Дати:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Бюджет:</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>Фактичні витрати:</translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation>&amp;Охоплення:</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>&amp;Відвідування:</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Ліди:</translation>
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
        <translation>Виграні &amp;угоди:</translation>
    </message>
    <message>
        <source>Re&amp;venue:</source>
        <translation>Дох&amp;ід:</translation>
    </message>
    <message>
        <source>Reac&amp;h:</source>
        <translation>Охо&amp;плення:</translation>
    </message>
    <message>
        <source>Visi&amp;ts:</source>
        <translation>Відв&amp;ідування:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Нот&amp;атки:</translation>
    </message>
    <message>
        <source>Select a campaign on the left, or press Ctrl+N to add one.</source>
        <translation>Виберіть кампанію ліворуч або натисніть Ctrl+N, щоб додати нову.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Нова кампанія</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Укажіть назву кампанії.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR.</source>
        <translation>«%1» не є кодом валюти (наприклад, EUR).</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>Кампанія закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Actual leads, MQL, SQL, won deals and revenue are counted from the leads whose Campaign field names this campaign.</source>
        <translation>Фактичні ліди, MQL, SQL, виграні угоди та дохід підраховуються за лідами, у яких у полі «Кампанія» вказано цю кампанію.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln won deal(s) in a currency without an exchange rate are left out of the revenue.</source>
        <translation>
            <numerusform>%Ln виграна угода у валюті без курсу не врахована в доході.</numerusform>
            <numerusform>%Ln виграні угоди у валюті без курсу не враховані в доході.</numerusform>
            <numerusform>%Ln виграних угод у валюті без курсу не враховано в доході.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete campaign %1</source>
        <translation>видалення кампанії %1</translation>
    </message>
    <message>
        <source>Plan and actual figures</source>
        <translation>Показники: план і факт</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
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
        <translation>Угоду виграно: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Угоду програно: %1</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;%1&lt;/b&gt; as won. The amount it was won for becomes its value (now %2).</source>
        <translation>Позначте угоду &lt;b&gt;%1&lt;/b&gt; як виграну. Підсумкова сума стане сумою угоди (зараз — %2).</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;%1&lt;/b&gt; as lost. Why was it lost?</source>
        <translation>Позначте угоду &lt;b&gt;%1&lt;/b&gt; як програну. Чому її програно?</translation>
    </message>
    <message>
        <source>Mark as &amp;won</source>
        <translation>Позначити як &amp;виграну</translation>
    </message>
    <message>
        <source>Mark as &amp;lost</source>
        <translation>Позначити як п&amp;рограну</translation>
    </message>
    <message>
        <source>The deal&apos;s currency; change it on the form before closing the deal.</source>
        <translation>Валюта угоди; її можна змінити у формі до закриття угоди.</translation>
    </message>
    <message>
        <source>Final &amp;amount:</source>
        <translation>Підсумкова &amp;сума:</translation>
    </message>
    <message>
        <source>Won &amp;on:</source>
        <translation>&amp;Дата виграшу:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Виберіть причину…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Won &amp;by:</source>
        <translation>Перемо&amp;жець:</translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation>Що сталося, кількома словами (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ко&amp;ментар:</translation>
    </message>
    <message>
        <source>Enter the amount the deal was won for.</source>
        <translation>Введіть підсумкову суму виграної угоди.</translation>
    </message>
    <message>
        <source>The day it was won cannot be in the future.</source>
        <translation>Дата виграшу не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Виберіть причину програшу угоди.</translation>
    </message>
    <message>
        <source>Name the competitor that won it: choose one, or type a new name.</source>
        <translation>Укажіть конкурента, який виграв угоду: виберіть його зі списку або введіть нову назву.</translation>
    </message>
    <message>
        <source>A new competitor: “%1” will be added to the list.</source>
        <translation>Новий конкурент: «%1» буде додано до списку.</translation>
    </message>
</context>
<context>
    <name>loopline::CollateralDialog</name>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Показувати &amp;архівні</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Архі&amp;вувати</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Від&amp;крити</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Маркетингові матеріали</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>Файл або посилання</translation>
    </message>
    <message>
        <source>Open the file or link</source>
        <translation>Відкрити файл або посилання</translation>
    </message>
    <message>
        <source>Brochures, case studies and research sales send to support their claims. Record what was sent on each deal (Collateral sent); Reports show the win rate with and without each piece.</source>
        <translation>Буклети, кейси та дослідження, які відділ продажів надсилає клієнтам на підтвердження своїх слів. Позначайте, що надіслано для кожної угоди (поле «Надіслані матеріали»); у звітах видно частку перемог із кожним матеріалом і без нього.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the collateral</source>
        <translation>Не вдалося прочитати матеріали</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Будь-який</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Повернути з архі&amp;ву</translation>
    </message>
    <message>
        <source>Offer it again when sending collateral</source>
        <translation>Знову пропонувати під час надсилання матеріалів</translation>
    </message>
    <message>
        <source>Stop offering it; the deals it was sent to keep it</source>
        <translation>Більше не пропонувати; в угодах, для яких його надіслано, він збережеться</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не змінено</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;? It was sent to %n deal(s); the reports will no longer count it. Archive it instead to keep its figures.</source>
        <translation>
            <numerusform>Видалити «%1»? Матеріал було надіслано для %n угоди; звіти більше не враховуватимуть його. Щоб зберегти його показники, архівуйте його замість видалення.</numerusform>
            <numerusform>Видалити «%1»? Матеріал було надіслано для %n угод; звіти більше не враховуватимуть його. Щоб зберегти його показники, архівуйте його замість видалення.</numerusform>
            <numerusform>Видалити «%1»? Матеріал було надіслано для %n угод; звіти більше не враховуватимуть його. Щоб зберегти його показники, архівуйте його замість видалення.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Видалити «%1»?</translation>
    </message>
    <message>
        <source>Delete collateral</source>
        <translation>Видалення матеріалу</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не видалено</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>Нічого відкривати</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file or link.</source>
        <translation>Матеріал «%1» не має файлу чи посилання.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Не відкрито</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;.</source>
        <translation>Не вдалося відкрити «%1».</translation>
    </message>
</context>
<context>
    <name>loopline::CollateralEditDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>New collateral</source>
        <translation>Новий матеріал</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Редагування: %1</translation>
    </message>
    <message>
        <source>e.g. Retail chain: 40 stores live in six weeks</source>
        <translation>наприклад, Роздрібна мережа: 40 магазинів запущено за шість тижнів</translation>
    </message>
    <message>
        <source>A file, or a link such as https://…</source>
        <translation>Файл або посилання, наприклад https://…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Вибрати файл</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Будь-який етап</translation>
    </message>
    <message>
        <source>Every segment, or choose one</source>
        <translation>Усі сегменти або виберіть один</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;File or link:</source>
        <translation>&amp;Файл або посилання:</translation>
    </message>
    <message>
        <source>For the &amp;stage:</source>
        <translation>Для &amp;етапу:</translation>
    </message>
    <message>
        <source>For the se&amp;gment:</source>
        <translation>Для се&amp;гмента:</translation>
    </message>
    <message>
        <source>Give it a title</source>
        <translation>Укажіть назву</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Вибір файлу</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.ppt *.pptx *.odp *.xls *.xlsx *.ods);;All files (*)</source>
        <translation>Документи (*.pdf *.doc *.docx *.odt *.ppt *.pptx *.odp *.xls *.xlsx *.ods);;Усі файли (*)</translation>
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
    <message>
        <source>Contacts of the company</source>
        <translation>Контакти компанії</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>Угоди компанії</translation>
    </message>
</context>
<context>
    <name>loopline::CompetitorPicker</name>
    <message>
        <source>Choose or type a name</source>
        <translation>Виберіть або введіть назву</translation>
    </message>
</context>
<context>
    <name>loopline::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфлікти синхронізації</translation>
    </message>
    <message>
        <source>Two people changed these fields without seeing each other&apos;s change. The later change was kept everywhere; take the other value where it was the right one.</source>
        <translation>Дві людини змінили ці поля, не бачачи змін одне одного. Скрізь збережено пізнішу зміну; оберіть інше значення там, де правильним було воно.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Збережене значення</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Інше значення</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field of a record without seeing each other&apos;s change, both values are listed here.</source>
        <translation>Конфліктів немає. Коли дві людини змінюють одне поле запису, не бачачи змін одне одного, тут показуються обидва значення.</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Залишити це значення</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Узяти інше значення</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the conflict (Ctrl+K).</source>
        <translation>Залишити запис як є і закрити конфлікт (Ctrl+K).</translation>
    </message>
    <message>
        <source>Write the other value into the record (Ctrl+U).</source>
        <translation>Записати інше значення в запис (Ctrl+U).</translation>
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
        <translation>Підключення до командного сервера</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>наприклад, crm.example.com</translation>
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
        <translation>наприклад, loopline</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запам&apos;ятати пароль у системному сховищі ключів</translation>
    </message>
    <message>
        <source>Off (only inside a trusted network)</source>
        <translation>Вимкнено (лише в довіреній мережі)</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Обов&apos;язково (шифрування)</translation>
    </message>
    <message>
        <source>Required and verified against a CA certificate</source>
        <translation>Обов&apos;язково, з перевіркою за сертифікатом CA</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>The CA certificate file (.crt, .pem)</source>
        <translation>Файл сертифіката CA (.crt, .pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Файл &amp;CA:</translation>
    </message>
    <message>
        <source>Work &amp;offline on this computer (a local replica that syncs)</source>
        <translation>Працювати &amp;офлайн на цьому комп’ютері (локальна репліка із синхронізацією)</translation>
    </message>
    <message>
        <source>Replica &amp;file:</source>
        <translation>&amp;Файл репліки:</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Проблема підключення</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Підключитися</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертифікат CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертифікати (*.crt *.pem *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Connected, but there is no system keychain here (%1): the password will be asked for each time.</source>
        <translation>Підключено, але системного сховища ключів тут немає (%1): пароль запитуватиметься щоразу.</translation>
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
    <message>
        <source>The target group, e.g. Retail chains</source>
        <translation>Цільова група, наприклад: Роздрібні мережі</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Сег&amp;мент:</translation>
    </message>
    <message>
        <source>Consent &amp;history and privacy…</source>
        <translation>Історія згод і перс&amp;ональні дані…</translation>
    </message>
    <message>
        <source>Consent given and withdrawn over time, export of the person&apos;s data, erasure</source>
        <translation>Історія надання й відкликання згоди, експорт персональних даних, їх стирання</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Адреси ел. пошти</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
</context>
<context>
    <name>loopline::ConvertLeadDialog</name>
    <message>
        <source>Convert %1</source>
        <translation>Конвертація ліда %1</translation>
    </message>
    <message>
        <source>Contact: &lt;b&gt;%1&lt;/b&gt; already exists (%2) and will be used.</source>
        <translation>Контакт: &lt;b&gt;%1&lt;/b&gt; уже існує (%2), його буде використано.</translation>
    </message>
    <message>
        <source>Contact: &lt;b&gt;%1&lt;/b&gt; will be created.</source>
        <translation>Контакт: буде створено &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Company: &lt;b&gt;%1&lt;/b&gt; already exists (%2) and will be used.</source>
        <translation>Компанія: &lt;b&gt;%1&lt;/b&gt; уже існує (%2), її буде використано.</translation>
    </message>
    <message>
        <source>Company: &lt;b&gt;%1&lt;/b&gt; will be created.</source>
        <translation>Компанія: буде створено &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Company: none (the lead names no company).</source>
        <translation>Компанія: немає (у ліді не вказано компанію).</translation>
    </message>
    <message>
        <source>Deal: a new deal, linked to both, owned by %1.</source>
        <translation>Угода: нова угода, пов’язана з контактом і компанією; відповідальний — %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Назва угоди:</translation>
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
        <source>&amp;Convert</source>
        <translation>&amp;Конвертувати</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>%1 already has a contact with this e-mail or phone, which you cannot see: converting makes a second one. Ask %1 to hand it over, or a manager to merge them afterwards.</source>
        <translation>У %1 уже є контакт із цим e-mail або телефоном, якого ви не бачите: конвертація створить другий. Попросіть %1 передати його вам або керівника об’єднати їх згодом.</translation>
    </message>
</context>
<context>
    <name>loopline::CurrencyRatesDialog</name>
    <message>
        <source>e.g. USD</source>
        <translation>наприклад, USD</translation>
    </message>
    <message>
        <source>1 %1 = </source>
        <translation>1 %1 = </translation>
    </message>
    <message>
        <source>the base currency</source>
        <translation>базова валюта</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>no rate: not in the totals</source>
        <translation>немає курсу: не входить до підсумків</translation>
    </message>
    <message>
        <source>enter a rate</source>
        <translation>введіть курс</translation>
    </message>
    <message>
        <source>Currency rates</source>
        <translation>Курси валют</translation>
    </message>
    <message>
        <source>Board and forecast totals are shown in the base currency. Deals keep their own currency; a deal in a currency without a rate is counted but left out of the totals.</source>
        <translation>Підсумки на дошці та в прогнозі показуються в базовій валюті. Угоди зберігають свою валюту; угода у валюті без курсу враховується в кількості, але не входить до підсумкових сум.</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency totals are shown in, e.g. EUR</source>
        <translation>Код ISO 4217 валюти, у якій показуються підсумки, наприклад EUR</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>&amp;Базова валюта:</translation>
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
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Exchange &amp;rates (F2 or double click to change one):</source>
        <translation>&amp;Курси валют (щоб змінити курс, натисніть F2 або двічі клацніть):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Add a currency and its rate</source>
        <translation>Додати валюту та її курс</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Remove the rate; deals in that currency are then left out of the totals</source>
        <translation>Видалити курс; угоди в цій валюті перестануть входити до підсумків</translation>
    </message>
    <message>
        <source>Deals in %1 are left out of the totals until it has a rate.</source>
        <translation>Угоди в %1 не входять до підсумків, доки для цієї валюти не задано курс.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ще не збережено</translation>
    </message>
    <message>
        <source>The rates are in %1. Convert them to %2 (1 %2 = %3 %1), or change each one.</source>
        <translation>Курси вказано в %1. Перерахуйте їх у %2 (1 %2 = %3 %1) або змініть кожен вручну.</translation>
    </message>
    <message>
        <source>Con&amp;vert to %1</source>
        <translation>&amp;Перерахувати в %1</translation>
    </message>
    <message>
        <source>The rates are in %1: change each one to %2.</source>
        <translation>Курси вказано в %1: змініть кожен на курс у %2.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>Валюту %1 вказано двічі.</translation>
    </message>
    <message>
        <source>Enter the rate for %1, or remove it.</source>
        <translation>Введіть курс для %1 або видаліть цю валюту.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Курси валют</translation>
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
    <message>
        <source>Won…</source>
        <translation>Виграна…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Програна…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Відкрити &amp;знову…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Why lost:</source>
        <translation>Причина програшу:</translation>
    </message>
    <message>
        <source>The target group, e.g. Retail chains</source>
        <translation>Цільова група, наприклад: Роздрібні мережі</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>Конку&amp;ренти:</translation>
    </message>
    <message>
        <source>From the lead &lt;a href=&quot;lead:%1&quot;&gt;%2&lt;/a&gt;: source %3</source>
        <translation>З ліда &lt;a href=&quot;lead:%1&quot;&gt;%2&lt;/a&gt;; джерело: %3</translation>
    </message>
    <message>
        <source>, campaign %1</source>
        <translation>, кампанія: %1</translation>
    </message>
    <message>
        <source>, qualified by %1</source>
        <translation>, SDR: %1</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Оцінка %1: %2</translation>
    </message>
    <message>
        <source>Make the deal open again</source>
        <translation>Знову відкрити угоду</translation>
    </message>
    <message>
        <source>Choose or type a name to add</source>
        <translation>Виберіть або введіть назву, щоб додати</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>Виграна %1</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>Програна %1</translation>
    </message>
    <message>
        <source>Mark the deal won and record the amount it was won for</source>
        <translation>Позначити угоду як виграну й указати підсумкову суму</translation>
    </message>
    <message>
        <source>Save the deal first</source>
        <translation>Спочатку збережіть угоду</translation>
    </message>
    <message>
        <source>Mark the deal lost and record why</source>
        <translation>Позначити угоду як програну й указати причину</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (новий)</translation>
    </message>
    <message>
        <source>The deal was deleted by someone else.</source>
        <translation>Угоду видалив інший користувач.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Повторне відкриття угоди %1</translation>
    </message>
    <message>
        <source>Why is it reopened? (optional)</source>
        <translation>Чому угоду відкривають знову? (необов’язково)</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>На&amp;діслати…</translation>
    </message>
    <message>
        <source>Collateral sent:</source>
        <translation>Надіслані матеріали:</translation>
    </message>
    <message>
        <source>It was not sent after all: forget it</source>
        <translation>Матеріал усе ж не надсилали: прибрати запис</translation>
    </message>
    <message>
        <source>Record brochures, case studies or research sent to the client</source>
        <translation>Позначити буклети, кейси або дослідження, надіслані клієнтові</translation>
    </message>
    <message>
        <source>%1 — sent %2</source>
        <translation>%1 — надіслано %2</translation>
    </message>
    <message>
        <source>%1, sent by %2</source>
        <translation>%1, відправник: %2</translation>
    </message>
    <message>
        <source>Remove collateral</source>
        <translation>Вилучення матеріалу з угоди</translation>
    </message>
    <message>
        <source>Forget that &quot;%1&quot; was sent to this deal?</source>
        <translation>Видалити позначку про надсилання «%1» для цієї угоди?</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренти</translation>
    </message>
    <message>
        <source>Collateral sent</source>
        <translation>Надіслані матеріали</translation>
    </message>
    <message>
        <source>Contacts of the deal</source>
        <translation>Контакти угоди</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Очікувана дата закриття</translation>
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
        <translation>Дублікати</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Імовірний дублікат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Дублікати контактів</translation>
    </message>
    <message>
        <source>Duplicate companies</source>
        <translation>Дублікати компаній</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>К&amp;омпанії</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Об’єднати…</translation>
    </message>
    <message>
        <source>Merge the selected pair, choosing each field (Enter)</source>
        <translation>Об’єднати вибрану пару, вибравши кожне поле (Enter)</translation>
    </message>
    <message>
        <source>&amp;Find again</source>
        <translation>&amp;Знайти знову</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Контакти (%1)</translation>
    </message>
    <message>
        <source>C&amp;ompanies (%1)</source>
        <translation>К&amp;омпанії (%1)</translation>
    </message>
    <message>
        <source>No probable duplicates: no two contacts share an email or a phone or have a similar name at the same company, and no two companies share a web domain or a name.</source>
        <translation>Імовірних дублікатів немає: жодні два контакти не мають спільного e-mail, телефону чи схожого імені в одній компанії, і жодні дві компанії не мають спільного вебдомену чи назви.</translation>
    </message>
    <message>
        <source>Select a pair and press Enter to merge it, choosing what to keep.</source>
        <translation>Виберіть пару й натисніть Enter, щоб об’єднати її, вибравши, що залишити.</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>Об’єднання %1 і %2</translation>
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
        <translation>Ласкаво просимо до Loopline</translation>
    </message>
    <message>
        <source>Where your work is kept</source>
        <translation>Де зберігається ваша робота</translation>
    </message>
    <message>
        <source>Loopline keeps leads, contacts and deals in a database. You can change this later under File.</source>
        <translation>Loopline зберігає ліди, контакти й угоди в базі даних. Це можна змінити пізніше в меню «Файл».</translation>
    </message>
    <message>
        <source>On &amp;this computer: a local database, nothing to set up</source>
        <translation>На &amp;цьому комп’ютері: локальна база, нічого не треба налаштовувати</translation>
    </message>
    <message>
        <source>On the team&apos;s &amp;server: connect with the login your administrator gave you</source>
        <translation>На &amp;сервері команди: під’єднатися з логіном, який видав адміністратор</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Про вас</translation>
    </message>
    <message>
        <source>Your name is written on what you create; your role decides which screen opens first.</source>
        <translation>Ваше ім’я записується на те, що ви створюєте; від ролі залежить, який екран відкриється першим.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер із продажу</translation>
    </message>
    <message>
        <source>SDR: I work the inbound lead queue</source>
        <translation>SDR: я обробляю чергу вхідних лідів</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>Booth staff at trade shows</source>
        <translation>Працівник стенда на виставках</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Money and working hours</source>
        <translation>Гроші й робочий час</translation>
    </message>
    <message>
        <source>Totals are shown in this currency; the 30-minute response clock for new leads can stop outside working hours.</source>
        <translation>Підсумки показуються в цій валюті; 30-хвилинний відлік відповіді на нові ліди може зупинятися в неробочий час.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Count only &amp;working hours, Monday to Friday</source>
        <translation>Рахувати лише &amp;робочий час, з понеділка по п’ятницю</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Your name, please: it is written on what you create</source>
        <translation>Вкажіть ім’я: воно записується на те, що ви створюєте</translation>
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
        <translation> закритих угод</translation>
    </message>
    <message>
        <source>A stage reached by fewer closed deals than this uses its probability instead of a measured rate.</source>
        <translation>Якщо до етапу дійшло менше закритих угод, ніж зазначено тут, замість фактичної конверсії використовується ймовірність етапу.</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Months ahead:</source>
        <translation>&amp;Місяців наперед:</translation>
    </message>
    <message>
        <source>&amp;History: deals closed from</source>
        <translation>&amp;Історія: угоди, закриті з</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>M&amp;inimum sample:</source>
        <translation>Мі&amp;німальна вибірка:</translation>
    </message>
    <message>
        <source>Expected revenue by month</source>
        <translation>Очікуваний дохід за місяцями</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очікувана сума</translation>
    </message>
    <message>
        <source>Pipeline (unweighted)</source>
        <translation>Воронка (без зважування)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Conversion to won by stage</source>
        <translation>Конверсія у виграш за етапами</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Closed deals
that reached it</source>
        <translation>Закриті угоди,
що дійшли до нього</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Rate
used</source>
        <translation>Застосована
конверсія</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <source>The history period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>Період історії закінчується раніше, ніж починається: виберіть дату «по» не раніше за дату «з».</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, in %1.</source>
        <translation>Відкриті угоди за місяцями очікуваного закриття; суми в %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (прострочених: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) expected to close before this month and still open are counted here.</source>
        <translation>
            <numerusform>%n угода, яка мала закритися до цього місяця й досі відкрита, врахована тут.</numerusform>
            <numerusform>%n угоди, які мали закритися до цього місяця й досі відкриті, враховані тут.</numerusform>
            <numerusform>%n угод, які мали закритися до цього місяця й досі відкриті, враховані тут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>фактична</translation>
    </message>
    <message>
        <source>stage probability (too little history)</source>
        <translation>імовірність етапу (замало історії)</translation>
    </message>
    <message>
        <source>%1 won of %2 closed deals that reached this stage.</source>
        <translation>Виграно %1 з %2 закритих угод, що дійшли до цього етапу.</translation>
    </message>
    <message>
        <source>Measured %1 (%2 won of %3), but fewer than %4 closed deals reached this stage.</source>
        <translation>Фактично %1 (виграно %2 з %3), але до цього етапу дійшло менше ніж %4 закритих угод.</translation>
    </message>
    <message>
        <source>No deal that reached this stage closed in the history period.</source>
        <translation>Жодну угоду, що дійшла до цього етапу, не було закрито за період історії.</translation>
    </message>
    <message>
        <source>How it is worked out: each open deal counts with its value in %1 times the rate of its stage. The rate is the share of won deals among the deals closed from %2 to %3 that reached the stage or a later one. A stage reached by fewer than %4 closed deals uses its probability instead.</source>
        <translation>Як це розраховується: кожна відкрита угода враховується своєю сумою в %1, помноженою на конверсію її етапу. Конверсія — це частка виграних угод серед угод, закритих з %2 по %3, що дійшли до цього етапу або пізнішого. Для етапу, до якого дійшло менше ніж %4 закритих угод, замість неї використовується ймовірність етапу.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) expected to close before this month are counted in this month.</source>
        <translation>
            <numerusform>%n відкрита угода з очікуваним закриттям до поточного місяця врахована в поточному місяці.</numerusform>
            <numerusform>%n відкриті угоди з очікуваним закриттям до поточного місяця враховані в поточному місяці.</numerusform>
            <numerusform>%n відкритих угод з очікуваним закриттям до поточного місяця враховані в поточному місяці.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) in a currency without an exchange rate are left out; add the rate under Currency rates to count them.</source>
        <translation>
            <numerusform>%n відкрита угода у валюті без курсу не врахована; щоб урахувати її, додайте курс у розділі «Курси валют».</numerusform>
            <numerusform>%n відкриті угоди у валюті без курсу не враховані; щоб урахувати їх, додайте курс у розділі «Курси валют».</numerusform>
            <numerusform>%n відкритих угод у валюті без курсу не враховані; щоб урахувати їх, додайте курс у розділі «Курси валют».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) have no expected close date and are in no month.</source>
        <translation>
            <numerusform>%n відкрита угода не має очікуваної дати закриття, тому не належить до жодного місяця.</numerusform>
            <numerusform>%n відкриті угоди не мають очікуваної дати закриття, тому не належать до жодного місяця.</numerusform>
            <numerusform>%n відкритих угод не мають очікуваної дати закриття, тому не належать до жодного місяця.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation>Прогноз за місяцями</translation>
    </message>
    <message>
        <source>Conversion by stage</source>
        <translation>Конверсія за етапами</translation>
    </message>
</context>
<context>
    <name>loopline::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Імпорт контактів</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Вибір файлу</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet or another CRM. The encoding and the delimiter are detected; change them if the preview looks wrong.</source>
        <translation>Файл CSV, вивантажений з електронної таблиці або іншої CRM. Кодування й роздільник визначаються автоматично; змініть їх, якщо в попередньому перегляді щось не так.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Шлях до файлу .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Попередній перегляд файлу</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Зіставлення стовпців</translation>
    </message>
    <message>
        <source>Choose what each column holds. A preset reads the export of a common CRM; save your own for the next file from the same place.</source>
        <translation>Укажіть, що містить кожен стовпець. Шаблон читає вивантаження поширеної CRM; збережіть власний шаблон для наступного файлу з того самого джерела.</translation>
    </message>
    <message>
        <source>Save as pre&amp;set…</source>
        <translation>Зберегти &amp;як шаблон…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Перші значення</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Імпортувати як</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Стовпці файлу</translation>
    </message>
    <message>
        <source>day/month/year (31/03/2024)</source>
        <translation>день/місяць/рік (31/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/31/2024)</source>
        <translation>місяць/день/рік (03/31/2024)</translation>
    </message>
    <message>
        <source>For rows without a source</source>
        <translation>Для рядків без джерела</translation>
    </message>
    <message>
        <source>The consent wording the file&apos;s “yes” refers to</source>
        <translation>Текст згоди, до якого належить «так» у файлі</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Регіон телефонів:</translation>
    </message>
    <message>
        <source>Dates with &amp;slashes:</source>
        <translation>Дати з &amp;косою рискою:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Consent &amp;text version:</source>
        <translation>&amp;Версія тексту згоди:</translation>
    </message>
    <message>
        <source>When a contact is already there (same email or phone)</source>
        <translation>Якщо контакт уже є (та сама адреса ел. пошти або телефон)</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>&amp;Пропустити рядок</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values</source>
        <translation>&amp;Оновити контакт значеннями з рядка</translation>
    </message>
    <message>
        <source>&amp;Merge: fill only empty fields, add new emails and phones</source>
        <translation>О&amp;б’єднати: заповнити лише порожні поля, додати нові адреси й телефони</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept</source>
        <translation>Зупинити імпорт; нічого з імпортованого не збережеться</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
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
        <translation>Відхилені рядки</translation>
    </message>
    <message>
        <source>Save rejected &amp;rows…</source>
        <translation>Зберегти &amp;відхилені рядки…</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Імпорт: %1</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Виберіть файл, щоб побачити його перші рядки.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдалося відкрити %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>У файлі є заголовок, але немає рядків.</translation>
    </message>
    <message>
        <source>The first rows of %1, read as %2 with a %3 between fields.</source>
        <translation>Перші рядки файлу %1 у кодуванні %2, роздільник полів — %3.</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Збереження шаблону</translation>
    </message>
    <message>
        <source>Name of the preset (for example, the program the file comes from):</source>
        <translation>Назва шаблону (наприклад, програма, з якої отримано файл):</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Імпортувати стовпець %1 як</translation>
    </message>
    <message>
        <source>Choose the column that holds the full name, or the first or last name: every contact needs a name.</source>
        <translation>Виберіть стовпець із повним ім’ям або з ім’ям чи прізвищем: у кожного контакту має бути ім’я.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт: %1…</translation>
    </message>
    <message>
        <source>Stopping; nothing of this import is kept…</source>
        <translation>Зупинення; нічого з цього імпорту не збережеться…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Імпорт зупинено. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>Файл %1 імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n новий контакт</numerusform>
            <numerusform>%n нові контакти</numerusform>
            <numerusform>%n нових контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) updated</source>
        <translation>
            <numerusform>%n контакт оновлено</numerusform>
            <numerusform>%n контакти оновлено</numerusform>
            <numerusform>%n контактів оновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n дублікат пропущено</numerusform>
            <numerusform>%n дублікати пропущено</numerusform>
            <numerusform>%n дублікатів пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compan(y/ies) created</source>
        <translation>
            <numerusform>%n компанію створено</numerusform>
            <numerusform>%n компанії створено</numerusform>
            <numerusform>%n компаній створено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n рядок відхилено</numerusform>
            <numerusform>%n рядки відхилено</numerusform>
            <numerusform>%n рядків відхилено</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rejected rows are shown; save them to see all.</source>
        <translation>Показано перші відхилені рядки (%1); збережіть їх, щоб побачити всі.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - відхилені рядки.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Збереження відхилених рядків</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files (*)</source>
        <translation>Файли CSV і vCard (*.csv *.txt *.vcf);;Файли CSV (*.csv *.txt);;Файли vCard (*.vcf);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in %1; the first ones are shown.</source>
        <translation>
            <numerusform>%n картка в %1; показано перші.</numerusform>
            <numerusform>%n картки в %1; показано перші.</numerusform>
            <numerusform>%n карток в %1; показано перші.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
</context>
<context>
    <name>loopline::LeadEditor</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>Кон&amp;вертувати…</translation>
    </message>
    <message>
        <source>&amp;Add signal</source>
        <translation>Додати &amp;сигнал</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Перевести до</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Дані</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Кваліфікація</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Move and comment</source>
        <translation>Перехід і коментар</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Automatic (from the score)</source>
        <translation>Автоматично (за оцінкою)</translation>
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
        <source>&amp;Name:</source>
        <translation>Ім’&amp;я:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>По&amp;сада:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ко&amp;мпанія:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Дже&amp;рело:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>К&amp;ампанія:</translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation>&amp;Цікавить:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>Тер&amp;иторія:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Відп&amp;овідальний:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Ре&amp;йтинг:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaire:</source>
        <translation>&amp;Анкета:</translation>
    </message>
    <message>
        <source>Behaviour signals:</source>
        <translation>Поведінкові сигнали:</translation>
    </message>
    <message>
        <source>How much of it: all of a demo counts more than part of it.</source>
        <translation>Наскільки повно: перегляд усього демо важить більше, ніж його частини.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>Select a lead on the left, or press Ctrl+N to add one.</source>
        <translation>Виберіть лід ліворуч або натисніть Ctrl+N, щоб додати новий.</translation>
    </message>
    <message>
        <source>Answered under version %1; the template is now at version %2.</source>
        <translation>Відповіді надано за версією %1; поточна версія шаблону — %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версія %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>%1, commission %2 %</source>
        <translation>%1, комісія %2 %</translation>
    </message>
    <message>
        <source>Partner&apos;s deal %1; our commission &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Угода партнера: %1; наша комісія: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>відповідальний: %1</translation>
    </message>
    <message>
        <source>First response in %1, within the %2-minute SLA</source>
        <translation>Перша відповідь через %1, у межах SLA (%2 хв)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;First response in %1, after the %2-minute SLA&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;Перша відповідь через %1, з порушенням SLA (%2 хв)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>First response due %1 (%2 left)</source>
        <translation>Перша відповідь — до %1 (залишилося %2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;SLA breached: first response was due %1, %2 ago&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;SLA порушено: термін першої відповіді (%1) минув %2 тому&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Score %1: &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>Оцінка %1: &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (задано вручну)</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Повернути до «%1»</translation>
    </message>
    <message>
        <source>The lead is closed.</source>
        <translation>Лід закрито.</translation>
    </message>
    <message>
        <source>Move the lead to another status</source>
        <translation>Перевести лід в інший статус</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;deal…</source>
        <translation>&amp;Угода партнера…</translation>
    </message>
    <message>
        <source>Record the amount of the partner&apos;s deal; the commission follows</source>
        <translation>Укажіть суму угоди партнера — комісію буде розраховано за нею</translation>
    </message>
    <message>
        <source>Open &amp;deal</source>
        <translation>Відкрити &amp;угоду</translation>
    </message>
    <message>
        <source>Show the deal this lead was converted to</source>
        <translation>Показати угоду, у яку конвертовано цей лід</translation>
    </message>
    <message>
        <source>Create or link the contact, company and deal</source>
        <translation>Створити або пов’язати контакт, компанію та угоду</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>Надійшов: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новий лід</translation>
    </message>
    <message>
        <source>A new lead starts in the SDR queue; the %1-minute first-response clock starts when it is saved.</source>
        <translation>Новий лід потрапляє до черги SDR; відлік часу на першу відповідь (%1 хв) почнеться після збереження.</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Лід конвертовано</translation>
    </message>
    <message>
        <source>Delete lead %1</source>
        <translation>видалення ліда %1</translation>
    </message>
    <message>
        <source>contact &lt;a href=&quot;contact:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>контакт &lt;a href=&quot;contact:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>company &lt;a href=&quot;company:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>компанія &lt;a href=&quot;company:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>deal &lt;a href=&quot;deal:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>угода &lt;a href=&quot;deal:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Пов’язаний: %1</translation>
    </message>
</context>
<context>
    <name>loopline::LeadFiguresDialog</name>
    <message>
        <source>SDR figures</source>
        <translation>Показники SDR</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>&amp;Цей місяць</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>&amp;Минулий місяць</translation>
    </message>
    <message>
        <source>This &amp;quarter</source>
        <translation>Цей &amp;квартал</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Надійшло:</translation>
    </message>
    <message>
        <source>Taken by an SDR:</source>
        <translation>Взято в роботу SDR:</translation>
    </message>
    <message>
        <source>Median first response:</source>
        <translation>Медіанний час першої відповіді:</translation>
    </message>
    <message>
        <source>SLA breaches:</source>
        <translation>Порушення SLA:</translation>
    </message>
    <message>
        <source>Leads that came due in the period and were answered late or not yet, and their share of all the leads that came due.</source>
        <translation>Ліди, термін першої відповіді за якими настав у цьому періоді, а відповідь надано із запізненням або ще не надано, і їхня частка серед усіх лідів, термін яких настав.</translation>
    </message>
    <message>
        <source>Marks reached</source>
        <translation>Досягнуті позначки</translation>
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
        <translation>Конвертовано:</translation>
    </message>
    <message>
        <source>SDR bonus</source>
        <translation>Бонус SDR</translation>
    </message>
    <message>
        <source>For the period:</source>
        <translation>За період:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Від попереднього</translation>
    </message>
    <message>
        <source>From step 1</source>
        <translation>Від кроку 1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Leads received in the period, by the furthest step they reached.</source>
        <translation>Ліди, що надійшли за період, за найдальшим досягнутим кроком.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>Період закінчується раніше, ніж починається: виберіть дату «по» не раніше за дату «з».</translation>
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
            <numerusform>%Ln хв</numerusform>
            <numerusform>%Ln хв</numerusform>
            <numerusform>%Ln хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln год</numerusform>
            <numerusform>%Ln год</numerusform>
            <numerusform>%Ln год</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no responses yet</source>
        <translation>відповідей поки немає</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No bonus rates are set yet (Leads › Lead settings › SDR bonus).</source>
        <translation>Ставки бонусу ще не задано (Ліди › Налаштування лідів › Бонус SDR).</translation>
    </message>
    <message>
        <source>%1 converted × %2</source>
        <translation>Конвертовано: %1 × %2</translation>
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
        <translation>Конверсія між кроками</translation>
    </message>
</context>
<context>
    <name>loopline::LeadSettingsDialog</name>
    <message>
        <source>Lead settings</source>
        <translation>Налаштування лідів</translation>
    </message>
    <message>
        <source>&amp;SLA and working hours</source>
        <translation>&amp;SLA і робочі години</translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation>&amp;Оцінка</translation>
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
        <translation>Враховувати лише &amp;робочі години</translation>
    </message>
    <message>
        <source>Start of the working day</source>
        <translation>Початок робочого дня</translation>
    </message>
    <message>
        <source>End of the working day</source>
        <translation>Кінець робочого дня</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Системний часовий пояс (%1)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>&amp;Respond within:</source>
        <translation>Термін &amp;відповіді:</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>хвилина</numerusform>
            <numerusform>хвилини</numerusform>
            <numerusform>хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Д&amp;ні:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовий по&amp;яс:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Приклад:</translation>
    </message>
    <message>
        <source>How long a new lead may wait in the queue until an SDR takes it. With working hours on, the clock stops outside them.</source>
        <translation>Скільки новий лід може чекати в черзі, доки його не візьме SDR. Якщо враховуються робочі години, поза ними відлік часу зупиняється.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Відновити типові значення</translation>
    </message>
    <message>
        <source>Questionnaire answers (BANT)</source>
        <translation>Відповіді анкети (BANT)</translation>
    </message>
    <message>
        <source>B&amp;udget stated:</source>
        <translation>Б&amp;юджет названо:</translation>
    </message>
    <message>
        <source>&amp;Authority (decision maker):</source>
        <translation>Повнова&amp;ження (ухвалює рішення):</translation>
    </message>
    <message>
        <source>&amp;Need confirmed:</source>
        <translation>Потребу п&amp;ідтверджено:</translation>
    </message>
    <message>
        <source>T&amp;imeframe within 3 months:</source>
        <translation>Терміни — &amp;до 3 місяців:</translation>
    </message>
    <message>
        <source>Behaviour signals</source>
        <translation>Поведінкові сигнали</translation>
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
            <numerusform>бал і більше</numerusform>
            <numerusform>бали і більше</numerusform>
            <numerusform>балів і більше</numerusform>
        </translation>
    </message>
    <message>
        <source>Ho&amp;t from:</source>
        <translation>&amp;Гарячий:</translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation>&amp;Теплий:</translation>
    </message>
    <message>
        <source>Full points for each answer and signal. A lead&apos;s score is the sum of what it earned; the thresholds turn the score into a temperature.</source>
        <translation>Повна кількість балів за кожну відповідь і сигнал. Оцінка ліда — сума набраних ним балів; пороги перетворюють оцінку на температуру.</translation>
    </message>
    <message>
        <source>Every lead shows its score together with the reasons for it, so anyone can see why it is hot, warm or cold. A temperature set by hand wins.</source>
        <translation>Кожен лід показує оцінку разом із її причинами, тож будь-хто бачить, чому він гарячий, теплий чи холодний. Температура, задана вручну, має пріоритет.</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>По колу</translation>
    </message>
    <message>
        <source>By territory or segment, then round-robin</source>
        <translation>За територією або сегментом, потім по колу</translation>
    </message>
    <message>
        <source>&amp;Pick sales reps:</source>
        <translation>&amp;Вибір менеджерів:</translation>
    </message>
    <message>
        <source>&amp;Follow-up task due after:</source>
        <translation>Термін &amp;задачі на зв’язок — через:</translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>годину</numerusform>
            <numerusform>години</numerusform>
            <numerusform>годин</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot leads and trade-show leads go to a sales rep, who gets a follow-up task. Warm and cold leads are nurtured by marketing.</source>
        <translation>Гарячі ліди та ліди з виставок передаються менеджеру з продажів, який отримує задачу на зв’язок. Теплі й холодні ліди прогріває маркетинг.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Додати учасника</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>В&amp;илучити учасника</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>Names are the user names records carry as their owner, so each is used once. Inactive members (on leave) get no new leads.</source>
        <translation>Імена — це імена користувачів, які записи містять як відповідального, тому кожне ім’я використовується один раз. Неактивні учасники (у відпустці) нових лідів не отримують.</translation>
    </message>
    <message>
        <source>Per con&amp;verted lead:</source>
        <translation>За &amp;конвертований лід:</translation>
    </message>
    <message>
        <source>Per lead reaching S&amp;QL:</source>
        <translation>За лід, що досяг S&amp;QL:</translation>
    </message>
    <message>
        <source>Per lead reaching SA&amp;L:</source>
        <translation>За лід, що досяг SA&amp;L:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>What an SDR earns for each lead they took that reaches a mark within the period. SDR figures show the bonus for any period.</source>
        <translation>Скільки SDR отримує за кожен узятий ним лід, що досяг позначки протягом періоду. У показниках SDR видно бонус за будь-який період.</translation>
    </message>
    <message>
        <source>Active members get new leads; clear it while someone is on leave.</source>
        <translation>Активні учасники отримують нові ліди; зніміть позначку на час відпустки працівника.</translation>
    </message>
    <message>
        <source>A lead arriving on %1 at %2 is due on %3 at %4.</source>
        <translation>Для ліда, що надійшов о %2 (%1), термін першої відповіді — %4 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, e.g. EUR).</source>
        <translation>«%1» не є кодом валюти (три великі латинські літери, наприклад EUR).</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>%1 › %2, row %3: %4</source>
        <translation>%1 › %2, рядок %3: %4</translation>
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
    <message>
        <source>Switch between the list and %1</source>
        <translation>Перемкнутися між списком і режимом «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Експорт списку</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Експорт: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Exporting %1… %2 of %3</source>
        <translation>Експорт: %1… %2 з %3</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Експорт скасовано; файл не записано.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Експортовано до %2: %1</translation>
    </message>
    <message>
        <source>vCard address cards (*.vcf)</source>
        <translation>Візитні картки vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a name ending in .csv, .xlsx or, for contacts, .vcf.</source>
        <translation>Не вдалося експортувати до %1: виберіть ім’я з розширенням .csv, .xlsx або (для контактів) .vcf.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Пошук: %1</translation>
    </message>
    <message>
        <source>Search in field</source>
        <translation>Шукати в полі</translation>
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
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Лідів поки немає</translation>
    </message>
    <message>
        <source>Leads arrive from the web site, campaigns and trade shows. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N); it waits in the SDR queue until someone takes it.</source>
        <translation>Ліди надходять із вебсайту, кампаній і виставок. Додайте лід кнопкою &lt;b&gt;Створити&lt;/b&gt; (Ctrl+N) — він чекатиме в черзі SDR, доки його хтось не візьме.</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>Черга SDR</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>Черга порожня</translation>
    </message>
    <message>
        <source>Every new lead lands here, the one due soonest first. Take it with &lt;b&gt;Take lead&lt;/b&gt; (Ctrl+T) to answer within the SLA.</source>
        <translation>Сюди потрапляє кожен новий лід; першими йдуть ті, у яких термін відповіді ближчий. Візьміть лід кнопкою &lt;b&gt;Взяти лід&lt;/b&gt; (Ctrl+T), щоб відповісти в межах SLA.</translation>
    </message>
    <message>
        <source>&amp;Take lead</source>
        <translation>&amp;Взяти лід</translation>
    </message>
    <message>
        <source>Take the selected lead from the SDR queue (Ctrl+T)</source>
        <translation>Взяти вибраний лід із черги SDR (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Перевести до…</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>&amp;Конвертувати…</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Ліди</translation>
    </message>
    <message>
        <source>&amp;Questionnaires…</source>
        <translation>&amp;Анкети…</translation>
    </message>
    <message>
        <source>SDR &amp;figures…</source>
        <translation>Пока&amp;зники SDR…</translation>
    </message>
    <message>
        <source>Lead &amp;settings…</source>
        <translation>&amp;Налаштування лідів…</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Лід не взято</translation>
    </message>
    <message>
        <source>The lead is yours: it moved to &quot;%1&quot;.</source>
        <translation>Лід тепер ваш: його переведено в статус «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакти</numerusform>
            <numerusform>%Ln контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(-ies)</source>
        <translation>
            <numerusform>%Ln компанія</numerusform>
            <numerusform>%Ln компанії</numerusform>
            <numerusform>%Ln компаній</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln лід</numerusform>
            <numerusform>%Ln ліди</numerusform>
            <numerusform>%Ln лідів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) waiting</source>
        <translation>
            <numerusform>%Ln лід чекає</numerusform>
            <numerusform>%Ln ліди чекають</numerusform>
            <numerusform>%Ln лідів чекають</numerusform>
        </translation>
    </message>
    <message>
        <source>Add lead s&amp;ource…</source>
        <translation>Додати д&amp;жерело лідів…</translation>
    </message>
    <message>
        <source>Add lead source</source>
        <translation>Нове джерело лідів</translation>
    </message>
    <message>
        <source>Where leads come from besides %1:</source>
        <translation>Звідки ще надходять ліди, крім: %1?</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не додано</translation>
    </message>
    <message>
        <source>Lead source &quot;%1&quot; added.</source>
        <translation>Джерело лідів «%1» додано.</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>До&amp;шка</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мої задачі</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Угоди</translation>
    </message>
    <message>
        <source>Show as &amp;board</source>
        <translation>Показати як &amp;дошку</translation>
    </message>
    <message>
        <source>&amp;Forecast…</source>
        <translation>&amp;Прогноз…</translation>
    </message>
    <message>
        <source>&amp;Pipelines and stages…</source>
        <translation>&amp;Воронки та етапи…</translation>
    </message>
    <message>
        <source>Currency &amp;rates…</source>
        <translation>&amp;Курси валют…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln кампанія</numerusform>
            <numerusform>%Ln кампанії</numerusform>
            <numerusform>%Ln кампаній</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Кампаній поки немає</translation>
    </message>
    <message>
        <source>A campaign is a mailing, an ad or a trade show that brings leads: plan its budget and reach, then see what it brought. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N); leads are linked to it when their Campaign field names it.</source>
        <translation>Кампанія — це розсилка, реклама або виставка, яка приносить ліди: заплануйте її бюджет і охоплення, а потім подивіться, що вона принесла. Додайте кампанію кнопкою &lt;b&gt;Створити&lt;/b&gt; (Ctrl+N); ліди пов’язуються з нею, якщо в їхньому полі «Кампанія» вказано цю кампанію.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Se&amp;gments…</source>
        <translation>&amp;Сегменти…</translation>
    </message>
    <message>
        <source>Co&amp;llateral…</source>
        <translation>&amp;Маркетингові матеріали…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Експорт списку…</translation>
    </message>
    <message>
        <source>Save the list as it is shown, with its search and sort, as CSV or XLSX (Ctrl+Shift+E)</source>
        <translation>Зберегти список у тому вигляді, як його показано, з пошуком і сортуванням, у CSV або XLSX (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Імпорт контактів…</translation>
    </message>
    <message>
        <source>Read contacts from a CSV file: another CRM&apos;s export or a spreadsheet (Ctrl+Shift+I)</source>
        <translation>Завантажити контакти з файлу CSV — вивантаження іншої CRM або електронної таблиці (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Booth mode…</source>
        <translation>&amp;Режим стенда…</translation>
    </message>
    <message>
        <source>A full-screen form for capturing leads at a trade show; leaving it needs a PIN (Ctrl+Shift+B)</source>
        <translation>Повноекранна форма для збору лідів на виставці; для виходу потрібен PIN-код (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Знайти &amp;дублікати…</translation>
    </message>
    <message>
        <source>Contacts and companies that are probably the same, to merge (Ctrl+Shift+D)</source>
        <translation>Контакти й компанії, що, імовірно, збігаються, — для об’єднання (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation>&amp;Підключитися до командного сервера…</translation>
    </message>
    <message>
        <source>Open the team&apos;s database on its server, directly or as a replica on this computer that works offline (Ctrl+Shift+O)</source>
        <translation>Відкрити командну базу на сервері напряму або як репліку на цьому комп’ютері для роботи офлайн (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати</translation>
    </message>
    <message>
        <source>Send your changes to the team server and bring its changes here (F9).</source>
        <translation>Надіслати ваші зміни на командний сервер і отримати його зміни (F9).</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфлікти…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Стан синхронізації</translation>
    </message>
    <message>
        <source>Team server: %1
Last attempt: %2</source>
        <translation>Командний сервер: %1
Остання спроба: %2</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Надсилання змін</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Отримання змін</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 з %3</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Підключення до командного сервера</translation>
    </message>
    <message>
        <source>Loopline could not be started again.</source>
        <translation>Не вдалося запустити Loopline ще раз.</translation>
    </message>
    <message>
        <source>Replica of the team server %1, on this computer: %2</source>
        <translation>Репліка командного сервера %1 на цьому комп’ютері: %2</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Користувачі…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Відхилені зміни…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Зробити &amp;резервну копію</translation>
    </message>
    <message>
        <source>Save a copy of the whole database to the backup folder (Ctrl+Shift+S)</source>
        <translation>Зберегти копію всієї бази до теки резервних копій (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>Замінити базу однією з її резервних копій</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервне копіювання…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Базу даних пошкоджено</translation>
    </message>
    <message>
        <source>SQLite found damage in the database file.</source>
        <translation>SQLite знайшов пошкодження у файлі бази.</translation>
    </message>
    <message>
        <source>%1

Restore a backup to go on from a sound copy. You may keep working, but what you change may be lost or make the damage worse.</source>
        <translation>%1

Відновіть резервну копію, щоб продовжити зі справної копії. Можна працювати далі, але зміни можуть загубитися або погіршити пошкодження.</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Працювати далі</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Language and backups of this computer (Ctrl+,)</source>
        <translation>Мова й резервні копії на цьому комп’ютері (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Start Loopline again now to show it in the new language or look? Your work is saved.</source>
        <translation>Перезапустити Loopline зараз, щоб показати нову мову чи вигляд? Вашу роботу збережено.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Розділи</translation>
    </message>
</context>
<context>
    <name>loopline::MergeDialog</name>
    <message>
        <source>Given (text %1)</source>
        <translation>Надано (текст %1)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не надано</translation>
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
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Згода на маркетинг</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Вебдомен</translation>
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
        <source>Merge contacts</source>
        <translation>Об’єднання контактів</translation>
    </message>
    <message>
        <source>Keep &amp;%1</source>
        <translation>Залишити &amp;%1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Залишити %1</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Об’єднання компаній</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>%1 from the first record</source>
        <translation>%1 з першого запису</translation>
    </message>
    <message>
        <source>%1 from the second record</source>
        <translation>%1 з другого запису</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Choose which record stays and the value to keep for each field. Emails, phones, deals, leads, tasks and both timelines are kept in any case. Ctrl+Z undoes the merge.</source>
        <translation>Виберіть, який запис залишиться і яке значення зберегти в кожному полі. E-mail, телефони, угоди, ліди, завдання й обидві історії зберігаються в будь-якому разі. Ctrl+Z скасовує об’єднання.</translation>
    </message>
</context>
<context>
    <name>loopline::MoveLeadDialog</name>
    <message>
        <source>Move lead to &quot;%1&quot;</source>
        <translation>Переведення ліда в статус «%1»</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Зі статусу &lt;b&gt;%1&lt;/b&gt; у статус &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Not a target client</source>
        <translation>Нецільовий клієнт</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Немає бюджету</translation>
    </message>
    <message>
        <source>Duplicate of another lead</source>
        <translation>Дублікат іншого ліда</translation>
    </message>
    <message>
        <source>Spam or a test</source>
        <translation>Спам або тест</translation>
    </message>
    <message>
        <source>Student or job seeker</source>
        <translation>Студент або шукач роботи</translation>
    </message>
    <message>
        <source>A competitor asking</source>
        <translation>Запит від конкурента</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>Назва партнера</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнер:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Комісія:</translation>
    </message>
    <message>
        <source>&amp;Why (required):</source>
        <translation>&amp;Чому (обов’язково):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ко&amp;ментар:</translation>
    </message>
</context>
<context>
    <name>loopline::NewPipelineDialog</name>
    <message>
        <source>New pipeline</source>
        <translation>Нова воронка</translation>
    </message>
    <message>
        <source>e.g. Partners</source>
        <translation>наприклад, Партнери</translation>
    </message>
    <message>
        <source>Needs assessment booked
Needs confirmed
Proposal received</source>
        <translation>Зустріч для оцінки потреб призначена
Потреби підтверджено
Комерційну пропозицію отримано</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Етапи:</translation>
    </message>
    <message>
        <source>One stage per line, in order. Name each for what the buyer has done, in the past tense; the first is stage zero, where new deals start. Probabilities and follow-up tasks are set once the pipeline exists.</source>
        <translation>По одному етапу в рядку, за порядком. Називайте кожен етап за тим, що вже зробив покупець, у минулому часі; перший етап — нульовий, з нього починаються нові угоди. Імовірності та задачі на зв’язок задаються після створення воронки.</translation>
    </message>
</context>
<context>
    <name>loopline::PartnerDealDialog</name>
    <message>
        <source>Partner&apos;s deal for %1</source>
        <translation>Угода партнера за лідом %1</translation>
    </message>
    <message>
        <source>What %1 reported for this lead. The commission (%2 %) is computed from it.</source>
        <translation>Сума, про яку партнер %1 повідомив щодо цього ліда. Від неї розраховується комісія (%2 %).</translation>
    </message>
    <message>
        <source>Deal &amp;amount:</source>
        <translation>&amp;Сума угоди:</translation>
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
        <translation>Не переміщено</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Без компанії</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) in stage</source>
        <translation>
            <numerusform>%1 · %n день на етапі</numerusform>
            <numerusform>%1 · %n дні на етапі</numerusform>
            <numerusform>%1 · %n днів на етапі</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Show the deals of one segment</source>
        <translation>Показати угоди одного сегмента</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Будь-яка дата закриття</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закриття цього місяця</translation>
    </message>
    <message>
        <source>Closing in 3 months</source>
        <translation>Закриття протягом 3 місяців</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>Дата закриття минула</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Усі сегменти</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals in %1; deals in other currencies are converted with the rates in Deals → Currency rates.</source>
        <translation>Підсумки в %1; угоди в інших валютах перераховуються за курсами з меню «Угоди → Курси валют».</translation>
    </message>
    <message numerus="yes">
        <source>Totals in %1. %Ln deal(s) in a currency without a rate are counted but not in the totals.</source>
        <translation>
            <numerusform>Підсумки в %1. %Ln угода у валюті без курсу врахована в кількості, але не в сумах.</numerusform>
            <numerusform>Підсумки в %1. %Ln угоди у валюті без курсу враховані в кількості, але не в сумах.</numerusform>
            <numerusform>Підсумки в %1. %Ln угод у валюті без курсу враховані в кількості, але не в сумах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>переміщення угоди %1 на етап «%2»</translation>
    </message>
</context>
<context>
    <name>loopline::PipelineSettingsDialog</name>
    <message>
        <source>the same day</source>
        <translation>того ж дня</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipelines and stages</source>
        <translation>Воронки та етапи</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>Перейменувати воронку</translation>
    </message>
    <message>
        <source>New p&amp;ipeline…</source>
        <translation>&amp;Нова воронка…</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>S&amp;tages</source>
        <translation>&amp;Етапи</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Імовірність</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Відкриті угоди</translation>
    </message>
    <message>
        <source>Stage number; new deals start in stage 0</source>
        <translation>Номер етапу; нові угоди починаються з етапу 0</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Перей&amp;менувати</translation>
    </message>
    <message>
        <source>Rename the stage (F2 or double click in the list)</source>
        <translation>Перейменувати етап (F2 або подвійне клацання в списку)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вг&amp;ору</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Перемістити етап вгору (Alt+Вгору)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Перемістити етап вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <source>Remove the stage; only a stage no deal has been in can go</source>
        <translation>Видалити етап; видалити можна лише етап, на якому не було жодної угоди</translation>
    </message>
    <message>
        <source>Name each stage for what the buyer has done, in the past tense: “Needs assessment booked”, “Proposal received”. The first stage is stage zero, where new deals start.</source>
        <translation>Називайте кожен етап за тим, що вже зробив покупець, у минулому часі: «Зустріч для оцінки потреб призначена», «Комерційну пропозицію отримано». Перший етап — нульовий, з нього починаються нові угоди.</translation>
    </message>
    <message>
        <source>e.g. Demo attended</source>
        <translation>наприклад, Демонстрацію проведено</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Додати етап</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>Новий е&amp;тап:</translation>
    </message>
    <message>
        <source>pro&amp;bability</source>
        <translation>ймовірні&amp;сть</translation>
    </message>
    <message>
        <source>Follow-up tas&amp;ks</source>
        <translation>&amp;Задачі на зв’язок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Remo&amp;ve task</source>
        <translation>Видалити задач&amp;у</translation>
    </message>
    <message>
        <source>When a deal enters this stage, each task below is created for the deal&apos;s owner, due the given number of days later.</source>
        <translation>Коли угода переходить на цей етап, для її відповідального створюється кожна задача зі списку нижче з терміном через указану кількість днів.</translation>
    </message>
    <message>
        <source>e.g. Call about the proposal</source>
        <translation>наприклад, Зателефонувати щодо комерційної пропозиції</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>день</numerusform>
            <numerusform>дні</numerusform>
            <numerusform>днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add ta&amp;sk</source>
        <translation>Додати зада&amp;чу</translation>
    </message>
    <message>
        <source>Ne&amp;w task:</source>
        <translation>Нов&amp;а задача:</translation>
    </message>
    <message>
        <source>due a&amp;fter</source>
        <translation>те&amp;рмін через</translation>
    </message>
    <message>
        <source>Open: %L1. Won or lost in this stage: %L2.</source>
        <translation>Відкрито: %L1. Виграно або програно на цьому етапі: %L2.</translation>
    </message>
    <message>
        <source>Follow-up tas&amp;ks for “%1”</source>
        <translation>&amp;Задачі на зв’язок на етапі «%1»</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Перейменування воронки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are won or lost and stay in the stage they closed in; rename the stage instead.</source>
        <translation>
            <numerusform>%n з них виграна або програна й лишається на етапі, на якому її закрито; замість видалення перейменуйте етап.</numerusform>
            <numerusform>%n з них виграні або програні й лишаються на етапі, на якому їх закрито; замість видалення перейменуйте етап.</numerusform>
            <numerusform>%n з них виграні або програні й лишаються на етапі, на якому їх закрито; замість видалення перейменуйте етап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages of the pipeline</source>
        <translation>Етапи воронки</translation>
    </message>
    <message>
        <source>Tasks of the stage</source>
        <translation>Завдання етапу</translation>
    </message>
</context>
<context>
    <name>loopline::PrivacyDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Privacy: %1</source>
        <translation>Персональні дані: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Версія тексту</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Історія згод</translation>
    </message>
    <message>
        <source>Record consent &amp;given…</source>
        <translation>Зафіксувати &amp;згоду…</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal…</source>
        <translation>Зафіксувати &amp;відкликання згоди…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Експорт персональних даних…</translation>
    </message>
    <message>
        <source>Everything held about the person, as JSON and vCard, for a data request</source>
        <translation>Усі дані про людину у форматах JSON і vCard — для відповіді на запит щодо персональних даних</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>С&amp;терти…</translation>
    </message>
    <message>
        <source>Remove the person&apos;s data for good, as they asked; cannot be undone</source>
        <translation>Безповоротно видалити дані людини на її прохання; скасувати не можна</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>%1 agreed to receive marketing (text %2).</source>
        <translation>%1: надано згоду на маркетингові розсилки (текст %2).</translation>
    </message>
    <message>
        <source>No consent has been recorded for %1: do not send them marketing.</source>
        <translation>Згоду для %1 не зафіксовано: не надсилайте цьому контакту маркетингові розсилки.</translation>
    </message>
    <message>
        <source>%1 withdrew consent: do not send them marketing.</source>
        <translation>%1: згоду відкликано, не надсилайте цьому контакту маркетингові розсилки.</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Згоду надано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
    <message>
        <source>Where was it given (web form, booth, phone call)?</source>
        <translation>Де надано згоду (вебформа, стенд, телефонний дзвінок)?</translation>
    </message>
    <message>
        <source>How was it withdrawn?</source>
        <translation>Як відкликано згоду?</translation>
    </message>
    <message>
        <source>Version of the consent text agreed to:</source>
        <translation>Версія прийнятого тексту згоди:</translation>
    </message>
    <message>
        <source>Export personal data to</source>
        <translation>Експорт персональних даних до теки</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Записано:
%1</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Стирання даних: %1</translation>
    </message>
    <message>
        <source>Why is the data erased (for example, the date and way of the person&apos;s request)?</source>
        <translation>Чому дані стираються (наприклад, дата й спосіб звернення людини)?</translation>
    </message>
    <message>
        <source>Erase everything personal about %1: the contact, their emails, phones, consent history and timeline, and the personal fields of their leads? Deals stay, without them. This cannot be undone, and it holds on every copy of the database.</source>
        <translation>Стерти всі персональні дані контакту %1: сам контакт, його адреси ел. пошти, телефони, історію згод, історію контакту й персональні поля його лідів? Угоди залишаться, але без нього. Цю дію не можна скасувати, і вона поширюється на всі копії бази даних.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
</context>
<context>
    <name>loopline::QuestionnaireEditorDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Анкети</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Questionnaires:</source>
        <translation>&amp;Анкети:</translation>
    </message>
    <message>
        <source>New &amp;template</source>
        <translation>Новий &amp;шаблон</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Архі&amp;вувати</translation>
    </message>
    <message>
        <source>Leads interested in it get this questionnaire</source>
        <translation>Цю анкету отримають ліди, які цим цікавляться</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Product or service:</source>
        <translation>П&amp;родукт або послуга:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>&amp;Поля:</translation>
    </message>
    <message>
        <source>Changing the fields saves a new version of the questionnaire: leads keep the version they were answered under. The name and product are not versioned.</source>
        <translation>Зміна полів зберігає нову версію анкети: у лідів лишається та версія, за якою вони відповідали. Назва та продукт не версіонуються.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язкове</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Підказка</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варіанти</translation>
    </message>
    <message>
        <source>The answer&apos;s name on the lead: small letters a–z, digits and _. Renaming it leaves answers given earlier under the old name.</source>
        <translation>Назва відповіді в ліді: малі латинські літери a–z, цифри та _. Після перейменування відповіді, надані раніше, лишаються під старою назвою.</translation>
    </message>
    <message>
        <source>For one-choice and several-choices fields: separated by commas, or one per line.</source>
        <translation>Для полів з одним або кількома варіантами: через кому або по одному в рядку.</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Додати поле</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Видалити по&amp;ле</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вг&amp;ору</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
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
        <translation>Грошова сума</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Так або ні</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Один варіант</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Кілька варіантів</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>Archived: not offered for new leads; answers given under it still read.</source>
        <translation>В архіві: новим лідам не пропонується; відповіді, надані за цією анкетою, і далі доступні.</translation>
    </message>
    <message>
        <source>Built in: used when no other questionnaire fits the lead&apos;s interest.</source>
        <translation>Вбудована: використовується, коли інтересу ліда не відповідає жодна інша анкета.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Анкету переміщено в архів.</translation>
    </message>
    <message>
        <source>Unarchived.</source>
        <translation>Анкету повернуто з архіву.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the new questionnaire?</source>
        <translation>Зберегти нову анкету?</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Зберегти зміни в анкеті «%1»?</translation>
    </message>
    <message>
        <source>A built-in BANT field: the lead score reads it, so its key, type and choices stay.</source>
        <translation>Вбудоване поле BANT: за ним розраховується оцінка ліда, тому його ключ, тип і варіанти змінити не можна.</translation>
    </message>
    <message>
        <source>Only one-choice and several-choices fields have choices.</source>
        <translation>Варіанти є лише в полів з одним або кількома варіантами.</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Поле %1</translation>
    </message>
    <message>
        <source>New — saving writes version 1.</source>
        <translation>Нова — під час збереження буде записано версію 1.</translation>
    </message>
    <message>
        <source>Version %1 — saving writes version %2; answers given under earlier versions keep them.</source>
        <translation>Версія %1 — під час збереження буде записано версію %2; відповіді, надані за попередніми версіями, залишаться за ними.</translation>
    </message>
    <message>
        <source>Version %1 — answers given under earlier versions keep them.</source>
        <translation>Версія %1 — відповіді, надані за попередніми версіями, залишаються за ними.</translation>
    </message>
    <message>
        <source>Built-in BANT fields cannot be removed.</source>
        <translation>Вбудовані поля BANT видалити не можна.</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Повернути з архі&amp;ву</translation>
    </message>
    <message>
        <source>BANT is used when no other questionnaire fits; it cannot be archived.</source>
        <translation>Анкета BANT використовується, коли не підходить жодна інша, тому її не можна архівувати.</translation>
    </message>
    <message>
        <source>Questionnaires — unsaved changes</source>
        <translation>Анкети — незбережені зміни</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Збережено як версію %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Запитання</translation>
    </message>
</context>
<context>
    <name>loopline::QuestionnaireForm</name>
    <message>
        <source>e.g. %1</source>
        <translation>наприклад, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>This questionnaire has no questions.</source>
        <translation>У цій анкеті немає запитань.</translation>
    </message>
    <message>
        <source>Questions marked * must be answered.</source>
        <translation>На запитання, позначені *, потрібно відповісти обов’язково.</translation>
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
        <translation>Відома</translation>
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
    <name>loopline::RecordsDialog</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
</context>
<context>
    <name>loopline::RejectedDialog</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Зміни, відхилені сервером</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Відхилені зміни</translation>
    </message>
    <message>
        <source>The server has taken every change made here.</source>
        <translation>Сервер прийняв усі зміни, зроблені тут.</translation>
    </message>
    <message>
        <source>C&amp;lear the list…</source>
        <translation>&amp;Очистити список…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Видалення</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Clear the list of refused changes? The records are not changed by this.</source>
        <translation>Очистити список відхилених змін? Самі записи від цього не змінюються.</translation>
    </message>
</context>
<context>
    <name>loopline::ReportsPage</name>
    <message>
        <source>First day of the period (deals by closing date, leads by arrival)</source>
        <translation>Перший день періоду (угоди — за датою закриття, ліди — за датою надходження)</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Останній день періоду</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ві&amp;дповідальний:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Усі воронки</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Не вдалося прочитати звіти: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Зберегти діаграму в PNG…</translation>
    </message>
    <message>
        <source>Copy data as CSV</source>
        <translation>Копіювати дані у форматі CSV</translation>
    </message>
    <message>
        <source>Copied the data of “%1”</source>
        <translation>Дані діаграми «%1» скопійовано</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Збереження діаграми</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Діаграму збережено в %1</translation>
    </message>
    <message>
        <source>Cannot save the chart to %1</source>
        <translation>Не вдалося зберегти діаграму в %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Only the deals and leads of this person</source>
        <translation>Лише угоди та ліди цього працівника</translation>
    </message>
    <message>
        <source>Only leads from this source, and the deals they became</source>
        <translation>Лише ліди з цього джерела та угоди, на які вони перетворилися</translation>
    </message>
    <message>
        <source>Only leads of this campaign or event, and the deals they became</source>
        <translation>Лише ліди цієї кампанії або заходу та угоди, на які вони перетворилися</translation>
    </message>
    <message>
        <source>Only leads and deals of this segment</source>
        <translation>Лише ліди та угоди цього сегмента</translation>
    </message>
    <message>
        <source>Only deals of this pipeline</source>
        <translation>Лише угоди цієї воронки</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Дже&amp;рело:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Кампанія:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>Ді&amp;аграми</translation>
    </message>
    <message>
        <source>Choose the charts on the dashboard</source>
        <translation>Вибрати діаграми для панелі</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PDF…</source>
        <translation>Панель у &amp;PDF…</translation>
    </message>
    <message>
        <source>Numbers as &amp;XLSX…</source>
        <translation>Дані в &amp;XLSX…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF or its numbers as a spreadsheet</source>
        <translation>Зберегти панель у PDF або її дані в електронну таблицю</translation>
    </message>
    <message>
        <source>&amp;Reset to the default charts</source>
        <translation>&amp;Відновити типові діаграми</translation>
    </message>
    <message>
        <source>No charts on the dashboard. Choose some in the Charts menu above.</source>
        <translation>На панелі немає діаграм. Виберіть їх у меню «Діаграми» вище.</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Усі працівники</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Усі кампанії</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Усі сегменти</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Loopline reports</source>
        <translation>Звіти Loopline</translation>
    </message>
    <message>
        <source>No charts on the dashboard</source>
        <translation>На панелі немає діаграм</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Експорт панелі</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the dashboard to %1</source>
        <translation>Панель збережено в %1</translation>
    </message>
    <message>
        <source>Save the numbers</source>
        <translation>Збереження даних</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved the numbers to %1</source>
        <translation>Дані збережено в %1</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Зберегти дані в CSV…</translation>
    </message>
    <message>
        <source>Save data as XLSX…</source>
        <translation>Зберегти дані в XLSX…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Перемістити ближче до початку</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Перемістити ближче до кінця</translation>
    </message>
    <message>
        <source>Remove from the dashboard</source>
        <translation>Прибрати з панелі</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Збереження даних</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Took “%1” off the dashboard; the Charts menu brings it back</source>
        <translation>Діаграму «%1» прибрано з панелі; повернути її можна в меню «Діаграми»</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop reading the reports (Esc)</source>
        <translation>Припинити читання звітів (Esc)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <source>Not read: reading was stopped. Press F5 to read the reports.</source>
        <translation>Не прочитано: читання зупинено. Натисніть F5, щоб прочитати звіти.</translation>
    </message>
    <message>
        <source>Stopped reading the reports</source>
        <translation>Читання звітів зупинено</translation>
    </message>
    <message>
        <source>Reading the reports: %1 of %2</source>
        <translation>Читання звітів: %1 з %2</translation>
    </message>
    <message>
        <source>List the records of</source>
        <translation>Показати записи</translation>
    </message>
</context>
<context>
    <name>loopline::RestoreDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n компанія</numerusform>
            <numerusform>%n компанії</numerusform>
            <numerusform>%n компаній</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation>Резервні копії %1 у %2:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2 yet. File → Back Up Now makes one; &quot;Other file…&quot; restores a copy kept elsewhere.</source>
        <translation>Резервних копій %1 у %2 поки немає. Файл → Зробити резервну копію створює її; «Інший файл…» відновлює копію, що зберігається деінде.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Інший файл…</translation>
    </message>
    <message>
        <source>Checked, sound: %1.</source>
        <translation>Перевірено, справна: %1.</translation>
    </message>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>Не можна відновити: %1</translation>
    </message>
    <message>
        <source>Restore from a File</source>
        <translation>Відновлення з файлу</translation>
    </message>
    <message>
        <source>Loopline databases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази Loopline (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2?</source>
        <translation>Замінити базу %1 резервною копією %2?</translation>
    </message>
    <message>
        <source>The backup holds %1. Changes made since it was taken are not in it. The current file is kept as %2, and Loopline starts again on the backup.</source>
        <translation>У резервній копії: %1. Змін, зроблених після неї, у ній немає. Поточний файл збережеться як %2, і Loopline перезапуститься на резервній копії.</translation>
    </message>
</context>
<context>
    <name>loopline::SegmentComboBox</name>
    <message>
        <source>Choose a segment or type a new one</source>
        <translation>Виберіть сегмент або введіть новий</translation>
    </message>
</context>
<context>
    <name>loopline::SegmentsDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Архі&amp;вувати</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>Add c&amp;riterion</source>
        <translation>Додати к&amp;ритерій</translation>
    </message>
    <message>
        <source>Remo&amp;ve criterion</source>
        <translation>При&amp;брати критерій</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>Add a segment</source>
        <translation>Додати сегмент</translation>
    </message>
    <message>
        <source>Rename the segment; its leads, contacts and deals follow</source>
        <translation>Перейменувати сегмент; його ліди, контакти та угоди отримають нову назву</translation>
    </message>
    <message>
        <source>Delete a segment no record uses</source>
        <translation>Видалити сегмент, який не використовується в жодному записі</translation>
    </message>
    <message>
        <source>Se&amp;gments:</source>
        <translation>Се&amp;гменти:</translation>
    </message>
    <message>
        <source>e.g. Retail chains</source>
        <translation>наприклад, Роздрібні мережі</translation>
    </message>
    <message>
        <source>What the group needs and the problems it wants solved, in its own words</source>
        <translation>Що потрібно цій групі та які завдання вона хоче розв’язати — її словами</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерій</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>What the group&apos;s buyers choose by, financial and not, and how much each counts (1–100)</source>
        <translation>За якими критеріями обирають покупці цієї групи — фінансовими й нефінансовими — і наскільки важливий кожен (1–100)</translation>
    </message>
    <message>
        <source>Buyers&apos; selection &amp;criteria</source>
        <translation>&amp;Критерії вибору покупців</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>П&amp;отреби:</translation>
    </message>
    <message>
        <source>Archived: no longer offered in the forms; its records keep it</source>
        <translation>В архіві: більше не пропонується у формах; у записах зберігається</translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation>Критеріїв поки немає</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Загальна вага: %1</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Повернути з архі&amp;ву</translation>
    </message>
    <message>
        <source>Offer the segment in the forms again</source>
        <translation>Знову пропонувати сегмент у формах</translation>
    </message>
    <message>
        <source>Stop offering the segment in the forms; its records keep it</source>
        <translation>Більше не пропонувати сегмент у формах; у записах він збережеться</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новий сегмент</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Новий сегмент %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не видалено</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Видалення сегмента</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot; and its criteria? This takes effect when you save.</source>
        <translation>Видалити сегмент «%1» і його критерії? Зміна набуде чинності після збереження.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Selection criteria</source>
        <translation>Критерії вибору</translation>
    </message>
</context>
<context>
    <name>loopline::SendCollateralDialog</name>
    <message>
        <source>Send collateral</source>
        <translation>Надсилання матеріалів</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>&amp;Позначити як надіслані</translation>
    </message>
    <message>
        <source>Record that the chosen pieces were sent to the deal today</source>
        <translation>Позначити, що вибрані матеріали сьогодні надіслано для цієї угоди</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Meant for this deal&apos;s stage or segment</source>
        <translation>Призначений для етапу або сегмента цієї угоди</translation>
    </message>
    <message>
        <source>Nothing left to send: everything in the library was sent to this deal already, or the library is empty (Deals → Collateral…).</source>
        <translation>Надсилати більше нічого: усі матеріали з бібліотеки вже надіслано для цієї угоди, або бібліотека порожня (Угоди → Маркетингові матеріали…).</translation>
    </message>
    <message>
        <source>Choose what was sent to the client (Ctrl+click for several). Pieces meant for the deal&apos;s stage or segment are in bold.</source>
        <translation>Виберіть, що було надіслано клієнтові (Ctrl+клацання — кілька). Матеріали для етапу або сегмента угоди виділено жирним.</translation>
    </message>
    <message>
        <source>Collateral to send</source>
        <translation>Матеріали для надсилання</translation>
    </message>
</context>
<context>
    <name>loopline::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Backups of the local database</source>
        <translation>Резервні копії локальної бази</translation>
    </message>
    <message>
        <source>&quot;backups&quot; beside the database</source>
        <translation>«backups» поруч із базою</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Лише на запит</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Кожні:</translation>
    </message>
    <message>
        <source>A backup is taken when Loopline starts or runs and the newest is older than this.</source>
        <translation>Резервна копія робиться під час запуску або роботи Loopline, якщо остання старша за цей строк.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Тека резервних копій</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Зберігати останніх:</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours, abbreviated</comment>
        <translation> год</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світлий</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темний</translation>
    </message>
    <message>
        <source>L&amp;ook:</source>
        <translation>&amp;Вигляд:</translation>
    </message>
    <message>
        <source>Loopline shows a new language or look when it starts again.</source>
        <translation>Нова мова чи вигляд з’являться після перезапуску Loopline.</translation>
    </message>
</context>
<context>
    <name>loopline::SyncController</name>
    <message>
        <source>Syncing with %1…</source>
        <translation>Синхронізація з %1…</translation>
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
        <translation>синхронізовано %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ще не синхронізовано</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n зміна до надсилання</numerusform>
            <numerusform>%n зміни до надсилання</numerusform>
            <numerusform>%n змін до надсилання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфлікт</numerusform>
            <numerusform>%n конфлікти</numerusform>
            <numerusform>%n конфліктів</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped; what was done is kept.</source>
        <translation>Синхронізацію зупинено; зроблене збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) sent, %1 record(s) brought up to date.</source>
        <translation>
            <numerusform>Синхронізовано: надіслано %n зміну, оновлено записів: %1.</numerusform>
            <numerusform>Синхронізовано: надіслано %n зміни, оновлено записів: %1.</numerusform>
            <numerusform>Синхронізовано: надіслано %n змін, оновлено записів: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced. The server refused %n change(s); see Team → Refused changes.</source>
        <translation>
            <numerusform>Синхронізовано. Сервер відхилив %n зміну; див. Команда → Відхилені зміни.</numerusform>
            <numerusform>Синхронізовано. Сервер відхилив %n зміни; див. Команда → Відхилені зміни.</numerusform>
            <numerusform>Синхронізовано. Сервер відхилив %n змін; див. Команда → Відхилені зміни.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopline::TaskDialog</name>
    <message>
        <source>Reschedule task</source>
        <translation>Перенесення терміну задачі</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Що потрібно зробити</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>loopline::TasksPage</name>
    <message numerus="yes">
        <source>%Ln minute(s) late</source>
        <translation>
            <numerusform>прострочено на %Ln хвилину</numerusform>
            <numerusform>прострочено на %Ln хвилини</numerusform>
            <numerusform>прострочено на %Ln хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>через %Ln хвилину</numerusform>
            <numerusform>через %Ln хвилини</numerusform>
            <numerusform>через %Ln хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) late</source>
        <translation>
            <numerusform>прострочено на %Ln годину</numerusform>
            <numerusform>прострочено на %Ln години</numerusform>
            <numerusform>прострочено на %Ln годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>через %Ln годину</numerusform>
            <numerusform>через %Ln години</numerusform>
            <numerusform>через %Ln годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) late</source>
        <translation>
            <numerusform>прострочено на %Ln день</numerusform>
            <numerusform>прострочено на %Ln дні</numerusform>
            <numerusform>прострочено на %Ln днів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>Додати &amp;задачу…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Add a task of your own</source>
        <translation>Додати власну задачу</translation>
    </message>
    <message>
        <source>Change when the selected task is due</source>
        <translation>Змінити термін вибраної задачі</translation>
    </message>
    <message>
        <source>Space: done / not done · Enter: open the lead or deal · Del: delete</source>
        <translation>Пробіл: виконано / не виконано · Enter: відкрити лід або угоду · Del: видалити</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Задач немає.</translation>
    </message>
    <message>
        <source>Tasks appear here when a lead is handed to you or a deal enters a stage with follow-up tasks. Add one of your own with &lt;b&gt;Add task…&lt;/b&gt;.</source>
        <translation>Задачі з’являються тут, коли вам передають лід або угода переходить на етап із задачами на зв’язок. Додайте власну задачу кнопкою &lt;b&gt;Додати задачу…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мої задачі</translation>
    </message>
    <message>
        <source>My tasks — %1</source>
        <translation>Мої задачі — %1</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Не вдалося прочитати задачі</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Майбутні</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконані</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln прострочена</numerusform>
            <numerusform>%Ln прострочені</numerusform>
            <numerusform>%Ln прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln на сьогодні</numerusform>
            <numerusform>%Ln на сьогодні</numerusform>
            <numerusform>%Ln на сьогодні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming</source>
        <translation>
            <numerusform>%Ln майбутня</numerusform>
            <numerusform>%Ln майбутні</numerusform>
            <numerusform>%Ln майбутніх</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Усі задачі виконано.</translation>
    </message>
    <message>
        <source>Cannot change the task</source>
        <translation>Не вдалося змінити задачу</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Видалення задачі</translation>
    </message>
    <message>
        <source>Delete the task “%1”?</source>
        <translation>Видалити задачу «%1»?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Mark as &amp;not done</source>
        <translation>Позначити як &amp;невиконану</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Позначити як ви&amp;конану</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>виконана %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дні</numerusform>
            <numerusform>через %Ln днів</numerusform>
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
        <source>Handed off</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Зап&amp;исати</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>What to log: a note, a call, a meeting or an e-mail</source>
        <translation>Що записати: нотатку, дзвінок, зустріч або лист</translation>
    </message>
    <message>
        <source>What was said on the call, and what next…</source>
        <translation>Про що говорили телефоном і що далі…</translation>
    </message>
    <message>
        <source>Who met, what was agreed…</source>
        <translation>Хто зустрічався, про що домовилися…</translation>
    </message>
    <message>
        <source>What was sent or received…</source>
        <translation>Що надіслано або отримано…</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>New timeline note</source>
        <translation>Нова нотатка в історії</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Вид запису</translation>
    </message>
</context>
<context>
    <name>loopline::UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Менеджер із продажу</translation>
    </message>
    <message>
        <source>Booth staff</source>
        <translation>Працівник стенда</translation>
    </message>
    <message>
        <source>Users of the team server</source>
        <translation>Користувачі командного сервера</translation>
    </message>
    <message>
        <source>Who may log in to %1, and with which rights. The server enforces the rights: a sales rep sees their own leads and deals, an SDR the lead queue, booth staff can only add leads.</source>
        <translation>Хто може входити до %1 і з якими правами. Права забезпечує сервер: менеджер із продажу бачить свої ліди та угоди, SDR — чергу лідів, працівники стенда можуть лише додавати ліди.</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Учасник команди</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Додати користувача…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Змінити &amp;роль…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Задати &amp;пароль…</translation>
    </message>
    <message>
        <source>Re&amp;move login…</source>
        <translation>&amp;Видалити обліковий запис…</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(немає облікового запису)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <source>Team &amp;member:</source>
        <translation>&amp;Учасник команди:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Обліковий запис:</translation>
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
        <translation>Змінити роль</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Роль %1:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задати пароль</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Новий пароль для %1:</translation>
    </message>
    <message>
        <source>Remove login</source>
        <translation>Видалити обліковий запис</translation>
    </message>
    <message>
        <source>Remove the login %1? The team member and their records stay; they can no longer log in.</source>
        <translation>Видалити обліковий запис %1? Учасник команди та його записи залишаться, але увійти він більше не зможе.</translation>
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
    <message>
        <source>Screen to show: contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks or reports.</source>
        <translation>Екран, який потрібно показати: contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks або reports.</translation>
    </message>
    <message>
        <source>--view must be contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks or reports, not &quot;%1&quot;.</source>
        <translation>Значення --view має бути contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks або reports, а не «%1».</translation>
    </message>
    <message>
        <source>Start in booth mode, the full-screen lead capture form, for this event (a trade show).</source>
        <translation>Запустити режим стенда (повноекранну форму збору лідів) для цього заходу (виставки).</translation>
    </message>
    <message>
        <source>--booth needs the name of the event.</source>
        <translation>Для --booth потрібно вказати назву заходу.</translation>
    </message>
    <message>
        <source>Booth mode</source>
        <translation>Режим стенда</translation>
    </message>
    <message>
        <source>Work on a local replica of the --server&apos;s database in &lt;path&gt;, usable offline; it syncs with the server on start, every five minutes and on F9. A replica made before remembers its server.</source>
        <translation>Працювати з локальною реплікою бази --server у &lt;path&gt;, доступною офлайн; вона синхронізується із сервером під час запуску, кожні п’ять хвилин і за F9. Створена раніше репліка пам’ятає свій сервер.</translation>
    </message>
    <message>
        <source>Set up (or upgrade) the team database on the --server: tables, roles and their rights. Then exit.</source>
        <translation>Налаштувати (або оновити) командну базу на --server: таблиці, ролі та їхні права. Потім вийти.</translation>
    </message>
    <message>
        <source>Sync the --replica with the --server once, without a window, then exit.</source>
        <translation>Один раз синхронізувати --replica з --server без вікна, потім вийти.</translation>
    </message>
    <message>
        <source>--init-server needs --server URL.</source>
        <translation>Для --init-server потрібен --server URL.</translation>
    </message>
    <message>
        <source>--sync needs --replica PATH.</source>
        <translation>Для --sync потрібен --replica PATH.</translation>
    </message>
    <message>
        <source>Give either --db or --replica, not both.</source>
        <translation>Вкажіть або --db, або --replica, але не обидва.</translation>
    </message>
    <message>
        <source>The team database on %1 is ready (schema %2).</source>
        <translation>Командна база на %1 готова (схема %2).</translation>
    </message>
    <message>
        <source>Team server set-up</source>
        <translation>Налаштування командного сервера</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replica of a team server yet: give --server URL the first time.</source>
        <translation>«%1» ще не репліка командного сервера: першого разу вкажіть --server URL.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Базу даних пошкоджено</translation>
    </message>
    <message>
        <source>Loopline cannot open %1: the file is damaged.</source>
        <translation>Loopline не може відкрити %1: файл пошкоджено.</translation>
    </message>
    <message>
        <source>%1

Restore a backup to go on from a sound copy; the damaged file is kept beside it.</source>
        <translation>%1

Відновіть резервну копію, щоб продовжити зі справної копії; пошкоджений файл збережеться поруч.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Welcome to Loopline</source>
        <translation>Ласкаво просимо до Loopline</translation>
    </message>
    <message>
        <source>Look: light, dark or system (default: as in the settings).</source>
        <translation>Вигляд: light (світлий), dark (темний) або system (як у системі); типово — як у налаштуваннях.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, not &quot;%1&quot;.</source>
        <translation>--theme має бути light, dark або system, а не «%1».</translation>
    </message>
</context>
</TS>
