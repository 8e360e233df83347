#include "segmentsdialog.h"

#include "common/banner.h"
#include "common/celldelegate.h"
#include "common/windowsize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"SegmentsDialog"_s;

QString listText(const Segment &segment)
{
    const QString name
        = segment.name.trimmed().isEmpty() ? SegmentsDialog::tr("(no name)") : segment.name.trimmed();
    return segment.archived ? SegmentsDialog::tr("%1 (archived)").arg(name) : name;
}

} // namespace

SegmentsDialog::SegmentsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_rename(new QPushButton(tr("Re&name"), this))
    , m_archive(new QPushButton(tr("Arc&hive"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_detail(new QWidget(this))
    , m_name(new QLineEdit(m_detail))
    , m_needs(new QPlainTextEdit(m_detail))
    , m_criteria(new QTableWidget(0, CriteriaColumnCount, m_detail))
    , m_addCriterion(new QPushButton(tr("Add c&riterion"), m_detail))
    , m_removeCriterion(new QPushButton(tr("Remo&ve criterion"), m_detail))
    , m_total(new QLabel(m_detail))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Segments"));
    m_banner->setObjectName(u"segmentsProblem"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(problemBannerStyle());
    m_banner->hide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildListSide());
    splitter->addWidget(buildDetailSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SegmentsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load();
    restoreWindowSize(this, kSettingsGroup, QSize(760, 480));
}

QPushButton *SegmentsDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QWidget *SegmentsDialog::buildListSide()
{
    auto *side = new QWidget(this);
    m_list->setObjectName(u"segmentList"_s);
    m_list->setAccessibleName(tr("Segments"));
    m_list->setMinimumWidth(180);
    m_add->setToolTip(tr("Add a segment"));
    m_rename->setToolTip(tr("Rename the segment; its leads, contacts and deals follow"));
    m_delete->setToolTip(tr("Delete a segment no record uses"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_archive, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Se&gments:"), side);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeForm();
        showItem(itemIndex(row));
    });
    connect(m_add, &QPushButton::clicked, this, &SegmentsDialog::addSegment);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_archive, &QPushButton::clicked, this, &SegmentsDialog::toggleArchived);
    connect(m_delete, &QPushButton::clicked, this, &SegmentsDialog::deleteSegment);
    return side;
}

QWidget *SegmentsDialog::buildDetailSide()
{
    m_name->setObjectName(u"segmentName"_s);
    m_name->setPlaceholderText(tr("e.g. Retail chains"));
    m_needs->setObjectName(u"segmentNeeds"_s);
    m_needs->setPlaceholderText(
        tr("What the group needs and the problems it wants solved, in its own words"));
    m_needs->setTabChangesFocus(true);
    m_needs->setMaximumHeight(90);

    m_criteria->setObjectName(u"segmentCriteria"_s);
    m_criteria->setAccessibleName(tr("Selection criteria"));
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight"), tr("Share")});
    m_criteria->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteria->setSelectionMode(QAbstractItemView::SingleSelection);
    m_criteria->setTabKeyNavigation(false);
    m_criteria->setItemDelegate(new CellDelegate(m_criteria));
    m_criteria->verticalHeader()->hide();
    m_criteria->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_criteria->horizontalHeader()->setSectionResizeMode(CriterionNameColumn, QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setHighlightSections(false);
    m_criteria->setToolTip(tr("What the group's buyers choose by, financial and not, and how much each "
                              "counts (1–100)"));
    m_total->setObjectName(u"segmentWeightTotal"_s);

    auto *criteriaButtons = new QHBoxLayout;
    criteriaButtons->addWidget(m_total, 1);
    criteriaButtons->addWidget(m_addCriterion);
    criteriaButtons->addWidget(m_removeCriterion);
    auto *criteriaBox = new QGroupBox(tr("Buyers' selection &criteria"), m_detail);
    auto *criteriaLayout = new QVBoxLayout(criteriaBox);
    criteriaLayout->addWidget(m_criteria, 1);
    criteriaLayout->addLayout(criteriaButtons);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("N&eeds:"), m_needs);
    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(criteriaBox, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_shown < 0)
            return;
        m_items[m_shown].current.name = text;
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(listText(m_items[m_shown].current));
    });
    connect(m_addCriterion, &QPushButton::clicked, this, [this] {
        addCriterion();
        const int row = m_criteria->rowCount() - 1;
        m_criteria->setCurrentCell(row, CriterionNameColumn);
        m_criteria->editItem(m_criteria->item(row, CriterionNameColumn));
    });
    connect(m_removeCriterion, &QPushButton::clicked, this, [this] {
        const int row = m_criteria->currentRow();
        if (row < 0)
            return;
        m_criteria->removeRow(row);
        updateTotal();
        updateButtons();
    });
    connect(m_criteria, &QTableWidget::currentCellChanged, this, &SegmentsDialog::updateButtons);
    return m_detail;
}

