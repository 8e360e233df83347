#pragma once

#include "records/records.h"
#include "store/database.h"

#include <optional>

namespace loopline {

// Reads and writes contacts with their emails, phones, deal links and timeline.
// Every write validates first and is one transaction.
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)

public:
    explicit ContactStore(Database &db)
        : m_db(db)
    {
    }

    // Saves a new contact (id assigned if empty) and returns its id.
    QString create(Contact contact);
    void update(const Contact &contact);
    // Deletes the contact, its emails, phones and deal links; the timeline stays.
    void remove(const QString &id);
    // Puts back a contact returned by get() before it was removed (undo).
    void restore(const Contact &contact);
    std::optional<Contact> get(const QString &id) const;
    qint64 count() const;

    // Streams many contacts into the database over one set of prepared statements;
    // the caller owns the transaction. Used by demo data, import and the benchmark.
    class BulkWriter
    {
    public:
        explicit BulkWriter(Database &db);
        // Validates and inserts; throws StoreError naming the row on bad data.
        void add(Contact contact);
        qint64 written() const { return m_written; }

    private:
        Database &m_db;
        BulkWriteScope m_bulk;
        QSqlQuery m_contact;
        QSqlQuery m_email;
        QSqlQuery m_phone;
        qint64 m_written = 0;
    };

private:
    void insertRow(Contact &contact, bool keepTimestamps);
    void writeDetails(const Contact &contact, bool replace);
    Database &m_db;
};

} // namespace loopline
