// loopline-bench: bulk load, first page, sorting, search and memory of the contact
// list at growing sizes, each against a baseline measured in the same run; with --leads,
// --board, --reports or --import the lead lists, the deal board, the reports or the CSV
// contact import instead. See docs/benchmarks.md for what each figure means and the bars
// they are held to.

#include "analytics/reports.h"
#include "benchstats.h"
#include "csvwriter.h"
#include "demo/demodata.h"
#include "exchange/contactimport.h"
#include "exchange/csvreader.h"
#include "leads/leadfigures.h"
#include "leads/leadlifecycle.h"
#include "leads/leadstore.h"
#include "models/recordlistmodel.h"
#include "pipeline/board.h"
#include "pipeline/dealclosing.h"
#include "pipeline/pipelinestore.h"
#include "procmemory.h"
#include "reports/reportspage.h"
#include "sqlitecli.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "store/dealstore.h"
#include "store/listquery.h"
#include "syncbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::bench;

namespace {

constexpr quint32 kSeed = 20261123;
constexpr int kBatch = 1000; // contacts generated, written to CSV, then stored, at a time
constexpr int kWarmUp = 3; // unmeasured runs before each timed series
constexpr int kBulkCacheKib = 65536; // the page cache Database::beginBulkWrite() gives bulk writers

// What a user types in the search box of the contact list: surname and first-name
// prefixes in Latin (they match the transliterated email addresses) and Cyrillic,
// company-name prefixes, a job title, email local parts and a two-word search.
const QStringList &searchTerms()
{
    static const QStringList terms = {
        u"shev"_s,
        u"Шевч"_s,
        u"Иван"_s,
        u"smi"_s,
        u"ann smi"_s,
        u"Коваль"_s,
        u"Кузн"_s,
        u"Мельник"_s,
        u"john"_s,
        u"Ольга"_s,
        u"north"_s,
        u"helios"_s,
        u"kvant"_s,
        u"karpaty"_s,
        u"wright"_s,
        u"oksana.boyko"_s,
        u"james.smith"_s,
        u"Тарас"_s,
        u"Петров"_s,
        u"procurement"_s,
    };
    return terms;
}

// ---- output --------------------------------------------------------------------------

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void note(const QString &text)
{
    printLine(u"# "_s + text);
}

void figure(const QString &name, double value, const QString &unit, int decimals)
{
    printLine(u"%1 = %2 %3"_s.arg(name, QString::number(value, 'f', decimals), unit));
}

QString fmt(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

[[noreturn]] void fail(const QString &message)
{
    std::fputs(("\n*** loopline-bench FAILED: " + message.toUtf8() + "\n").constData(), stderr);
    std::fflush(stderr);
    printLine(u"# FAILED: "_s + message);
    std::exit(2);
}

// ---- results -------------------------------------------------------------------------

struct SizeResult
{
    qint64 contacts = 0;
    double bulkRowsPerS = 0;
    double cliRowsPerS = 0;
    double bulkRatio = 0;
    Summary firstPage;
    Summary sortLastName;
    Summary sortEmail;
    Summary searchModel; // newest first, as the list shows search results
    Summary searchByName; // sorted by name
    Summary searchRaw;
    double searchRatio = 0;
    double searchByNameRatio = 0;
    double peakProcessMb = -1;
    double peakListMb = -1;
};

// ---- bulk load -----------------------------------------------------------------------

// The defaults ContactStore::BulkWriter applies, applied before the row is also
// written to CSV so both databases get the very same values.
void normalise(Contact &c, qint64 nowMs)
{
    if (c.id.isEmpty())
        c.id = Database::newId();
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    if (!c.updatedAt.isValid())
        c.updatedAt = c.createdAt;
    if (c.consent.given && !c.consent.at.isValid())
        c.consent.at = c.createdAt;
}

// One contacts row, in the column order of the contacts table, as the store writes it.
void writeContactRow(CsvWriter &csv, qint64 seq, const Contact &c)
{
    csv.number(seq).text(c.id).text(c.firstName.trimmed()).text(c.lastName.trimmed());
    csv.text(c.primaryEmail().trimmed()).text(c.primaryPhone().trimmed()).text(c.jobTitle.trimmed());
    if (c.companyId.isEmpty())
        csv.empty(); // NULL; the shell imports it as '', put back in verifySame()
    else
        csv.text(c.companyId);
    csv.text(c.companyId.isEmpty() ? QString() : c.companyName.trimmed());
    csv.text(c.owner).text(c.source).text(c.tags.join(u", "_s)).text(c.notes);
    csv.number(c.consent.given ? 1 : 0);
    if (c.consent.given)
        csv.number(c.consent.at.toMSecsSinceEpoch());
    else
        csv.empty(); // NULL, as above
    csv.text(c.consent.source).text(c.consent.textVersion);
    csv.number(c.createdAt.toMSecsSinceEpoch()).number(c.updatedAt.toMSecsSinceEpoch());
    csv.text(c.segment.trimmed()); // schema 5 added it, so it comes last
    csv.endRow();
}

void writeDetailRows(CsvWriter &emails, CsvWriter &phones, const Contact &c)
{
    for (qsizetype i = 0; i < c.emails.size(); ++i) {
        emails.text(c.id).number(i).text(c.emails[i].kind).text(c.emails[i].address.trimmed());
        emails.endRow();
    }
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        phones.text(c.id).number(i).text(c.phones[i].kind).text(c.phones[i].number.trimmed());
        phones.endRow();
    }
}

struct Paths
{
    QString dir;
    QString ours;
    QString cli;
    QString cliCache; // the same, for the shell run with the bulk writers' page cache
    QString contactsCsv;
    QString emailsCsv;
    QString phonesCsv;
};

// A plain connection for checks that need ATTACH; not a Loopline Database.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &path)
        : m_name(u"loopline-bench-plain-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            fail(u"cannot open %1: %2"_s.arg(path, db.lastError().text()));
    }
    ~PlainConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(u"check query refused: %1\n%2"_s.arg(q.lastError().text(), sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            fail(u"check query failed: %1\n%2"_s.arg(q.lastError().text(), sql));
        return q;
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q = exec(sql, values);
        return q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// Checks that the CSV quoting survives the sqlite3 shell: commas, quotes, line
// breaks, Cyrillic, spaces. Runs before any measurement; fails loudly.
void selfTestCsv(const SqliteCli &cli, const QString &dir)
{
    const QStringList values
        = {u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"\""_s, u"\"\""_s, u","_s, u"Шевченко, Олена"_s,
            u"line\nbreak"_s, u"cr\r\nlf"_s, u" spaced "_s, u"end\""_s, u"Ірина «Лис» \"Т\", 7"_s, QString()};
    const QString csvPath = dir + u"/selftest.csv"_s;
    {
        CsvWriter csv(csvPath);
        for (qsizetype i = 0; i < values.size(); ++i) {
            csv.number(i).text(values[i]);
            csv.endRow();
        }
        csv.flush();
    }
    const QString dbPath = dir + u"/selftest.db"_s;
    cli.run(dbPath,
        {u"CREATE TABLE t (i INTEGER PRIMARY KEY, v TEXT);"_s, u".mode csv"_s,
            u".import --csv selftest.csv t"_s},
        dir);
    {
        PlainConnection db(dbPath);
        QSqlQuery q = db.exec(u"SELECT i, v FROM t ORDER BY i"_s);
        qsizetype n = 0;
        while (q.next()) {
            const qsizetype i = q.value(0).toLongLong();
            if (i != n || q.value(1).toString() != values.value(i))
                fail(u"CSV self-test: row %1 came back as [%2], expected [%3]"_s.arg(i).arg(
                    q.value(1).toString(), values.value(i)));
            ++n;
        }
        if (n != values.size())
            fail(u"CSV self-test: %1 rows imported, expected %2"_s.arg(n).arg(values.size()));
    }
    QFile::remove(csvPath);
    QFile::remove(dbPath);
}

struct BulkResult
{
    double contactsMs = 0;
    double contactsCpuMs = 0;
    double generateMs = 0;
    double companiesMs = 0;
    qint64 companies = 0;
    qint64 emails = 0;
    qint64 phones = 0;
};

BulkResult loadOurs(const Paths &paths, qint64 contacts)
{
    BulkResult result;
    DemoDataGenerator generator(kSeed);
    std::unique_ptr<Database> ours = Database::open(ConnectionSpec::sqlite(paths.ours));
    {
        // The baseline database: same schema (indexes, FTS triggers) through the same
        // migrations, and the same companies, written alongside ours.
        std::unique_ptr<Database> baseline = Database::open(ConnectionSpec::sqlite(paths.cli));
        Transaction txOurs(*ours);
        Transaction txBaseline(*baseline);
        CompanyStore::BulkWriter oursWriter(*ours);
        CompanyStore::BulkWriter baselineWriter(*baseline);
        result.companies = std::max<qint64>(1, contacts / 8);
        QElapsedTimer timer;
        for (qint64 i = 0; i < result.companies; ++i) {
            const Company company = generator.makeCompany();
            timer.start();
            oursWriter.add(company);
            result.companiesMs += elapsedMs(timer);
            baselineWriter.add(company);
        }
        txBaseline.commit();
        timer.start();
        txOurs.commit();
        result.companiesMs += elapsedMs(timer);
    }

    CsvWriter contactsCsv(paths.contactsCsv);
    CsvWriter emailsCsv(paths.emailsCsv);
    CsvWriter phonesCsv(paths.phonesCsv);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    QElapsedTimer timer;
    double cpu = processCpuMs();
    timer.start();
    Transaction tx(*ours);
    ContactStore::BulkWriter writer(*ours);
    result.contactsMs += elapsedMs(timer);
    result.contactsCpuMs += processCpuMs() - cpu;

    std::vector<Contact> batch;
    batch.reserve(kBatch);
    qint64 seq = 0;
    while (seq < contacts) {
        batch.clear();
        timer.start();
        const qint64 end = std::min<qint64>(contacts, seq + kBatch);
        for (qint64 i = seq; i < end; ++i) {
            Contact c = generator.makeContact();
            normalise(c, nowMs);
            batch.push_back(std::move(c));
        }
        result.generateMs += elapsedMs(timer);
        for (const Contact &c : batch) {
            writeContactRow(contactsCsv, ++seq, c);
            writeDetailRows(emailsCsv, phonesCsv, c);
        }
        cpu = processCpuMs();
        timer.start();
        for (Contact &c : batch)
            writer.add(std::move(c));
        result.contactsMs += elapsedMs(timer);
        result.contactsCpuMs += processCpuMs() - cpu;
    }
    cpu = processCpuMs();
    timer.start();
    tx.commit();
    result.contactsMs += elapsedMs(timer);
    result.contactsCpuMs += processCpuMs() - cpu;
    if (writer.written() != contacts || seq != contacts)
        fail(u"bulk writer wrote %1 contacts of %2"_s.arg(writer.written()).arg(contacts));

    contactsCsv.flush();
    emailsCsv.flush();
    phonesCsv.flush();
    result.emails = emailsCsv.rows();
    result.phones = phonesCsv.rows();
    return result;
}

// cacheKib: the shell's page cache; 0 keeps SQLite's default (2 MiB).
SqliteCli::Run importWithCli(const SqliteCli &cli, const Paths &paths, const QString &database, int cacheKib)
{
    QStringList lines;
    if (cacheKib > 0)
        lines << u"PRAGMA cache_size = -%1;"_s.arg(cacheKib);
    // .import runs each file in one transaction of its own (it opens one when the
    // shell is in autocommit mode), so no BEGIN/COMMIT here.
    lines << u".mode csv"_s << u".import --csv \"%1\" contacts"_s.arg(QFileInfo(paths.contactsCsv).fileName())
          << u".import --csv \"%1\" contact_emails"_s.arg(QFileInfo(paths.emailsCsv).fileName())
          << u".import --csv \"%1\" contact_phones"_s.arg(QFileInfo(paths.phonesCsv).fileName());
    return cli.run(database, lines, paths.dir);
}

// Both databases must hold the very same rows: every column compared by seq (and
// by key for emails and phones), plus the FTS index answering alike.
void verifySame(const Paths &paths, const QString &baseline, qint64 contacts, const BulkResult &bulk)
{
    PlainConnection db(paths.ours);
    db.exec(u"ATTACH DATABASE ? AS cli"_s, {baseline});
    // CSV has no NULL: the shell imported empty strings where the store wrote NULL.
    // Put them back (not timed) before comparing.
    db.exec(u"UPDATE cli.contacts SET company_id = NULL WHERE company_id = ''"_s);
    db.exec(u"UPDATE cli.contacts SET consent_at = NULL WHERE consent_at = ''"_s);

    const qint64 oursCount = db.scalar(u"SELECT COUNT(*) FROM main.contacts"_s).toLongLong();
    const qint64 cliCount = db.scalar(u"SELECT COUNT(*) FROM cli.contacts"_s).toLongLong();
    if (oursCount != contacts || cliCount != contacts)
        fail(u"contacts count differs: ours %1, sqlite3 shell %2, expected %3"_s.arg(oursCount)
                 .arg(cliCount)
                 .arg(contacts));

    QStringList same;
    for (const QString &column :
        {u"id"_s, u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"job_title"_s, u"company_id"_s,
            u"company_name"_s, u"owner"_s, u"source"_s, u"tags"_s, u"notes"_s, u"consent"_s, u"consent_at"_s,
            u"consent_source"_s, u"consent_text_version"_s, u"created_at"_s, u"updated_at"_s, u"segment"_s})
        same << u"a.%1 IS b.%1"_s.arg(column);
    const qint64 equalRows
        = db.scalar(u"SELECT COUNT(*) FROM main.contacts a JOIN cli.contacts b ON b.seq = a.seq WHERE "_s
                + same.join(" AND "_L1))
              .toLongLong();
    if (equalRows != contacts)
        fail(u"%1 of %2 contacts rows differ between our database and the sqlite3 shell's"_s
                 .arg(contacts - equalRows)
                 .arg(contacts));

    const struct
    {
        QString table;
        QString value;
        qint64 expected;
    } details[]
        = {{u"contact_emails"_s, u"address"_s, bulk.emails}, {u"contact_phones"_s, u"number"_s, bulk.phones}};
    for (const auto &d : details) {
        const qint64 ours = db.scalar(u"SELECT COUNT(*) FROM main.%1"_s.arg(d.table)).toLongLong();
        const qint64 theirs = db.scalar(u"SELECT COUNT(*) FROM cli.%1"_s.arg(d.table)).toLongLong();
        const qint64 equal
            = db.scalar(
                    u"SELECT COUNT(*) FROM main.%1 a JOIN cli.%1 b ON b.contact_id = a.contact_id AND "
                    "b.position = a.position WHERE a.kind IS b.kind AND a.%2 IS b.%2"_s.arg(d.table, d.value))
                  .toLongLong();
        if (ours != d.expected || theirs != d.expected || equal != d.expected)
            fail(u"%1 differ: ours %2, sqlite3 shell %3, identical %4, expected %5"_s.arg(d.table)
                     .arg(ours)
                     .arg(theirs)
                     .arg(equal)
                     .arg(d.expected));
    }
    for (const QString &term : {u"Шевч"_s, u"smi"_s, u"north"_s}) {
        const QString match = ListQuery::ftsQuery(term);
        const qint64 ours
            = db.scalar(u"SELECT COUNT(*) FROM main.contacts_fts WHERE contacts_fts MATCH ?"_s, {match})
                  .toLongLong();
        const qint64 theirs
            = db.scalar(u"SELECT COUNT(*) FROM cli.contacts_fts WHERE contacts_fts MATCH ?"_s, {match})
                  .toLongLong();
        if (ours != theirs)
            fail(u"full-text search for %1 finds %2 contacts in ours, %3 in the sqlite3 shell's"_s.arg(term)
                     .arg(ours)
                     .arg(theirs));
    }
}

// ---- list, sort, search ---------------------------------------------------------------

void listPhase(const Paths &paths, qint64 contacts, int repeat, const QString &prefix, SizeResult &r)
{
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(paths.ours));
    // The model's own page size: the benchmark measures the list as the application configures it.
    const int pageSize = RecordListModel(*db, ListSpec::contacts()).pageSize();
    const int pageRows = int(std::min<qint64>(contacts, pageSize));

    // First page, default sort (last name, first name).
    std::vector<double> samples;
    samples.reserve(size_t(repeat));
    for (int i = -kWarmUp; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto model = std::make_unique<RecordListModel>(*db, ListSpec::contacts());
        if (i >= 0)
            samples.push_back(elapsedMs(timer));
        if (model->rowCount() != pageRows)
            fail(u"first page has %1 rows, expected %2"_s.arg(model->rowCount()).arg(pageRows));
    }
    r.firstPage = summarize(samples);

    // Sorting an open list: by last name descending, then by email, alternately so
    // every call really changes the order.
    {
        RecordListModel model(*db, ListSpec::contacts());
        const int nameColumn = 0;
        const int emailColumn = 1;
        std::vector<double> byName, byEmail;
        for (int i = -kWarmUp; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.sort(nameColumn, Qt::DescendingOrder);
            const double nameMs = elapsedMs(timer);
            if (model.rowCount() != pageRows)
                fail(u"sorted page has %1 rows"_s.arg(model.rowCount()));
            timer.start();
            model.sort(emailColumn, Qt::AscendingOrder);
            const double emailMs = elapsedMs(timer);
            if (i >= 0) {
                byName.push_back(nameMs);
                byEmail.push_back(emailMs);
            }
            if (model.rowCount() != pageRows)
                fail(u"sorted page has %1 rows"_s.arg(model.rowCount()));
        }
        r.sortLastName = summarize(byName);
        r.sortEmail = summarize(byEmail);
    }

    // Search: the list's first page with the search set, against the bare FTS5 query
    // on the same connection stepping through all its rows. Two lists: one as the list
    // page shows search results until a column is chosen (newest first, straight from
    // the FTS5 index), one sorted by name (the user clicked the Name header).
    {
        RecordListModel newest(*db, ListSpec::contacts());
        newest.sort(ListQuery::NewestFirst, Qt::DescendingOrder);
        RecordListModel byName(*db, ListSpec::contacts());
        QSqlQuery raw = db->prepare(u"SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?"_s);
        const QStringList &terms = searchTerms();
        const size_t termCount = size_t(terms.size());
        std::vector<double> newestAll, byNameAll, rawAll;
        std::vector<std::vector<double>> newestByTerm(termCount), byNameByTerm(termCount),
            rawByTerm(termCount);
        std::vector<qint64> hits(termCount, 0);
        const auto timeList = [](RecordListModel &model, const QString &term) {
            QElapsedTimer timer;
            timer.start();
            model.setSearch(term);
            return elapsedMs(timer);
        };
        // One unmeasured pass first (i == -1) that also checks the lists against FTS5.
        for (int i = -1; i < repeat; ++i) {
            for (size_t t = 0; t < termCount; ++t) {
                const QString &term = terms[qsizetype(t)];
                const double newestMs = timeList(newest, term);

                QElapsedTimer timer;
                timer.start();
                raw.addBindValue(ListQuery::ftsQuery(term));
                Database::exec(raw);
                qint64 rows = 0;
                while (raw.next())
                    ++rows;
                raw.finish();
                const double rawMs = elapsedMs(timer);

                const double byNameMs = timeList(byName, term);

                if (i < 0) {
                    hits[t] = rows;
                    for (const RecordListModel *model : {&newest, &byName}) {
                        if (model->rowCount() != std::min<qint64>(rows, model->pageSize()))
                            fail(u"search \"%1\": the list shows %2 rows but FTS5 finds %3"_s.arg(term)
                                     .arg(model->rowCount())
                                     .arg(rows));
                    }
                    continue;
                }
                newestAll.push_back(newestMs);
                byNameAll.push_back(byNameMs);
                rawAll.push_back(rawMs);
                newestByTerm[t].push_back(newestMs);
                byNameByTerm[t].push_back(byNameMs);
                rawByTerm[t].push_back(rawMs);
            }
        }
        r.searchModel = summarize(newestAll);
        r.searchByName = summarize(byNameAll);
        r.searchRaw = summarize(rawAll);
        for (size_t t = 0; t < termCount; ++t) {
            const Summary n = summarize(newestByTerm[t]);
            const Summary m = summarize(byNameByTerm[t]);
            const Summary f = summarize(rawByTerm[t]);
            note(u"%1search \"%2\": %3 hits; list p50 %4 ms p95 %5 ms; by name p50 %6 ms p95 %7 ms; "
                 "raw FTS5 p50 %8 ms p95 %9 ms"_s.arg(prefix, terms[qsizetype(t)])
                     .arg(hits[t])
                     .arg(fmt(n.p50), fmt(n.p95), fmt(m.p50), fmt(m.p95), fmt(f.p50), fmt(f.p95)));
        }
    }
}

// ---- one size --------------------------------------------------------------------------

SizeResult runSize(qint64 contacts, int repeat, const QString &keepDir, const SqliteCli &cli)
{
    SizeResult r;
    r.contacts = contacts;
    const QString prefix = u"n%1."_s.arg(contacts);

    std::optional<QTemporaryDir> temp;
    Paths paths;
    if (keepDir.isEmpty()) {
        temp.emplace(QDir::tempPath() + u"/loopline-bench-XXXXXX"_s);
        if (!temp->isValid())
            fail(u"cannot create a temporary folder: %1"_s.arg(temp->errorString()));
        paths.dir = temp->path();
    } else {
        QDir sizeDir(keepDir + u"/n%1"_s.arg(contacts));
        if (sizeDir.exists() && !sizeDir.removeRecursively())
            fail(u"cannot empty %1"_s.arg(sizeDir.path()));
        if (!QDir().mkpath(sizeDir.path()))
            fail(u"cannot create %1"_s.arg(sizeDir.path()));
        paths.dir = sizeDir.absolutePath();
    }
    paths.ours = paths.dir + u"/loopline.db"_s;
    paths.cli = paths.dir + u"/sqlite3-shell.db"_s;
    paths.cliCache = paths.dir + u"/sqlite3-shell-cache64m.db"_s;
    paths.contactsCsv = paths.dir + u"/contacts.csv"_s;
    paths.emailsCsv = paths.dir + u"/contact_emails.csv"_s;
    paths.phonesCsv = paths.dir + u"/contact_phones.csv"_s;
    note(u"size %1 contacts in %2"_s.arg(contacts).arg(
        keepDir.isEmpty() ? u"a temporary folder"_s : paths.dir));

    // 1. Bulk load, ours and the sqlite3 shell's.
    const BulkResult bulk = loadOurs(paths, contacts);
    r.bulkRowsPerS = double(contacts) / (bulk.contactsMs / 1000.0);
    note(u"%1companies: %2 in %3 ms; contacts generated in %4 ms (not timed); %5 emails, %6 phones"_s
             .arg(prefix)
             .arg(bulk.companies)
             .arg(fmt(bulk.companiesMs, 1), fmt(bulk.generateMs, 1))
             .arg(bulk.emails)
             .arg(bulk.phones));
    // The baseline database holds the companies and no contacts yet; the like-for-like
    // baseline starts from a copy of it. (Database closed it cleanly: no -wal file.)
    if (QFileInfo::exists(paths.cli + u"-wal"_s) || !QFile::copy(paths.cli, paths.cliCache))
        fail(u"cannot copy %1 to %2"_s.arg(paths.cli, paths.cliCache));
    const SqliteCli::Run cliRun = importWithCli(cli, paths, paths.cli, 0);
    const double cliMs = cliRun.ms;
    r.cliRowsPerS = double(contacts) / (cliMs / 1000.0);
    r.bulkRatio = r.bulkRowsPerS / r.cliRowsPerS;
    verifySame(paths, paths.cli, contacts, bulk);
    const SqliteCli::Run cacheRun = importWithCli(cli, paths, paths.cliCache, kBulkCacheKib);
    const double cliCacheRowsPerS = double(contacts) / (cacheRun.ms / 1000.0);
    verifySame(paths, paths.cliCache, contacts, bulk);
    figure(prefix + u"bulk_load_ms"_s, bulk.contactsMs, u"ms"_s, 1);
    figure(prefix + u"bulk_load_rows_per_s"_s, r.bulkRowsPerS, u"rows/s"_s, 0);
    figure(prefix + u"sqlite3_cli_import_ms"_s, cliMs, u"ms"_s, 1);
    figure(prefix + u"sqlite3_cli_rows_per_s"_s, r.cliRowsPerS, u"rows/s"_s, 0);
    figure(prefix + u"bulk_load_ratio_vs_sqlite3_cli"_s, r.bulkRatio, u"x"_s, 3);
    // The same comparison in CPU time, which other work on the machine disturbs less.
    figure(prefix + u"bulk_load_cpu_ms"_s, bulk.contactsCpuMs, u"ms"_s, 1);
    if (cliRun.cpuMs > 0) {
        figure(prefix + u"sqlite3_cli_cpu_ms"_s, cliRun.cpuMs, u"ms"_s, 1);
        figure(
            prefix + u"bulk_load_cpu_ratio_vs_sqlite3_cli"_s, cliRun.cpuMs / bulk.contactsCpuMs, u"x"_s, 3);
    }
    // Like for like: the shell with the 64 MiB page cache our bulk writers use.
    figure(prefix + u"sqlite3_cli_cache64m_rows_per_s"_s, cliCacheRowsPerS, u"rows/s"_s, 0);
    figure(
        prefix + u"bulk_load_ratio_vs_sqlite3_cli_cache64m"_s, r.bulkRowsPerS / cliCacheRowsPerS, u"x"_s, 3);
    figure(prefix + u"db_size_mb"_s, double(QFileInfo(paths.ours).size()) / (1024.0 * 1024.0), u"MB"_s, 1);
    if (keepDir.isEmpty()) {
        // Only ours is needed from here on; free the disk early.
        for (const QString &f :
            {paths.cli, paths.cliCache, paths.contactsCsv, paths.emailsCsv, paths.phonesCsv})
            QFile::remove(f);
    }

    // 2-4. List, sort and search, with the memory high-water mark of just this phase.
    releaseFreeHeap();
    r.peakProcessMb = peakRssMb();
    const bool reset = resetPeakRss();
    if (!reset)
        note(
            u"cannot reset the peak RSS (/proc/self/clear_refs); peak_rss_list_mb includes the load phase"_s);
    note(u"%1RSS before the list phase: %2 MB"_s.arg(prefix, fmt(currentRssMb(), 1)));
    listPhase(paths, contacts, repeat, prefix, r);
    r.peakListMb = peakRssMb();
    r.searchRatio = r.searchModel.p95 / r.searchRaw.p95;
    r.searchByNameRatio = r.searchByName.p95 / r.searchRaw.p95;

    figure(prefix + u"first_page_ms_p50"_s, r.firstPage.p50, u"ms"_s, 3);
    figure(prefix + u"first_page_ms_p95"_s, r.firstPage.p95, u"ms"_s, 3);
    figure(prefix + u"sort_last_name_ms_p50"_s, r.sortLastName.p50, u"ms"_s, 3);
    figure(prefix + u"sort_last_name_ms_p95"_s, r.sortLastName.p95, u"ms"_s, 3);
    figure(prefix + u"sort_email_ms_p50"_s, r.sortEmail.p50, u"ms"_s, 3);
    figure(prefix + u"sort_email_ms_p95"_s, r.sortEmail.p95, u"ms"_s, 3);
    figure(prefix + u"search_ms_p50"_s, r.searchModel.p50, u"ms"_s, 3);
    figure(prefix + u"search_ms_p95"_s, r.searchModel.p95, u"ms"_s, 3);
    figure(prefix + u"raw_fts5_ms_p50"_s, r.searchRaw.p50, u"ms"_s, 3);
    figure(prefix + u"raw_fts5_ms_p95"_s, r.searchRaw.p95, u"ms"_s, 3);
    figure(prefix + u"search_p95_ratio_vs_raw_fts5"_s, r.searchRatio, u"x"_s, 2);
    figure(prefix + u"search_by_name_ms_p50"_s, r.searchByName.p50, u"ms"_s, 3);
    figure(prefix + u"search_by_name_ms_p95"_s, r.searchByName.p95, u"ms"_s, 3);
    figure(prefix + u"search_by_name_p95_ratio_vs_raw_fts5"_s, r.searchByNameRatio, u"x"_s, 2);
    figure(prefix + u"peak_rss_process_mb"_s, r.peakProcessMb, u"MB"_s, 1);
    figure(prefix + u"peak_rss_list_mb"_s, r.peakListMb, u"MB"_s, 1);
    return r;
}

QList<qint64> parseSizes(const QString &text, QString *error)
{
    QList<qint64> sizes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        QString s = part.trimmed();
        s.remove(u'_');
        s.remove(u' ');
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (!ok || n < 1) {
            *error = u"not a contact count: %1"_s.arg(part);
            return {};
        }
        sizes << n;
    }
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    if (sizes.isEmpty())
        *error = u"no contact counts given"_s;
    return sizes;
}

QString verdict(bool pass)
{
    return pass ? u"PASS"_s : u"FAIL"_s;
}

// ---- leads: the SDR queue and the lead list ------------------------------------------

struct LeadSizeResult
{
    qint64 leads = 0;
    qint64 queued = 0;
    Summary queuePage; // the SDR queue's first page, as the application opens it
    Summary queueRaw; // the same rows by plain SQL on the same connection
    Summary leadPage; // the lead list's first page (newest received first)
    Summary leadByStatus; // the lead list sorted by status
    Summary leadRaw;
};

template<typename F> Summary timeRepeated(int repeat, F &&run, int warmUp = kWarmUp)
{
    std::vector<double> samples;
    for (int i = -warmUp; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        if (i >= 0)
            samples.push_back(elapsedMs(timer));
    }
    return summarize(samples);
}

Summary timeRawQuery(Database &db, const QString &sql, int repeat, int expectedRows, int warmUp = kWarmUp)
{
    QSqlQuery q = db.prepare(sql);
    return timeRepeated(
        repeat,
        [&] {
            Database::exec(q);
            int rows = 0;
            while (q.next())
                ++rows;
            q.finish();
            if (rows != expectedRows)
                fail(u"plain SQL read %1 rows, expected %2: %3"_s.arg(rows).arg(expectedRows).arg(sql));
        },
        warmUp);
}

LeadSizeResult runLeadSize(qint64 leads, int repeat)
{
    LeadSizeResult r;
    r.leads = leads;
    r.queued = std::max<qint64>(1, leads / 100);
    const QString prefix = u"leads%1."_s.arg(leads);
    QTemporaryDir dir(QDir::tempPath() + u"/loopline-bench-leads-XXXXXX"_s);
    if (!dir.isValid())
        fail(u"cannot create a temporary folder: %1"_s.arg(dir.errorString()));
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(dir.path() + u"/leads.db"_s));
    QElapsedTimer load;
    load.start();
    DemoDataGenerator generator(kSeed);
    {
        Transaction tx(*db);
        CompanyStore::BulkWriter companies(*db);
        for (int i = 0; i < 100; ++i)
            companies.add(generator.makeCompany());
        tx.commit();
    }
    generator.fillLeads(*db, leads - r.queued);
    generator.fillQueue(*db, int(r.queued));
    note(u"%1%2 leads (%3 in the SDR queue) generated in %4 s (not a bar)"_s.arg(prefix)
             .arg(leads)
             .arg(r.queued)
             .arg(fmt(elapsedMs(load) / 1000.0, 1)));
    db->run(u"ANALYZE"_s);

