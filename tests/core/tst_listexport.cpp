#include "exchange/vcard.h"
#include "export/listexport.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "testdatabase.h"
#include "ziptesting.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;
using loopline::test::unzipFile;

// ListExport on both backends: a list exported with its search, filter, sort and
// condition, as CSV (exact bytes) and XLSX (the sheet inside the zip); paging across
// page boundaries, a snapshot that ignores edits made meanwhile, cancel, and errors.
class tst_ListExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void csvHasTheListsRowsAndOrder();
    void xlsxHoldsTheSameValues();
    void contactsGoToVCardsWholeAndInOrder();
    void dealsGiveNumbersDatesAndNames();
    void columnsFollowTheGivenOrder();
    void conditionLimitsTheRows();
    void pagesGiveEveryRowOnce_data();
    void pagesGiveEveryRowOnce();
    void xlsxSpillsOntoMoreSheets();
    void editsDuringTheExportAreNotSeen();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void unwritablePathIsAClearError_data();
    void unwritablePathIsAClearError();

private:
    QString addContact(const QString &first, const QString &last, const QString &email,
        const QString &jobTitle = {}, const QStringList &tags = {}, const QString &phone = {},
        const QString &companyId = {});
    void addNumberedContacts(int count);
    QByteArray read(const QString &fileName) const;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    QTemporaryDir m_dir;
};

namespace {

constexpr qint64 kNow = 1'717'160'709'000; // 2024-05-31 13:05:09 UTC

QString updatedText()
{
    return QDateTime::fromMSecsSinceEpoch(kNow).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// The rows of a simple CSV (no quoted line breaks), without the BOM and the header.
QStringList dataLines(const QByteArray &csv)
{
    QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty())
        lines.removeFirst();
    return lines;
}

// The text of every inline string cell of a sheet, in order.
QStringList sheetStrings(const QByteArray &sheet)
{
    QStringList strings;
    static const QRegularExpression cell(u"<is><t(?: [^>]*)?>([^<]*)</t></is>"_s);
    for (const QRegularExpressionMatch &match : cell.globalMatch(QString::fromUtf8(sheet)))
        strings << match.captured(1)
                       .replace(u"&quot;"_s, u"\""_s)
                       .replace(u"&lt;"_s, u"<"_s)
                       .replace(u"&gt;"_s, u">"_s)
                       .replace(u"&amp;"_s, u"&"_s);
    return strings;
}

} // namespace

void tst_ListExport::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_ListExport::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kNow);
    m_db->setClock(m_clock);
    QVERIFY(m_dir.isValid());
}

void tst_ListExport::cleanup()
{
    m_db.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

QString tst_ListExport::addContact(const QString &first, const QString &last, const QString &email,
    const QString &jobTitle, const QStringList &tags, const QString &phone, const QString &companyId)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.jobTitle = jobTitle;
    c.tags = tags;
    c.companyId = companyId;
    if (!email.isEmpty())
        c.emails = {{u"work"_s, email}};
    if (!phone.isEmpty())
        c.phones = {{u"work"_s, phone}};
    return ContactStore(*m_db).create(c);
}

void tst_ListExport::addNumberedContacts(int count)
{
    // Three last names, so sorting by name has ties that the row key must break.
    const QStringList lastNames {u"Brown"_s, u"Adams"_s, u"Clark"_s};
    for (int i = 0; i < count; ++i) {
        m_clock->setNowMs(kNow + (i % 4) * 1000); // ties in "Updated" too
        addContact(u"P%1"_s.arg(i % 5), lastNames.at(i % 3), u"p%1@example.com"_s.arg(i, 2, 10, QChar(u'0')),
            {}, {u"member"_s});
    }
    m_clock->setNowMs(kNow);
}

