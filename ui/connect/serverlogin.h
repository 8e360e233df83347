#pragma once

#include "store/database.h"

#include <QCoreApplication>

class QWidget;

namespace loopline {

// Opens a Loopline database on a PostgreSQL server the way a person expects:
// first without a password (libpq may find one in ~/.pgpass or the server may
// trust the user), then with the password from the system keychain, then by
// asking — and, if the user agrees, remembering it in the keychain. The password
// is never written to a settings file.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    // Throws StoreError when the user cancels or the server refuses.
    static std::unique_ptr<Database> open(ConnectionSpec spec, QWidget *parent);

    static QString readKeychainPassword(const QString &key, QString *error = nullptr);
    static bool writeKeychainPassword(const QString &key, const QString &password, QString *error = nullptr);
};

} // namespace loopline
