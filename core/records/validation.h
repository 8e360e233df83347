#pragma once

#include "records.h"

#include <QCoreApplication>

namespace loopline {

// One thing wrong with a record: which field (a stable key the form maps to its
// widget, e.g. "email.1") and what, in words for the user.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// The rules a record must satisfy before it is saved. Stores call these too, so
// nothing invalid reaches the database whichever way it came in.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static bool isValidEmail(const QString &address);
    static bool isValidPhone(const QString &number);
    static bool isValidDomain(const QString &domain);
    static bool isValidCurrency(const QString &code);

    static FieldErrors check(const Contact &contact);
    static FieldErrors check(const Company &company);
    static FieldErrors check(const Deal &deal);

    // All messages on one line each, for an error dialog or a thrown StoreError.
    static QString describe(const FieldErrors &errors);
};

} // namespace loopline
