#include "demo/demodata.h"
#include "models/recordlistmodel.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>
#include <map>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// RecordListModel over the three lists on both backends, filled with demo data:
// keyset paging, every sort order, search, field filters and fixed conditions,
// each checked against a reference computed independently (plain SQL or C++).
class tst_RecordListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanupTestCase();

    void firstPageAndFetchAll_data();
    void firstPageAndFetchAll();
    void rowsInsertedOnFetchMore();
    void sortMatchesReference_data();
    void sortMatchesReference();
    void cellsAndHeaders();
    void search_data();
    void search();
    void fieldFilter_data();
    void fieldFilter();
    void searchAndFilterTogether();
    void conditionForCompanyContacts();
    void conditionForCompanyDeals();
    void reloadKeepsSortAndFilters();
    void emptyDatabase();
    void brokenConditionReportsLoadFailed();

private:
    Database &db() { return *m_db; }
    std::unique_ptr<Database> m_ownedDb;
    Database *m_db = nullptr;
    QString m_backend;
    // One filled database per backend, shared by the functions that only read.
    std::map<QString, std::unique_ptr<Database>> m_filled;
    // Search and filter counts seen on the first backend, compared on the second.
    QHash<QString, qint64> m_countsByTag;
};

namespace {

constexpr int kContacts = 1200;
constexpr int kCompanies = kContacts / 8; // DemoDataGenerator::fill: one company per eight contacts
constexpr int kDeals = kContacts / 5; // and one deal per five
constexpr quint32 kSeed = 20261123;

// The list, the table behind it and, per sortable column, the ORDER BY it must
// give — written out here rather than read from the spec.
struct ListCase
{
    ListSpec spec;
    QString from;
    QString id;
    QString rowKey;
    QHash<QString, QString> orderByColumn;
    int total = 0;
};

ListCase listCase(const QString &name)
{
    if (name == "contacts"_L1) {
        return {ListSpec::contacts(), u"contacts c"_s, u"c.id"_s, u"c.seq"_s,
            {{u"name"_s, u"c.last_name, c.first_name"_s}, {u"email"_s, u"c.email"_s},
                {u"phone"_s, u"c.phone"_s}, {u"company"_s, u"c.company_name"_s},
                {u"jobTitle"_s, u"c.job_title"_s}, {u"owner"_s, u"c.owner"_s},
                {u"updated"_s, u"c.updated_at"_s}},
            kContacts};
    }
    if (name == "companies"_L1) {
        return {ListSpec::companies(), u"companies co"_s, u"co.id"_s, u"co.seq"_s,
            {{u"name"_s, u"co.name"_s}, {u"domain"_s, u"co.domain"_s},
                {u"industry"_s, u"co.industry, co.name"_s}, {u"employees"_s, u"co.employees"_s},
                {u"owner"_s, u"co.owner"_s}, {u"updated"_s, u"co.updated_at"_s}},
            kCompanies};
    }
    return {ListSpec::deals(), u"deals d LEFT JOIN deal_stages s ON s.id = d.stage_id"_s, u"d.id"_s,
        u"d.seq"_s,
        {{u"title"_s, u"d.title"_s}, {u"company"_s, u"d.company_name"_s}, {u"value"_s, u"d.value_minor"_s},
            {u"stage"_s, u"s.position"_s}, {u"status"_s, u"d.status"_s}, {u"owner"_s, u"d.owner"_s},
            {u"close"_s, u"d.expected_close"_s}, {u"updated"_s, u"d.updated_at"_s}},
        kDeals};
}

// The fields each list's search covers, as a plain SELECT of id and text columns.
QString searchableColumnsQuery(const QString &name)
{
    if (name == "contacts"_L1)
        return u"SELECT id, first_name, last_name, email, phone, job_title, company_name, tags FROM contacts"_s;
    if (name == "companies"_L1)
        return u"SELECT id, name, domain, industry, address FROM companies"_s;
    return u"SELECT id, title, company_name, owner FROM deals"_s;
}

// Words as both search engines split them: runs of letters and digits, lower-cased.
QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            result << word.toLower();
            word.clear();
        }
    }
    if (!word.isEmpty())
        result << word.toLower();
    return result;
}

