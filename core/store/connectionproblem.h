#pragma once

#include "connectionspec.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace loopline {

// Why a connection to a team server failed, told apart so each gets its own message:
// the password, the server not answering, TLS, a missing database, a schema this
// version cannot work with.
class ConnectionProblem
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProblem)

public:
    enum class Kind { WrongPassword, Unreachable, Tls, NoDatabase, SchemaTooNew, SchemaTooOld, Other };

    static Kind classify(const StoreError &error);
    // A message a person can act on, naming the server.
    static QString explain(const StoreError &error, const ConnectionSpec &spec);
};

} // namespace loopline
