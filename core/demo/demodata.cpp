#include "demodata.h"

#include "campaigns/campaignstore.h"
#include "collateral/collateralstore.h"
#include "leads/leadstore.h"
#include "leads/questionnaire.h"
#include "leads/scoring.h"
#include "pipeline/dealclosing.h"
#include "pipeline/pipelinestore.h"
#include "segments/segmentstore.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/taskstore.h"
#include "store/teamstore.h"

#include <array>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

struct Names
{
    QStringList male;
    QStringList female;
    QStringList lastMale;
    QStringList lastFemale; // empty: same as male
    QStringList titles;
    QString phonePrefix;
};

const std::array<Names, 3> &nameSets()
{
    static const std::array<Names, 3> sets = {{
        {{u"James"_s, u"John"_s, u"Robert"_s, u"Michael"_s, u"David"_s, u"William"_s, u"Thomas"_s,
             u"Daniel"_s, u"Matthew"_s, u"Andrew"_s, u"Oliver"_s, u"Henry"_s},
            {u"Mary"_s, u"Emily"_s, u"Sarah"_s, u"Jessica"_s, u"Emma"_s, u"Olivia"_s, u"Sophie"_s, u"Grace"_s,
                u"Hannah"_s, u"Laura"_s, u"Charlotte"_s, u"Alice"_s},
            {u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s, u"Miller"_s, u"Davis"_s,
                u"Wilson"_s, u"Taylor"_s, u"Clark"_s, u"Walker"_s, u"Wright"_s, u"Hughes"_s, u"Turner"_s,
                u"Parker"_s, u"Bennett"_s},
            {},
            {u"Marketing Manager"_s, u"Head of Sales"_s, u"CEO"_s, u"CFO"_s, u"Procurement Lead"_s,
                u"IT Director"_s, u"Operations Manager"_s, u"Product Owner"_s},
            u"+44 20 7"_s},
        {{u"Александр"_s, u"Дмитрий"_s, u"Сергей"_s, u"Андрей"_s, u"Алексей"_s, u"Михаил"_s, u"Иван"_s,
             u"Николай"_s, u"Павел"_s, u"Игорь"_s},
            {u"Анна"_s, u"Елена"_s, u"Ольга"_s, u"Наталья"_s, u"Мария"_s, u"Татьяна"_s, u"Ирина"_s,
                u"Екатерина"_s, u"Светлана"_s, u"Юлия"_s},
            {u"Иванов"_s, u"Смирнов"_s, u"Кузнецов"_s, u"Попов"_s, u"Васильев"_s, u"Петров"_s, u"Соколов"_s,
                u"Михайлов"_s, u"Новиков"_s, u"Фёдоров"_s, u"Морозов"_s, u"Волков"_s},
            {u"Иванова"_s, u"Смирнова"_s, u"Кузнецова"_s, u"Попова"_s, u"Васильева"_s, u"Петрова"_s,
                u"Соколова"_s, u"Михайлова"_s, u"Новикова"_s, u"Фёдорова"_s, u"Морозова"_s, u"Волкова"_s},
            {u"Директор по маркетингу"_s, u"Руководитель отдела продаж"_s, u"Генеральный директор"_s,
                u"Финансовый директор"_s, u"Менеджер по закупкам"_s, u"ИТ-директор"_s},
            u"+7 495 "_s},
        {{u"Олександр"_s, u"Дмитро"_s, u"Сергій"_s, u"Андрій"_s, u"Олексій"_s, u"Михайло"_s, u"Іван"_s,
             u"Микола"_s, u"Тарас"_s, u"Богдан"_s},
            {u"Оксана"_s, u"Олена"_s, u"Ольга"_s, u"Наталія"_s, u"Марія"_s, u"Тетяна"_s, u"Ірина"_s,
                u"Катерина"_s, u"Світлана"_s, u"Юлія"_s},
            {u"Шевченко"_s, u"Бойко"_s, u"Коваленко"_s, u"Бондаренко"_s, u"Ткаченко"_s, u"Кравченко"_s,
                u"Олійник"_s, u"Мельник"_s, u"Лисенко"_s, u"Руденко"_s, u"Савченко"_s, u"Поліщук"_s},
            {},
            {u"Директор з маркетингу"_s, u"Керівник відділу продажів"_s, u"Генеральний директор"_s,
                u"Фінансовий директор"_s, u"Менеджер із закупівель"_s, u"ІТ-директор"_s},
            u"+380 44 "_s},
    }};
    return sets;
}