    const int pageSize = RecordListModel(*db, ListSpec::sdrQueue()).pageSize();
    const int queueRows = int(std::min<qint64>(r.queued, pageSize));
    r.queuePage = timeRepeated(repeat, [&] {
        RecordListModel queue(*db, ListSpec::sdrQueue());
        if (queue.rowCount() != queueRows)
            fail(u"the SDR queue shows %1 rows, expected %2"_s.arg(queue.rowCount()).arg(queueRows));
    });
    r.queueRaw = timeRawQuery(*db,
        u"SELECT id, sla_due_at, first_name, last_name, company_name, source_id, campaign, received_at FROM "
        u"leads "
        "WHERE status = 'new' AND handoff = 'queue' ORDER BY sla_due_at, seq LIMIT %1"_s.arg(pageSize),
        repeat, queueRows);
    const int leadRows = int(std::min<qint64>(leads, pageSize));
    r.leadPage = timeRepeated(repeat, [&] {
        RecordListModel list(*db, ListSpec::leads());
        if (list.rowCount() != leadRows)
            fail(u"the lead list shows %1 rows, expected %2"_s.arg(list.rowCount()).arg(leadRows));
    });
    RecordListModel byStatus(*db, ListSpec::leads());
    bool ascending = true;
    r.leadByStatus = timeRepeated(repeat, [&] {
        byStatus.sort(3, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
    });
    r.leadRaw = timeRawQuery(*db,
        u"SELECT id, first_name, last_name, company_name, source_id, status, temperature, owner, received_at "
        "FROM leads ORDER BY received_at DESC, seq DESC LIMIT %1"_s.arg(pageSize),
        repeat, leadRows);

    const struct
    {
        const char *name;
        const Summary &summary;
    } figures[] = {{"sdr_queue_first_page", r.queuePage}, {"sdr_queue_plain_sql", r.queueRaw},
        {"lead_list_first_page", r.leadPage}, {"lead_list_sort_status", r.leadByStatus},
        {"lead_list_plain_sql", r.leadRaw}};
    for (const auto &f : figures) {
        figure(prefix + QString::fromLatin1(f.name) + u"_ms_p50"_s, f.summary.p50, u"ms"_s, 3);
        figure(prefix + QString::fromLatin1(f.name) + u"_ms_p95"_s, f.summary.p95, u"ms"_s, 3);
    }
    return r;
}

void reportLeadBars(const std::vector<LeadSizeResult> &results)
{
    const LeadSizeResult &small = results.front();
    const LeadSizeResult &large = results.back();
    const double queue = large.queuePage.p50 / small.queuePage.p50;
    const double list = large.leadPage.p50 / small.leadPage.p50;
    printLine(u"bar.sdr_queue_largest_le_1.5x_smallest = %1 (%2x: %3 ms at %4 leads, %5 ms at %6)"_s
                  .arg(verdict(queue <= 1.5), fmt(queue, 2), fmt(large.queuePage.p50))
                  .arg(large.leads)
                  .arg(fmt(small.queuePage.p50))
                  .arg(small.leads));
    printLine(u"bar.lead_list_largest_le_1.5x_smallest = %1 (%2x: %3 ms at %4 leads, %5 ms at %6)"_s
                  .arg(verdict(list <= 1.5), fmt(list, 2), fmt(large.leadPage.p50))
                  .arg(large.leads)
                  .arg(fmt(small.leadPage.p50))
                  .arg(small.leads));
    for (const LeadSizeResult &r : results)
        note(u"leads%1: the queue's first page is %2x its plain SQL, the lead list's %3x"_s.arg(r.leads).arg(
            fmt(r.queuePage.p50 / r.queueRaw.p50, 2), fmt(r.leadPage.p50 / r.leadRaw.p50, 2)));
}

// ---- the deal board ---------------------------------------------------------------------

struct BoardSizeResult
{
    qint64 deals = 0;
    Summary open; // column totals and the first page of every column, as the board opens
    Summary filtered; // the same with an owner filter (totals from the deals themselves)
    Summary totalsRaw; // plain SQL: the GROUP BY over the open deals the totals replace
};

BoardSizeResult runBoardSize(qint64 deals, int repeat)
{
    BoardSizeResult r;
    r.deals = deals;
    const QString prefix = u"board%1."_s.arg(deals);
    QTemporaryDir dir(QDir::tempPath() + u"/loopline-bench-board-XXXXXX"_s);
    if (!dir.isValid())
        fail(u"cannot create a temporary folder: %1"_s.arg(dir.errorString()));
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(dir.path() + u"/board.db"_s));
    QElapsedTimer load;
    load.start();
    DemoDataGenerator generator(kSeed);
    {
        Transaction tx(*db);
        CompanyStore::BulkWriter companies(*db);
        for (int i = 0; i < 200; ++i)
            companies.add(generator.makeCompany());
        tx.commit();
    }
    for (qint64 start = 0; start < deals; start += 5000) {
        Transaction tx(*db);
        DealStore::BulkWriter writer(*db);
        for (qint64 i = start; i < std::min(deals, start + 5000); ++i) {
            Deal deal = generator.makeDeal({});
            deal.status = DealStatus::Open;
            writer.add(deal);
        }
        tx.commit();
    }
    CurrencyRates rates(*db);
    rates.setRate(u"USD"_s, 0.92);
    rates.setRate(u"GBP"_s, 1.17);
    rates.setRate(u"RUB"_s, 0.0098);
    rates.setRate(u"UAH"_s, 0.022);
    db->run(u"ANALYZE"_s);
    note(u"%1%2 open deals generated in %3 s (not a bar)"_s.arg(prefix).arg(deals).arg(
        fmt(elapsedMs(load) / 1000.0, 1)));

