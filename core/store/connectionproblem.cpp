#include "connectionproblem.h"

using namespace Qt::StringLiterals;

namespace loopline {

ConnectionProblem::Kind ConnectionProblem::classify(const StoreError &error)
{
    const QString text = error.message() + u'\n' + error.details();
    const auto has = [&text](const char *needle) {
        return text.contains(QLatin1StringView(needle), Qt::CaseInsensitive);
    };
    if (has("newer version of Loopline"))
        return Kind::SchemaTooNew;
    if (has("older Loopline database"))
        return Kind::SchemaTooOld;
    if (has("password authentication failed") || has("no password supplied") || has("password is missing")
        || has("authentication failed"))
        return Kind::WrongPassword;
    if (has("SSL") || has("certificate") || has("TLS"))
        return Kind::Tls;
    if (has("does not exist") && has("database"))
        return Kind::NoDatabase;
    if (has("Connection refused") || has("could not connect") || has("timeout expired")
        || has("No route to host") || has("could not translate host name") || has("Network is unreachable")
        || has("server closed the connection"))
        return Kind::Unreachable;
    return Kind::Other;
}

QString ConnectionProblem::explain(const StoreError &error, const ConnectionSpec &spec)
{
    const QString server = u"%1:%2"_s.arg(spec.host).arg(spec.port);
    switch (classify(error)) {
    case Kind::WrongPassword:
        return tr("The server %1 did not accept the user name \"%2\" with that password.")
            .arg(server, spec.user);
    case Kind::Unreachable:
        return tr("The server %1 does not answer. Check the host name and port, and that you are online; "
                  "on a laptop you can go on working on your replica.")
            .arg(server);
    case Kind::Tls:
        return tr("A secure (TLS) connection to %1 could not be made: the server does not offer TLS, or its "
                  "certificate does not match the CA file or the host name.")
            .arg(server);
    case Kind::NoDatabase:
        return tr("The server %1 has no database \"%2\".").arg(server, spec.database);
    case Kind::SchemaTooNew:
    case Kind::SchemaTooOld:
        return error.message();
    case Kind::Other:
        break;
    }
    return tr("Cannot connect to %1: %2")
        .arg(server, error.details().isEmpty() ? error.message() : error.details());
}

} // namespace loopline