void SegmentsDialog::load()
{
    m_items.clear();
    try {
        for (const Segment &segment : SegmentStore(m_db).list(true))
            m_items.append({segment, segment, false});
    } catch (const StoreError &error) {
        showProblem(error.message());
    }
    m_shown = -1;
    refreshList();
    selectSegment(0);
}

void SegmentsDialog::refreshList()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const int shown = m_shown;
    m_list->clear();
    int currentRow = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &entry = m_items.at(i);
        if (entry.deleted)
            continue;
        auto *item = new QListWidgetItem(listText(entry.current), m_list);
        item->setData(Qt::UserRole, int(i));
        if (entry.current.archived) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Archived: no longer offered in the forms; its records keep it"));
        }
        if (int(i) == shown)
            currentRow = m_list->count() - 1;
    }
    m_list->setCurrentRow(currentRow);
}

int SegmentsDialog::itemIndex(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

int SegmentsDialog::segmentRow(const QString &name) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const int index = itemIndex(row);
        if (index >= 0 && m_items.at(index).current.name == name)
            return row;
    }
    return -1;
}

void SegmentsDialog::selectSegment(int row)
{
    if (row >= m_list->count())
        row = m_list->count() - 1;
    if (row >= 0 && row == m_list->currentRow()) {
        showItem(itemIndex(row));
        return;
    }
    m_list->setCurrentRow(row); // shows it through currentRowChanged
    if (row < 0)
        showItem(-1);
}

void SegmentsDialog::showItem(int index)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_shown = index;
    m_criteria->setRowCount(0);
    if (index < 0) {
        m_name->clear();
        m_needs->clear();
        m_detail->setEnabled(false);
        updateTotal();
        updateButtons();
        return;
    }
    const Segment &segment = m_items.at(index).current;
    m_detail->setEnabled(true);
    m_name->setText(segment.name);
    m_needs->setPlainText(segment.needs);
    for (const SegmentCriterion &criterion : segment.criteria) {
        addCriterion(criterion.name, criterion.weight);
        m_criteria->item(m_criteria->rowCount() - 1, CriterionNameColumn)
            ->setData(Qt::UserRole, criterion.id);
    }
    updateTotal();
    updateButtons();
}

void SegmentsDialog::addCriterion(const QString &name, int weight)
{
    const int row = m_criteria->rowCount();
    m_criteria->insertRow(row);
    m_criteria->setItem(row, CriterionNameColumn, new QTableWidgetItem(name));
    auto *spin = new QSpinBox(m_criteria);
    spin->setRange(1, 100);
    spin->setValue(std::clamp(weight, 1, 100));
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight);
    spin->setAccessibleName(tr("Weight"));
    m_criteria->setCellWidget(row, CriterionWeightColumn, spin);
    auto *share = new QTableWidgetItem;
    share->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_criteria->setItem(row, CriterionShareColumn, share);
    connect(spin, &QSpinBox::valueChanged, this, &SegmentsDialog::updateTotal);
    updateTotal();
    updateButtons();
}

QSpinBox *SegmentsDialog::weightSpinBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_criteria->cellWidget(row, CriterionWeightColumn));
}

void SegmentsDialog::updateTotal()
{
    int total = 0;
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        if (const QSpinBox *spin = weightSpinBox(row))
            total += spin->value();
    }
    const QLocale locale;
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const QSpinBox *spin = weightSpinBox(row);
        QTableWidgetItem *share = m_criteria->item(row, CriterionShareColumn);
        if (spin && share && total > 0)
            share->setText(locale.toString(100.0 * spin->value() / total, 'f', 0) + locale.percent());
    }
    m_total->setText(m_criteria->rowCount() == 0 ? tr("No criteria yet") : tr("Total weight: %1").arg(total));
}

void SegmentsDialog::updateButtons()
{
    const bool shown = m_shown >= 0;
    m_rename->setEnabled(shown);
    m_archive->setEnabled(shown);
    m_delete->setEnabled(shown);
    m_archive->setText(shown && m_items.at(m_shown).current.archived ? tr("Rest&ore") : tr("Arc&hive"));
    m_archive->setToolTip(shown && m_items.at(m_shown).current.archived
            ? tr("Offer the segment in the forms again")
            : tr("Stop offering the segment in the forms; its records keep it"));
    m_removeCriterion->setEnabled(shown && m_criteria->currentRow() >= 0);
}

