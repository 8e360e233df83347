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
    explicit StoreError(const QString &message, const QString &details = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_details(details)
    {
    }
    QString message() const { return m_message; }
    QString details() const { return m_details; }

private:
    QString m_message;
    QString m_details;
};

} // namespace loopline