QByteArray tst_ListExport::read(const QString &fileName) const
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_ListExport::csvHasTheListsRowsAndOrder()
{
    addContact(u"Ann \"Nan\""_s, u"O'Brien, Jr."_s, u"ann@acme.example"_s, u"Head\nof sales"_s, {u"vip"_s},
        u"+1 212 555 0100"_s);
    addContact(u"Оксана"_s, u"Шевченко"_s, u"oksana@example.ua"_s, u"Директор"_s, {u"vip"_s});
    addContact(u"Bob"_s, u"Adams"_s, u"bob@example.com"_s, u"=HYPERLINK(\"http://x\")"_s, {u"vip"_s});
    addContact(u"Zed"_s, u"Zulu"_s, u"zed@example.com"_s); // not found by the search

    ListQuery query(*m_db, ListSpec::contacts());
    query.setSearch(u"vip"_s);
    query.setSort(0, Qt::DescendingOrder);
    const QString fileName = m_dir.filePath(u"contacts.csv"_s);
    ListExport::Result result;
    try {
        result = ListExport(*m_db, query).write(fileName, ListExport::Format::Csv);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(result.rows, 3);
    QVERIFY(!result.cancelled);
    QVERIFY(!QFile::exists(fileName + u".part"_s));

    const QString t = updatedText();
    const QString expected = u"Name,Email,Phone,Company,Job title,Owner,Updated\r\n"_s
        + u"Оксана Шевченко,oksana@example.ua,,,Директор,tester,%1\r\n"_s.arg(t)
        + u"\"Ann \"\"Nan\"\" O'Brien, Jr.\",ann@acme.example,+1 212 555 0100,,\"Head\nof sales\",tester,%1\r\n"_s
              .arg(t)
        // A formula is kept as text, not run by the spreadsheet program.
        + u"Bob Adams,bob@example.com,,,\"'=HYPERLINK(\"\"http://x\"\")\",tester,%1\r\n"_s.arg(t);
    const QByteArray csv = read(fileName);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8's byte order mark
    QCOMPARE(QString::fromUtf8(csv.mid(3)), expected); // (fromUtf8() would drop the mark)
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
}

void tst_ListExport::contactsGoToVCardsWholeAndInOrder()
{
    Company company;
    company.name = u"Acme, Inc."_s;
    company.domain = u"acme.example"_s;
    const QString companyId = CompanyStore(*m_db).create(company);
    addContact(u"Ann"_s, u"O'Brien; Jr."_s, u"ann@acme.example"_s, u"Head\nof sales"_s, {u"vip"_s},
        u"+1 212 555 0100"_s, companyId);
    addContact(u"Оксана"_s, u"Шевченко"_s, u"oksana@example.ua"_s, u"Директор"_s, {u"vip"_s});
    addContact(u"Zed"_s, u"Zulu"_s, u"zed@example.com"_s); // not found by the search

    ListQuery query(*m_db, ListSpec::contacts());
    query.setSearch(u"vip"_s);
    query.setSort(0, Qt::AscendingOrder);
    const QString fileName = m_dir.filePath(u"contacts.vcf"_s);
    QCOMPARE(ListExport::formatOf(fileName), std::optional(ListExport::Format::VCard));
    ListExport::Result result;
    try {
        result = ListExport(*m_db, query).write(fileName, ListExport::Format::VCard);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(result.rows, 2);
    const VCardReader::Result read = VCardReader::read(this->read(fileName));
    QVERIFY(read.problems.isEmpty());
    QCOMPARE(read.cards.size(), 2);
    QCOMPARE(read.cards.at(0).familyName, u"O'Brien; Jr."_s); // sorted by name: Ann, then Оксана
    QCOMPARE(read.cards.at(0).organization, u"Acme, Inc."_s);
    QCOMPARE(read.cards.at(0).phones.value(0).number, u"+1 212 555 0100"_s);
    QCOMPARE(read.cards.at(0).categories, QStringList({u"vip"_s}));
    QCOMPARE(read.cards.at(1).givenName, u"Оксана"_s);
    QCOMPARE(read.cards.at(1).emails.value(0).address, u"oksana@example.ua"_s);

    // Companies are not people: no vCard, and no file.
    const QString companies = m_dir.filePath(u"companies.vcf"_s);
    QVERIFY(storeErrorFrom([&] {
        ListExport(*m_db, ListQuery(*m_db, ListSpec::companies()))
            .write(companies, ListExport::Format::VCard);
    }));
    QVERIFY(!QFile::exists(companies));
}

void tst_ListExport::xlsxHoldsTheSameValues()
{
    addContact(u"Ann"_s, u"O'Brien, Jr."_s, u"ann@acme.example"_s, u"Head & <lead>"_s, {u"vip"_s});
    addContact(u"Оксана"_s, u"Шевченко"_s, u"oksana@example.ua"_s, u"Директор"_s, {u"vip"_s});
    addContact(u"Zed"_s, u"Zulu"_s, u"zed@example.com"_s);

    ListQuery query(*m_db, ListSpec::contacts());
    query.setFieldFilter(u"lastName"_s, u"ш"_s); // lower case, Cyrillic: found on both backends
    ListExport exporter(*m_db, query);
    exporter.setTitle(u"Contacts"_s);
    const QString fileName = m_dir.filePath(u"contacts.xlsx"_s);
    QCOMPARE(exporter.write(fileName, ListExport::Format::Xlsx).rows, 1);

    query.setFieldFilter({}, {});
    query.setSearch(u"vip"_s);
    query.setSort(0, Qt::AscendingOrder);
    ListExport all(*m_db, query);
    all.setTitle(u"Contacts"_s);
    QCOMPARE(all.write(fileName, ListExport::Format::Xlsx).rows, 2); // replaces the first file
    QVERIFY(!QFile::exists(fileName + u".part"_s));

    const QByteArray bytes = read(fileName);
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    const std::map<QString, QByteArray> members = unzipFile(fileName);
    QVERIFY(members.count(u"xl/workbook.xml"_s));
    QVERIFY(members.at(u"xl/workbook.xml"_s).contains("name=\"Contacts\""));
    QVERIFY(members.count(u"xl/worksheets/sheet1.xml"_s));
    QVERIFY(!members.count(u"xl/worksheets/sheet2.xml"_s));
    const QByteArray sheet = members.at(u"xl/worksheets/sheet1.xml"_s);
    QCOMPARE(sheetStrings(sheet),
        QStringList({u"Name"_s, u"Email"_s, u"Phone"_s, u"Company"_s, u"Job title"_s, u"Owner"_s,
            u"Updated"_s, u"Ann O'Brien, Jr."_s, u"ann@acme.example"_s, u"Head & <lead>"_s, u"tester"_s,
            u"Оксана Шевченко"_s, u"oksana@example.ua"_s, u"Директор"_s, u"tester"_s}));
    // The update time is a date-time number (days since 1899-12-30), not text.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(kNow);
    const double serial
        = QDate(1899, 12, 30).daysTo(local.date()) + local.time().msecsSinceStartOfDay() / 86'400'000.0;
    const QRegularExpression number(u"<c r=\"G2\" s=\"\\d+\"><v>([0-9.]+)</v></c>"_s);
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(sheet));
    QVERIFY2(match.hasMatch(), sheet.constData());
    QVERIFY(qAbs(match.captured(1).toDouble() - serial) < 1e-6);
    // The header is bold, the top row frozen, and the rows filterable.
    QVERIFY(members.at(u"xl/styles.xml"_s).contains("<b/>"));
    QVERIFY(sheet.contains("<pane ySplit=\"1\""));
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:G3\""));
}