    const auto openBoard = [&](const BoardFilter &filter) {
        BoardQuery query(*db);
        query.setFilter(filter);
        const QList<BoardColumn> columns = query.columns();
        qint64 shown = 0;
        qint64 total = 0;
        for (const BoardColumn &c : columns) {
            shown += query.cards(c.stage.id, nullptr, 30).size();
            total += c.count;
        }
        return std::pair {total, shown};
    };
    const auto [total, shown] = openBoard(BoardFilter());
    if (total != deals || shown != std::min<qint64>(deals, 5 * 30))
        fail(u"the board shows %1 deals with %2 cards, expected %3"_s.arg(total).arg(shown).arg(deals));
    r.open = timeRepeated(repeat, [&] { openBoard(BoardFilter()); });
    BoardFilter owner;
    owner.owner = u"anna"_s;
    r.filtered = timeRepeated(repeat, [&] { openBoard(owner); });
    r.totalsRaw = timeRawQuery(*db,
        u"SELECT stage_id, COUNT(*), SUM(value_minor) FROM deals WHERE status = 'open' GROUP BY stage_id"_s,
        repeat, 5);
    figure(prefix + u"board_open_ms_p50"_s, r.open.p50, u"ms"_s, 3);
    figure(prefix + u"board_open_ms_p95"_s, r.open.p95, u"ms"_s, 3);
    figure(prefix + u"board_owner_filter_ms_p50"_s, r.filtered.p50, u"ms"_s, 3);
    figure(prefix + u"plain_group_by_ms_p50"_s, r.totalsRaw.p50, u"ms"_s, 3);
    return r;
}

// ---- reports at a million deals -------------------------------------------------------

// The named figures of one report, as the report returned them and as its bare SQL
// computed them; both must agree. Keys: "value…" are money (compared to 1e-9 relative),
// "avg…" averages the report rounds to whole milliseconds, "months…" averages of months;
// all others are counts and must be equal.
using Totals = std::map<QString, double>;

struct ReportFigure
{
    QString name;
    Summary report;
    Summary bare;
    double ratio = 0;
};

struct ReportsSizeResult
{
    qint64 deals = 0;
    std::vector<ReportFigure> figures;
    double firstPaintMs = -1;
    double refreshMs = -1;
};

// ((column * prime) % 1000003): a reproducible spread of a row number, so the
// generated data needs no random() and no C++ loop over rows.
QString spread(const QString &column, int prime)
{
    return u"((%1 * %2) % 1000003)"_s.arg(column).arg(prime);
}

// CASE over an integer expression picking values[expr % size] as a text literal.
QString pickText(const QString &expression, const QStringList &values)
{
    QString sql = u"CASE (%1) % %2"_s.arg(expression).arg(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString quoted = values.at(i);
        quoted.replace(u"'"_s, u"''"_s);
        sql += u" WHEN %1 THEN '%2'"_s.arg(i).arg(quoted);
    }
    return sql + u" END"_s;
}

QStringList column0(Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q = db.run(sql);
    while (q.next())
        values << q.value(0).toString();
    return values;
}

std::vector<QVariantList> fetchRows(Database &db, const QString &sql)
{
    QSqlQuery q = db.run(sql);
    const int columns = q.record().count();
    std::vector<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        rows.push_back(row);
    }
    return rows;
}

bool hasTable(Database &db, const QString &table)
{
    return db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table})
               .toInt()
        > 0;
}

const QStringList &benchOwners()
{
    static const QStringList owners
        = {u"anna"_s, u"dmytro"_s, u"sergey"_s, u"emily"_s, u"oksana"_s, u"james"_s, u"irina"_s, u"tomas"_s};
    return owners;
}