// Ids of the rows where every word of the search is the start of some word of the row.
QSet<QString> referenceSearch(const Database &db, const QString &list, const QString &search)
{
    const QStringList wanted = words(search);
    QSet<QString> ids;
    QSqlQuery q = db.run(searchableColumnsQuery(list));
    const int fields = q.record().count();
    while (q.next()) {
        QStringList rowWords;
        for (int i = 1; i < fields; ++i)
            rowWords << words(q.value(i).toString());
        const bool matches = std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) {
            return std::any_of(
                rowWords.cbegin(), rowWords.cend(), [&](const QString &rw) { return rw.startsWith(w); });
        });
        if (matches)
            ids.insert(q.value(0).toString());
    }
    return ids;
}

// Ids whose column starts with prefix: case-insensitive for Latin letters only, as documented.
QSet<QString> referencePrefix(
    const Database &db, const QString &table, const QString &column, const QString &prefix)
{
    QSet<QString> ids;
    QSqlQuery q = db.run(u"SELECT id, %1 FROM %2"_s.arg(column, table));
    while (q.next()) {
        const QString value = q.value(1).toString();
        if (value.startsWith(prefix, Qt::CaseInsensitive))
            ids.insert(q.value(0).toString());
    }
    return ids;
}

void fetchAll(RecordListModel &model)
{
    // Bounded, so a model that never reaches its end fails instead of hanging.
    for (int guard = 0; model.canFetchMore() && guard < 100'000; ++guard)
        model.fetchMore();
}

QStringList modelIds(const RecordListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(RecordListModel::IdRole).toString();
    return ids;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

void tst_RecordListModel::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_RecordListModel::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_ownedDb.reset();
    m_db = nullptr;
    auto it = m_filled.find(backend);
    if (it == m_filled.end()) {
        std::unique_ptr<Database> filled;
        LOOPLINE_OPEN_TEST_DATABASE(filled, backend);
        DemoDataGenerator::Counts counts;
        bool finished = false;
        QVERIFY_THROWS_NO_EXCEPTION(
            finished = DemoDataGenerator(kSeed).fill(*filled, kContacts, {}, &counts));
        QVERIFY(finished);
        QCOMPARE(counts.contacts, kContacts);
        it = m_filled.emplace(backend, std::move(filled)).first;
    }
    m_db = it->second.get();
}

void tst_RecordListModel::cleanupTestCase()
{
    m_ownedDb.reset();
    m_filled.clear();
}

void tst_RecordListModel::firstPageAndFetchAll_data()
{
    QTest::addColumn<QString>("list");
    QTest::addRow("contacts") << u"contacts"_s;
    QTest::addRow("companies") << u"companies"_s;
    QTest::addRow("deals") << u"deals"_s;
}

void tst_RecordListModel::firstPageAndFetchAll()
{
    QFETCH(QString, list);
    const ListCase lc = listCase(list);
    QCOMPARE(ListQuery(db(), lc.spec).count(), lc.total);

    RecordListModel model(db(), lc.spec);
    QCOMPARE(model.pageSize(), 40);
    QCOMPARE(model.rowCount(), std::min(40, lc.total));
    QCOMPARE(model.canFetchMore(), lc.total > 40);
    QCOMPARE(model.columnCount(), int(lc.spec.columns.size()));

    model.setPageSize(100);
    model.reload();
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore());

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.rowCount(), lc.total);
    QCOMPARE(model.totalCount(), qint64(lc.total));
    const QStringList ids = modelIds(model);
    QCOMPARE(toSet(ids).size(), lc.total); // no duplicates
    QCOMPARE(toSet(ids), toSet(stringColumn(db(), u"SELECT %1 FROM %2"_s.arg(lc.id, lc.from))));

    // Nothing more to fetch: fetchMore is a no-op.
    model.fetchMore();
    QCOMPARE(model.rowCount(), lc.total);

    QCOMPARE(model.idAt(-1), QString());
    QCOMPARE(model.idAt(lc.total), QString());
    QCOMPARE(model.rowOfId(model.idAt(57)), 57);
    QCOMPARE(model.rowOfId(u"no-such-id"_s), -1);
}