void tst_ListExport::dealsGiveNumbersDatesAndNames()
{
    const QList<DealStage> stages = DealStore(*m_db).stages();
    QVERIFY(!stages.isEmpty());
    Deal deal;
    deal.title = u"Annual plan, 2025"_s;
    deal.valueMinor = 123'456'78;
    deal.currency = u"RUB"_s;
    deal.stageId = stages.first().id;
    deal.expectedClose = QDate(2024, 5, 31);
    DealStore(*m_db).create(deal);
    Deal small;
    small.title = u"Pilot"_s;
    small.valueMinor = 5;
    small.currency = u"EUR"_s;
    small.stageId = stages.first().id;
    DealStore(*m_db).create(small);

    ListQuery query(*m_db, ListSpec::deals());
    query.setSort(2, Qt::DescendingOrder); // by value
    ListExport exporter(*m_db, query);
    QCOMPARE(exporter.header(),
        QStringList({u"Title"_s, u"Company"_s, u"Value"_s, u"Currency"_s, u"Stage"_s, u"Status"_s, u"Owner"_s,
            u"Expected close"_s, u"Updated"_s}));
    const QString csvName = m_dir.filePath(u"deals.csv"_s);
    exporter.write(csvName, ListExport::Format::Csv);
    const QString stage = DealStore::stageDisplayName(stages.first());
    const QString open = DealStore::statusDisplayName(DealStatus::Open);
    QCOMPARE(dataLines(read(csvName)),
        QStringList({u"\"Annual plan, 2025\",,123456.78,RUB,%1,%2,tester,2024-05-31,%3"_s.arg(
                         stage, open, updatedText()),
            u"Pilot,,0.05,EUR,%1,%2,tester,,%3"_s.arg(stage, open, updatedText())}));

    const QString xlsxName = m_dir.filePath(u"deals.xlsx"_s);
    exporter.write(xlsxName, ListExport::Format::Xlsx);
    const QByteArray sheet = unzipFile(xlsxName).at(u"xl/worksheets/sheet1.xml"_s);
    QVERIFY2(sheet.contains("<v>123456.78</v>"), sheet.constData());
    QVERIFY(sheet.contains("<v>0.05</v>"));
    const QStringList strings = sheetStrings(sheet);
    QVERIFY(strings.contains(u"RUB"_s));
    QVERIFY(strings.contains(stage));
    QVERIFY(strings.contains(open));
    const int serial = int(QDate(1899, 12, 30).daysTo(QDate(2024, 5, 31)));
    QVERIFY2(sheet.contains(QByteArray("<v>") + QByteArray::number(serial) + "</v>"), sheet.constData());
}

