#include "rejecteddialog.h"

#include "sync/conflictstore.h"
#include "sync/replica.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

RejectedDialog::RejectedDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Changes the server refused"));
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({tr("Record"), tr("Change"), tr("Reason"), tr("When")});
    m_list->setAccessibleName(tr("Refused changes"));
    m_stack->addWidget(m_list);
    m_empty = new QLabel(tr("The server has taken every change made here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_clear = buttons->addButton(tr("C&lear the list…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearList(); });
    resize(780, 360);
    reload();
}

int RejectedDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

void RejectedDialog::reload()
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QList<RejectedChange> changes = Replica(m_db).rejected();
    const ConflictStore names(m_db);
    for (const RejectedChange &c : changes) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(
            0, tr("%1: %2").arg(ConflictStore::entityLabel(c.entity), names.recordName(c.entity, c.rowKey)));
        item->setText(1,
            c.field == "+"_L1 ? tr("New record")
                : c.field == "*"_L1
                ? tr("Deletion")
                : tr("%1 → %2").arg(ConflictStore::fieldLabel(c.entity, c.field), c.value));
        item->setText(2, c.reason);
        item->setToolTip(2, c.reason);
        item->setText(3, QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat));
    }
    m_list->setSortingEnabled(true);
    for (int i = 0; i < 4; ++i)
        m_list->resizeColumnToContents(i);
    m_stack->setCurrentWidget(changes.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    m_clear->setEnabled(!changes.isEmpty());
}

void RejectedDialog::clearList(bool ask)
{
    if (ask
        && QMessageBox::question(this, windowTitle(),
               tr("Clear the list of refused changes? The records are not changed by this."))
            != QMessageBox::Yes)
        return;
    Replica(m_db).clearRejected();
    reload();
}

} // namespace loopline
