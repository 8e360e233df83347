#include "entrylisteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace loopline {

void EntryListEditor::setListName(const QString &name)
{
    m_table->setAccessibleName(name);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *combo = m_table->cellWidget(row, 0))
            combo->setAccessibleName(kindName());
    }
}

QString EntryListEditor::kindName() const
{
    return m_table->accessibleName().isEmpty() ? tr("Kind") : tr("Kind: %1").arg(m_table->accessibleName());
}

EntryListEditor::EntryListEditor(
    const QList<QPair<QString, QString>> &kinds, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_kinds(kinds)
    , m_placeholder(placeholder)
    , m_table(new QTableWidget(0, 2, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setFixedHeight(2 * (m_table->fontMetrics().height() + 14) + 4);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(tr("+"));
    add->setToolTip(tr("Add another"));
    auto *remove = new QToolButton(this);
    remove->setText(tr("−"));
    remove->setToolTip(tr("Remove the selected one"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
        Q_EMIT edited();
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &EntryListEditor::edited);
}

void EntryListEditor::addRow(const QString &kind, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *combo = new QComboBox(m_table);
    combo->setAccessibleName(kindName());
    for (const auto &[key, label] : m_kinds)
        combo->addItem(label, key);
    const int index = combo->findData(kind);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    connect(combo, &QComboBox::currentIndexChanged, this, &EntryListEditor::edited);
    m_table->setCellWidget(row, 0, combo);
    auto *item = new QTableWidgetItem(value);
    item->setToolTip(m_placeholder);
    m_table->setItem(row, 1, item);
}

void EntryListEditor::setEntries(const QList<QPair<QString, QString>> &entries)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const auto &[kind, value] : entries)
        addRow(kind, value);
}

QList<QPair<QString, QString>> EntryListEditor::entries() const
{
    QList<QPair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        const QTableWidgetItem *item = m_table->item(row, 1);
        const QString value = item ? item->text().trimmed() : QString();
        if (!value.isEmpty())
            result.append({combo ? combo->currentData().toString() : QString(), value});
    }
    return result;
}

} // namespace loopline