void tst_ListExport::columnsFollowTheGivenOrder()
{
    addContact(u"Ann"_s, u"Lee"_s, u"ann@example.com"_s, {}, {}, u"+44 20 7946 0000"_s);
    ListQuery query(*m_db, ListSpec::contacts());
    ListExport exporter(*m_db, query);
    exporter.setColumns({2, 0, 99, 2});
    QCOMPARE(exporter.header(), QStringList({u"Phone"_s, u"Name"_s}));
    const QString fileName = m_dir.filePath(u"two.csv"_s);
    exporter.write(fileName, ListExport::Format::Csv);
    QCOMPARE(read(fileName), QByteArray("\xEF\xBB\xBFPhone,Name\r\n+44 20 7946 0000,Ann Lee\r\n"));
}

void tst_ListExport::conditionLimitsTheRows()
{
    Company acme;
    acme.name = u"Acme"_s;
    const QString acmeId = CompanyStore(*m_db).create(acme);
    Company other;
    other.name = u"Other"_s;
    const QString otherId = CompanyStore(*m_db).create(other);
    addContact(u"Ann"_s, u"Lee"_s, u"ann@acme.example"_s, {}, {}, {}, acmeId);
    addContact(u"Bob"_s, u"Kim"_s, u"bob@other.example"_s, {}, {}, {}, otherId);
    addContact(u"Cid"_s, u"Fox"_s, u"cid@acme.example"_s, {}, {}, {}, acmeId);

    ListQuery query(*m_db, ListSpec::contacts()); // a company's contacts, as its form lists them
    query.setCondition(u"c.company_id = ?"_s, {acmeId});
    ListExport exporter(*m_db, query);
    exporter.setColumns({0, 3});
    // The query is copied: changing it afterwards does not change the export.
    query.setCondition(u"c.company_id = ?"_s, {otherId});
    const QString fileName = m_dir.filePath(u"acme.csv"_s);
    QCOMPARE(exporter.write(fileName, ListExport::Format::Csv).rows, 2);
    QCOMPARE(dataLines(read(fileName)), QStringList({u"Cid Fox,Acme"_s, u"Ann Lee,Acme"_s}));
}

void tst_ListExport::pagesGiveEveryRowOnce_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("search");
    QTest::newRow("name") << 0 << int(Qt::AscendingOrder) << QString();
    QTest::newRow("updated, descending") << 6 << int(Qt::DescendingOrder) << QString();
    QTest::newRow("newest first, searching")
        << int(ListQuery::NewestFirst) << int(Qt::DescendingOrder) << u"member"_s;
    QTest::newRow("name, searching") << 0 << int(Qt::DescendingOrder) << u"member"_s;
}

