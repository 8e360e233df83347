#include "companystore.h"

#include "records/validation.h"
#include "store/changelog.h"
#include "store/listquery.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kInsertCompany = u"INSERT INTO companies (id, name, domain, industry, employees, address, "
                               u"owner, notes, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

void bindCompany(QSqlQuery &q, const Company &c)
{
    q.addBindValue(sql::bindable(c.id));
    q.addBindValue(sql::bindable(c.name.trimmed()));
    q.addBindValue(sql::bindable(c.domain.trimmed().toLower()));
    q.addBindValue(sql::bindable(c.industry.trimmed()));
    q.addBindValue(sql::bindable(c.employees));
    q.addBindValue(sql::bindable(c.address.trimmed()));
    q.addBindValue(sql::bindable(c.owner));
    q.addBindValue(sql::bindable(c.notes));
    q.addBindValue(sql::bindable(sql::instant(c.createdAt)));
    q.addBindValue(sql::bindable(sql::instant(c.updatedAt)));
}

void throwIfInvalid(const Company &company)
{
    const FieldErrors errors = Validation::check(company);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
}

Company readCompany(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.domain = q.value(2).toString();
    c.industry = q.value(3).toString();
    c.employees = q.value(4).toInt();
    c.address = q.value(5).toString();
    c.owner = q.value(6).toString();
    c.notes = q.value(7).toString();
    c.createdAt = sql::instant(q.value(8));
    c.updatedAt = sql::instant(q.value(9));
    return c;
}

const QString kSelectCompany
    = u"SELECT id, name, domain, industry, employees, address, owner, notes, created_at, "
      "updated_at FROM companies "_s;

} // namespace

QString CompanyStore::create(Company company)
{
    throwIfInvalid(company);
    if (company.id.isEmpty())
        company.id = Database::newId();
    if (company.owner.isEmpty())
        company.owner = m_db.currentUser();
    Transaction tx(m_db);
    insertRow(company, false);
    TimelineStore(m_db).add(u"company"_s, company.id, u"created"_s, tr("Company created"));
    tx.commit();
    return company.id;
}

void CompanyStore::insertRow(Company &company, bool keepTimestamps)
{
    const QDateTime now = m_db.clock().now();
    if (!keepTimestamps || !company.createdAt.isValid())
        company.createdAt = now;
    if (!keepTimestamps || !company.updatedAt.isValid())
        company.updatedAt = now;
    QSqlQuery q = m_db.prepare(kInsertCompany);
    bindCompany(q, company);
    Database::exec(q);
}

void CompanyStore::update(const Company &company)
{
    throwIfInvalid(company);
    const std::optional<Company> before = get(company.id);
    if (!before)
        throw StoreError(tr("The company was deleted by someone else; it cannot be saved."));
    ChangeDescription changes;
    changes.compare(tr("Name"), before->name, company.name.trimmed());
    changes.compare(tr("Domain"), before->domain, company.domain.trimmed().toLower());
    changes.compare(tr("Industry"), before->industry, company.industry.trimmed());
    changes.compare(tr("Employees"), before->employees, company.employees);
    changes.compare(tr("Address"), before->address, company.address.trimmed());
    changes.compare(tr("Owner"), before->owner, company.owner);
    changes.compare(tr("Notes"), before->notes, company.notes);

    Transaction tx(m_db);
    m_db.run(
        u"UPDATE companies SET name = ?, domain = ?, industry = ?, employees = ?, address = ?, owner = ?, "
        "notes = ?, updated_at = ? WHERE id = ?"_s,
        {company.name.trimmed(), company.domain.trimmed().toLower(), company.industry.trimmed(),
            company.employees, company.address.trimmed(), company.owner, company.notes, m_db.clock().nowMs(),
            company.id});
    if (before->name != company.name.trimmed()) {
        m_db.run(u"UPDATE contacts SET company_name = ? WHERE company_id = ?"_s,
            {company.name.trimmed(), company.id});
        m_db.run(u"UPDATE deals SET company_name = ? WHERE company_id = ?"_s,
            {company.name.trimmed(), company.id});
    }
    if (!changes.isEmpty())
        TimelineStore(m_db).add(u"company"_s, company.id, u"changed"_s, changes.toString());
    tx.commit();
}