// Fills `db` with `deals` deals, about 85 % of them closed over the last twelve months
// (35 % of those won), with stage history, competitors, campaigns, leads and collateral.
// The deals go through DealStore::BulkWriter; everything else is set-based SQL.
void fillReportsData(Database &db, qint64 deals, const QString &label)
{
    QElapsedTimer step;
    const auto done = [&](const QString &what) {
        note(u"%1: %2 in %3 s"_s.arg(label, what, fmt(elapsedMs(step) / 1000.0, 1)));
        step.start();
    };
    step.start();
    const BulkWriteScope bulk(db); // the 64 MiB page cache for the whole fill
    DemoDataGenerator generator(kSeed);
    {
        Transaction tx(db);
        CompanyStore::BulkWriter companies(db);
        for (int i = 0; i < 200; ++i)
            companies.add(generator.makeCompany());
        tx.commit();
    }
    // Owners and segments are set here, not by an UPDATE afterwards: changing deals.owner
    // fires the deals_fts trigger for every row.
    static const QStringList segments
        = {u"Enterprise"_s, u"Mid-market"_s, u"Small business"_s, u"Public sector"_s};
    for (qint64 start = 0; start < deals; start += 5000) {
        Transaction tx(db);
        DealStore::BulkWriter writer(db);
        for (qint64 i = start; i < std::min(deals, start + 5000); ++i) {
            Deal deal = generator.makeDeal({});
            deal.status = DealStatus::Open;
            deal.closedAt = {};
            deal.lostReasonId.clear();
            deal.wonByCompetitorId.clear();
            deal.owner = benchOwners().at(int((quint64(i) * 2654435761ULL >> 8) % 8));
            deal.segment = segments.at(int((quint64(i) * 40503ULL >> 4) % 4));
            writer.add(deal);
        }
        tx.commit();
    }
    done(u"%1 open deals written by DealStore::BulkWriter"_s.arg(deals));

    CompetitorStore competitorStore(db);
    QStringList competitors;
    for (const QString &name :
        {u"Northwind CRM"_s, u"Salesfolk"_s, u"HubBay"_s, u"Pipewise"_s, u"Bitrate 24"_s, u"Amo Sales"_s}) {
        Competitor c;
        c.name = name;
        competitors << competitorStore.create(c);
    }
    QStringList reasons;
    int competitorReason = -1;
    {
        QSqlQuery q = db.run(u"SELECT id, needs_competitor FROM loss_reasons ORDER BY position, id"_s);
        while (q.next()) {
            if (q.value(1).toInt() != 0 && competitorReason < 0)
                competitorReason = int(reasons.size());
            reasons << q.value(0).toString();
        }
    }
    if (reasons.isEmpty())
        fail(u"no loss reasons in a new database"_s);

    // Close 85 % of the deals: 35 % of those won, the rest lost for one of the reasons
    // (and, for the competitor reason, won by a competitor); closed over the last 365 days,
    // created 5-94 days before closing.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString won = spread(u"seq"_s, 104729) + u" % 100 < 35"_s;
    const QString closedAt = u"(%1 - 1 - %2 * 31536)"_s.arg(now).arg(spread(u"seq"_s, 15485863));
    const QString reason = spread(u"seq"_s, 7907);
    db.run(
        u"UPDATE deals SET status = CASE WHEN %1 THEN 'won' ELSE 'lost' END, closed_at = %2, updated_at = "
        u"%2, "
        "created_at = %2 - (5 + %3 % 90) * 86400000, "
        "lost_reason_id = CASE WHEN %1 THEN NULL ELSE %4 END, "
        "won_by_competitor_id = CASE WHEN NOT (%1) AND %5 % %6 = %7 THEN %8 END "
        "WHERE %9 % 100 < 85"_s.arg(won, closedAt, spread(u"seq"_s, 31337), pickText(reason, reasons), reason)
            .arg(reasons.size())
            .arg(competitorReason)
            .arg(pickText(spread(u"seq"_s, 6007), competitors), spread(u"seq"_s, 7919)));
    done(u"deals closed (one UPDATE)"_s);

    // Stage history: the bulk writer recorded each deal entering its current stage; add the
    // stages before it, so a deal at the n-th stage of the default pipeline reached n stages.
    db.run(u"INSERT INTO deal_stage_history (id, deal_id, from_stage, to_stage, at, author) "
           "SELECT 'h' || d.seq || '.' || s.position, d.id, COALESCE(p.id, ''), s.id, "
           "d.created_at + (s.position - 1) * 86400000, d.owner "
           "FROM deals d JOIN deal_stages cur ON cur.id = d.stage_id "
           "JOIN deal_stages s ON s.pipeline_id = 'default' AND s.position < cur.position "
           "LEFT JOIN deal_stages p ON p.pipeline_id = 'default' AND p.position = s.position - 1"_s);
    done(u"stage history"_s);

    // Competitors listed on 30 % of the deals, a second one on 5 %.
    const QString first = spread(u"seq"_s, 6151);
    db.run(u"INSERT OR IGNORE INTO deal_competitors (deal_id, competitor_id) SELECT id, %1 FROM deals "
           "WHERE %2 % 100 < 30"_s.arg(pickText(first, competitors), spread(u"seq"_s, 9973)));
    db.run(u"INSERT OR IGNORE INTO deal_competitors (deal_id, competitor_id) SELECT id, %1 FROM deals "
           "WHERE %2 % 100 < 5"_s.arg(
               pickText(
                   u"%1 % %2 + 1 + seq % %3"_s.arg(first).arg(competitors.size()).arg(competitors.size() - 1),
                   competitors),
               spread(u"seq"_s, 9973)));
    done(u"deal competitors"_s);

    // Campaigns: three running in the period (one undated), one that ended before it.
    const QDate today = QDate::currentDate();
    struct CampaignRow
    {
        QString name;
        QString kind;
        QString startsOn;
        QString endsOn;
        QString currency;
        qint64 budget;
        QVariant actual;
    };
    const CampaignRow campaignRows[] = {
        {u"Spring webinars"_s, u"campaign"_s, today.addDays(-300).toString(Qt::ISODate),
            today.addDays(-200).toString(Qt::ISODate), u"EUR"_s, 1'500'000, qint64(1'380'000)},
        {u"Retail Expo"_s, u"event"_s, today.addDays(-120).toString(Qt::ISODate),
            today.addDays(-118).toString(Qt::ISODate), u"USD"_s, 4'000'000, QVariant()},
        {u"Search ads"_s, u"campaign"_s, QString(), QString(), u"EUR"_s, 600'000, qint64(655'000)},
        {u"Autumn mailing, last year"_s, u"campaign"_s, today.addDays(-560).toString(Qt::ISODate),
            today.addDays(-500).toString(Qt::ISODate), u"GBP"_s, 300'000, qint64(280'000)},
    };
    QStringList campaigns;
    for (const CampaignRow &c : campaignRows) {
        const QString id = Database::newId();
        db.run(u"INSERT INTO campaigns (id, name, kind, starts_on, ends_on, currency, budget_minor, "
               "actual_cost_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, c.name, c.kind, c.startsOn, c.endsOn, c.currency, c.budget,
                c.actual.isValid() ? c.actual : QVariant(QMetaType::fromType<qint64>()), now, now});
        campaigns << id;
    }
    // Leads: 30 % of the deals came from a converted lead (step 9); another 10 % of the
    // deal count are leads still on their way (steps 1-8), received over the last year.
    // Four leads in five came with a campaign.
    const QStringList sources = column0(db, u"SELECT id FROM lead_sources ORDER BY position, id"_s);
    static const QStringList sdrs = {u"olena"_s, u"mark"_s, u"ivan"_s, u"sophie"_s};
    QStringList withNone = campaigns;
    withNone << QString();
    const QString campaign = u"NULLIF(%1, '')"_s.arg(pickText(spread(u"d.seq"_s, 3571), withNone));
    db.run(u"INSERT INTO leads (id, source_id, received_at, sla_due_at, created_at, updated_at, owner, sdr, "
           "status, max_step, handoff, first_response_at, first_response_ms, mql_at, sql_at, sal_at, "
           "converted_at, "
           "campaign_id, deal_id, segment, company_id) "
           "SELECT 'l' || seq, src, r, r + 7200000, r, r, owner, sdr, 'converted', 9, 'sales', r + fr, fr, "
           "r + 86400000, r + 2 * 86400000, r + 3 * 86400000, created_at, cmp, id, segment, company_id FROM ("
           "SELECT d.seq, d.id, d.owner, d.segment, d.company_id, d.created_at, "
           "d.created_at - (4 + %1 % 20) * 86400000 AS r, (%2 % 240) * 60000 AS fr, %3 AS src, %4 AS sdr, "
           "%5 AS cmp FROM deals d WHERE %6 % 100 < 30)"_s.arg(spread(u"d.seq"_s, 2131),
               spread(u"d.seq"_s, 5171), pickText(spread(u"d.seq"_s, 4001), sources),
               pickText(spread(u"d.seq"_s, 1409), sdrs), campaign, spread(u"d.seq"_s, 7411)));
    QStringList stepKeys;
    for (int s = 1; s <= 8; ++s) {
        for (LeadStatus status : LeadLifecycle::allStatuses()) {
            if (LeadLifecycle::step(status) == s)
                stepKeys << LeadLifecycle::key(status);
        }
    }
    db.run(
        u"INSERT INTO leads (id, source_id, received_at, sla_due_at, created_at, updated_at, owner, sdr, "
        "status, max_step, handoff, first_response_at, first_response_ms, mql_at, sql_at, sal_at, "
        "campaign_id, segment) "
        "SELECT 'u' || seq, src, r, r + 7200000, r, r, CASE WHEN step >= 4 THEN owner ELSE '' END, "
        "CASE WHEN step >= 2 THEN sdr ELSE '' END, status, step, "
        "CASE WHEN step = 1 THEN 'queue' ELSE 'sales' END, "
        "CASE WHEN step >= 2 THEN r + fr END, CASE WHEN step >= 2 THEN fr END, "
        "CASE WHEN step >= 3 THEN r + 86400000 END, CASE WHEN step >= 5 THEN r + 2 * 86400000 END, "
        "CASE WHEN step >= 6 THEN r + 3 * 86400000 END, cmp, segment FROM ("
        "SELECT d.seq, d.owner, d.segment, %1 - 1 - %2 * 31536 AS r, (%3 % 240) * 60000 AS fr, "
        "%4 AS src, %5 AS sdr, %6 AS cmp, 1 + %7 % 8 AS step, %8 AS status FROM deals d WHERE %9 % 100 < 10)"_s
            .arg(QString::number(now), spread(u"d.seq"_s, 12553), spread(u"d.seq"_s, 5171),
                pickText(spread(u"d.seq"_s, 4001), sources), pickText(spread(u"d.seq"_s, 1409), sdrs),
                campaign, spread(u"d.seq"_s, 8089), pickText(spread(u"d.seq"_s, 8089), stepKeys),
                spread(u"d.seq"_s, 6113)));
    done(u"campaigns and leads"_s);

    if (hasTable(db, u"collateral"_s) && hasTable(db, u"deal_collateral"_s)) {
        QStringList items;
        const struct
        {
            const char *title;
            const char *kind;
        } collateral[] = {{"Product brochure", "brochure"}, {"Retail case study", "case_study"},
            {"Bank case study", "case_study"}, {"Market research 2026", "research"}, {"Price list", "other"}};
        for (const auto &c : collateral) {
            const QString id = Database::newId();
            db.run(
                u"INSERT INTO collateral (id, title, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                {id, QString::fromLatin1(c.title), QString::fromLatin1(c.kind), now, now});
            items << id;
        }
        // 25 % of the deals were sent one piece, 8 % a second one.
        const QString piece = spread(u"seq"_s, 2003);
        db.run(u"INSERT OR IGNORE INTO deal_collateral (deal_id, collateral_id, sent_at, sent_by) "
               "SELECT id, %1, created_at + 86400000, owner FROM deals WHERE %2 % 100 < 25"_s.arg(
                   pickText(piece, items), spread(u"seq"_s, 3001)));
        db.run(u"INSERT OR IGNORE INTO deal_collateral (deal_id, collateral_id, sent_at, sent_by) "
               "SELECT id, %1, created_at + 2 * 86400000, owner FROM deals WHERE %2 % 100 < 8"_s.arg(
                   pickText(u"%1 + 1 + seq % %2"_s.arg(piece).arg(items.size() - 1), items),
                   spread(u"seq"_s, 3001)));
        done(u"collateral"_s);
    }

    CurrencyRates rates(db);
    rates.setRate(u"USD"_s, 0.92);
    rates.setRate(u"GBP"_s, 1.17);
    rates.setRate(u"RUB"_s, 0.0098);
    rates.setRate(u"UAH"_s, 0.022);
    BonusRates bonus;
    bonus.perConvertedMinor = 5000;
    bonus.perSqlMinor = 1000;
    bonus.perSalMinor = 2000;
    bonus.save(db);
    db.run(u"ANALYZE"_s);
    // Fold the write-ahead log into the database, so the reports read it as a user's would.
    db.run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    done(u"rates, ANALYZE and a WAL checkpoint"_s);
}