void tst_ListExport::pagesGiveEveryRowOnce()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, search);
    constexpr int kRows = 25;
    addNumberedContacts(kRows);
    addContact(u"Not"_s, u"Found"_s, u"nf@example.com"_s); // outside the search, inside the full list

    ListQuery query(*m_db, ListSpec::contacts());
    query.setSearch(search);
    query.setSort(sortColumn, Qt::SortOrder(order));
    const int expectedRows = search.isEmpty() ? kRows + 1 : kRows;
    // The order the list shows, read in one go.
    QStringList reference;
    for (const ListRow &row : query.fetch(nullptr, 1000))
        reference << row.cells.at(0).toString() + u',' + row.cells.at(1).toString();
    QCOMPARE(reference.size(), expectedRows);

    ListExport exporter(*m_db, query);
    exporter.setColumns({0, 1});
    exporter.setPageSize(7);
    QList<QPair<qint64, qint64>> reports;
    const QString fileName = m_dir.filePath(u"paged.csv"_s);
    const ListExport::Result result
        = exporter.write(fileName, ListExport::Format::Csv, [&reports](qint64 done, qint64 total) {
              reports.append({done, total});
              return true;
          });
    QCOMPARE(result.rows, expectedRows);
    const QStringList lines = dataLines(read(fileName));
    QCOMPARE(lines, reference);
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), expectedRows); // each e-mail once
    QList<QPair<qint64, qint64>> expectedReports {{0, expectedRows}};
    for (int done = 7; done < expectedRows; done += 7)
        expectedReports.append({done, expectedRows});
    expectedReports.append({expectedRows, expectedRows});
    QCOMPARE(reports, expectedReports);
}

void tst_ListExport::xlsxSpillsOntoMoreSheets()
{
    addNumberedContacts(25);
    ListQuery query(*m_db, ListSpec::contacts());
    query.setSort(1, Qt::AscendingOrder); // by e-mail: p00 … p24
    ListExport exporter(*m_db, query);
    exporter.setTitle(u"Contacts"_s);
    exporter.setColumns({1});
    exporter.setPageSize(4);
    exporter.setMaxRowsPerSheet(10);
    const QString fileName = m_dir.filePath(u"spill.xlsx"_s);
    QCOMPARE(exporter.write(fileName, ListExport::Format::Xlsx).rows, 25);

    const std::map<QString, QByteArray> members = unzipFile(fileName);
    const QByteArray workbook = members.at(u"xl/workbook.xml"_s);
    QVERIFY(workbook.contains("name=\"Contacts\""));
    QVERIFY(workbook.contains("name=\"Contacts (2)\""));
    QVERIFY(workbook.contains("name=\"Contacts (3)\""));
    QStringList all;
    for (int sheet = 1; sheet <= 3; ++sheet) {
        const QStringList strings = sheetStrings(members.at(u"xl/worksheets/sheet%1.xml"_s.arg(sheet)));
        QCOMPARE(strings.value(0), u"Email"_s); // every sheet has the header
        QCOMPARE(strings.size() - 1, sheet < 3 ? 10 : 5);
        all << strings.mid(1);
    }
    QStringList expected;
    for (int i = 0; i < 25; ++i)
        expected << u"p%1@example.com"_s.arg(i, 2, 10, QChar(u'0'));
    QCOMPARE(all, expected);
}

void tst_ListExport::editsDuringTheExportAreNotSeen()
{
    addNumberedContacts(12);
    const QString firstId = addContact(u"Zoe"_s, u"Zimmer"_s, u"zz@example.com"_s); // sorts last
    std::unique_ptr<Database> other;
    try {
        other = m_db->reopen(); // another user's connection
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
    ListQuery query(*m_db, ListSpec::contacts());
    query.setSort(1, Qt::AscendingOrder); // by e-mail
    ListExport exporter(*m_db, query);
    exporter.setColumns({1});
    exporter.setPageSize(5);
    const QString fileName = m_dir.filePath(u"snapshot.csv"_s);
    bool edited = false;
    const ListExport::Result result
        = exporter.write(fileName, ListExport::Format::Csv, [&](qint64 done, qint64) {
              if (done == 5 && !edited) {
                  // Meanwhile: one contact added after the page read so far, one removed.
                  edited = true;
                  Contact late;
                  late.firstName = u"Late"_s;
                  late.lastName = u"Comer"_s;
                  late.emails = {{u"work"_s, u"q-late@example.com"_s}};
                  ContactStore(*other).create(late);
                  ContactStore(*other).remove(firstId);
              }
              return true;
          });
    QVERIFY(edited);
    QCOMPARE(ContactStore(*other).count(), 13);
    QCOMPARE(result.rows, 13);
    const QStringList lines = dataLines(read(fileName));
    QCOMPARE(lines.size(), 13);
    QVERIFY(!lines.contains(u"q-late@example.com"_s));
    QCOMPARE(lines.constLast(), u"zz@example.com"_s);
    // The export's connection sees the edits once it is over.
    QCOMPARE(ContactStore(*m_db).count(), 13);
    QVERIFY(!ContactStore(*m_db).get(firstId));
}

void tst_ListExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("cancelAt"); // the progress report that answers false
    QTest::newRow("csv, before the first page") << u"csv"_s << 0;
    QTest::newRow("csv, after a page") << u"csv"_s << 1;
    QTest::newRow("xlsx, before the first page") << u"xlsx"_s << 0;
    QTest::newRow("xlsx, after a page") << u"xlsx"_s << 2;
}