void CompanyStore::remove(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"UPDATE contacts SET company_id = NULL, company_name = '' WHERE company_id = ?"_s, {id});
    m_db.run(u"UPDATE deals SET company_id = NULL, company_name = '' WHERE company_id = ?"_s, {id});
    m_db.run(u"DELETE FROM companies WHERE id = ?"_s, {id});
    tx.commit();
}

void CompanyStore::restore(const Company &company)
{
    Company copy = company;
    Transaction tx(m_db);
    insertRow(copy, true);
    // Re-attach only records that still exist and have not been given another company meanwhile.
    for (const QString &contactId : company.contactIds)
        m_db.run(
            u"UPDATE contacts SET company_id = ?, company_name = ? WHERE id = ? AND company_id IS NULL"_s,
            {company.id, company.name, contactId});
    for (const QString &dealId : company.dealIds)
        m_db.run(u"UPDATE deals SET company_id = ?, company_name = ? WHERE id = ? AND company_id IS NULL"_s,
            {company.id, company.name, dealId});
    tx.commit();
}

std::optional<Company> CompanyStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(kSelectCompany + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    Company c = readCompany(q);
    QSqlQuery contacts = m_db.run(u"SELECT id FROM contacts WHERE company_id = ? ORDER BY seq"_s, {id});
    while (contacts.next())
        c.contactIds << contacts.value(0).toString();
    QSqlQuery deals = m_db.run(u"SELECT id FROM deals WHERE company_id = ? ORDER BY seq"_s, {id});
    while (deals.next())
        c.dealIds << deals.value(0).toString();
    return c;
}

std::optional<Company> CompanyStore::findByDomain(const QString &domain) const
{
    QSqlQuery q = m_db.run(
        kSelectCompany + u"WHERE lower(domain) = ? ORDER BY seq LIMIT 1"_s, {domain.trimmed().toLower()});
    if (!q.next())
        return std::nullopt;
    return readCompany(q);
}

qint64 CompanyStore::count() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM companies"_s).toLongLong();
}

QList<QPair<QString, QString>> CompanyStore::findByNamePrefix(const QString &prefix, int limit) const
{
    // Range scan on the name index: [prefix, prefix + U+FFFF).
    QSqlQuery q = m_db.run(
        u"SELECT id, name FROM companies WHERE name >= ? AND name < ? ORDER BY name, seq LIMIT ?"_s,
        {prefix, prefix + QChar(0xFFFF), limit});
    QList<QPair<QString, QString>> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QList<QPair<QString, QString>> CompanyStore::find(const QString &text, int limit) const
{
    ListQuery query(m_db, ListSpec::companies());
    query.setSearch(text);
    QList<QPair<QString, QString>> result;
    const QList<ListRow> rows = query.fetch(nullptr, limit);
    for (const ListRow &row : rows)
        result.append({row.id, row.cells.value(0).toString()});
    return result;
}

CompanyStore::BulkWriter::BulkWriter(Database &db)
    : m_db(db)
    , m_bulk(db)
    , m_insert(db.prepare(kInsertCompany))
{
}

void CompanyStore::BulkWriter::add(Company company)
{
    const FieldErrors errors = Validation::check(company);
    if (!errors.isEmpty())
        throw StoreError(
            tr("Company %1 (%2): %3").arg(m_written + 1).arg(company.name, Validation::describe(errors)));
    if (company.id.isEmpty())
        company.id = Database::newId();
    if (!company.createdAt.isValid())
        company.createdAt = m_db.clock().now();
    if (!company.updatedAt.isValid())
        company.updatedAt = company.createdAt;
    try {
        bindCompany(m_insert, company);
        Database::exec(m_insert);
    } catch (const StoreError &error) {
        // A row the database refuses (duplicate id) is named like an invalid one.
        throw StoreError(
            tr("Company %1 (%2): %3").arg(m_written + 1).arg(company.name, error.message()), error.details());
    }
    ++m_written;
}

} // namespace loopline