// Compares the report's figures with the bare query's; any difference stops the benchmark.
void checkTotals(const QString &name, const Totals &report, const Totals &bare)
{
    for (const auto &[key, value] : bare) {
        if (!report.contains(key))
            fail(u"report %1: the bare SQL has %2 = %3, the report has none"_s.arg(name, key).arg(value));
    }
    for (const auto &[key, value] : report) {
        const auto it = bare.find(key);
        if (it == bare.end())
            fail(u"report %1: %2 = %3, the bare SQL has none"_s.arg(name, key).arg(value));
        const double expected = it->second;
        bool same = value == expected;
        if (key.startsWith(u"value"_s) || key.startsWith(u"months"_s))
            same = std::abs(value - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
        else if (key.startsWith(u"avg"_s))
            same = std::abs(value - expected) <= 0.5 + 1e-6;
        if (!same)
            fail(u"report %1: %2 = %3, the bare SQL computes %4"_s.arg(
                name, key, QString::number(value, 'f', 3), QString::number(expected, 'f', 3)));
    }
}

struct ReportCase
{
    QString name;
    std::function<Totals()> report;
    QString bare;
    std::function<Totals(const std::vector<QVariantList> &rows)> bareTotals;
};

ReportsSizeResult runReportsSize(qint64 deals, int repeat, const QString &keepDir)
{
    ReportsSizeResult r;
    r.deals = deals;
    const QString label = u"reports%1"_s.arg(deals);
    const QString prefix = label + u"."_s;
    std::optional<QTemporaryDir> temp;
    QString dbPath;
    if (keepDir.isEmpty()) {
        temp.emplace(QDir::tempPath() + u"/loopline-bench-reports-XXXXXX"_s);
        if (!temp->isValid())
            fail(u"cannot create a temporary folder: %1"_s.arg(temp->errorString()));
        dbPath = temp->path() + u"/reports.db"_s;
    } else {
        QDir sizeDir(keepDir + u"/reports%1"_s.arg(deals));
        if (sizeDir.exists() && !sizeDir.removeRecursively())
            fail(u"cannot empty %1"_s.arg(sizeDir.path()));
        if (!QDir().mkpath(sizeDir.path()))
            fail(u"cannot create %1"_s.arg(sizeDir.path()));
        dbPath = sizeDir.absolutePath() + u"/reports.db"_s;
    }
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(dbPath));
    QElapsedTimer load;
    load.start();
    fillReportsData(*db, deals, label);
    note(u"%1: %2 deals with their history, competitors, leads and campaigns generated in %3 s (not a bar)"_s
             .arg(label)
             .arg(deals)
             .arg(fmt(elapsedMs(load) / 1000.0, 1)));
    note(u"%1: %2 closed deals, %3 stage history rows, %4 deal competitors, %5 leads, %6 deal collateral; "
         "database %7 MB"_s.arg(label)
             .arg(db->scalar(u"SELECT COUNT(*) FROM deals WHERE status <> 'open'"_s).toLongLong())
             .arg(db->scalar(u"SELECT COUNT(*) FROM deal_stage_history"_s).toLongLong())
             .arg(db->scalar(u"SELECT COUNT(*) FROM deal_competitors"_s).toLongLong())
             .arg(db->scalar(u"SELECT COUNT(*) FROM leads"_s).toLongLong())
             .arg(hasTable(*db, u"deal_collateral"_s)
                     ? db->scalar(u"SELECT COUNT(*) FROM deal_collateral"_s).toLongLong()
                     : 0)
             .arg(fmt(double(QFileInfo(dbPath).size()) / (1024.0 * 1024.0), 1)));

    // The Reports page's default filter: the last twelve months, everything else empty.
    const QDate today = QDate::currentDate();
    ReportFilter filter;
    filter.from = today.addMonths(-12).addDays(1);
    filter.to = today;
    Reports reports(*db);
    reports.setFilter(filter);
    const QString from = QString::number(filter.from.startOfDay().toMSecsSinceEpoch());
    const QString to = QString::number(filter.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    const QString closedIn = u"closed_at >= %1 AND closed_at < %2"_s.arg(from, to);
    const QString closedDealIn = u"d.closed_at >= %1 AND d.closed_at < %2"_s.arg(from, to);
    const QString wonValue = u"SUM(CASE WHEN d.status = 'won' THEN d.value_minor * COALESCE(r.per_base, 1.0) "
                             "ELSE 0 END)"_s;
    if (CurrencyRates(*db).baseCurrency() != u"EUR"_s
        || db->scalar(u"SELECT COUNT(*) FROM currency_rates WHERE "
                      "currency = 'EUR'"_s)
                .toInt()
            != 0)
        fail(u"the bare queries assume the base currency EUR without a rate of its own"_s);

    // Closed deals grouped by one key: the bare query for every win/loss breakdown.
    const auto winLossBare = [&](const QString &key, const QString &join) {
        return u"SELECT %1, SUM(d.status = 'won'), SUM(d.status = 'lost'), %2 FROM deals d %3"
               "LEFT JOIN currency_rates r ON r.currency = d.currency "
               "WHERE d.status IN ('won', 'lost') AND %4 GROUP BY 1"_s.arg(key, wonValue, join, closedDealIn);
    };
    const auto winLossRows = [](const std::vector<QVariantList> &rows) {
        Totals t;
        t[u"groups"_s] = double(rows.size());
        for (const QVariantList &row : rows) {
            const QString key = row[0].toString();
            t[u"won"_s] += row[1].toDouble();
            t[u"lost"_s] += row[2].toDouble();
            t[u"value"_s] += row[3].toDouble();
            t[u"won:"_s + key] = row[1].toDouble();
            t[u"lost:"_s + key] = row[2].toDouble();
        }
        return t;
    };
    const auto winLossGroups = [&](ReportDimension dimension) {
        const QList<WinLossGroup> groups = reports.winLossBy(dimension);
        Totals t;
        t[u"groups"_s] = double(groups.size());
        for (const WinLossGroup &g : groups) {
            t[u"won"_s] += double(g.won);
            t[u"lost"_s] += double(g.lost);
            t[u"value"_s] += g.wonValueMinor;
            t[u"won:"_s + g.key] = double(g.won);
            t[u"lost:"_s + g.key] = double(g.lost);
        }
        return t;
    };

    std::vector<std::pair<QString, int>> stages; // the default pipeline: id, position
    {
        QSqlQuery q = db->run(
            u"SELECT id, position FROM deal_stages WHERE pipeline_id = 'default' ORDER BY position, id"_s);
        while (q.next())
            stages.emplace_back(q.value(0).toString(), q.value(1).toInt());
    }
    const BonusRates bonus = BonusRates::load(*db);

    std::vector<ReportCase> cases;
    cases.push_back({u"win_loss_by_month"_s,
        [&] {
            const QList<WinLossMonth> months = reports.winLossByMonth();
            Totals t;
            t[u"groups"_s] = double(months.size());
            for (const WinLossMonth &m : months) {
                const QString key = m.month.toString(u"yyyy-MM"_s);
                t[u"won"_s] += double(m.won);
                t[u"lost"_s] += double(m.lost);
                t[u"value"_s] += m.wonValueMinor;
                t[u"won:"_s + key] = double(m.won);
                t[u"lost:"_s + key] = double(m.lost);
            }
            return t;
        },
        winLossBare(u"strftime('%Y-%m', d.closed_at / 1000, 'unixepoch')"_s, QString()), winLossRows});
    cases.push_back({u"win_loss_by_owner"_s, [&] { return winLossGroups(ReportDimension::Owner); },
        winLossBare(u"d.owner"_s, QString()), winLossRows});
    cases.push_back({u"win_loss_by_source"_s, [&] { return winLossGroups(ReportDimension::Source); },
        winLossBare(u"COALESCE(l.source_id, '')"_s, u"LEFT JOIN leads l ON l.deal_id = d.id "_s),
        winLossRows});
    cases.push_back({u"win_loss_by_campaign"_s, [&] { return winLossGroups(ReportDimension::Campaign); },
        winLossBare(u"COALESCE(l.campaign_id, '')"_s, u"LEFT JOIN leads l ON l.deal_id = d.id "_s),
        winLossRows});
    cases.push_back({u"win_loss_by_segment"_s, [&] { return winLossGroups(ReportDimension::Segment); },
        winLossBare(u"d.segment"_s, QString()), winLossRows});
    cases.push_back({u"loss_reasons"_s,
        [&] {
            Totals t;
            const QList<LossReasonCount> rows = reports.lossReasons();
            t[u"groups"_s] = double(rows.size());
            for (const LossReasonCount &c : rows) {
                t[u"lost"_s] += double(c.count);
                t[u"lost:"_s + c.reasonId] = double(c.count);
            }
            return t;
        },
        u"SELECT lost_reason_id, COUNT(*) FROM deals WHERE status = 'lost' AND %1 GROUP BY lost_reason_id"_s
            .arg(closedIn),
        [](const std::vector<QVariantList> &rows) {
            Totals t;
            t[u"groups"_s] = double(rows.size());
            for (const QVariantList &row : rows) {
                t[u"lost"_s] += row[1].toDouble();
                t[u"lost:"_s + row[0].toString()] = row[1].toDouble();
            }
            return t;
        }});
    cases.push_back({u"competitors"_s,
        [&] {
            Totals t;
            const QList<CompetitorStats> rows = reports.competitors();
            t[u"groups"_s] = double(rows.size());
            for (const CompetitorStats &c : rows) {
                t[u"closed:"_s + c.competitorId] = double(c.closedDeals);
                t[u"won:"_s + c.competitorId] = double(c.won);
                t[u"lost_to:"_s + c.competitorId] = double(c.lostTo);
                t[u"closed"_s] += double(c.closedDeals);
            }
            return t;
        },
        u"SELECT x.competitor_id, COUNT(*), SUM(d.status = 'won'), "
        "SUM(d.status = 'lost' AND d.won_by_competitor_id = x.competitor_id) "
        "FROM (SELECT deal_id, competitor_id FROM deal_competitors "
        "UNION SELECT id, won_by_competitor_id FROM deals WHERE won_by_competitor_id IS NOT NULL) x "
        "JOIN deals d ON d.id = x.deal_id WHERE d.status IN ('won', 'lost') AND %1 GROUP BY x.competitor_id"_s
            .arg(closedDealIn),
        [](const std::vector<QVariantList> &rows) {
            Totals t;
            t[u"groups"_s] = double(rows.size());
            for (const QVariantList &row : rows) {
                const QString id = row[0].toString();
                t[u"closed:"_s + id] = row[1].toDouble();
                t[u"won:"_s + id] = row[2].toDouble();
                t[u"lost_to:"_s + id] = row[3].toDouble();
                t[u"closed"_s] += row[1].toDouble();
            }
            return t;
        }});
    cases.push_back({u"lead_funnel"_s,
        [&] {
            Totals t;
            const QList<FunnelStep> steps = reports.leadFunnel();
            for (qsizetype i = 0; i < steps.size(); ++i)
                t[u"step%1"_s.arg(i + 1)] = double(steps[i].count);
            return t;
        },
        u"SELECT max_step, COUNT(*) FROM leads WHERE received_at >= %1 AND received_at < %2 GROUP BY max_step"_s
            .arg(from, to),
        [](const std::vector<QVariantList> &rows) {
            Totals t;
            for (int step = 1; step <= 9; ++step) {
                double n = 0;
                for (const QVariantList &row : rows) {
                    if (row[0].toInt() >= step)
                        n += row[1].toDouble();
                }
                t[u"step%1"_s.arg(step)] = n;
            }
            return t;
        }});
    cases.push_back({u"deal_funnel"_s,
        [&] {
            Totals t;
            for (const FunnelStep &s : reports.dealFunnel())
                t[u"reached:"_s + s.key] = double(s.count);
            return t;
        },
        u"SELECT top, COUNT(*), SUM(status = 'won') FROM (SELECT d.status, MAX(s.position) AS top "
        "FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id JOIN deal_stages s ON s.id = h.to_stage "
        "WHERE d.created_at >= %1 AND d.created_at < %2 GROUP BY d.id) GROUP BY top"_s.arg(from, to),
        [&](const std::vector<QVariantList> &rows) {
            Totals t;
            for (const auto &[id, position] : stages) {
                double n = 0;
                for (const QVariantList &row : rows) {
                    if (row[0].toInt() >= position)
                        n += row[1].toDouble();
                }
                t[u"reached:"_s + id] = n;
            }
            double wonDeals = 0;
            for (const QVariantList &row : rows)
                wonDeals += row[2].toDouble();
            t[u"reached:won"_s] = wonDeals;
            return t;
        }});
    cases.push_back({u"campaign_results"_s,
        [&] {
            Totals t;
            const QList<CampaignResult> rows = reports.campaignResults();
            t[u"groups"_s] = double(rows.size());
            for (const CampaignResult &c : rows) {
                t[u"leads:"_s + c.campaignId] = double(c.leads);
                t[u"won:"_s + c.campaignId] = double(c.won);
                t[u"value:"_s + c.campaignId] = c.revenueMinor;
            }
            return t;
        },
        u"SELECT l.campaign_id, COUNT(*), SUM(d.status = 'won'), %1 FROM leads l "
        "LEFT JOIN deals d ON d.id = l.deal_id LEFT JOIN currency_rates r ON r.currency = d.currency "
        "WHERE l.campaign_id IN (SELECT id FROM campaigns WHERE (starts_on = '' OR starts_on <= '%2') "
        "AND (ends_on = '' OR ends_on >= '%3')) GROUP BY l.campaign_id"_s.arg(
            wonValue, filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)),
        [](const std::vector<QVariantList> &rows) {
            Totals t;
            t[u"groups"_s] = double(rows.size());
            for (const QVariantList &row : rows) {
                const QString id = row[0].toString();
                t[u"leads:"_s + id] = row[1].toDouble();
                t[u"won:"_s + id] = row[2].toDouble();
                t[u"value:"_s + id] = row[3].toDouble();
            }
            return t;
        }});
    const auto in = [&](const QString &column) { return u"(%1 >= %2 AND %1 < %3)"_s.arg(column, from, to); };
    cases.push_back({u"sdr_stats"_s,
        [&] {
            Totals t;
            const QList<SdrStats> rows = reports.sdrStats();
            t[u"groups"_s] = double(rows.size());
            for (const SdrStats &s : rows) {
                t[u"taken:"_s + s.sdr] = double(s.taken);
                t[u"within_sla:"_s + s.sdr] = double(s.withinSla);
                t[u"bonus:"_s + s.sdr] = double(s.bonusMinor);
                if (s.averageResponseMs)
                    t[u"avg_ms:"_s + s.sdr] = double(*s.averageResponseMs);
            }
            return t;
        },
        u"SELECT sdr, SUM(%1), SUM(%1 AND first_response_at <= sla_due_at), "
        "AVG(CASE WHEN %1 THEN first_response_ms END), SUM(%2), SUM(%3), SUM(%4) "
        "FROM leads WHERE sdr <> '' GROUP BY sdr"_s.arg(
            in(u"first_response_at"_s), in(u"converted_at"_s), in(u"sql_at"_s), in(u"sal_at"_s)),
        [&](const std::vector<QVariantList> &rows) {
            Totals t;
            t[u"groups"_s] = double(rows.size());
            for (const QVariantList &row : rows) {
                const QString sdr = row[0].toString();
                t[u"taken:"_s + sdr] = row[1].toDouble();
                t[u"within_sla:"_s + sdr] = row[2].toDouble();
                if (!row[3].isNull())
                    t[u"avg_ms:"_s + sdr] = row[3].toDouble();
                t[u"bonus:"_s + sdr] = double(row[4].toLongLong() * bonus.perConvertedMinor
                    + row[5].toLongLong() * bonus.perSqlMinor + row[6].toLongLong() * bonus.perSalMinor);
            }
            return t;
        }});
    const QString monthIndex = u"(CAST(strftime('%Y', closed_at / 1000, 'unixepoch') AS INTEGER) * 12 + "
                               "CAST(strftime('%m', closed_at / 1000, 'unixepoch') AS INTEGER))"_s;
    cases.push_back({u"sales_stats"_s,
        [&] {
            Totals t;
            const QList<SalesStats> rows = reports.salesStats();
            for (const SalesStats &s : rows) {
                t[u"leads:"_s + s.owner] = double(s.leads);
                t[u"converted:"_s + s.owner] = double(s.convertedLeads);
                t[u"won:"_s + s.owner] = double(s.won);
                t[u"lost:"_s + s.owner] = double(s.lost);
                t[u"value:"_s + s.owner] = s.wonValueMinor;
                if (s.averageCustomerMonths)
                    t[u"months:"_s + s.owner] = *s.averageCustomerMonths;
            }
            return t;
        },
        u"SELECT 'l', owner, COUNT(*), SUM(converted_at IS NOT NULL), 0 FROM leads "
        "WHERE owner <> '' AND received_at >= %1 AND received_at < %2 GROUP BY owner "
        "UNION ALL SELECT 'd', d.owner, SUM(d.status = 'won'), SUM(d.status = 'lost'), %3 FROM deals d "
        "LEFT JOIN currency_rates r ON r.currency = d.currency "
        "WHERE d.status IN ('won', 'lost') AND %4 GROUP BY d.owner "
        "UNION ALL SELECT 'c', owner, AVG(span), 0, 0 FROM (SELECT owner, MAX(%5) - MIN(%5) + 1 AS span "
        "FROM deals WHERE status = 'won' AND company_id IS NOT NULL AND closed_at < %2 "
        "GROUP BY owner, company_id) GROUP BY owner"_s.arg(from, to, wonValue, closedDealIn, monthIndex),
        [](const std::vector<QVariantList> &rows) {
            Totals t;
            for (const QVariantList &row : rows) {
                const QString kind = row[0].toString();
                const QString owner = row[1].toString();
                if (kind == u"l"_s) {
                    t[u"leads:"_s + owner] = row[2].toDouble();
                    t[u"converted:"_s + owner] = row[3].toDouble();
                } else if (kind == u"d"_s) {
                    t[u"won:"_s + owner] = row[2].toDouble();
                    t[u"lost:"_s + owner] = row[3].toDouble();
                    t[u"value:"_s + owner] = row[4].toDouble();
                } else {
                    t[u"months:"_s + owner] = row[2].toDouble();
                }
            }
            // The report lists every owner with leads or deals, zeros included.
            for (const QVariantList &row : rows) {
                const QString owner = row[1].toString();
                for (const char *k : {"leads:", "converted:", "won:", "lost:", "value:"})
                    t.try_emplace(QString::fromLatin1(k) + owner, 0.0);
            }
            return t;
        }});
    if (hasTable(*db, u"collateral"_s) && hasTable(*db, u"deal_collateral"_s)) {
        cases.push_back({u"collateral"_s,
            [&] {
                Totals t;
                const QList<CollateralStats> rows = reports.collateral();
                t[u"groups"_s] = double(rows.size());
                for (const CollateralStats &c : rows) {
                    t[u"with:"_s + c.collateralId] = double(c.closedWith);
                    t[u"won_with:"_s + c.collateralId] = double(c.wonWith);
                    t[u"without:"_s + c.collateralId] = double(c.closedWithout);
                    t[u"won_without:"_s + c.collateralId] = double(c.wonWithout);
                }
                return t;
            },
            u"SELECT dc.collateral_id, COUNT(*), SUM(d.status = 'won') FROM deal_collateral dc "
            "JOIN deals d ON d.id = dc.deal_id WHERE d.status IN ('won', 'lost') AND %1 GROUP BY "
            "dc.collateral_id "
            "UNION ALL SELECT NULL, COUNT(*), SUM(status = 'won') FROM deals "
            "WHERE status IN ('won', 'lost') AND %2"_s.arg(closedDealIn, closedIn),
            [](const std::vector<QVariantList> &rows) {
                Totals t;
                double closed = 0;
                double wonDeals = 0;
                for (const QVariantList &row : rows) {
                    if (row[0].isNull()) {
                        closed = row[1].toDouble();
                        wonDeals = row[2].toDouble();
                    }
                }
                t[u"groups"_s] = double(rows.size() - 1);
                for (const QVariantList &row : rows) {
                    if (row[0].isNull())
                        continue;
                    const QString id = row[0].toString();
                    t[u"with:"_s + id] = row[1].toDouble();
                    t[u"won_with:"_s + id] = row[2].toDouble();
                    t[u"without:"_s + id] = closed - row[1].toDouble();
                    t[u"won_without:"_s + id] = wonDeals - row[2].toDouble();
                }
                return t;
            }});
    } else {
        note(u"%1: collateral: no collateral tables in this schema, skipped"_s.arg(label));
    }

    // Each report once, checked against its bare query (this also warms the cache); then
    // `repeat` timed runs of each, the report and its bare query taking turns (and turns at
    // going first), so a build starting on the machine halfway slows both alike. Both sides
    // prepare their statement on every run, as Reports does.
    for (const ReportCase &c : cases) {
        const Totals reported = c.report();
        const std::vector<QVariantList> rows = fetchRows(*db, c.bare);
        const Totals computed = c.bareTotals(rows);
        checkTotals(c.name, reported, computed);
        QStringList shown;
        for (const QString &key :
            {u"groups"_s, u"won"_s, u"lost"_s, u"closed"_s, u"step1"_s, u"step9"_s, u"reached:won"_s}) {
            if (computed.contains(key))
                shown << u"%1 %2"_s.arg(key).arg(computed.at(key), 0, 'f', 0);
        }
        note(u"%1: %2: %3 figures agree with the bare SQL (%4 rows%5%6)"_s.arg(label, c.name)
                 .arg(computed.size())
                 .arg(rows.size())
                 .arg(shown.isEmpty() ? QString() : u"; "_s, shown.join(u", "_s)));

        ReportFigure f;
        f.name = c.name;
        size_t sink = 0;
        std::vector<double> reportMs;
        std::vector<double> bareMs;
        for (int i = 0; i < repeat; ++i) {
            for (const bool report : {i % 2 == 0, i % 2 != 0}) {
                if (report)
                    reportMs.push_back(timeRepeated(
                        1, [&] { sink += c.report().size(); }, 0)
                                           .p50);
                else
                    bareMs.push_back(timeRawQuery(*db, c.bare, 1, int(rows.size()), 0).p50);
            }
        }
        f.report = summarize(reportMs);
        f.bare = summarize(bareMs);
        if (sink == 0)
            note(u"%1: %2: the report returned nothing"_s.arg(label, c.name));
        f.ratio = f.report.p50 / f.bare.p50;
        figure(prefix + c.name + u"_ms_p50"_s, f.report.p50, u"ms"_s, 3);
        figure(prefix + c.name + u"_bare_sql_ms_p50"_s, f.bare.p50, u"ms"_s, 3);
        figure(prefix + c.name + u"_ratio_vs_bare_sql"_s, f.ratio, u"x"_s, 2);
        r.figures.push_back(f);
    }

    // The Reports page as a manager opens it: construct, show (showEvent reads every chart
    // of the dashboard), and let the event loop lay out and paint; then a second refresh.
    {
        QElapsedTimer timer;
        timer.start();
        auto page = std::make_unique<ReportsPage>(*db);
        page->resize(1400, 900);
        page->show();
        QCoreApplication::processEvents();
        r.firstPaintMs = elapsedMs(timer);
        timer.start();
        page->refresh();
        QCoreApplication::processEvents();
        r.refreshMs = elapsedMs(timer);
    }
    figure(prefix + u"dashboard_first_paint_ms"_s, r.firstPaintMs, u"ms"_s, 1);
    figure(prefix + u"dashboard_refresh_ms"_s, r.refreshMs, u"ms"_s, 1);
    return r;
}