const QStringList kCompanyRoots = {u"Northwind"_s, u"Bluefield"_s, u"Arcadia"_s, u"Vector"_s, u"Helios"_s,
    u"Granit"_s, u"Polis"_s, u"Sigma"_s, u"Orion"_s, u"Kvant"_s, u"Dnipro"_s, u"Volga"_s, u"Evergreen"_s,
    u"Summit"_s, u"Atlas"_s, u"Meridian"_s, u"Lumen"_s, u"Nova"_s, u"Cobalt"_s, u"Karpaty"_s};
const QStringList kCompanyKinds = {u"Logistics"_s, u"Software"_s, u"Foods"_s, u"Pharma"_s, u"Energy"_s,
    u"Retail"_s, u"Consulting"_s, u"Media"_s, u"Machinery"_s, u"Telecom"_s};
const QStringList kIndustries = {u"Logistics"_s, u"Software"_s, u"Food production"_s, u"Pharmaceuticals"_s,
    u"Energy"_s, u"Retail"_s, u"Consulting"_s, u"Media"_s, u"Manufacturing"_s, u"Telecommunications"_s};
const QStringList kCities = {u"London"_s, u"Manchester"_s, u"Москва"_s, u"Санкт-Петербург"_s, u"Київ"_s,
    u"Львів"_s, u"Berlin"_s, u"Warsaw"_s};
const QStringList kSources = {u"Web site"_s, u"Landing page"_s, u"Referral"_s, u"Trade show"_s,
    u"Advertising"_s, u"Blog article"_s, u"Social network"_s};
const QStringList kOwners = {u"anna"_s, u"dmytro"_s, u"sergey"_s, u"emily"_s, u"oksana"_s};
const QStringList kTags = {u"vip"_s, u"newsletter"_s, u"partner"_s, u"decision-maker"_s, u"webinar"_s};
const QStringList kProducts = {u"CRM rollout"_s, u"Annual licence"_s, u"Support plan"_s, u"Data migration"_s,
    u"Training"_s, u"Integration"_s};
const QStringList kCurrencies = {u"EUR"_s, u"USD"_s, u"GBP"_s, u"RUB"_s, u"UAH"_s};
const QStringList kStages = {u"assessment_booked"_s, u"needs_confirmed"_s, u"proposal_received"_s,
    u"terms_agreed"_s, u"contract_sent"_s};

const QStringList kSdrs = {u"sofia"_s, u"maxim"_s};
const QStringList kLeadSources = {u"web_site"_s, u"web_site"_s, u"landing_page"_s, u"social"_s, u"referral"_s,
    u"blog"_s, u"advertising"_s, u"trade_show"_s, u"partner"_s};
const QStringList kCampaigns
    = {u"Spring webinar 2026"_s, u"Google Ads — CRM"_s, u"LinkedIn — finance directors"_s,
        u"Retail Expo 2026"_s, u"Kyiv IT Arena"_s, u"Newsletter, October"_s, QString()};
const QStringList kInterests
    = {u"CRM rollout"_s, u"Annual licence"_s, u"Support plan"_s, u"Data migration"_s};
const QStringList kNeeds = {u"Leads get lost between marketing and sales"_s, u"Replace spreadsheets"_s,
    u"Forecast for the board"_s, u"One customer record for both teams"_s};
const QStringList kDisqualifyReasons
    = {u"Not a target client"_s, u"No budget"_s, u"Student or job seeker"_s, u"Duplicate of another lead"_s};
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kMinuteMs = 60'000;

// The demo's target groups: what they need, what their buyers choose by and how much each
// weighs, and the industries (of kIndustries) whose companies belong to them.
struct DemoSegment
{
    QString name;
    QString needs;
    QList<SegmentCriterion> criteria;
    QStringList industries;
};

QList<DemoSegment> demoSegments()
{
    return {
        {DemoDataGenerator::tr("Retail chains"),
            DemoDataGenerator::tr(
                "Many stores and a small head office; leads from promotions get lost between "
                "marketing and the store managers."),
            {{{}, DemoDataGenerator::tr("Price per store"), 35},
                {{}, DemoDataGenerator::tr("Rollout time"), 30},
                {{}, DemoDataGenerator::tr("References from other chains"), 20},
                {{}, DemoDataGenerator::tr("Works offline"), 15}},
            {u"Retail"_s, u"Food production"_s}},
        {DemoDataGenerator::tr("Manufacturers"),
            DemoDataGenerator::tr(
                "Long deals with several decision makers; sales need a forecast the board believes."),
            {{{}, DemoDataGenerator::tr("Integration with the ERP"), 35},
                {{}, DemoDataGenerator::tr("Forecast accuracy"), 25},
                {{}, DemoDataGenerator::tr("Total cost over three years"), 25},
                {{}, DemoDataGenerator::tr("Vendor stability"), 15}},
            {u"Manufacturing"_s, u"Energy"_s, u"Pharmaceuticals"_s}},
        {DemoDataGenerator::tr("Logistics companies"),
            DemoDataGenerator::tr(
                "Requests arrive by phone and e-mail at all hours; a slow answer loses the order."),
            {{{}, DemoDataGenerator::tr("Response time"), 40},
                {{}, DemoDataGenerator::tr("Telephony integration"), 30},
                {{}, DemoDataGenerator::tr("Price"), 30}},
            {u"Logistics"_s}},
        {DemoDataGenerator::tr("Tech and media"),
            DemoDataGenerator::tr("Marketing runs many campaigns and must show which of them paid off."),
            {{{}, DemoDataGenerator::tr("Campaign ROI reports"), 40},
                {{}, DemoDataGenerator::tr("API and integrations"), 35},
                {{}, DemoDataGenerator::tr("Ease of use"), 25}},
            {u"Software"_s, u"Telecommunications"_s, u"Media"_s, u"Consulting"_s}},
    };
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed)
    : m_random(seed)
    , m_nowMs(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch())
{
    for (const QString &industry : kIndustries)
        m_segmentByKind << segmentOfIndustry(industry);
}