void tst_RecordListModel::rowsInsertedOnFetchMore()
{
    // No model tester here: it fetches pages itself and would add signals of its own.
    RecordListModel model(db(), ListSpec::contacts());
    model.setPageSize(100);
    model.reload();
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int page = 1; page < kContacts / 100; ++page) {
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QCOMPARE(inserted.size(), page);
        QCOMPARE(aboutToInsert.size(), page);
        const QList<QVariant> args = inserted.last();
        QCOMPARE(args.at(0).value<QModelIndex>(), QModelIndex());
        QCOMPARE(args.at(1).toInt(), page * 100);
        QCOMPARE(args.at(2).toInt(), page * 100 + 99);
        QCOMPARE(aboutToInsert.last(), args);
        QCOMPARE(model.rowCount(), (page + 1) * 100);
    }
    // 1200 is a whole number of pages: the model learns it is at the end only
    // from an empty page, which inserts nothing.
    QCOMPARE(model.rowCount(), kContacts);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QVERIFY(!model.canFetchMore());
    QCOMPARE(inserted.size(), kContacts / 100 - 1);
    QCOMPARE(model.rowCount(), kContacts);
    QCOMPARE(reset.size(), 0);

    // A partial last page ends it at once.
    RecordListModel companies(db(), ListSpec::companies());
    companies.setPageSize(100);
    companies.reload();
    QSignalSpy companyInserts(&companies, &QAbstractItemModel::rowsInserted);
    companies.fetchMore();
    QCOMPARE(companyInserts.size(), 1);
    QCOMPARE(companyInserts.first().at(1).toInt(), 100);
    QCOMPARE(companyInserts.first().at(2).toInt(), kCompanies - 1);
    QVERIFY(!companies.canFetchMore());

    // With the model tester attached the insertions still tile the rows exactly.
    RecordListModel deals(db(), ListSpec::deals());
    deals.setPageSize(30);
    deals.reload();
    QAbstractItemModelTester tester(&deals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dealInserts(&deals, &QAbstractItemModel::rowsInserted);
    const int start = deals.rowCount();
    fetchAll(deals);
    int next = start;
    for (const QList<QVariant> &args : std::as_const(dealInserts)) {
        QCOMPARE(args.at(1).toInt(), next);
        QVERIFY(args.at(2).toInt() >= next);
        next = args.at(2).toInt() + 1;
    }
    QCOMPARE(next, kDeals);
    QCOMPARE(deals.rowCount(), kDeals);
}

void tst_RecordListModel::sortMatchesReference_data()
{
    firstPageAndFetchAll_data();
}

void tst_RecordListModel::sortMatchesReference()
{
    QFETCH(QString, list);
    const ListCase lc = listCase(list);
    RecordListModel model(db(), lc.spec);
    model.setPageSize(97); // pages that do not line up with anything
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto reference = [&](const QString &orderBy, Qt::SortOrder order) {
        const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
        QStringList keys = orderBy.split(u',');
        keys << lc.rowKey;
        for (QString &key : keys)
            key = key.trimmed() + direction;
        return stringColumn(db(), u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(lc.id, lc.from, keys.join(u", "_s)));
    };

    // The default order, before any sort() call.
    model.reload();
    fetchAll(model);
    const QString defaultKey = lc.spec.columns.at(lc.spec.defaultSortColumn).key;
    QCOMPARE(modelIds(model), reference(lc.orderByColumn.value(defaultKey), Qt::AscendingOrder));

    int sortable = 0;
    for (int column = 0; column < lc.spec.columns.size(); ++column) {
        const ListColumn &c = lc.spec.columns.at(column);
        if (c.sortKeys.isEmpty())
            continue;
        ++sortable;
        QVERIFY2(lc.orderByColumn.contains(c.key), qPrintable(u"no reference order for column "_s + c.key));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.query().sortColumn(), column);
            QCOMPARE(model.query().sortOrder(), order);
            // Only the first page: the model tester's fetchMore() during the reset is refused.
            QCOMPARE(model.rowCount(), 97);
            fetchAll(model);
            QCOMPARE(model.rowCount(), lc.total);
            const QStringList expected = reference(lc.orderByColumn.value(c.key), order);
            const QStringList actual = modelIds(model);
            if (actual != expected) {
                int first = 0;
                while (first < actual.size() && first < expected.size()
                    && actual.at(first) == expected.at(first))
                    ++first;
                QFAIL(
                    qPrintable(u"column %1 %2: order differs from row %3 on"_s
                                   .arg(c.key, order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s)
                                   .arg(first)));
            }
        }
    }
    QCOMPARE(sortable, int(lc.orderByColumn.size()));

    // An unknown column falls back to the default one.
    model.sort(99, Qt::DescendingOrder);
    QCOMPARE(model.query().sortColumn(), lc.spec.defaultSortColumn);
    fetchAll(model);
    QCOMPARE(modelIds(model), reference(lc.orderByColumn.value(defaultKey), Qt::DescendingOrder));
}