void tst_ListExport::cancelLeavesNoFile()
{
    QFETCH(QString, suffix);
    QFETCH(int, cancelAt);
    addNumberedContacts(12);
    ListQuery query(*m_db, ListSpec::contacts());
    ListExport exporter(*m_db, query);
    exporter.setPageSize(4);
    const ListExport::Format format = *ListExport::formatOf(u"x."_s + suffix);
    const QString fileName = m_dir.filePath(u"cancelled."_s + suffix);
    int reports = 0;
    const auto cancel = [&reports, cancelAt](qint64, qint64) { return reports++ < cancelAt; };
    const ListExport::Result result = exporter.write(fileName, format, cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.rows, cancelAt * 4);
    QVERIFY(!QFile::exists(fileName));
    QVERIFY(!QFile::exists(fileName + u".part"_s));

    // A file that was there keeps what it had.
    {
        QFile existing(fileName);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("before");
    }
    reports = 0;
    QVERIFY(exporter.write(fileName, format, cancel).cancelled);
    QCOMPARE(read(fileName), QByteArray("before"));
    QVERIFY(!QFile::exists(fileName + u".part"_s));
    // The database is usable afterwards (the read transaction ended).
    addContact(u"After"_s, u"Cancel"_s, u"after@example.com"_s);
    QCOMPARE(ContactStore(*m_db).count(), 13);
}

void tst_ListExport::unwritablePathIsAClearError_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s;
}

void tst_ListExport::unwritablePathIsAClearError()
{
    QFETCH(QString, suffix);
    addNumberedContacts(3);
    ListQuery query(*m_db, ListSpec::contacts());
    const ListExport exporter(*m_db, query);
    const ListExport::Format format = *ListExport::formatOf(u"x."_s + suffix);

    const QString missing = m_dir.filePath(u"missing/list."_s + suffix);
    const std::optional<StoreError> noFolder = storeErrorFrom([&] { exporter.write(missing, format); });
    QVERIFY(noFolder);
    QVERIFY2(
        noFolder->message().contains(QDir::toNativeSeparators(missing)), qPrintable(noFolder->message()));
    QVERIFY(noFolder->message().contains(u"does not exist"_s));
    QVERIFY(!QFile::exists(missing));

    // A name that cannot be created (here a folder is in the way, which holds even for root).
    const QString blocked = m_dir.filePath(u"blocked."_s + suffix);
    QVERIFY(QDir(m_dir.path()).mkdir(u"blocked."_s + suffix + u".part"_s));
    const std::optional<StoreError> error = storeErrorFrom([&] { exporter.write(blocked, format); });
    QVERIFY(error);
    const QString prefix = u"Cannot write %1: "_s.arg(QDir::toNativeSeparators(blocked));
    QVERIFY2(error->message().startsWith(prefix), qPrintable(error->message()));
    QVERIFY2(error->message().size() > prefix.size() + 3, qPrintable(error->message())); // and the reason
    QVERIFY(!QFile::exists(blocked));
    QVERIFY(QDir(m_dir.path()).rmdir(u"blocked."_s + suffix + u".part"_s));
    // The database is usable afterwards.
    QCOMPARE(ContactStore(*m_db).count(), 3);
    addContact(u"After"_s, u"Error"_s, u"after@example.com"_s);
}

QTEST_GUILESS_MAIN(tst_ListExport)
#include "tst_listexport.moc"
