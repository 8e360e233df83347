#include "duplicatesdialog.h"

#include "store/companystore.h"
#include "store/contactstore.h"

#include <QApplication>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <variant>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

template<typename Record> struct Field
{
    const char *name;
    std::function<QString(const Record &)> show;
    std::function<void(Record &, const Record &)> copy;
};

QString consentText(const Contact &c)
{
    return c.consent.given
        ? QCoreApplication::translate("loopline::MergeDialog", "Given (text %1)").arg(c.consent.textVersion)
        : QCoreApplication::translate("loopline::MergeDialog", "Not given");
}

const QList<Field<Contact>> &contactFields()
{
    static const QList<Field<Contact>> fields = {
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "First name"),
            [](const Contact &c) { return c.firstName; },
            [](Contact &to, const Contact &from) { to.firstName = from.firstName; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Last name"), [](const Contact &c) { return c.lastName; },
            [](Contact &to, const Contact &from) { to.lastName = from.lastName; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Job title"), [](const Contact &c) { return c.jobTitle; },
            [](Contact &to, const Contact &from) { to.jobTitle = from.jobTitle; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Company"),
            [](const Contact &c) { return c.companyName; },
            [](Contact &to, const Contact &from) {
                to.companyId = from.companyId;
                to.companyName = from.companyName;
            }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Owner"), [](const Contact &c) { return c.owner; },
            [](Contact &to, const Contact &from) { to.owner = from.owner; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Source"), [](const Contact &c) { return c.source; },
            [](Contact &to, const Contact &from) { to.source = from.source; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Segment"), [](const Contact &c) { return c.segment; },
            [](Contact &to, const Contact &from) { to.segment = from.segment; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Tags"),
            [](const Contact &c) { return c.tags.join(u", "_s); },
            [](Contact &to, const Contact &from) { to.tags = from.tags; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Notes"), [](const Contact &c) { return c.notes; },
            [](Contact &to, const Contact &from) { to.notes = from.notes; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Marketing consent"), consentText,
            [](Contact &to, const Contact &from) { to.consent = from.consent; }},
    };
    return fields;
}

const QList<Field<Company>> &companyFields()
{
    static const QList<Field<Company>> fields = {
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Name"), [](const Company &c) { return c.name; },
            [](Company &to, const Company &from) { to.name = from.name; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Web domain"), [](const Company &c) { return c.domain; },
            [](Company &to, const Company &from) { to.domain = from.domain; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Industry"), [](const Company &c) { return c.industry; },
            [](Company &to, const Company &from) { to.industry = from.industry; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Employees"),
            [](const Company &c) { return c.employees > 0 ? QLocale().toString(c.employees) : QString(); },
            [](Company &to, const Company &from) { to.employees = from.employees; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Address"), [](const Company &c) { return c.address; },
            [](Company &to, const Company &from) { to.address = from.address; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Owner"), [](const Company &c) { return c.owner; },
            [](Company &to, const Company &from) { to.owner = from.owner; }},
        {QT_TRANSLATE_NOOP("loopline::MergeDialog", "Notes"), [](const Company &c) { return c.notes; },
            [](Company &to, const Company &from) { to.notes = from.notes; }},
    };
    return fields;
}

template<typename Record> QStringList namesOf(const QList<Field<Record>> &fields)
{
    QStringList names;
    for (const Field<Record> &f : fields)
        names << QCoreApplication::translate("loopline::MergeDialog", f.name);
    return names;
}

template<typename Record> QStringList valuesOf(const QList<Field<Record>> &fields, const Record &r)
{
    QStringList values;
    for (const Field<Record> &f : fields)
        values << f.show(r);
    return values;
}

template<typename Record>
Record mergedRecord(const QList<Field<Record>> &fields, const Record &first, const Record &second,
    bool keepSecond, const QList<bool> &takeSecond)
{
    Record result = keepSecond ? second : first;
    for (qsizetype i = 0; i < fields.size(); ++i)
        fields.at(i).copy(result, takeSecond.value(i) ? second : first);
    return result;
}

// A merge on the undo stack: redo merges (again, with the same choices), undo puts
// both records back.
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(Database &db, std::variant<Contact, Company> result, QString otherId, const QString &text,
        std::function<void(const QString &)> onError)
        : QUndoCommand(text)
        , m_db(db)
        , m_result(std::move(result))
        , m_otherId(std::move(otherId))
        , m_onError(std::move(onError))
    {
    }
    void redo() override
    {
        run([this] {
            Merger merger(m_db);
            if (const auto *contact = std::get_if<Contact>(&m_result))
                m_record = merger.mergeContacts(*contact, m_otherId);
            else
                m_record = merger.mergeCompanies(std::get<Company>(m_result), m_otherId);
        });
    }
    void undo() override
    {
        run([this] {
            Merger merger(m_db);
            if (const auto *contact = std::get_if<ContactMergeRecord>(&m_record))
                merger.undo(*contact);
            else
                merger.undo(std::get<CompanyMergeRecord>(m_record));
        });
    }
    bool failed() const { return m_failed; }

private:
    void run(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const StoreError &error) {
            m_failed = true;
            setObsolete(true);
            if (m_onError)
                m_onError(error.message());
        }
    }
    Database &m_db;
    std::variant<Contact, Company> m_result;
    QString m_otherId;
    std::variant<ContactMergeRecord, CompanyMergeRecord> m_record;
    std::function<void(const QString &)> m_onError;
    bool m_failed = false;
};

} // namespace

// ---------------------------------------------------------------- MergeDialog

MergeDialog::MergeDialog(const Contact &first, const Contact &second, QWidget *parent)
    : QDialog(parent)
    , m_contacts(true)
    , m_firstContact(first)
    , m_secondContact(second)
{
    setWindowTitle(tr("Merge contacts"));
    build(namesOf(contactFields()), valuesOf(contactFields(), first), valuesOf(contactFields(), second));
    m_keepFirst->setText(tr("Keep &%1").arg(first.displayName()));
    m_keepSecond->setText(tr("Keep %1").arg(second.displayName()));
}

MergeDialog::MergeDialog(const Company &first, const Company &second, QWidget *parent)
    : QDialog(parent)
    , m_contacts(false)
    , m_firstCompany(first)
    , m_secondCompany(second)
{
    setWindowTitle(tr("Merge companies"));
    build(namesOf(companyFields()), valuesOf(companyFields(), first), valuesOf(companyFields(), second));
    m_keepFirst->setText(tr("Keep &%1").arg(first.name));
    m_keepSecond->setText(tr("Keep %1").arg(second.name));
}

void MergeDialog::build(
    const QStringList &names, const QStringList &firstValues, const QStringList &secondValues)
{
    auto *intro = new QLabel(
        tr("Choose which record stays and the value to keep for each field. Emails, phones, "
           "deals, leads, tasks and both timelines are kept in any case. Ctrl+Z undoes the merge."));
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    m_keepFirst = new QRadioButton;
    m_keepSecond = new QRadioButton;
    m_keepFirst->setChecked(true);
    auto *keepGroup = new QButtonGroup(this);
    keepGroup->addButton(m_keepFirst);
    keepGroup->addButton(m_keepSecond);
    grid->addWidget(m_keepFirst, 0, 1);
    grid->addWidget(m_keepSecond, 0, 2);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int row = int(i) + 1;
        grid->addWidget(new QLabel(names.at(i)), row, 0);
        const QString a = firstValues.at(i), b = secondValues.at(i);
        auto *first = new QRadioButton(a.isEmpty() ? tr("(empty)") : a.simplified().left(80));
        auto *second = new QRadioButton(b.isEmpty() ? tr("(empty)") : b.simplified().left(80));
        first->setAccessibleName(tr("%1 from the first record").arg(names.at(i)));
        second->setAccessibleName(tr("%1 from the second record").arg(names.at(i)));
        auto *group = new QButtonGroup(this);
        group->addButton(first);
        group->addButton(second);
        // The kept record's value, unless only the other has one.
        (a.isEmpty() && !b.isEmpty() ? second : first)->setChecked(true);
        if (a == b) {
            first->setEnabled(false);
            second->setEnabled(false);
        }
        grid->addWidget(first, row, 1);
        grid->addWidget(second, row, 2);
        m_rows.append(qMakePair(first, second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QList<bool> MergeDialog::choices() const
{
    QList<bool> second;
    for (const auto &[a, b] : m_rows)
        second << b->isChecked();
    return second;
}

Contact MergeDialog::mergedContact() const
{
    return mergedRecord(
        contactFields(), m_firstContact, m_secondContact, m_keepSecond->isChecked(), choices());
}

Company MergeDialog::mergedCompany() const
{
    return mergedRecord(
        companyFields(), m_firstCompany, m_secondCompany, m_keepSecond->isChecked(), choices());
}

QString MergeDialog::removedId() const
{
    const bool second = m_keepSecond->isChecked();
    if (m_contacts)
        return second ? m_firstContact.id : m_secondContact.id;
    return second ? m_firstCompany.id : m_secondCompany.id;
}

void MergeDialog::chooseSecond(int row, bool second)
{
    (second ? m_rows.at(row).second : m_rows.at(row).first)->setChecked(true);
}

void MergeDialog::keepSecond(bool second)
{
    (second ? m_keepSecond : m_keepFirst)->setChecked(true);
}

int MergeDialog::fieldCount() const
{
    return int(m_rows.size());
}

// ---------------------------------------------------------------- DuplicatesDialog

DuplicatesDialog::DuplicatesDialog(Database &db, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undo)
{
    setWindowTitle(tr("Duplicates"));
    auto makeTable = [this] {
        auto *table = new QTableWidget(0, 3);
        table->setHorizontalHeaderLabels({tr("Record"), tr("Probable duplicate"), tr("Why")});
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        // Enter reaches the default button (Merge); a double click merges too.
        connect(table, &QTableWidget::cellDoubleClicked, this, &DuplicatesDialog::mergeSelected);
        return table;
    };
    m_contacts = makeTable();
    m_companies = makeTable();
    m_contacts->setAccessibleName(tr("Duplicate contacts"));
    m_companies->setAccessibleName(tr("Duplicate companies"));
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->addTab(m_companies, tr("C&ompanies"));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *merge = new QPushButton(tr("&Merge…"));
    merge->setToolTip(tr("Merge the selected pair, choosing each field (Enter)"));
    connect(merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    auto *again = new QPushButton(tr("&Find again"));
    again->setShortcut(QKeySequence::Refresh);
    connect(again, &QPushButton::clicked, this, &DuplicatesDialog::refresh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(merge, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    merge->setDefault(true);
    buttons->addButton(again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(820, 520);
    refresh();
}

void DuplicatesDialog::fill(QTableWidget *table, const QList<DuplicatePair> &pairs)
{
    table->setRowCount(int(pairs.size()));
    for (int i = 0; i < pairs.size(); ++i) {
        const DuplicatePair &p = pairs.at(i);
        table->setItem(i, 0, new QTableWidgetItem(p.firstName));
        table->setItem(i, 1, new QTableWidgetItem(p.secondName));
        table->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    if (!pairs.isEmpty())
        table->selectRow(0);
}

void DuplicatesDialog::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        DuplicateFinder finder(m_db);
        m_contactPairs = finder.contacts();
        m_companyPairs = finder.companies();
    } catch (const StoreError &error) {
        m_contactPairs.clear();
        m_companyPairs.clear();
        m_status->setText(error.message());
    }
    QApplication::restoreOverrideCursor();
    fill(m_contacts, m_contactPairs);
    fill(m_companies, m_companyPairs);
    m_tabs->setTabText(0, tr("&Contacts (%1)").arg(m_contactPairs.size()));
    m_tabs->setTabText(1, tr("C&ompanies (%1)").arg(m_companyPairs.size()));
    if (m_contactPairs.isEmpty() && m_companyPairs.isEmpty())
        m_status->setText(
            tr("No probable duplicates: no two contacts share an email or a phone or have a similar "
               "name at the same company, and no two companies share a web domain or a name."));
    else
        m_status->setText(tr("Select a pair and press Enter to merge it, choosing what to keep."));
}

bool DuplicatesDialog::mergeRow(bool companies, int row, MergeDialog *choices)
{
    const QList<DuplicatePair> &pairs = companies ? m_companyPairs : m_contactPairs;
    if (row < 0 || row >= pairs.size())
        return false;
    const DuplicatePair pair = pairs.at(row);
    std::variant<Contact, Company> result;
    QString otherId;
    QString text;
    if (companies) {
        const std::optional<Company> a = CompanyStore(m_db).get(pair.firstId);
        const std::optional<Company> b = CompanyStore(m_db).get(pair.secondId);
        if (!a || !b)
            return false;
        std::unique_ptr<MergeDialog> defaults;
        if (!choices)
            choices = (defaults = std::make_unique<MergeDialog>(*a, *b)).get();
        result = choices->mergedCompany();
        otherId = choices->removedId();
        text = tr("Merge %1 and %2").arg(a->name, b->name);
    } else {
        const std::optional<Contact> a = ContactStore(m_db).get(pair.firstId);
        const std::optional<Contact> b = ContactStore(m_db).get(pair.secondId);
        if (!a || !b)
            return false;
        std::unique_ptr<MergeDialog> defaults;
        if (!choices)
            choices = (defaults = std::make_unique<MergeDialog>(*a, *b)).get();
        result = choices->mergedContact();
        otherId = choices->removedId();
        text = tr("Merge %1 and %2").arg(a->displayName(), b->displayName());
    }
    // The command outlives this dialog on the undo stack: a later failure (an undo after
    // someone deleted the kept record) is told in a message of its own.
    auto lastError = std::make_shared<QString>();
    auto *command = new MergeCommand(m_db, result, otherId, text, [lastError](const QString &message) {
        *lastError = message;
        if (lastError.use_count() == 1)
            QMessageBox::warning(QApplication::activeWindow(),
                QCoreApplication::translate("loopline::DuplicatesDialog", "Duplicates"), message);
    });
    if (m_undo) {
        m_undo->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
        command = nullptr;
    }
    const QString error = *lastError;
    lastError.reset(); // from now on the command reports by itself
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        refresh();
        return false;
    }
    Q_EMIT merged();
    refresh();
    return true;
}

void DuplicatesDialog::mergeSelected()
{
    const bool companies = m_tabs->currentIndex() == 1;
    QTableWidget *table = companies ? m_companies : m_contacts;
    const int row = table->currentRow();
    const QList<DuplicatePair> &pairs = companies ? m_companyPairs : m_contactPairs;
    if (row < 0 || row >= pairs.size())
        return;
    const DuplicatePair pair = pairs.at(row);
    std::unique_ptr<MergeDialog> dialog;
    if (companies) {
        const std::optional<Company> a = CompanyStore(m_db).get(pair.firstId);
        const std::optional<Company> b = CompanyStore(m_db).get(pair.secondId);
        if (a && b)
            dialog = std::make_unique<MergeDialog>(*a, *b, this);
    } else {
        const std::optional<Contact> a = ContactStore(m_db).get(pair.firstId);
        const std::optional<Contact> b = ContactStore(m_db).get(pair.secondId);
        if (a && b)
            dialog = std::make_unique<MergeDialog>(*a, *b, this);
    }
    if (!dialog) {
        refresh(); // one of them went meanwhile
        return;
    }
    if (dialog->exec() == QDialog::Accepted)
        mergeRow(companies, row, dialog.get());
}

} // namespace loopline
