#include "recordsdialog.h"

#include "common/celldelegate.h"
#include "common/windowsize.h"
#include "models/recordlistmodel.h"
#include "store/listquery.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {
const QString kSizeGroup = u"recordsDialog"_s;
}

RecordsDialog::RecordsDialog(Database &db, const QString &title, const DrillDown &records, QWidget *parent)
    : QDialog(parent)
    , m_entity(records.entity)
    , m_model(
          new RecordListModel(db, records.entity == u"lead"_s ? ListSpec::leads() : ListSpec::deals(), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(title);
    m_model->setCondition(records.condition, records.values);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(m_entity == u"lead"_s ? tr("Leads") : tr("Deals"));
    connect(m_view, &QAbstractItemView::activated, this, &RecordsDialog::openCurrent);

    const qint64 total = m_model->totalCount();
    m_count->setText(m_entity == u"lead"_s ? tr("%n lead(s)", nullptr, int(total))
                                           : tr("%n deal(s)", nullptr, int(total)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setEnabled(false);
    connect(open, &QPushButton::clicked, this, &RecordsDialog::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, open,
        [open](const QModelIndex &current) { open->setEnabled(current.isValid()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    restoreWindowSize(this, kSizeGroup, QSize(760, 480));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->resizeColumnsToContents();
}

RecordsDialog::~RecordsDialog()
{
    saveWindowSize(this, kSizeGroup);
}

void RecordsDialog::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openRecord(m_entity, m_model->idAt(current.row()));
}

} // namespace loopline
