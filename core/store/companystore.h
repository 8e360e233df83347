#pragma once

#include "records/records.h"
#include "store/database.h"

#include <optional>

namespace loopline {

// Reads and writes companies. A rename is carried to the denormalised company
// name on its contacts and deals in the same transaction.
class CompanyStore
{
    Q_DECLARE_TR_FUNCTIONS(CompanyStore)

public:
    explicit CompanyStore(Database &db)
        : m_db(db)
    {
    }

    QString create(Company company);
    void update(const Company &company);
    // Deletes the company; its contacts and deals stay, without a company.
    void remove(const QString &id);
    // Puts back a company returned by get() before it was removed, with its links (undo).
    void restore(const Company &company);
    std::optional<Company> get(const QString &id) const;
    std::optional<Company> findByDomain(const QString &domain) const;
    qint64 count() const;
    // Id and name of companies whose name starts with prefix (exact case), in name order.
    QList<QPair<QString, QString>> findByNamePrefix(const QString &prefix, int limit = 20) const;
    // Id and name of companies matching what a person types in a picker: every word
    // a prefix of a word of the name, domain, industry or address, any letter case.
    QList<QPair<QString, QString>> find(const QString &text, int limit = 20) const;

    class BulkWriter
    {
    public:
        explicit BulkWriter(Database &db);
        void add(Company company);

    private:
        Database &m_db;
        BulkWriteScope m_bulk;
        QSqlQuery m_insert;
        qint64 m_written = 0;
    };

private:
    void insertRow(Company &company, bool keepTimestamps);
    Database &m_db;
};

} // namespace loopline
