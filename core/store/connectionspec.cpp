#include "connectionspec.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace loopline {

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.path = path;
    return spec;
}

std::optional<ConnectionSpec> ConnectionSpec::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    auto fail = [error](const QString &message) -> std::optional<ConnectionSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!url.isValid())
        return fail(tr("The server address \"%1\" is not a valid URL.").arg(text));
    if (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)
        return fail(tr("The server address must start with postgresql:// (got \"%1\").").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("The server address \"%1\" names no host.").arg(text));
    const QString database = url.path().mid(1);
    if (database.isEmpty() || database.contains(u'/'))
        return fail(tr("The server address \"%1\" must end with /database-name.").arg(text));

    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.password = url.password();
    spec.database = database;
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList allowed = {u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s,
            u"connect_timeout"_s, u"application_name"_s};
        if (!allowed.contains(key))
            return fail(tr("The server address has an unknown option \"%1\".").arg(key));
        if (value.contains(u';') || value.contains(u' ') || value.isEmpty())
            return fail(tr("The server address option \"%1\" has an invalid value \"%2\".").arg(key, value));
        options << key + u'=' + value;
    }
    spec.options = options.join(u';');
    return spec;
}

QString ConnectionSpec::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return path;
    QString name = u"postgresql://"_s;
    if (!user.isEmpty())
        name += user + u'@';
    name += host + u':' + QString::number(port) + u'/' + database;
    return name;
}

QString ConnectionSpec::toUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts))
        query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    url.setQuery(query);
    return url.toString();
}

} // namespace loopline
