// loopline-bench: bulk load, first page, sorting, search and memory of the contact
// list at growing sizes, each against a baseline measured in the same run. See
// docs/benchmarks.md for what each figure means and the bars they are held to.

#include "benchstats.h"
#include "csvwriter.h"
#include "demo/demodata.h"
#include "leads/leadstore.h"
#include "models/recordlistmodel.h"
#include "pipeline/board.h"
#include "pipeline/pipelinestore.h"
#include "procmemory.h"
#include "sqlitecli.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "store/dealstore.h"
#include "store/listquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
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
            u"consent_source"_s, u"consent_text_version"_s, u"created_at"_s, u"updated_at"_s})
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

template<typename F> Summary timeRepeated(int repeat, F &&run)
{
    std::vector<double> samples;
    for (int i = -kWarmUp; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        if (i >= 0)
            samples.push_back(elapsedMs(timer));
    }
    return summarize(samples);
}

Summary timeRawQuery(Database &db, const QString &sql, int repeat, int expectedRows)
{
    QSqlQuery q = db.prepare(sql);
    return timeRepeated(repeat, [&] {
        Database::exec(q);
        int rows = 0;
        while (q.next())
            ++rows;
        q.finish();
        if (rows != expectedRows)
            fail(u"plain SQL read %1 rows, expected %2: %3"_s.arg(rows).arg(expectedRows).arg(sql));
    });
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    parser.addOptions({contactsOption, repeatOption, keepOption, cliOption, leadsOption, dealsOption});
    parser.process(app);

    QString error;
    bool repeatOk = false;
    const int leadRepeat = parser.value(repeatOption).toInt(&repeatOk);
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
