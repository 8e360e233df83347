#pragma once

#include <QString>
#include <stdexcept>

namespace loopline {

// The one error type the store layer throws. The message is already translated
// and says what went wrong in words a user can act on; details holds the driver's
// text (SQL error, file name) for the log.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message, const QString &details = {}, const QString &code = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_details(details)
        , m_code(code)
    {
    }
    QString message() const { return m_message; }
    QString details() const { return m_details; }
    // The database's own error code when it refused a statement (PostgreSQL's SQLSTATE,
    // e.g. "23503" for a foreign key), else empty.
    QString code() const { return m_code; }

private:
    QString m_message;
    QString m_details;
    QString m_code;
};

} // namespace loopline
