#include "conflictsdialog.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "sync/conflictstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

enum Column { RecordColumn, FieldColumn, KeptColumn, OtherColumn, WhenColumn, ColumnCount };

QString valueText(const QVariant &value)
{
    if (value.isNull())
        return ConflictsDialog::tr("(empty)");
    const QString text = value.toString();
    return text.isEmpty() ? ConflictsDialog::tr("(empty)") : text;
}

QString withAuthor(const QVariant &value, const QString &author)
{
    return author.isEmpty() ? valueText(value) : ConflictsDialog::tr("%1 (%2)").arg(valueText(value), author);
}

} // namespace

ConflictsDialog::ConflictsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Sync conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Two people changed these fields without seeing each other's change. The later "
                        "change was kept everywhere; take the other value where it was the right one."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_stack = new QStackedWidget(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Record"), tr("Field"), tr("Kept value"), tr("Other value"), tr("Found")});
    m_list->setAccessibleName(tr("Conflicts"));
    m_stack->addWidget(m_list);
    m_empty = new QLabel(tr("No conflicts. When two people change the same field of a record without seeing "
                            "each other's change, both values are listed here."),
        this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keep = buttons->addButton(tr("&Keep this value"), QDialogButtonBox::ActionRole);
    m_useOther = buttons->addButton(tr("&Use the other value"), QDialogButtonBox::ActionRole);
    m_keep->setToolTip(tr("Leave the record as it is and close the conflict (Ctrl+K)."));
    m_useOther->setToolTip(tr("Write the other value into the record (Ctrl+U)."));
    m_keep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_useOther->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, &ConflictsDialog::keepSelected);
    connect(m_useOther, &QPushButton::clicked, this, &ConflictsDialog::useOtherSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"conflicts/geometry"_s).toByteArray()))
        resize(860, 420);
    connect(this, &QDialog::finished, this,
        [this] { QSettings().setValue(u"conflicts/geometry"_s, saveGeometry()); });
    reload();
}

int ConflictsDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

void ConflictsDialog::selectRow(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void ConflictsDialog::reload()
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QList<SyncConflict> conflicts = ConflictStore(m_db).openConflicts();
    for (const SyncConflict &c : conflicts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RecordColumn, tr("%1: %2").arg(ConflictStore::entityLabel(c.entity), c.recordName));
        item->setText(FieldColumn, ConflictStore::fieldLabel(c.entity, c.field));
        item->setText(KeptColumn, withAuthor(c.keptValue, c.keptAuthor));
        item->setText(OtherColumn, withAuthor(c.otherValue, c.otherAuthor));
        item->setText(WhenColumn, QLocale().toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(WhenColumn, Qt::UserRole + 1, c.detectedAt);
        item->setData(RecordColumn, Qt::UserRole, c.id);
        item->setToolTip(OtherColumn, valueText(c.otherValue));
    }
    m_list->setSortingEnabled(true);
    for (int i = 0; i < ColumnCount; ++i)
        m_list->resizeColumnToContents(i);
    m_stack->setCurrentWidget(conflicts.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    if (!conflicts.isEmpty())
        selectRow(0);
    updateButtons();
}

QString ConflictsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(RecordColumn, Qt::UserRole).toString() : QString();
}

void ConflictsDialog::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_keep->setEnabled(any);
    m_useOther->setEnabled(any);
}

void ConflictsDialog::keepSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    try {
        ConflictStore(m_db).keep(id);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    reload();
}

void ConflictsDialog::useOtherSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    try {
        ConflictStore(m_db).useOther(id);
        Q_EMIT recordsChanged();
    } catch (const StoreError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    reload();
}

} // namespace loopline