QString DemoDataGenerator::segmentOfIndustry(const QString &industry)
{
    for (const DemoSegment &segment : demoSegments()) {
        if (segment.industries.contains(industry))
            return segment.name;
    }
    return {};
}

QString DemoDataGenerator::transliterate(const QString &text)
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const QString from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"_s;
        const QStringList to = {u"a"_s, u"b"_s, u"v"_s, u"g"_s, u"d"_s, u"e"_s, u"e"_s, u"zh"_s, u"z"_s,
            u"i"_s, u"y"_s, u"k"_s, u"l"_s, u"m"_s, u"n"_s, u"o"_s, u"p"_s, u"r"_s, u"s"_s, u"t"_s, u"u"_s,
            u"f"_s, u"kh"_s, u"ts"_s, u"ch"_s, u"sh"_s, u"shch"_s, u""_s, u"y"_s, u""_s, u"e"_s, u"yu"_s,
            u"ya"_s, u"i"_s, u"yi"_s, u"ye"_s, u"g"_s};
        for (qsizetype i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i));
        return t;
    }();
    QString out;
    for (QChar c : text.toLower()) {
        const auto it = table.constFind(c);
        if (it != table.constEnd())
            out += it.value();
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

Company DemoDataGenerator::makeCompany()
{
    Company company;
    company.id = Database::newId();
    static const QStringList legalForms = {u"Ltd"_s, u"LLC"_s, u"Group"_s, u"ООО"_s, u"ТОВ"_s, u"GmbH"_s};
    const QString root = kCompanyRoots.at(pick(int(kCompanyRoots.size())));
    const int kind = pick(int(kCompanyKinds.size()));
    const QString form = legalForms.at(pick(int(legalForms.size())));
    // Roots × kinds × forms give 1,200 distinct names; past that, a number keeps names apart.
    const qsizetype number = m_companies.size();
    company.name = root + u' ' + kCompanyKinds.at(kind) + (number >= 1200 ? u" %1"_s.arg(number) : QString());
    company.name
        = form == u"ООО"_s || form == u"ТОВ"_s ? form + u' ' + company.name : company.name + u' ' + form;
    company.domain = transliterate(root + kCompanyKinds.at(kind))
        + (number >= 1200 ? QString::number(number) : QString()) + u'.' + (pick(3) == 0 ? u"ua"_s : u"com"_s);
    company.industry = kIndustries.at(kind);
    company.employees = 5 + pick(5000);
    company.address = kCities.at(pick(int(kCities.size())));
    company.owner = kOwners.at(pick(int(kOwners.size())));
    company.createdAt = QDateTime::fromMSecsSinceEpoch(m_nowMs - qint64(pick(720)) * 86'400'000, Qt::UTC);
    m_companies.append({company.id, company.name, company.domain, m_segmentByKind.at(kind)});
    return company;
}

Contact DemoDataGenerator::makeContact()
{
    const Names &names = nameSets().at(pick(3));
    const bool female = pick(2) == 0;
    Contact contact;
    contact.id = Database::newId();
    contact.firstName = female ? names.female.at(pick(int(names.female.size())))
                               : names.male.at(pick(int(names.male.size())));
    const int last = pick(int(names.lastMale.size()));
    contact.lastName
        = female && !names.lastFemale.isEmpty() ? names.lastFemale.at(last) : names.lastMale.at(last);
    contact.jobTitle = names.titles.at(pick(int(names.titles.size())));
    QString domain = u"example.com"_s;
    if (!m_companies.isEmpty() && pick(10) != 0) {
        const CompanyRef &company = m_companies.at(pick(int(m_companies.size())));
        contact.companyId = company.id;
        contact.companyName = company.name;
        contact.segment = company.segment;
        domain = company.domain;
    }
    const QString local = transliterate(contact.firstName) + u'.' + transliterate(contact.lastName);
    contact.emails.append(
        {u"work"_s, local + (pick(4) == 0 ? QString::number(pick(100)) : QString()) + u'@' + domain});
    if (pick(4) == 0)
        contact.emails.append({u"personal"_s, local + QString::number(pick(1000)) + u"@mail.example"_s});
    contact.phones.append(
        {u"work"_s, names.phonePrefix + u"%1-%2"_s.arg(100 + pick(900)).arg(1000 + pick(9000))});
    contact.owner = kOwners.at(pick(int(kOwners.size())));
    contact.source = kSources.at(pick(int(kSources.size())));
    if (pick(3) == 0)
        contact.tags << kTags.at(pick(int(kTags.size())));
    contact.createdAt = QDateTime::fromMSecsSinceEpoch(m_nowMs - qint64(pick(365 * 24)) * 3'600'000, Qt::UTC);
    contact.updatedAt = contact.createdAt.addSecs(qint64(pick(30 * 24)) * 3600);
    if (pick(3) != 0) {
        contact.consent.given = true;
        contact.consent.at = contact.createdAt;
        contact.consent.source = contact.source;
        contact.consent.textVersion = u"2026-01"_s;
    }
    return contact;
}

Deal DemoDataGenerator::makeDeal(const QStringList &contactIds)
{
    Deal deal;
    deal.id = Database::newId();
    QString companyName;
    if (!m_companies.isEmpty()) {
        const CompanyRef &company = m_companies.at(pick(int(m_companies.size())));
        deal.companyId = company.id;
        deal.segment = company.segment;
        companyName = company.name;
    }
    deal.title = kProducts.at(pick(int(kProducts.size())))
        + (companyName.isEmpty() ? QString() : u" — "_s + companyName);
    deal.currency = kCurrencies.at(pick(int(kCurrencies.size())));
    const qint64 scale = (deal.currency == "RUB"_L1 || deal.currency == "UAH"_L1) ? 50 : 1;
    deal.valueMinor = (500 + qint64(pick(50'000))) * 100 * scale;
    deal.stageId = kStages.at(pick(int(kStages.size())));
    const int status = pick(10);
    deal.status = status < 6 ? DealStatus::Open : (status < 8 ? DealStatus::Won : DealStatus::Lost);
    deal.owner = kOwners.at(pick(int(kOwners.size())));
    deal.expectedClose = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date().addDays(pick(180) - 60);
    if (!contactIds.isEmpty())
        deal.contactIds << contactIds.at(pick(int(contactIds.size())));
    deal.createdAt = QDateTime::fromMSecsSinceEpoch(m_nowMs - qint64(pick(180)) * 86'400'000, Qt::UTC);
    deal.updatedAt = deal.createdAt;
    if (deal.status != DealStatus::Open)
        closeDeal(deal);
    return deal;
}

void DemoDataGenerator::closeDeal(Deal &deal)
{
    static const QStringList reasons = {u"price"_s, u"price"_s, u"product_fit"_s, u"lead_quality"_s,
        u"seller_work"_s, u"timing"_s, u"no_decision"_s, u"competitor"_s, u"competitor"_s};
    deal.closedAt
        = std::min(deal.createdAt.addDays(5 + pick(60)), QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC));
    deal.updatedAt = deal.closedAt;
    QStringList against;
    if (!m_competitorIds.isEmpty() && pick(3) == 0)
        against << m_competitorIds.at(pick(int(m_competitorIds.size())));
    if (deal.status == DealStatus::Lost) {
        deal.lostReasonId = reasons.at(pick(int(reasons.size())));
        if (deal.lostReasonId == u"competitor") {
            if (m_competitorIds.isEmpty()) {
                deal.lostReasonId = u"price"_s;
            } else {
                deal.wonByCompetitorId = m_competitorIds.at(pick(int(m_competitorIds.size())));
                against << deal.wonByCompetitorId;
            }
        }
    }
    against.removeDuplicates();
    for (const QString &competitor : std::as_const(against))
        m_dealCompetitors.append({deal.id, competitor});
}

void DemoDataGenerator::addCompetitors(Database &db)
{
    CompetitorStore store(db);
    if (!store.list().isEmpty())
        return;
    for (const QString &name : {u"Bitrix24"_s, u"amoCRM"_s, u"HubSpot"_s, u"Salesforce"_s, u"Pipedrive"_s}) {
        Competitor c;
        c.name = name;
        m_competitorIds << store.create(c);
    }
}

void DemoDataGenerator::writeDealCompetitors(Database &db)
{
    Transaction tx(db);
    QSqlQuery insert = db.prepare(u"INSERT INTO deal_competitors (deal_id, competitor_id) VALUES (?, ?)"_s);
    for (const auto &[deal, competitor] : std::as_const(m_dealCompetitors)) {
        insert.addBindValue(deal);
        insert.addBindValue(competitor);
        Database::exec(insert);
    }
    tx.commit();
    m_dealCompetitors.clear();
}

bool DemoDataGenerator::fill(Database &db, qint64 contacts, const Progress &progress, Counts *counts)
{
    constexpr qint64 kBatch = 5000;
    const BulkWriteScope bulk(db); // one large page cache across all batches
    Counts done;
    const qint64 companies = std::max<qint64>(1, contacts / 8);
    {
        Transaction tx(db);
        CompanyStore::BulkWriter writer(db);
        for (qint64 i = 0; i < companies; ++i) {
            writer.add(makeCompany());
            ++done.companies;
        }
        tx.commit();
    }
    addCompetitors(db);
    addSegments(db);
    QStringList batchContacts;
    for (qint64 start = 0; start < contacts; start += kBatch) {
        Transaction tx(db);
        ContactStore::BulkWriter contactWriter(db);
        DealStore::BulkWriter dealWriter(db);
        batchContacts.clear();
        const qint64 end = std::min(contacts, start + kBatch);
        for (qint64 i = start; i < end; ++i) {
            const Contact contact = makeContact();
            batchContacts << contact.id;
            contactWriter.add(contact);
        }
        for (qint64 i = start; i < end; i += 5) {
            const Deal deal = makeDeal(batchContacts);
            dealWriter.add(deal);
            if (deal.status == DealStatus::Open && m_followUps.size() < 400 && (i / 5) % 7 == 0)
                m_followUps << deal;
        }
        tx.commit();
        done.contacts = end;
        done.deals += (end - start + 4) / 5;
        if (counts)
            *counts = done;
        if (progress && !progress(end, contacts))
            return false;
    }
    writeDealCompetitors(db);
    addTeam(db);
    addRates(db);
    addFollowUps(db);
    addCampaigns(db);
    const qint64 leads = contacts / 2;
    if (!fillLeads(db, leads))
        return false;
    fillQueue(db, int(std::min<qint64>(12, std::max<qint64>(1, contacts / 100))));
    linkConvertedLeads(db);
    // Bulk-written leads name their campaign; link them to it in one statement.
    db.run(u"UPDATE leads SET campaign_id = (SELECT c.id FROM campaigns c WHERE lower(c.name) = "
           u"lower(leads.campaign) "
           "ORDER BY c.seq LIMIT 1) WHERE campaign <> '' AND campaign_id IS NULL"_s);
    addCollateral(db);
    done.leads = leads;
    if (counts)
        *counts = done;
    return true;
}

void DemoDataGenerator::addSegments(Database &db)
{
    SegmentStore store(db);
    Transaction tx(db);
    for (const DemoSegment &demo : demoSegments()) {
        if (store.findByName(demo.name))
            continue;
        Segment segment;
        segment.name = demo.name;
        segment.needs = demo.needs;
        segment.criteria = demo.criteria;
        store.create(segment);
    }
    tx.commit();
}

void DemoDataGenerator::addCollateral(Database &db)
{
    CollateralStore store(db);
    if (!store.list(true).isEmpty())
        return;
    const QList<DemoSegment> segments = demoSegments();
    struct Piece
    {
        QString title;
        Collateral::Kind kind;
        QString file;
        QString stageId;
        QString segment;
    };
    const QList<Piece> pieces = {
        {tr("Loopline at a glance"), Collateral::Kind::Brochure, u"loopline-overview.pdf"_s, QString(),
            QString()},
        {tr("Retail chain: 40 stores live in six weeks"), Collateral::Kind::CaseStudy, u"case-retail.pdf"_s,
            u"proposal_received"_s, segments.at(0).name},
        {tr("Manufacturer: a forecast the board trusts"), Collateral::Kind::CaseStudy,
            u"case-manufacturing.pdf"_s, u"needs_confirmed"_s, segments.at(1).name},
        {tr("State of B2B lead handling 2026"), Collateral::Kind::Research, u"research-2026.pdf"_s,
            u"assessment_booked"_s, QString()},
        {tr("Price list 2026"), Collateral::Kind::Other, u"price-list-2026.pdf"_s, u"terms_agreed"_s,
            QString()},
        {tr("Integration guide"), Collateral::Kind::Brochure, u"integration-guide.pdf"_s, u"terms_agreed"_s,
            segments.at(3).name},
    };
    QStringList ids;
    for (const Piece &p : pieces) {
        Collateral c;
        c.title = p.title;
        c.kind = p.kind;
        c.location = u"https://loopline.example/collateral/"_s + p.file;
        c.stageId = p.stageId;
        c.segment = p.segment;
        ids << store.create(c);
    }

    // What reps sent: the overview to half the deals, research and the price list to some,
    // and each segment's case study to its deals, far more often to those that were then won.
    struct DealRow
    {
        QString id;
        QString status;
        QString segment;
        QString owner;
        qint64 createdAt;
        qint64 lastAt; // closed, or now for open deals
    };
    QList<DealRow> deals;
    {
        QSqlQuery q
            = db.run(u"SELECT id, status, segment, owner, created_at, COALESCE(closed_at, updated_at) "
                     "FROM deals ORDER BY seq"_s);
        while (q.next()) {
            const QString status = q.value(1).toString();
            deals.append({q.value(0).toString(), status, q.value(2).toString(), q.value(3).toString(),
                q.value(4).toLongLong(), status == u"open" ? m_nowMs : q.value(5).toLongLong()});
        }
    }
    Transaction tx(db);
    QSqlQuery insert = db.prepare(
        u"INSERT INTO deal_collateral (deal_id, collateral_id, sent_at, sent_by) VALUES (?, ?, ?, ?)"_s);
    const auto send = [&](const DealRow &deal, const QString &collateralId) {
        const qint64 span = std::max<qint64>(deal.lastAt - deal.createdAt, kDayMs);
        insert.addBindValue(deal.id);
        insert.addBindValue(collateralId);
        insert.addBindValue(deal.createdAt + qint64(m_random.bounded(quint64(span))));
        insert.addBindValue(deal.owner);
        Database::exec(insert);
    };
    for (const DealRow &deal : std::as_const(deals)) {
        const bool won = deal.status == u"won";
        const bool lost = deal.status == u"lost";
        if (chance(50))
            send(deal, ids.at(0));
        if (deal.segment == segments.at(0).name && chance(won ? 60 : lost ? 15 : 30))
            send(deal, ids.at(1));
        if (deal.segment == segments.at(1).name && chance(won ? 50 : lost ? 20 : 25))
            send(deal, ids.at(2));
        if (chance(20))
            send(deal, ids.at(3));
        if ((won || lost) && chance(40))
            send(deal, ids.at(4));
        if (deal.segment == segments.at(3).name && chance(30))
            send(deal, ids.at(5));
    }
    tx.commit();
}

DemoDataGenerator::LeadWithHistory DemoDataGenerator::makeLead()
{
    LeadWithHistory result;
    Lead &lead = result.lead;
    const Contact person = makeContact();
    lead.id = Database::newId();
    lead.firstName = person.firstName;
    lead.lastName = person.lastName;
    lead.email = person.primaryEmail();
    lead.phone = person.primaryPhone();
    lead.jobTitle = person.jobTitle;
    lead.companyName = person.companyName;
    lead.segment = person.segment;
    lead.sourceId = kLeadSources.at(pick(int(kLeadSources.size())));
    lead.campaign = kCampaigns.at(pick(int(kCampaigns.size())));
    lead.interest = kInterests.at(pick(int(kInterests.size())));
    qint64 at = m_nowMs - qint64(pick(120 * 24 * 60)) * kMinuteMs - kDayMs;
    lead.receivedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    lead.slaDueAt = lead.receivedAt.addSecs(30 * 60);
    lead.createdAt = lead.receivedAt;
    lead.sdr = kSdrs.at(pick(int(kSdrs.size())));
    lead.owner = lead.sdr;

    const auto moveTo = [&](LeadStatus to, qint64 afterMs, const QString &comment = {}) {
        at += afterMs;
        LeadStatusChange change;
        change.from = lead.status;
        change.to = to;
        change.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        change.author = lead.owner.isEmpty() ? lead.sdr : lead.owner;
        change.comment = comment;
        result.history << change;
        lead.status = to;
        lead.maxStep = std::max(lead.maxStep, LeadLifecycle::step(to));
        const FunnelMark mark = LeadLifecycle::markAt(to);
        if (mark == FunnelMark::Mql)
            lead.mqlAt = change.at;
        else if (mark == FunnelMark::Sql)
            lead.sqlAt = change.at;
        else if (mark == FunnelMark::Sal)
            lead.salAt = change.at;
        if (to == LeadStatus::Converted)
            lead.convertedAt = change.at;
    };
    LeadStatusChange arrival;
    arrival.to = LeadStatus::New;
    arrival.at = lead.receivedAt;
    result.history << arrival;

    // Most leads are answered within the 30-minute SLA, some later.
    const qint64 response = qint64(2 + pick(chance(75) ? 28 : 90)) * kMinuteMs;
    moveTo(LeadStatus::ReceivedBySdr, response);
    lead.firstResponseAt = lead.receivedAt.addMSecs(response);
    lead.firstResponseMs = response;
    if (chance(18)) {
        lead.disqualifyReason = kDisqualifyReasons.at(pick(int(kDisqualifyReasons.size())));
        moveTo(LeadStatus::Disqualified, kDayMs / 4, lead.disqualifyReason);
    } else if (chance(5)) {
        lead.partner = u"Integrator Group"_s;
        lead.commissionBasisPoints = 1000;
        moveTo(LeadStatus::RoutedToPartner, kDayMs / 2);
    } else {
        const QStringList timeframes = Questionnaire::bantTimeframeChoices();
        lead.questionnaireVersionId = u"bant-1"_s;
        lead.answers = {{u"budget"_s, chance(70) ? qint64(1000 + pick(50'000)) * 100 : qint64(0)},
            {u"authority"_s, chance(60)}, {u"need"_s, kNeeds.at(pick(int(kNeeds.size())))},
            {u"timeframe"_s, timeframes.at(pick(int(timeframes.size())))}};
        lead.questionnaireComplete = true;
        moveTo(LeadStatus::AwaitingAssignment, kDayMs / 3);
        const Score score = LeadScoring::score(ScoringConfig(), lead.answers, {});
        lead.score = score.points;
        lead.temperature = score.temperature;
        if (lead.temperature != Temperature::Hot) {
            lead.handOff = HandOff::Nurture;
            lead.owner.clear();
        } else {
            lead.handOff = HandOff::Sales;
            lead.owner = kOwners.at(pick(int(kOwners.size())));
            moveTo(LeadStatus::ReceivedBySales, kDayMs / 2);
            const QList<LeadStatus> path {LeadStatus::DiscussingNeeds, LeadStatus::BriefFilled,
                LeadStatus::ProposalInPreparation, LeadStatus::ContractAndPayment, LeadStatus::Converted};
            for (LeadStatus next : path) {
                if (!chance(72)) {
                    if (chance(50))
                        moveTo(LeadStatus::Lost, kDayMs * (1 + pick(10)), u"Chose another vendor"_s);
                    break;
                }
                moveTo(next, kDayMs * (1 + pick(7)));
            }
        }
    }
    lead.updatedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return result;
}

void DemoDataGenerator::addFollowUps(Database &db)
{
    // Stage automation and a few open tasks around "now", so My tasks has overdue,
    // today's and upcoming work for every rep.
    PipelineStore pipelines(db);
    if (pipelines.stageTasks(u"proposal_received"_s).isEmpty()) {
        pipelines.addStageTask(u"proposal_received"_s, tr("Call about the proposal"), 2);
        pipelines.addStageTask(u"contract_sent"_s, tr("Check the contract was signed"), 3);
    }
    const QStringList titles = {tr("Call to agree the next step"), tr("Send the case study"),
        tr("Book the needs assessment"), tr("Send the revised proposal")};
    const qint64 now = db.clock().nowMs();
    Transaction tx(db);
    TaskStore tasks(db);
    for (const Deal &deal : std::as_const(m_followUps)) {
        Task task;
        task.title = titles.at(pick(int(titles.size())));
        task.owner = deal.owner;
        task.dueAt
            = QDateTime::fromMSecsSinceEpoch(now + qint64(pick(10 * 24) - 3 * 24) * 3'600'000, Qt::UTC);
        task.entity = u"deal"_s;
        task.entityId = deal.id;
        tasks.create(task);
    }
    tx.commit();
    m_followUps.clear();
}

void DemoDataGenerator::linkConvertedLeads(Database &db)
{
    // Converted demo leads became deals: pair them with closed deals, won and lost as
    // they come, so campaigns and sources show the wins, losses and revenue of their leads.
    QStringList leads;
    QSqlQuery q = db.run(u"SELECT id FROM leads WHERE status = 'converted' ORDER BY seq"_s);
    while (q.next())
        leads << q.value(0).toString();
    QStringList deals;
    q = db.run(
        u"SELECT id FROM deals WHERE status IN ('won', 'lost') ORDER BY seq LIMIT ?"_s, {int(leads.size())});
    while (q.next())
        deals << q.value(0).toString();
    Transaction tx(db);
    for (qsizetype i = 0; i < std::min(leads.size(), deals.size()); ++i)
        db.run(u"UPDATE leads SET deal_id = ? WHERE id = ?"_s, {deals.at(i), leads.at(i)});
    tx.commit();
}

void DemoDataGenerator::addCampaigns(Database &db)
{
    CampaignStore store(db);
    if (store.count() > 0)
        return;
    struct Plan
    {
        const char16_t *name;
        const char16_t *channel;
        bool event;
        qint64 budget; // euros
        qint64 planReach, planVisits, planLeads;
    };
    const Plan plans[] = {
        {u"Spring webinar 2026", u"Webinar", false, 4'000, 20'000, 3'000, 150},
        {u"Google Ads — CRM", u"Contextual ads", false, 12'000, 230'000, 4'500, 300},
        {u"LinkedIn — finance directors", u"Social networks", false, 8'000, 60'000, 2'000, 120},
        {u"Retail Expo 2026", u"Exhibition", true, 25'000, 15'000, 0, 200},
        {u"Kyiv IT Arena", u"Exhibition", true, 18'000, 8'000, 0, 150},
        {u"Newsletter, October", u"E-mail", false, 1'500, 40'000, 5'000, 100},
    };
    for (const Plan &p : plans) {
        Campaign c;
        c.name = QString::fromUtf16(p.name);
        c.channel = QString::fromUtf16(p.channel);
        c.kind = p.event ? Campaign::Kind::Event : Campaign::Kind::Campaign;
        c.currency = u"EUR"_s;
        c.budgetMinor = p.budget * 20 * 100; // what a campaign that brings these deals costs
        c.planReach = p.planReach;
        c.planVisits = p.planVisits;
        c.planLeads = p.planLeads;
        c.planMql = p.planLeads / 2;
        c.planSql = p.planLeads / 4;
        c.planWon = p.planLeads / 10;
        c.planRevenueMinor = c.planWon * 10'000 * 100;
        // Actual reach and visits, as entered from the ad platforms: within ±40 % of plan.
        c.actualReach = p.planReach * (60 + pick(81)) / 100;
        c.actualVisits = p.planVisits * (60 + pick(81)) / 100;
        c.startsOn = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date().addDays(-30 * (1 + pick(5)));
        c.endsOn = c.startsOn.addDays(p.event ? 3 : 30);
        store.create(c);
    }
}

void DemoDataGenerator::addRates(Database &db)
{
    // Sample rates to the euro so the deal board can total its mixed currencies.
    CurrencyRates rates(db);
    if (!rates.rates().isEmpty())
        return;
    rates.setRate(u"USD"_s, 0.92);
    rates.setRate(u"GBP"_s, 1.17);
    rates.setRate(u"RUB"_s, 0.0098);
    rates.setRate(u"UAH"_s, 0.022);
}

void DemoDataGenerator::addTeam(Database &db)
{
    TeamStore team(db);
    if (!team.members(std::nullopt, true).isEmpty())
        return;
    const QStringList territories = {u"UK"_s, u"Ukraine"_s, u"Russia"_s, u"UK"_s, u"Ukraine"_s};
    for (qsizetype i = 0; i < kOwners.size(); ++i) {
        TeamMember rep;
        rep.name = kOwners.at(i);
        rep.role = TeamRole::Sales;
        rep.territory = territories.at(i);
        team.add(rep);
    }
    for (const QString &name : kSdrs) {
        TeamMember sdr;
        sdr.name = name;
        sdr.role = TeamRole::Sdr;
        team.add(sdr);
    }
}

bool DemoDataGenerator::fillLeads(Database &db, qint64 leads, const Progress &progress)
{
    constexpr qint64 kBatch = 5000;
    const BulkWriteScope bulk(db);
    for (qint64 start = 0; start < leads; start += kBatch) {
        Transaction tx(db);
        LeadStore::BulkWriter writer(db);
        const qint64 end = std::min(leads, start + kBatch);
        for (qint64 i = start; i < end; ++i) {
            const LeadWithHistory made = makeLead();
            writer.add(made.lead, made.history);
        }
        tx.commit();
        if (progress && !progress(end, leads))
            return false;
    }
    return true;
}

void DemoDataGenerator::fillQueue(Database &db, int leads)
{
    LeadStore store(db);
    Transaction tx(db);
    const qint64 now = db.clock().nowMs();
    for (int i = 0; i < leads; ++i) {
        Lead lead = makeLead().lead;
        Lead fresh;
        fresh.firstName = lead.firstName;
        fresh.lastName = lead.lastName;
        fresh.email = lead.email;
        fresh.phone = lead.phone;
        fresh.jobTitle = lead.jobTitle;
        fresh.companyName = lead.companyName;
        fresh.sourceId = lead.sourceId == u"trade_show" ? u"web_site"_s : lead.sourceId;
        fresh.campaign = lead.campaign;
        fresh.interest = lead.interest;
        fresh.receivedAt = QDateTime::fromMSecsSinceEpoch(now - qint64(pick(45 * 60)) * 1000, Qt::UTC);
        store.create(fresh);
    }
    tx.commit();
}

} // namespace loopline
