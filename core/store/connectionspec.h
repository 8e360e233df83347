#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace loopline {

enum class Dialect { Sqlite, Postgres };

// Where a Loopline database lives: an SQLite file, or a PostgreSQL server given
// as postgresql://user@host:port/dbname[?sslmode=require]. The password is never
// part of the URL we keep; it is asked for (or taken from the keychain/libpq).
struct ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // libpq connect options, e.g. "sslmode=require"

    static ConnectionSpec sqlite(const QString &path);
    // Parses a postgresql:// (or postgres://) URL; on failure returns nullopt and sets *error.
    static std::optional<ConnectionSpec> fromUrl(const QString &url, QString *error);
    // A URL without the password, for titles and logs.
    QString displayName() const;
    // The URL with its options (sslmode...) and without the password: what --server takes.
    QString toUrl() const;
};

} // namespace loopline