void reportReportsBars(const std::vector<ReportsSizeResult> &results)
{
    for (const ReportsSizeResult &r : results) {
        for (const ReportFigure &f : r.figures)
            printLine(
                u"bar.reports%1.%2_le_1.5x_bare_sql = %3 (%4x: %5 ms, bare SQL %6 ms)"_s.arg(r.deals).arg(
                    f.name, verdict(f.ratio <= 1.5), fmt(f.ratio, 2), fmt(f.report.p50, 1),
                    fmt(f.bare.p50, 1)));
        note(u"reports%1: dashboard first paint %2 ms, second refresh %3 ms (recorded, not a bar)"_s
                 .arg(r.deals)
                 .arg(fmt(r.firstPaintMs, 1), fmt(r.refreshMs, 1)));
    }
}

// ---- importing a CSV file ----------------------------------------------------------------

// The contacts table's columns in order, as the schema of a fresh database has them: the
// file is written with exactly these, so the shell's .import can load it as it is.
QStringList contactColumns(const QString &databasePath)
{
    PlainConnection db(databasePath);
    QSqlQuery q = db.exec(u"SELECT name FROM pragma_table_info('contacts') ORDER BY cid"_s);
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    if (columns.isEmpty())
        fail(u"the contacts table has no columns in %1"_s.arg(databasePath));
    return columns;
}

// What the importer reads each column as: the names, email, phone, job title, company,
// source, tags and notes; every other column (ids, owner, instants, consent) is ignored.
QList<ImportField> importMapping(const QStringList &columns)
{
    static const std::map<QString, ImportField> fields = {{u"first_name"_s, ImportField::FirstName},
        {u"last_name"_s, ImportField::LastName}, {u"email"_s, ImportField::Email},
        {u"phone"_s, ImportField::Phone}, {u"job_title"_s, ImportField::JobTitle},
        {u"company_name"_s, ImportField::Company}, {u"source"_s, ImportField::Source},
        {u"tags"_s, ImportField::Tags}, {u"notes"_s, ImportField::Notes}};
    QList<ImportField> mapping;
    for (const QString &column : columns) {
        const auto it = fields.find(column);
        mapping << (it == fields.end() ? ImportField::Ignore : it->second);
    }
    return mapping;
}

// The columns the importer fills from the file, compared between the two databases.
const QStringList &importedColumns()
{
    static const QStringList columns = {u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s,
        u"job_title"_s, u"company_name"_s, u"source"_s, u"tags"_s, u"notes"_s};
    return columns;
}

struct ImportFile
{
    qint64 bytes = 0;
    qint64 companies = 0; // distinct company names in the file
    QStringList unknownColumns; // written empty
};

// N contact rows with a header, in the contacts table's column order. Every row has its
// own email (the demo address with ".<seq>" before the @) and phone (+7 916 and seq in
// seven digits, a valid Russian mobile number in E.164), so the importer skips nothing;
// 90 % of the rows name one of the generator's kImportCompanies companies (some of the
// first 1 200 share a name: about 2 550 distinct names). A fifth of the rows have a note,
// some with commas, quotes and line breaks, so both readers meet quoted fields. Each row
// is written as it is generated: memory does not grow with the file.
constexpr int kImportCompanies = 3000;

ImportFile writeImportCsv(const QString &path, const QStringList &columns, qint64 rows)
{
    ImportFile file;
    DemoDataGenerator generator(kSeed);
    QSet<QString> companyNames;
    for (int i = 0; i < kImportCompanies; ++i)
        generator.makeCompany(); // only registers the company with the generator
    static const QStringList notes = {u"Met at the booth, asked for the price list"_s,
        u"Prefers e-mail; \"no calls before 11\""_s, u"Referred by a partner.\nCall back in May"_s,
        u"Budget approved for Q3"_s, u"Wants a demo for the whole team, 12 seats"_s};
    const QSet<QString> known = {u"seq"_s, u"id"_s, u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s,
        u"job_title"_s, u"company_id"_s, u"company_name"_s, u"owner"_s, u"source"_s, u"tags"_s, u"notes"_s,
        u"consent"_s, u"consent_at"_s, u"consent_source"_s, u"consent_text_version"_s, u"created_at"_s,
        u"updated_at"_s, u"segment"_s};
    for (const QString &column : columns) {
        if (!known.contains(column))
            file.unknownColumns << column;
    }

    CsvWriter csv(path);
    for (const QString &column : columns)
        csv.text(column);
    csv.endRow();
    for (qint64 seq = 1; seq <= rows; ++seq) {
        const Contact c = generator.makeContact();
        QString email = c.primaryEmail();
        email.insert(email.indexOf(u'@'), u".%1"_s.arg(seq));
        if (!c.companyName.isEmpty())
            companyNames.insert(c.companyName);
        for (const QString &column : columns) {
            if (column == "seq"_L1)
                csv.number(seq);
            else if (column == "id"_L1)
                csv.text(c.id);
            else if (column == "first_name"_L1)
                csv.text(c.firstName);
            else if (column == "last_name"_L1)
                csv.text(c.lastName);
            else if (column == "email"_L1)
                csv.text(email);
            else if (column == "phone"_L1)
                csv.text(u"+7916%1"_s.arg(seq, 7, 10, QChar(u'0')));
            else if (column == "job_title"_L1)
                csv.text(c.jobTitle);
            else if (column == "company_name"_L1)
                csv.text(c.companyName);
            else if (column == "owner"_L1)
                csv.text(c.owner);
            else if (column == "source"_L1)
                csv.text(c.source);
            else if (column == "tags"_L1)
                csv.text(c.tags.join(u", "_s));
            else if (column == "notes"_L1)
                csv.text(seq % 5 == 0 ? notes.at((seq / 5) % notes.size()) : QString());
            else if (column == "consent"_L1)
                csv.number(0);
            else if (column == "created_at"_L1)
                csv.number(c.createdAt.toMSecsSinceEpoch());
            else if (column == "updated_at"_L1)
                csv.number(c.updatedAt.toMSecsSinceEpoch());
            else
                csv.empty(); // company_id, consent_at (NULL for us; '' for the shell), other text
        }
        csv.endRow();
    }
    csv.flush();
    file.bytes = QFileInfo(path).size();
    file.companies = companyNames.size();
    return file;
}