void tst_RecordListModel::cellsAndHeaders()
{
    RecordListModel contacts(db(), ListSpec::contacts());
    QAbstractItemModelTester contactsTester(
        &contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(contacts.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(contacts.headerData(1, Qt::Horizontal).toString(), u"Email"_s);
    QCOMPARE(contacts.headerData(6, Qt::Horizontal).toString(), u"Updated"_s);
    for (int row : {0, 1, 30}) {
        const QString id = contacts.idAt(row);
        QSqlQuery q = db().run(u"SELECT first_name, last_name, email, phone, company_name, job_title, owner, "
                               "updated_at FROM contacts WHERE id = ?"_s,
            {id});
        QVERIFY(q.next());
        QCOMPARE(contacts.index(row, 0).data().toString(),
            (q.value(0).toString() + u' ' + q.value(1).toString()).trimmed());
        QCOMPARE(contacts.index(row, 1).data().toString(), q.value(2).toString());
        QCOMPARE(contacts.index(row, 2).data().toString(), q.value(3).toString());
        QCOMPARE(contacts.index(row, 3).data().toString(), q.value(4).toString());
        QCOMPARE(contacts.index(row, 4).data().toString(), q.value(5).toString());
        QCOMPARE(contacts.index(row, 5).data().toString(), q.value(6).toString());
        QCOMPARE(contacts.index(row, 6).data(RecordListModel::SortValueRole).toLongLong(),
            q.value(7).toLongLong());
        QVERIFY(!contacts.index(row, 6).data().toString().isEmpty());
        QCOMPARE(contacts.index(row, 3).data(RecordListModel::IdRole).toString(), id);
    }

    RecordListModel deals(db(), ListSpec::deals());
    QAbstractItemModelTester dealsTester(&deals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QHash<QString, QString> stageNames {{u"assessment_booked"_s, u"Needs assessment booked"_s},
        {u"needs_confirmed"_s, u"Needs confirmed"_s}, {u"proposal_received"_s, u"Proposal received"_s},
        {u"terms_agreed"_s, u"Terms agreed"_s}, {u"contract_sent"_s, u"Contract received for signature"_s}};
    const QHash<QString, QString> statusNames {
        {u"open"_s, u"Open"_s}, {u"won"_s, u"Won"_s}, {u"lost"_s, u"Lost"_s}};
    for (int row = 0; row < deals.rowCount(); ++row) {
        const QString stage = deals.index(row, 3).data(RecordListModel::SortValueRole).toString();
        const QString status = deals.index(row, 4).data(RecordListModel::SortValueRole).toString();
        QCOMPARE(deals.index(row, 3).data().toString(), stageNames.value(stage));
        QCOMPARE(deals.index(row, 4).data().toString(), statusNames.value(status));
        QVERIFY(!deals.index(row, 2).data().toString().isEmpty()); // money, in the locale's format
        QCOMPARE(deals.index(row, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!deals.index(row, 0).data(Qt::TextAlignmentRole).isValid());
    }

    RecordListModel companies(db(), ListSpec::companies());
    QAbstractItemModelTester companiesTester(
        &companies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString companyId = companies.idAt(0);
    QCOMPARE(companies.index(0, 0).data().toString(),
        m_db->scalar(u"SELECT name FROM companies WHERE id = ?"_s, {companyId}).toString());
    QCOMPARE(companies.index(0, 3).data(RecordListModel::SortValueRole).toLongLong(),
        m_db->scalar(u"SELECT employees FROM companies WHERE id = ?"_s, {companyId}).toLongLong());
}

void tst_RecordListModel::search_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expect"); // 1: some rows, 0: none, -1: either

    QTest::addRow("contacts: surname prefix") << u"contacts"_s << u"smi"_s << 1;
    QTest::addRow("contacts: whole surname") << u"contacts"_s << u"Smith"_s << 1;
    QTest::addRow("contacts: cyrillic prefix") << u"contacts"_s << u"шевч"_s << 1;
    QTest::addRow("contacts: cyrillic upper case") << u"contacts"_s << u"ШЕВ"_s << 1;
    QTest::addRow("contacts: cyrillic mixed case") << u"contacts"_s << u"Шевч"_s << 1;
    QTest::addRow("contacts: yo") << u"contacts"_s << u"фёд"_s << 1;
    QTest::addRow("contacts: ye is not yo") << u"contacts"_s << u"фед"_s << 0;
    QTest::addRow("contacts: ukrainian i") << u"contacts"_s << u"олійн"_s << 1;
    QTest::addRow("contacts: two words") << u"contacts"_s << u"анна ива"_s << -1;
    QTest::addRow("contacts: name and surname") << u"contacts"_s << u"Олена Шевченко"_s << -1;
    QTest::addRow("contacts: punctuation between words") << u"contacts"_s << u"Smith, Emily"_s << -1;
    QTest::addRow("contacts: email local part") << u"contacts"_s << u"olena"_s << 1;
    QTest::addRow("contacts: email domain") << u"contacts"_s << u"northw"_s << 1;
    QTest::addRow("contacts: phone digits") << u"contacts"_s << u"495"_s << 1;
    QTest::addRow("contacts: job title words") << u"contacts"_s << u"head sales"_s << 1;
    QTest::addRow("contacts: tag") << u"contacts"_s << u"vip"_s << 1;
    QTest::addRow("contacts: hyphenated tag") << u"contacts"_s << u"decision maker"_s << 1;
    QTest::addRow("contacts: company legal form") << u"contacts"_s << u"ооо"_s << 1;
    QTest::addRow("contacts: one letter") << u"contacts"_s << u"a"_s << 1;
    QTest::addRow("contacts: nothing") << u"contacts"_s << u"zzqx"_s << 0;
    QTest::addRow("contacts: only spaces") << u"contacts"_s << u"   "_s << 1;
    QTest::addRow("contacts: only punctuation") << u"contacts"_s << u"-- !"_s << 1;
    QTest::addRow("companies: prefix") << u"companies"_s << u"north"_s << 1;
    QTest::addRow("companies: cyrillic legal form") << u"companies"_s << u"ТОВ"_s << 1;
    QTest::addRow("companies: city") << u"companies"_s << u"київ"_s << 1;
    QTest::addRow("companies: hyphenated city") << u"companies"_s << u"санкт петер"_s << 1;
    QTest::addRow("companies: industry") << u"companies"_s << u"logistics"_s << 1;
    QTest::addRow("companies: domain") << u"companies"_s << u"com"_s << 1;
    QTest::addRow("companies: nothing") << u"companies"_s << u"zzqx"_s << 0;
    QTest::addRow("deals: product") << u"deals"_s << u"licence"_s << 1;
    QTest::addRow("deals: acronym") << u"deals"_s << u"CRM"_s << 1;
    QTest::addRow("deals: owner") << u"deals"_s << u"anna"_s << 1;
    QTest::addRow("deals: company") << u"deals"_s << u"northwind"_s << 1;
    QTest::addRow("deals: company legal form") << u"deals"_s << u"тов"_s << 1;
    QTest::addRow("deals: nothing") << u"deals"_s << u"zzqx"_s << 0;
}

void tst_RecordListModel::search()
{
    QFETCH(QString, list);
    QFETCH(QString, text);
    QFETCH(int, expect);

    const ListCase lc = listCase(list);
    const QSet<QString> expected = referenceSearch(db(), list, text);
    if (expect == 1)
        QVERIFY2(!expected.isEmpty(), "the demo data was meant to match this search");
    else if (expect == 0)
        QVERIFY(expected.isEmpty());

    RecordListModel model(db(), lc.spec);
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(text);
    QCOMPARE(model.isFiltered(), !words(text).isEmpty());
    fetchAll(model);
    const QStringList ids = modelIds(model);
    QCOMPARE(ids.size(), expected.size()); // also no duplicates
    const QSet<QString> found = toSet(ids);
    if (found != expected) {
        const QStringList extra = QStringList((found - expected).values()).mid(0, 3);
        const QStringList missing = QStringList((expected - found).values()).mid(0, 3);
        QString detail;
        for (const QString &id : missing)
            detail += u"\nmissing: "_s
                + QStringList(stringColumn(db(), searchableColumnsQuery(list) + u" WHERE id = ?"_s, {id}))
                      .join(u' ');
        for (const QString &id : extra)
            detail += u"\nextra: "_s + id;
        QFAIL(qPrintable(u"search \"%1\" found %2 rows, reference %3%4"_s.arg(text)
                             .arg(found.size())
                             .arg(expected.size())
                             .arg(detail)));
    }
    QCOMPARE(model.totalCount(), qint64(expected.size()));

    // Same seed, same data: both backends must find the same number of rows.
    const QString tag
        = QString::fromUtf8(QTest::currentTestFunction()) + u':' + QString::fromUtf8(QTest::currentDataTag());
    const auto seen = m_countsByTag.constFind(tag);
    if (seen != m_countsByTag.constEnd())
        QCOMPARE(qint64(expected.size()), seen.value());
    else
        m_countsByTag.insert(tag, expected.size());

    // The results keep the sort order: the default column, ascending.
    QStringList keys = lc.orderByColumn.value(lc.spec.columns.at(lc.spec.defaultSortColumn).key).split(u',');
    keys << lc.rowKey;
    const QStringList ordered
        = stringColumn(db(), u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(lc.id, lc.from, keys.join(u',')));
    QStringList expectedOrder;
    for (const QString &id : ordered) {
        if (expected.contains(id))
            expectedOrder << id;
    }
    QCOMPARE(ids, expectedOrder);

    // Newest first (the order of search results until a column is chosen): the same rows,
    // by row key descending, paged through the FTS5 index on SQLite.
    model.sort(ListQuery::NewestFirst);
    QCOMPARE(model.query().sortColumn(), ListQuery::NewestFirst);
    fetchAll(model);
    const QStringList newest = modelIds(model);
    const QStringList byKeyDescending
        = stringColumn(db(), u"SELECT %1 FROM %2 ORDER BY %3 DESC"_s.arg(lc.id, lc.from, lc.rowKey));
    QStringList expectedNewest;
    for (const QString &id : byKeyDescending) {
        if (expected.contains(id))
            expectedNewest << id;
    }
    QCOMPARE(newest, expectedNewest);
    model.sort(lc.spec.defaultSortColumn, Qt::AscendingOrder);

    // Clearing the search gives every row back.
    model.setSearch(QString());
    QVERIFY(!model.isFiltered());
    QCOMPARE(model.totalCount(), qint64(lc.total));
}

void tst_RecordListModel::fieldFilter_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("expect"); // 1: some rows, 0: none, -1: either

    QTest::addRow("contacts: last name")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"Smi"_s << 1;
    QTest::addRow("contacts: last name, latin case-insensitive")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"sMI"_s << 1;
    QTest::addRow("contacts: cyrillic last name")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"Шев"_s << 1;
    QTest::addRow("contacts: cyrillic last name, typed in lower case")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"шев"_s << 1;
    QTest::addRow("contacts: russian feminine")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"Иванова"_s << 1;
    QTest::addRow("contacts: company")
        << u"contacts"_s << u"company"_s << u"contacts"_s << u"company_name"_s << u"ООО"_s << 1;
    QTest::addRow("contacts: owner") << u"contacts"_s << u"owner"_s << u"contacts"_s << u"owner"_s << u"an"_s
                                     << 1;
    QTest::addRow("contacts: source with space")
        << u"contacts"_s << u"source"_s << u"contacts"_s << u"source"_s << u"Web s"_s << 1;
    QTest::addRow("contacts: job title")
        << u"contacts"_s << u"jobTitle"_s << u"contacts"_s << u"job_title"_s << u"Head"_s << 1;
    QTest::addRow("contacts: percent is literal")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"%"_s << 0;
    QTest::addRow("contacts: underscore is literal")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"Smi_h"_s << 0;
    QTest::addRow("contacts: backslash is literal")
        << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s << u"\\"_s << 0;
    QTest::addRow("contacts: quote") << u"contacts"_s << u"lastName"_s << u"contacts"_s << u"last_name"_s
                                     << u"O'"_s << 0;
    QTest::addRow("companies: name") << u"companies"_s << u"name"_s << u"companies"_s << u"name"_s
                                     << u"Northwind"_s << 1;
    QTest::addRow("companies: industry")
        << u"companies"_s << u"industry"_s << u"companies"_s << u"industry"_s << u"soft"_s << 1;
    QTest::addRow("companies: address")
        << u"companies"_s << u"address"_s << u"companies"_s << u"address"_s << u"Ки"_s << 1;
    QTest::addRow("companies: address, lower case")
        << u"companies"_s << u"address"_s << u"companies"_s << u"address"_s << u"ки"_s << 1;
    QTest::addRow("deals: title") << u"deals"_s << u"title"_s << u"deals"_s << u"title"_s << u"CRM"_s << 1;
    QTest::addRow("deals: company") << u"deals"_s << u"company"_s << u"deals"_s << u"company_name"_s
                                    << u"ТОВ"_s << 1;
    QTest::addRow("deals: owner") << u"deals"_s << u"owner"_s << u"deals"_s << u"owner"_s << u"SER"_s << 1;
}

void tst_RecordListModel::fieldFilter()
{
    QFETCH(QString, list);
    QFETCH(QString, field);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, prefix);
    QFETCH(int, expect);

    const ListCase lc = listCase(list);
    const QSet<QString> expected = referencePrefix(db(), table, column, prefix);
    if (expect == 1)
        QVERIFY2(!expected.isEmpty(), "the demo data was meant to match this filter");
    else if (expect == 0)
        QVERIFY(expected.isEmpty());

    RecordListModel model(db(), lc.spec);
    model.setPageSize(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFieldFilter(field, prefix);
    QVERIFY(model.isFiltered());
    fetchAll(model);
    const QStringList ids = modelIds(model);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(toSet(ids), expected);
    QCOMPARE(model.totalCount(), qint64(expected.size()));

    const QString tag
        = QString::fromUtf8(QTest::currentTestFunction()) + u':' + QString::fromUtf8(QTest::currentDataTag());
    const auto seen = m_countsByTag.constFind(tag);
    if (seen != m_countsByTag.constEnd())
        QCOMPARE(qint64(expected.size()), seen.value());
    else
        m_countsByTag.insert(tag, expected.size());

    model.setFieldFilter(field, QString());
    QVERIFY(!model.isFiltered());
    QCOMPARE(model.totalCount(), qint64(lc.total));
}

void tst_RecordListModel::searchAndFilterTogether()
{
    RecordListModel model(db(), ListSpec::contacts());
    model.setPageSize(25);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(u"head"_s);
    model.setFieldFilter(u"owner"_s, u"ok"_s);
    model.sort(1, Qt::DescendingOrder);
    fetchAll(model);

    const QSet<QString> expected = referenceSearch(db(), u"contacts"_s, u"head"_s)
                                       .intersect(referencePrefix(db(), u"contacts"_s, u"owner"_s, u"ok"_s));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toSet(modelIds(model)), expected);
    QStringList expectedOrder;
    for (const QString &id :
        stringColumn(db(), u"SELECT c.id FROM contacts c ORDER BY c.email DESC, c.seq DESC"_s)) {
        if (expected.contains(id))
            expectedOrder << id;
    }
    QCOMPARE(modelIds(model), expectedOrder);
}

void tst_RecordListModel::conditionForCompanyContacts()
{
    // The company with the most contacts, then the one made first.
    const QString companyId
        = m_db->scalar(u"SELECT c.company_id FROM contacts c JOIN companies co ON co.id = "
                       "c.company_id GROUP BY c.company_id, co.seq ORDER BY COUNT(*) DESC, "
                       "co.seq LIMIT 1"_s)
              .toString();
    const Company company = *CompanyStore(db()).get(companyId);
    QVERIFY(company.contactIds.size() >= 3);

    RecordListModel model(db(), ListSpec::contacts());
    model.setPageSize(1); // a page per row: the condition's values and the keyset's both bind on every page
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCondition(u"c.company_id = ?"_s, {companyId});
    QVERIFY(!model.isFiltered()); // a fixed condition is not a user filter
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(company.contactIds.size()));
    QCOMPARE(toSet(modelIds(model)), toSet(company.contactIds));
    QCOMPARE(modelIds(model),
        stringColumn(db(),
            u"SELECT c.id FROM contacts c WHERE c.company_id = ? ORDER BY "
            "c.last_name, c.first_name, c.seq"_s,
            {companyId}));
    QCOMPARE(model.totalCount(), qint64(company.contactIds.size()));

    // Combined with a search, which binds its own value between the condition and the keyset.
    const QString someone = ContactStore(db()).get(company.contactIds.first())->lastName;
    model.setSearch(someone);
    fetchAll(model);
    QSet<QString> expected = referenceSearch(db(), u"contacts"_s, someone);
    expected.intersect(toSet(company.contactIds));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(toSet(modelIds(model)), expected);

    // And sorted the other way.
    model.setSearch(QString());
    model.sort(6, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(modelIds(model),
        stringColumn(db(),
            u"SELECT c.id FROM contacts c WHERE c.company_id = ? ORDER BY "
            "c.updated_at DESC, c.seq DESC"_s,
            {companyId}));
}

void tst_RecordListModel::conditionForCompanyDeals()
{
    const QString companyId
        = m_db->scalar(u"SELECT company_id FROM deals WHERE company_id IS NOT NULL GROUP BY "
                       "company_id ORDER BY COUNT(*) DESC, company_id LIMIT 1"_s)
              .toString();
    const Company company = *CompanyStore(db()).get(companyId);
    QVERIFY(company.dealIds.size() >= 2);

    RecordListModel model(db(), ListSpec::deals());
    model.setPageSize(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCondition(u"d.company_id = ?"_s, {companyId});
    model.sort(2, Qt::DescendingOrder); // by value
    fetchAll(model);
    QCOMPARE(modelIds(model),
        stringColumn(db(),
            u"SELECT d.id FROM deals d WHERE d.company_id = ? ORDER BY "
            "d.value_minor DESC, d.seq DESC"_s,
            {companyId}));
    QCOMPARE(toSet(modelIds(model)), toSet(company.dealIds));
}

void tst_RecordListModel::reloadKeepsSortAndFilters()
{
    // This one writes, so it gets a database of its own.
    LOOPLINE_OPEN_TEST_DATABASE(m_ownedDb, m_backend);
    QVERIFY(DemoDataGenerator(kSeed).fill(*m_ownedDb, 300));
    Database &own = *m_ownedDb;

    RecordListModel model(own, ListSpec::contacts());
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(1, Qt::DescendingOrder); // email
    model.setSearch(u"анна"_s);
    fetchAll(model);
    const int before = model.rowCount();
    QVERIFY(before > 0);

    Contact added;
    added.firstName = u"Анна"_s;
    added.lastName = u"Яковлева"_s;
    added.emails.append({u"work"_s, u"zzz.anna@example.com"_s}); // sorts first, descending
    const QString addedId = ContactStore(own).create(added);
    Contact other;
    other.firstName = u"Олег"_s;
    other.lastName = u"Яковлев"_s;
    ContactStore(own).create(other);

    QSignalSpy reloaded(&model, &RecordListModel::reloaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.query().sortColumn(), 1);
    QCOMPARE(model.query().sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model.query().search(), u"анна"_s);
    QCOMPARE(model.idAt(0), addedId);
    fetchAll(model);
    QCOMPARE(model.rowCount(), before + 1);

    QStringList expectedOrder;
    const QSet<QString> expected = referenceSearch(own, u"contacts"_s, u"анна"_s);
    for (const QString &id :
        stringColumn(own, u"SELECT c.id FROM contacts c ORDER BY c.email DESC, c.seq DESC"_s)) {
        if (expected.contains(id))
            expectedOrder << id;
    }
    QCOMPARE(modelIds(model), expectedOrder);

    // A deleted row goes on reload too.
    ContactStore(own).remove(addedId);
    model.reload();
    QCOMPARE(model.rowOfId(addedId), -1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), before);
    m_ownedDb.reset();
}

void tst_RecordListModel::emptyDatabase()
{
    LOOPLINE_OPEN_TEST_DATABASE(m_ownedDb, m_backend);
    for (const QString &list : {u"contacts"_s, u"companies"_s, u"deals"_s}) {
        RecordListModel model(*m_ownedDb, listCase(list).spec);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
        model.fetchMore();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), qint64(0));
        model.setSearch(u"anything"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.idAt(0), QString());
    }
    m_ownedDb.reset();
}

void tst_RecordListModel::brokenConditionReportsLoadFailed()
{
    RecordListModel model(db(), ListSpec::contacts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &RecordListModel::loadFailed);
    model.setCondition(u"c.no_such_column = ?"_s, {1});
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());

    model.setCondition(QString(), {});
    QCOMPARE(model.rowCount(), 40);
    QVERIFY(model.canFetchMore());
}

QTEST_GUILESS_MAIN(tst_RecordListModel)
#include "tst_recordlistmodel.moc"