void SegmentsDialog::storeForm()
{
    if (m_shown < 0 || m_shown >= m_items.size())
        return;
    Segment &segment = m_items[m_shown].current;
    segment.name = m_name->text();
    segment.needs = m_needs->toPlainText();
    segment.criteria.clear();
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const QTableWidgetItem *name = m_criteria->item(row, CriterionNameColumn);
        const QSpinBox *spin = weightSpinBox(row);
        segment.criteria.append({name ? name->data(Qt::UserRole).toString() : QString(),
            name ? name->text() : QString(), spin ? spin->value() : 1});
    }
}

void SegmentsDialog::addSegment()
{
    storeForm();
    QStringList names;
    for (const Item &entry : std::as_const(m_items)) {
        if (!entry.deleted)
            names << entry.current.name.trimmed();
    }
    QString name = tr("New segment");
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = tr("New segment %1").arg(n);
    Item entry;
    entry.current.name = name;
    m_items.append(entry);
    m_shown = int(m_items.size() - 1);
    refreshList();
    showItem(m_shown);
    m_name->setFocus();
    m_name->selectAll();
}

void SegmentsDialog::toggleArchived()
{
    if (m_shown < 0)
        return;
    storeForm();
    m_items[m_shown].current.archived = !m_items[m_shown].current.archived;
    refreshList();
    updateButtons();
}

void SegmentsDialog::deleteSegment()
{
    if (m_shown < 0)
        return;
    storeForm();
    Item &entry = m_items[m_shown];
    const QString name
        = entry.current.name.trimmed().isEmpty() ? entry.original.name : entry.current.name.trimmed();
    if (!entry.original.id.isEmpty()) {
        QString refusal;
        try {
            refusal = SegmentStore(m_db).removalRefusal(entry.original.id);
        } catch (const StoreError &error) {
            refusal = error.message();
        }
        if (!refusal.isEmpty()) {
            QMessageBox::warning(this, tr("Not deleted"), refusal);
            return;
        }
    }
    const auto answer = QMessageBox::question(this, tr("Delete segment"),
        tr("Delete the segment \"%1\" and its criteria? This takes effect when you save.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_list->currentRow();
    if (entry.original.id.isEmpty())
        entry = Item(); // added here: it simply goes
    entry.deleted = true;
    m_shown = -1;
    refreshList();
    selectSegment(std::max(0, row - 1));
}

bool SegmentsDialog::sameSegment(const Segment &a, const Segment &b)
{
    return a.name.trimmed() == b.name.trimmed() && a.needs.trimmed() == b.needs.trimmed()
        && a.archived == b.archived && a.criteria == b.criteria;
}

bool SegmentsDialog::hasChanges() const
{
    for (const Item &entry : m_items) {
        if (entry.original.id.isEmpty() ? !entry.deleted
                                        : entry.deleted || !sameSegment(entry.original, entry.current))
            return true;
    }
    return false;
}

bool SegmentsDialog::save()
{
    storeForm();
    SegmentStore store(m_db);
    int failing = -1;
    try {
        Transaction tx(m_db);
        // Deletions first and additions last, so a name given up by one segment can be taken
        // by another in the same save.
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            failing = int(i);
            const Item &entry = m_items.at(i);
            if (entry.deleted && !entry.original.id.isEmpty())
                store.remove(entry.original.id);
        }
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            failing = int(i);
            const Item &entry = m_items.at(i);
            if (entry.deleted || entry.original.id.isEmpty() || sameSegment(entry.original, entry.current))
                continue;
            store.update(entry.current);
            if (entry.current.archived != entry.original.archived)
                store.setArchived(entry.current.id, entry.current.archived);
        }
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            failing = int(i);
            const Item &entry = m_items.at(i);
            if (!entry.deleted && entry.original.id.isEmpty())
                store.create(entry.current);
        }
        tx.commit();
    } catch (const StoreError &error) {
        const Item &entry = m_items.at(failing);
        const QString name
            = entry.current.name.trimmed().isEmpty() ? entry.original.name : entry.current.name.trimmed();
        showProblem(name.isEmpty() ? error.message() : tr("%1: %2").arg(name, error.message()));
        if (!entry.deleted) {
            m_shown = failing;
            refreshList();
            showItem(failing);
        }
        return false;
    }
    return true;
}

void SegmentsDialog::accept()
{
    if (!save())
        return;
    QDialog::accept();
}

void SegmentsDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

void SegmentsDialog::showProblem(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

} // namespace loopline