struct ImportSizeResult
{
    qint64 rows = 0;
    double oursRowsPerS = 0;
    double cliRowsPerS = 0;
    double cliCacheRowsPerS = 0;
    double ratio = 0;
    double peakRssMb = -1;
};

// The shell's .import of the file into the contacts table; it runs the whole file in one
// transaction of its own, as the importer does. cacheKib: as in importWithCli().
SqliteCli::Run importCsvWithCli(
    const SqliteCli &cli, const QString &csvPath, const QString &database, int cacheKib)
{
    QStringList lines;
    if (cacheKib > 0)
        lines << u"PRAGMA cache_size = -%1;"_s.arg(cacheKib);
    lines << u".import --csv --skip 1 \"%1\" contacts"_s.arg(QFileInfo(csvPath).fileName());
    return cli.run(database, lines, QFileInfo(csvPath).absolutePath());
}

// The shell's database and ours must hold the same contacts: every column the importer
// reads from the file compared by seq (both number the rows in file order), one email and
// one phone row per contact, and FTS5 answering alike.
void verifyImport(const QString &ours, const QString &shell, qint64 rows, const ImportFile &file)
{
    PlainConnection db(ours);
    db.exec(u"ATTACH DATABASE ? AS cli"_s, {shell});
    const qint64 oursCount = db.scalar(u"SELECT COUNT(*) FROM main.contacts"_s).toLongLong();
    const qint64 cliCount = db.scalar(u"SELECT COUNT(*) FROM cli.contacts"_s).toLongLong();
    if (oursCount != rows || cliCount != rows)
        fail(u"contacts after the import: ours %1, sqlite3 shell %2, expected %3"_s.arg(oursCount)
                 .arg(cliCount)
                 .arg(rows));
    QStringList same;
    for (const QString &column : importedColumns())
        same << u"a.%1 IS b.%1"_s.arg(column);
    const qint64 equal
        = db.scalar(u"SELECT COUNT(*) FROM main.contacts a JOIN cli.contacts b ON b.seq = a.seq "
                    "WHERE "_s
                + same.join(" AND "_L1))
              .toLongLong();
    if (equal != rows)
        fail(u"%1 of %2 imported contacts differ from the sqlite3 shell's"_s.arg(rows - equal).arg(rows));
    for (const QString &table : {u"contact_emails"_s, u"contact_phones"_s}) {
        const qint64 n = db.scalar(u"SELECT COUNT(*) FROM main.%1"_s.arg(table)).toLongLong();
        if (n != rows)
            fail(u"%1 holds %2 rows after importing %3 contacts"_s.arg(table).arg(n).arg(rows));
    }
    const qint64 companies = db.scalar(u"SELECT COUNT(*) FROM main.companies"_s).toLongLong();
    if (companies != file.companies)
        fail(u"the import made %1 companies; the file names %2"_s.arg(companies).arg(file.companies));
    for (const QString &term : {u"Шевч"_s, u"smi"_s, u"procurement"_s}) {
        const QString match = ListQuery::ftsQuery(term);
        const qint64 a
            = db.scalar(u"SELECT COUNT(*) FROM main.contacts_fts WHERE contacts_fts MATCH ?"_s, {match})
                  .toLongLong();
        const qint64 b
            = db.scalar(u"SELECT COUNT(*) FROM cli.contacts_fts WHERE contacts_fts MATCH ?"_s, {match})
                  .toLongLong();
        if (a != b)
            fail(u"after the import, search for %1 finds %2 contacts in ours, %3 in the sqlite3 shell's"_s
                     .arg(term)
                     .arg(a)
                     .arg(b));
    }
}

ImportSizeResult runImportSize(qint64 rows, const QString &keepDir, const SqliteCli &cli)
{
    ImportSizeResult r;
    r.rows = rows;
    const QString prefix = u"import%1."_s.arg(rows);
    std::optional<QTemporaryDir> temp;
    QString dir;
    if (keepDir.isEmpty()) {
        temp.emplace(QDir::tempPath() + u"/loopline-bench-import-XXXXXX"_s);
        if (!temp->isValid())
            fail(u"cannot create a temporary folder: %1"_s.arg(temp->errorString()));
        dir = temp->path();
    } else {
        QDir sizeDir(keepDir + u"/import%1"_s.arg(rows));
        if (sizeDir.exists() && !sizeDir.removeRecursively())
            fail(u"cannot empty %1"_s.arg(sizeDir.path()));
        if (!QDir().mkpath(sizeDir.path()))
            fail(u"cannot create %1"_s.arg(sizeDir.path()));
        dir = sizeDir.absolutePath();
    }
    const QString csvPath = dir + u"/contacts.csv"_s;
    const QString oursPath = dir + u"/loopline.db"_s;
    const QString cliPath = dir + u"/sqlite3-shell.db"_s;
    const QString cliCachePath = dir + u"/sqlite3-shell-cache64m.db"_s;

    // Three fresh databases with the real schema (indexes, FTS5 table and triggers), closed
    // again: each side opens its own for the import.
    for (const QString &path : {oursPath, cliPath, cliCachePath})
        Database::open(ConnectionSpec::sqlite(path));
    for (const QString &path : {oursPath, cliPath, cliCachePath}) {
        if (QFileInfo::exists(path + u"-wal"_s))
            fail(u"%1 was not closed cleanly"_s.arg(path));
    }

    // 1. The file (not timed).
    const QStringList columns = contactColumns(oursPath);
    QElapsedTimer timer;
    timer.start();
    const ImportFile file = writeImportCsv(csvPath, columns, rows);
    note(u"%1file: %2 rows, %3 columns (%4), %5 companies, %6 MB written in %7 s (not timed)"_s.arg(prefix)
             .arg(rows)
             .arg(columns.size())
             .arg(columns.join(u' '))
             .arg(file.companies)
             .arg(fmt(double(file.bytes) / (1024.0 * 1024.0), 1), fmt(elapsedMs(timer) / 1000.0, 1)));
    if (!file.unknownColumns.isEmpty())
        note(u"%1columns the benchmark does not know, written empty: %2"_s.arg(
            prefix, file.unknownColumns.join(u", "_s)));

    // 2. The baseline: the sqlite3 shell, with its default page cache (the bar) and with
    // the 64 MiB our bulk writers use (like for like).
    const SqliteCli::Run cliRun = importCsvWithCli(cli, csvPath, cliPath, 0);
    r.cliRowsPerS = double(rows) / (cliRun.ms / 1000.0);
    const SqliteCli::Run cacheRun = importCsvWithCli(cli, csvPath, cliCachePath, kBulkCacheKib);
    r.cliCacheRowsPerS = double(rows) / (cacheRun.ms / 1000.0);

    // 3. Ours: ContactImporter::run on the same file, as the import wizard calls it.
    ImportOptions options;
    options.columns = importMapping(columns);
    options.fileLabel = QFileInfo(csvPath).fileName();
    ImportResult result;
    double oursMs = 0;
    double oursCpuMs = 0;
    {
        std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(oursPath));
        QFile input(csvPath);
        if (!input.open(QIODevice::ReadOnly))
            fail(u"cannot read %1: %2"_s.arg(csvPath, input.errorString()));
        const CsvFormat format = CsvReader::sniff(&input);
        if (format.delimiter != ',' || format.encoding != CsvEncoding::Utf8)
            fail(u"the importer reads %1 as %2-separated %3"_s.arg(csvPath,
                CsvReader::delimiterName(format.delimiter), CsvReader::encodingName(format.encoding)));
        // The import's memory alone: what earlier phases freed goes back first.
        releaseFreeHeap();
        if (!resetPeakRss())
            note(u"cannot reset the peak RSS (/proc/self/clear_refs); peak_rss_import_mb includes earlier "
                 "phases"_s);
        const double rssBefore = currentRssMb();
        qint64 progressCalls = 0;
        const double cpu = processCpuMs();
        timer.start();
        result = ContactImporter(*db).run(&input, format, options, [&](qint64) {
            ++progressCalls;
            return true;
        });
        oursMs = elapsedMs(timer);
        oursCpuMs = processCpuMs() - cpu;
        r.peakRssMb = peakRssMb();
        note(u"%1RSS before the import %2 MB; %3 progress calls"_s.arg(prefix, fmt(rssBefore, 1))
                 .arg(progressCalls));
    }
    if (!result.committed() || result.created != rows || result.rejected != 0 || result.skipped != 0
        || result.rows != rows)
        fail(u"the importer read %1 rows of %2: %3 created, %4 skipped, %5 rejected%6%7"_s.arg(result.rows)
                 .arg(rows)
                 .arg(result.created)
                 .arg(result.skipped)
                 .arg(result.rejected)
                 .arg(result.error.isEmpty() ? QString() : u"; "_s + result.error,
                     result.problems.isEmpty() ? QString()
                                               : u"; row %1: %2"_s.arg(result.problems.first().row)
                                                     .arg(result.problems.first().reason)));
    if (result.companiesCreated != file.companies)
        fail(u"the importer made %1 companies; the file names %2"_s.arg(result.companiesCreated)
                 .arg(file.companies));
    verifyImport(oursPath, cliPath, rows, file);
    verifyImport(oursPath, cliCachePath, rows, file);

    r.oursRowsPerS = double(rows) / (oursMs / 1000.0);
    r.ratio = r.oursRowsPerS / r.cliRowsPerS;
    figure(prefix + u"csv_mb"_s, double(file.bytes) / (1024.0 * 1024.0), u"MB"_s, 1);
    figure(prefix + u"import_ms"_s, oursMs, u"ms"_s, 1);
    figure(prefix + u"import_rows_per_s"_s, r.oursRowsPerS, u"rows/s"_s, 0);
    figure(prefix + u"sqlite3_cli_import_ms"_s, cliRun.ms, u"ms"_s, 1);
    figure(prefix + u"sqlite3_cli_rows_per_s"_s, r.cliRowsPerS, u"rows/s"_s, 0);
    figure(prefix + u"import_ratio_vs_sqlite3_cli"_s, r.ratio, u"x"_s, 3);
    // Like for like: the shell with the 64 MiB page cache the importer's bulk writers use.
    figure(prefix + u"sqlite3_cli_cache64m_import_ms"_s, cacheRun.ms, u"ms"_s, 1);
    figure(prefix + u"sqlite3_cli_cache64m_rows_per_s"_s, r.cliCacheRowsPerS, u"rows/s"_s, 0);
    figure(
        prefix + u"import_ratio_vs_sqlite3_cli_cache64m"_s, r.oursRowsPerS / r.cliCacheRowsPerS, u"x"_s, 3);
    // CPU time, which other work on the machine disturbs less than the wall clock. Ours is
    // the process's: the importer reads and maps the file on a second thread, so it can be
    // more than the wall time; the ratio is then the work done, not the time waited.
    figure(prefix + u"import_cpu_ms"_s, oursCpuMs, u"ms"_s, 1);
    if (cliRun.cpuMs > 0) {
        figure(prefix + u"sqlite3_cli_cpu_ms"_s, cliRun.cpuMs, u"ms"_s, 1);
        figure(prefix + u"import_cpu_ratio_vs_sqlite3_cli"_s, cliRun.cpuMs / oursCpuMs, u"x"_s, 3);
    }
    if (cacheRun.cpuMs > 0)
        figure(prefix + u"sqlite3_cli_cache64m_cpu_ms"_s, cacheRun.cpuMs, u"ms"_s, 1);
    figure(prefix + u"peak_rss_import_mb"_s, r.peakRssMb, u"MB"_s, 1);
    figure(prefix + u"db_size_mb"_s, double(QFileInfo(oursPath).size()) / (1024.0 * 1024.0), u"MB"_s, 1);
    figure(prefix + u"sqlite3_cli_db_size_mb"_s, double(QFileInfo(cliPath).size()) / (1024.0 * 1024.0),
        u"MB"_s, 1);
    return r;
}

