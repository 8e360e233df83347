#include "store/connectionspec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using loopline::ConnectionSpec;
using loopline::Dialect;

// Parsing of postgresql:// server addresses as typed in the connect dialog.
class tst_ConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validUrl_data();
    void validUrl();
    void invalidUrl_data();
    void invalidUrl();
    void nullErrorPointerIsAllowed();
    void displayNameNeverShowsThePassword();
    void sqliteSpec();
};

void tst_ConnectionSpec::validUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::addRow("default port") << u"postgresql://alice@db.example.com/crm"_s << u"db.example.com"_s << 5432
                                  << u"alice"_s << QString() << u"crm"_s << QString();
    QTest::addRow("explicit port") << u"postgresql://alice@db.example.com:6543/crm"_s << u"db.example.com"_s
                                   << 6543 << u"alice"_s << QString() << u"crm"_s << QString();
    QTest::addRow("postgres scheme") << u"postgres://bob@10.0.0.5:5433/loopline"_s << u"10.0.0.5"_s << 5433
                                     << u"bob"_s << QString() << u"loopline"_s << QString();
    QTest::addRow("no user") << u"postgresql://localhost/sales"_s << u"localhost"_s << 5432 << QString()
                             << QString() << u"sales"_s << QString();
    QTest::addRow("sslmode") << u"postgresql://alice@db.example.com/crm?sslmode=require"_s
                             << u"db.example.com"_s << 5432 << u"alice"_s << QString() << u"crm"_s
                             << u"sslmode=require"_s;
    QTest::addRow("two options")
        << u"postgresql://alice@db.example.com/crm?sslmode=verify-full&application_name=loopline"_s
        << u"db.example.com"_s << 5432 << u"alice"_s << QString() << u"crm"_s
        << u"sslmode=verify-full;application_name=loopline"_s;
    QTest::addRow("password") << u"postgresql://carol:s3cret@localhost:5433/sales"_s << u"localhost"_s << 5433
                              << u"carol"_s << u"s3cret"_s << u"sales"_s << QString();
    QTest::addRow("percent-encoded cyrillic user")
        << u"postgresql://%D0%BE%D0%BB%D1%8F@crm.local/crm"_s << u"crm.local"_s << 5432 << u"оля"_s
        << QString() << u"crm"_s << QString();
    QTest::addRow("ipv6 host") << u"postgresql://alice@[::1]:5432/crm"_s << u"::1"_s << 5432 << u"alice"_s
                               << QString() << u"crm"_s << QString();
}

void tst_ConnectionSpec::validUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, options);

    QString error = u"untouched"_s;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::fromUrl(url, &error);
    QVERIFY2(spec.has_value(), qPrintable(error));
    QCOMPARE(error, u"untouched"_s); // success leaves the error alone
    QCOMPARE(spec->dialect, Dialect::Postgres);
    QCOMPARE(spec->host, host);
    QCOMPARE(spec->port, port);
    QCOMPARE(spec->user, user);
    QCOMPARE(spec->password, password);
    QCOMPARE(spec->database, database);
    QCOMPARE(spec->options, options);
    QVERIFY(spec->path.isEmpty());
}

void tst_ConnectionSpec::invalidUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("errorMentions"); // a word the message must contain, or empty

    QTest::addRow("wrong scheme") << u"mysql://alice@db.example.com/crm"_s << u"mysql"_s;
    QTest::addRow("http scheme") << u"http://db.example.com/crm"_s << u"postgresql://"_s;
    QTest::addRow("no scheme") << u"db.example.com/crm"_s << QString();
    QTest::addRow("no database") << u"postgresql://alice@db.example.com"_s << u"database"_s;
    QTest::addRow("empty database") << u"postgresql://alice@db.example.com/"_s << u"database"_s;
    QTest::addRow("database with slash") << u"postgresql://alice@db.example.com/crm/extra"_s << u"database"_s;
    QTest::addRow("no host") << u"postgresql:///crm"_s << u"host"_s;
    QTest::addRow("unknown option") << u"postgresql://alice@db.example.com/crm?sslmode=require&foo=bar"_s
                                    << u"foo"_s;
    QTest::addRow("password as option")
        << u"postgresql://alice@db.example.com/crm?password=x"_s << u"password"_s;
    QTest::addRow("option smuggling a second option")
        << u"postgresql://alice@db.example.com/crm?application_name=x%3Bsslmode%3Ddisable"_s
        << u"application_name"_s;
    QTest::addRow("port out of range") << u"postgresql://alice@db.example.com:99999/crm"_s << QString();
    QTest::addRow("spaces") << u"postgresql://alice@db example.com/crm"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void tst_ConnectionSpec::invalidUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, errorMentions);

    QString error;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::fromUrl(url, &error);
    QVERIFY2(
        !spec.has_value(), qPrintable(u"accepted, database \"%1\""_s.arg(spec ? spec->database : QString())));
    QVERIFY(!error.trimmed().isEmpty());
    if (!errorMentions.isEmpty())
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void tst_ConnectionSpec::nullErrorPointerIsAllowed()
{
    QVERIFY(!ConnectionSpec::fromUrl(u"mysql://h/db"_s, nullptr).has_value());
    QVERIFY(ConnectionSpec::fromUrl(u"postgresql://h/db"_s, nullptr).has_value());
}

void tst_ConnectionSpec::displayNameNeverShowsThePassword()
{
    const auto spec = ConnectionSpec::fromUrl(
        u"postgresql://carol:s3cret@localhost:5433/sales?sslmode=require"_s, nullptr);
    QVERIFY(spec.has_value());
    QCOMPARE(spec->displayName(), u"postgresql://carol@localhost:5433/sales"_s);
    QVERIFY(!spec->displayName().contains(u"s3cret"_s));

    const auto anonymous = ConnectionSpec::fromUrl(u"postgresql://localhost/sales"_s, nullptr);
    QVERIFY(anonymous.has_value());
    QCOMPARE(anonymous->displayName(), u"postgresql://localhost:5432/sales"_s);
}

void tst_ConnectionSpec::sqliteSpec()
{
    const ConnectionSpec spec = ConnectionSpec::sqlite(u"/data/crm.loopline"_s);
    QCOMPARE(spec.dialect, Dialect::Sqlite);
    QCOMPARE(spec.path, u"/data/crm.loopline"_s);
    QCOMPARE(spec.displayName(), u"/data/crm.loopline"_s);
}

QTEST_GUILESS_MAIN(tst_ConnectionSpec)
#include "tst_connectionspec.moc"
