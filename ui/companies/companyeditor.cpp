#include "companyeditor.h"

#include "common/deletecommand.h"
#include "common/timelinewidget.h"
#include "models/recordlistmodel.h"
#include "store/companystore.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

CompanyEditor::CompanyEditor(Database &db, QWidget *parent)
    : RecordEditor(db, u"company"_s, parent)
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_domain(new QLineEdit(m_form))
    , m_industry(new QLineEdit(m_form))
    , m_employees(new QSpinBox(m_form))
    , m_address(new QLineEdit(m_form))
    , m_owner(new QLineEdit(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new RecordListModel(db, ListSpec::contacts(), this))
    , m_deals(new RecordListModel(db, ListSpec::deals(), this))
{
    m_name->setObjectName(u"companyName"_s);
    m_domain->setPlaceholderText(tr("example.com"));
    m_employees->setRange(0, 10'000'000);
    m_employees->setSpecialValueText(tr("unknown"));
    m_employees->setGroupSeparatorShown(true);
    m_notes->setMaximumHeight(70);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Web domain:"), m_domain);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Employees:"), m_employees);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("No&tes:"), m_notes);
    mainLayout()->addWidget(m_form);

    m_contacts->setCondition(u"c.company_id = ?"_s, {QString()});
    m_deals->setCondition(u"d.company_id = ?"_s, {QString()});
    m_tabs->addTab(makeRelatedView(m_contacts, u"contact"_s, tr("Contacts of the company")), tr("Contacts"));
    m_tabs->addTab(makeRelatedView(m_deals, u"deal"_s, tr("Deals of the company")), tr("Deals"));
    m_tabs->addTab(timeline(), tr("Timeline"));
    mainLayout()->addWidget(m_tabs, 1);

    for (QWidget *field :
        {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_domain), static_cast<QWidget *>(m_industry),
            static_cast<QWidget *>(m_employees), static_cast<QWidget *>(m_address),
            static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_notes)})
        watch(field);
    mapField(u"name"_s, m_name);
    mapField(u"domain"_s, m_domain);
    mapField(u"employees"_s, m_employees);
    clear();
}

QTableView *CompanyEditor::makeRelatedView(RecordListModel *model, const QString &entity, const QString &name)
{
    auto *view = new QTableView(this);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    connect(view, &QTableView::activated, this, [this, model, entity](const QModelIndex &index) {
        Q_EMIT openRecord(entity, model->idAt(index.row()));
    });
    return view;
}

void CompanyEditor::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    m_tabs->setEnabled(enabled);
    if (!enabled) {
        headerLabel()->setText(tr("Select a company on the left, or press Ctrl+N to add one."));
        showRelated({});
    }
}

void CompanyEditor::showRelated(const QString &id)
{
    m_contacts->setCondition(u"c.company_id = ?"_s, {id});
    m_deals->setCondition(u"d.company_id = ?"_s, {id});
    m_tabs->setTabText(0, tr("Contacts (%1)").arg(id.isEmpty() ? 0 : m_contacts->totalCount()));
    m_tabs->setTabText(1, tr("Deals (%1)").arg(id.isEmpty() ? 0 : m_deals->totalCount()));
}

bool CompanyEditor::load(const QString &id)
{
    const std::optional<Company> company = CompanyStore(db()).get(id);
    if (!company) {
        clear();
        return false;
    }
    LoadGuard guard(this);
    m_loaded = *company;
    m_name->setText(company->name);
    m_domain->setText(company->domain);
    m_industry->setText(company->industry);
    m_employees->setValue(company->employees);
    m_address->setText(company->address);
    m_owner->setText(company->owner);
    m_notes->setPlainText(company->notes);
    headerLabel()->setText(company->name);
    setCurrent(id, company->createdAt);
    showRelated(id);
    return true;
}

void CompanyEditor::startNew()
{
    LoadGuard guard(this);
    m_loaded = Company();
    for (QLineEdit *edit : {m_name, m_domain, m_industry, m_address})
        edit->clear();
    m_employees->setValue(0);
    m_owner->setText(db().currentUser());
    m_notes->clear();
    headerLabel()->setText(tr("New company"));
    setCurrent({});
    showRelated({});
    m_name->setFocus();
}

FieldErrors CompanyEditor::write(QString &id)
{
    Company company = m_loaded;
    company.name = m_name->text().trimmed();
    company.domain = m_domain->text().trimmed().toLower();
    company.industry = m_industry->text().trimmed();
    company.employees = m_employees->value();
    company.address = m_address->text().trimmed();
    company.owner = m_owner->text().trimmed();
    company.notes = m_notes->toPlainText();
    const FieldErrors errors = Validation::check(company);
    if (!errors.isEmpty())
        return errors;
    storeRecord<CompanyStore>(company, id);
    return {};
}

QString CompanyEditor::recordTitle() const
{
    return m_loaded.name;
}

std::unique_ptr<QUndoCommand> CompanyEditor::makeDeleteCommand(const QString &id)
{
    Database &database = db();
    const std::optional<Company> snapshot = CompanyStore(database).get(id);
    if (!snapshot)
        return nullptr;
    const Company company = *snapshot;
    return std::make_unique<DeleteCommand>(
        tr("Delete company %1").arg(company.name), [&database, id] { CompanyStore(database).remove(id); },
        [&database, company] { CompanyStore(database).restore(company); },
        [this](const QString &message) { reportError(message); });
}

} // namespace loopline