void reportImportBars(const std::vector<ImportSizeResult> &results)
{
    const ImportSizeResult &small = results.front();
    const ImportSizeResult &large = results.back();
    const double memory = large.peakRssMb / small.peakRssMb;
    note(u"cross-size ratios: import%1 against import%2"_s.arg(large.rows).arg(small.rows));
    figure(u"ratio.import_peak_rss_largest_vs_smallest"_s, memory, u"x"_s, 2);
    note(u"bars"_s);
    for (const ImportSizeResult &r : results)
        printLine(u"bar.import%1.ratio_ge_0.5 = %2 (%3x: %4 rows/s, sqlite3 shell %5 rows/s; %6x its 64 MiB "
                  "cache run)"_s.arg(r.rows)
                      .arg(verdict(r.ratio >= 0.5), fmt(r.ratio, 3), fmt(r.oursRowsPerS, 0),
                          fmt(r.cliRowsPerS, 0), fmt(r.oursRowsPerS / r.cliCacheRowsPerS, 3)));
    printLine(u"bar.import_peak_rss_largest_le_1.5x_smallest = %1 (%2x: %3 MB at %4 rows, %5 MB at %6)"_s
                  .arg(verdict(small.peakRssMb > 0 && memory <= 1.5), fmt(memory, 2), fmt(large.peakRssMb, 1))
                  .arg(large.rows)
                  .arg(fmt(small.peakRssMb, 1))
                  .arg(small.rows));
    if (results.size() == 1)
        note(u"only one size was measured: the memory bar compares it with itself"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    // --reports shows the Reports page, so it needs a QApplication (offscreen unless a
    // platform is chosen); the other modes stay GUI-free.
    bool widgets = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        widgets = widgets || arg == "--reports" || arg.startsWith("--reports=");
    }
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (widgets) {
        // Qt's own messages (the offscreen platform's notices) as context lines, so every
        // line of the output stays a figure, a bar or a "#" line.
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            std::fputs(("# qt: " + message.toUtf8() + "\n").constData(), stderr);
        });
    }
    std::unique_ptr<QCoreApplication> application = widgets ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"loopline-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures Loopline's contact list at growing sizes: bulk load against the sqlite3 shell's "
        ".import, first page, sorting and search against raw FTS5, and peak memory."_s);
    parser.addHelpOption();
    const QCommandLineOption contactsOption(
        u"contacts"_s, u"Comma-separated contact counts."_s, u"N[,N...]"_s, u"10000"_s);
    const QCommandLineOption repeatOption(
        u"repeat"_s, u"Repetitions of each timed list operation."_s, u"R"_s, u"200"_s);
    const QCommandLineOption keepOption(
        u"keep-dir"_s, u"Write the databases and CSV files under DIR/n<N> and keep them."_s, u"DIR"_s);
    const QCommandLineOption cliOption(u"sqlite3"_s, u"The sqlite3 shell to measure against."_s, u"PATH"_s);
    const QCommandLineOption leadsOption(u"leads"_s,
        u"Comma-separated lead counts: measure the SDR queue and the lead list instead of contacts."_s,
        u"N[,N...]"_s);
    const QCommandLineOption dealsOption(u"board"_s,
        u"Comma-separated open-deal counts: measure opening the deal board instead of contacts."_s,
        u"N[,N...]"_s);
    const QCommandLineOption reportsOption(u"reports"_s,
        u"Comma-separated deal counts: time every report against its bare SQL query and the Reports "
        "page's first paint instead of contacts (--repeat defaults to 5 here)."_s,
        u"N[,N...]"_s);
    const QCommandLineOption importOption(u"import"_s,
        u"Comma-separated row counts: import a CSV file of that many contacts with the contact importer "
        "against the sqlite3 shell's .import of the same file, instead of contacts."_s,
        u"N[,N...]"_s);
    const QCommandLineOption syncOption(u"sync"_s,
        u"Comma-separated contact counts: the first download of a replica from a private PostgreSQL server "
        "against psql \\copy of the same table, and an incremental sync of 1000 changes each way."_s,
        u"N[,N...]"_s);
    parser.addOptions({contactsOption, repeatOption, keepOption, cliOption, leadsOption, dealsOption,
        reportsOption, importOption, syncOption});
    parser.process(app);

    QString error;
    if (parser.isSet(syncOption)) {
        const QList<qint64> syncSizes = parseSizes(parser.value(syncOption), &error);
        if (syncSizes.isEmpty()) {
            std::fprintf(stderr, "loopline-bench: %s\n", qPrintable(error));
            return 1;
        }
        note(u"loopline-bench --sync %1, %2, %3, %4 logical CPUs"_s
                 .arg(parser.value(syncOption), QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                     QSysInfo::prettyProductName())
                 .arg(QThread::idealThreadCount()));
        try {
            runSyncBenchmark(syncSizes);
        } catch (const StoreError &e) {
            fail(e.message() + (e.details().isEmpty() ? QString() : u"\n"_s + e.details()));
        } catch (const std::exception &e) {
            fail(QString::fromUtf8(e.what()));
        }
        return 0;
    }
    bool repeatOk = false;
    const int leadRepeat = parser.value(repeatOption).toInt(&repeatOk);
    if (parser.isSet(importOption)) {
        const QList<qint64> importSizes = parseSizes(parser.value(importOption), &error);
        if (importSizes.isEmpty()) {
            std::fprintf(stderr, "loopline-bench: %s\n", qPrintable(error));
            return 1;
        }
        const QString keepDir
            = parser.isSet(keepOption) ? QDir(parser.value(keepOption)).absolutePath() : QString();
        try {
            const SqliteCli cli(parser.value(cliOption));
            QTemporaryDir scratch(QDir::tempPath() + u"/loopline-bench-XXXXXX"_s);
            if (!scratch.isValid())
                fail(u"cannot create a temporary folder: %1"_s.arg(scratch.errorString()));
            selfTestCsv(cli, scratch.path());
            QString sqliteVersion;
            {
                PlainConnection probe(scratch.path() + u"/probe.db"_s);
                sqliteVersion = probe.scalar(u"SELECT sqlite_version()"_s).toString();
            }
            scratch.remove();
            note(u"loopline-bench --import %1, %2, %3"_s.arg(parser.value(importOption),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QSysInfo::prettyProductName()));
#ifdef NDEBUG
            const QString build = u"optimised build (NDEBUG)"_s;
#else
            const QString build = u"DEBUG build: timings are not representative"_s;
#endif
            note(u"%1 logical CPUs, Qt %2, SQLite %3 (QSQLITE), shell %4: %5; %6; CSV self-test passed"_s
                     .arg(QThread::idealThreadCount())
                     .arg(QString::fromLatin1(qVersion()), sqliteVersion, cli.program(), cli.version(),
                         build));
            std::vector<ImportSizeResult> results;
            for (qint64 n : importSizes) {
                note(u"load average before import%1: %2"_s.arg(n).arg(loadAverage()));
                results.push_back(runImportSize(n, keepDir, cli));
            }
            note(u"load average at the end: %1"_s.arg(loadAverage()));
            reportImportBars(results);
        } catch (const StoreError &e) {
            fail(e.message() + (e.details().isEmpty() ? QString() : u"\n"_s + e.details()));
        } catch (const std::exception &e) {
            fail(QString::fromUtf8(e.what()));
        }
        return 0;
    }
    if (parser.isSet(reportsOption)) {
        const QList<qint64> reportSizes = parseSizes(parser.value(reportsOption), &error);
        const int repeat = parser.isSet(repeatOption) ? leadRepeat : 5;
        if (reportSizes.isEmpty() || !repeatOk || repeat < 1) {
            std::fprintf(
                stderr, "loopline-bench: %s\n", qPrintable(error.isEmpty() ? u"bad --repeat"_s : error));
            return 1;
        }
        // The page keeps its dashboard in QSettings: use a scratch folder, so the
        // default dashboard is measured and the user's settings are left alone.
        QTemporaryDir settings(QDir::tempPath() + u"/loopline-bench-settings-XXXXXX"_s);
        if (!settings.isValid())
            fail(u"cannot create a temporary folder: %1"_s.arg(settings.errorString()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        const QString keepDir
            = parser.isSet(keepOption) ? QDir(parser.value(keepOption)).absolutePath() : QString();
        try {
            note(u"loopline-bench --reports %1, %2, %3"_s.arg(parser.value(reportsOption),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QSysInfo::prettyProductName()));
#ifdef NDEBUG
            const QString build = u"optimised build (NDEBUG)"_s;
#else
            const QString build = u"DEBUG build: timings are not representative"_s;
#endif
            note(
                u"%1 logical CPUs, Qt %2, platform %3; %4; --repeat %5 (p50; report and bare SQL alternate)"_s
                    .arg(QThread::idealThreadCount())
                    .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName(), build)
                    .arg(repeat));
            std::vector<ReportsSizeResult> results;
            for (qint64 n : reportSizes) {
                note(u"load average before reports%1: %2"_s.arg(n).arg(loadAverage()));
                results.push_back(runReportsSize(n, repeat, keepDir));
            }
            note(u"load average at the end: %1"_s.arg(loadAverage()));
            note(u"bars"_s);
            reportReportsBars(results);
        } catch (const StoreError &e) {
            fail(e.message() + (e.details().isEmpty() ? QString() : u"\n"_s + e.details()));
        } catch (const std::exception &e) {
            fail(QString::fromUtf8(e.what()));
        }
        return 0;
    }
    if (parser.isSet(dealsOption)) {
        const QList<qint64> boardSizes = parseSizes(parser.value(dealsOption), &error);
        if (boardSizes.isEmpty() || !repeatOk || leadRepeat < 1) {
            std::fprintf(
                stderr, "loopline-bench: %s\n", qPrintable(error.isEmpty() ? u"bad --repeat"_s : error));
            return 1;
        }
        try {
            std::vector<BoardSizeResult> results;
            for (qint64 n : boardSizes)
                results.push_back(runBoardSize(n, leadRepeat));
            const double ratio = results.back().open.p50 / results.front().open.p50;
            note(u"bars"_s);
            printLine(
                u"bar.board_open_largest_le_2x_smallest = %1 (%2x: %3 ms at %4 open deals, %5 ms at %6)"_s
                    .arg(verdict(ratio <= 2.0), fmt(ratio, 2), fmt(results.back().open.p50))
                    .arg(results.back().deals)
                    .arg(fmt(results.front().open.p50))
                    .arg(results.front().deals));
        } catch (const StoreError &e) {
            fail(e.message() + (e.details().isEmpty() ? QString() : u"\n"_s + e.details()));
        }
        return 0;
    }
    if (parser.isSet(leadsOption)) {
        const QList<qint64> leadSizes = parseSizes(parser.value(leadsOption), &error);
        if (leadSizes.isEmpty() || !repeatOk || leadRepeat < 1) {
            std::fprintf(
                stderr, "loopline-bench: %s\n", qPrintable(error.isEmpty() ? u"bad --repeat"_s : error));
            return 1;
        }
        try {
            std::vector<LeadSizeResult> results;
            for (qint64 n : leadSizes) {
                note(u"load average before leads%1: %2"_s.arg(n).arg(loadAverage()));
                results.push_back(runLeadSize(n, leadRepeat));
            }
            note(u"bars"_s);
            reportLeadBars(results);
        } catch (const StoreError &e) {
            fail(e.message() + (e.details().isEmpty() ? QString() : u"\n"_s + e.details()));
        }
        return 0;
    }
    const QList<qint64> sizes = parseSizes(parser.value(contactsOption), &error);
    if (sizes.isEmpty()) {
        std::fprintf(stderr, "loopline-bench: %s\n", error.toUtf8().constData());
        return 1;
    }
    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || repeat < 1) {
        std::fprintf(stderr, "loopline-bench: --repeat needs a positive number\n");
        return 1;
    }
    const QString keepDir
        = parser.isSet(keepOption) ? QDir(parser.value(keepOption)).absolutePath() : QString();

    try {
        const SqliteCli cli(parser.value(cliOption));
        QTemporaryDir scratch(QDir::tempPath() + u"/loopline-bench-XXXXXX"_s);
        if (!scratch.isValid())
            fail(u"cannot create a temporary folder: %1"_s.arg(scratch.errorString()));
        selfTestCsv(cli, scratch.path());
        QString sqliteVersion;
        {
            PlainConnection probe(scratch.path() + u"/probe.db"_s);
            sqliteVersion = probe.scalar(u"SELECT sqlite_version()"_s).toString();
        }
        note(u"loopline-bench %1, %2"_s.arg(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QSysInfo::prettyProductName()));
        note(u"%1 logical CPUs, Qt %2, SQLite %3 (QSQLITE), shell %4: %5"_s.arg(QThread::idealThreadCount())
                 .arg(QString::fromLatin1(qVersion()), sqliteVersion, cli.program(), cli.version()));
#ifdef NDEBUG
        note(u"optimised build (NDEBUG); sizes %1; --repeat %2; CSV self-test passed"_s
                 .arg(parser.value(contactsOption))
                 .arg(repeat));
#else
        note(u"DEBUG build: timings are not representative; sizes %1; --repeat %2"_s
                 .arg(parser.value(contactsOption))
                 .arg(repeat));
#endif
        scratch.remove();

        std::vector<SizeResult> results;
        for (qint64 n : sizes) {
            note(u"load average before n%1: %2"_s.arg(n).arg(loadAverage()));
            results.push_back(runSize(n, repeat, keepDir, cli));
        }
        note(u"load average at the end: %1"_s.arg(loadAverage()));

        const SizeResult &small = results.front();
        const SizeResult &large = results.back();
        const double firstPageRatio = large.firstPage.p50 / small.firstPage.p50;
        const double memoryRatio = large.peakListMb / small.peakListMb;
        note(u"cross-size ratios: n%1 against n%2"_s.arg(large.contacts).arg(small.contacts));
        figure(u"ratio.first_page_largest_vs_smallest"_s, firstPageRatio, u"x"_s, 2);
        figure(u"ratio.peak_rss_list_largest_vs_smallest"_s, memoryRatio, u"x"_s, 2);

        note(u"bars"_s);
        printLine(u"bar.first_page_largest_le_1.5x_smallest = %1 (%2x)"_s.arg(
            verdict(firstPageRatio <= 1.5), fmt(firstPageRatio, 2)));
        for (const SizeResult &r : results)
            printLine(
                u"bar.n%1.search_p95_le_2x_raw_fts5 = %2 (%3x; sorted by name %4x, not a bar)"_s
                    .arg(r.contacts)
                    .arg(verdict(r.searchRatio <= 2.0), fmt(r.searchRatio, 2), fmt(r.searchByNameRatio, 2)));
        printLine(u"bar.peak_rss_list_largest_le_1.5x_smallest = %1 (%2x)"_s.arg(
            verdict(small.peakListMb > 0 && memoryRatio <= 1.5), fmt(memoryRatio, 2)));
        for (const SizeResult &r : results)
            printLine(u"bar.n%1.bulk_load_ge_0.5x_sqlite3_cli = %2 (%3x)"_s.arg(r.contacts)
                          .arg(verdict(r.bulkRatio >= 0.5), fmt(r.bulkRatio, 3)));
        if (results.size() == 1)
            note(u"only one size was measured: the cross-size bars compare it with itself"_s);
    } catch (const StoreError &e) {
        fail(e.message() + (e.details().isEmpty() ? QString() : u"\n"_s + e.details()));
    } catch (const std::exception &e) {
        fail(QString::fromUtf8(e.what()));
    }
    return 0;
}
