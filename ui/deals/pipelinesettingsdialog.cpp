#include "pipelinesettingsdialog.h"

#include "common/banner.h"
#include "common/celldelegate.h"
#include "common/windowsize.h"
#include "pipeline/board.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"PipelineSettingsDialog"_s;

// Enter finishes editing a cell at once, so the change is written before anything
// else sees the key.
// Enter in one of the fields that make a new stage or task adds it, and goes no further:
// the dialog would otherwise take it for its Close button.
class EnterAdds : public QObject
{
public:
    EnterAdds(QWidget *field, std::function<void()> add)
        : QObject(field)
        , m_add(std::move(add))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(object))
            spin->interpretText();
        m_add();
        return true;
    }

private:
    std::function<void()> m_add;
};

QString formatPercent(int value)
{
    const QLocale locale;
    return locale.toString(value) + locale.percent();
}

// A stage's probability: shown as a percentage in the user's locale, edited in a spin box.
class ProbabilityDelegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(QLocale().percent());
        spin->setAlignment(Qt::AlignRight);
        spin->setFrame(false);
        return spin;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = formatPercent(index.data(Qt::EditRole).toInt());
    }
};

QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem *makeNumberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A stage name in a group box title, where "&" would otherwise be read as a mnemonic.
QString escapeMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

QString dueText(int days)
{
    return days == 0 ? PipelineSettingsDialog::tr("the same day")
                     : PipelineSettingsDialog::tr("after %n day(s)", nullptr, days);
}

} // namespace

PipelineSettingsDialog::PipelineSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Pipelines and stages"));
    m_banner->setObjectName(u"pipelineProblem"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(problemBannerStyle());
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buildPipelineRow());
    layout->addWidget(buildStageBox(), 2);
    layout->addWidget(buildTaskBox(), 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadPipelines(u"default"_s);
    restoreWindowSize(this, kSettingsGroup, QSize(640, 620));
}

// ---- Building ----

QLayout *PipelineSettingsDialog::buildPipelineRow()
{
    m_pipeline = new QComboBox(this);
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipeline->setMinimumContentsLength(16);
    m_renamePipeline = new QPushButton(tr("R&ename…"), this);
    m_renamePipeline->setToolTip(tr("Rename the pipeline"));
    m_newPipeline = new QPushButton(tr("New p&ipeline…"), this);
    auto *label = new QLabel(tr("&Pipeline:"), this);
    label->setBuddy(m_pipeline);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_pipeline);
    row->addWidget(m_renamePipeline);
    row->addWidget(m_newPipeline);
    row->addStretch(1);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        clearProblem();
        reloadStages({});
    });
    connect(m_renamePipeline, &QPushButton::clicked, this, &PipelineSettingsDialog::renamePipeline);
    connect(m_newPipeline, &QPushButton::clicked, this, &PipelineSettingsDialog::newPipeline);
    return row;
}

QGroupBox *PipelineSettingsDialog::buildStageBox()
{
    auto *box = new QGroupBox(tr("S&tages"), this);
    m_stages = makeTable({tr("Stage"), tr("Probability"), tr("Open deals")}, box);
    m_stages->setObjectName(u"stageTable"_s);
    m_stages->setAccessibleName(tr("Stages of the pipeline"));
    m_stages->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_stages->setItemDelegate(new CellDelegate(m_stages));
    m_stages->setItemDelegateForColumn(ProbabilityColumn, new ProbabilityDelegate(m_stages));
    m_stages->setMinimumHeight(m_stages->horizontalHeader()->sizeHint().height()
        + 6 * m_stages->verticalHeader()->defaultSectionSize() + 2 * m_stages->frameWidth());
    m_stages->verticalHeader()->setToolTip(tr("Stage number; new deals start in stage 0"));

    m_renameStage = new QPushButton(tr("&Rename"), box);
    m_renameStage->setToolTip(tr("Rename the stage (F2 or double click in the list)"));
    m_moveUp = new QPushButton(tr("Move &up"), box);
    m_moveUp->setToolTip(tr("Move the stage up (Alt+Up)"));
    m_moveDown = new QPushButton(tr("Move &down"), box);
    m_moveDown->setToolTip(tr("Move the stage down (Alt+Down)"));
    m_removeStage = new QPushButton(tr("Re&move"), box);
    m_removeStage->setToolTip(tr("Remove the stage; only a stage no deal has been in can go"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_renameStage, m_moveUp, m_moveDown, m_removeStage})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_stages, 1);
    tableRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(makeNote(tr("Name each stage for what the buyer has done, in the past tense: “Needs "
                                  "assessment booked”, “Proposal received”. The first stage is stage zero, "
                                  "where new deals start."),
        box));
    layout->addLayout(tableRow, 1);
    layout->addLayout(buildNewStageRow(box));

    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_stages);
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_stages);
    up->setContext(Qt::WidgetShortcut);
    down->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveStage(-1); });
    connect(down, &QShortcut::activated, this, [this] { moveStage(1); });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(m_renameStage, &QPushButton::clicked, this, &PipelineSettingsDialog::renameStage);
    connect(m_removeStage, &QPushButton::clicked, this, &PipelineSettingsDialog::removeStage);
    connect(m_stages, &QTableWidget::itemChanged, this, &PipelineSettingsDialog::stageEdited);
    connect(m_stages, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (!m_loading && row != previousRow)
            reloadTasks();
        updateButtons();
    });
    return box;
}

QLayout *PipelineSettingsDialog::buildNewStageRow(QWidget *parent)
{
    m_newStage = new QLineEdit(parent);
    m_newStage->setPlaceholderText(tr("e.g. Demo attended"));
    m_newProbability = new QSpinBox(parent);
    m_newProbability->setRange(0, 100);
    m_newProbability->setSuffix(QLocale().percent());
    m_newProbability->setAlignment(Qt::AlignRight);
    m_addStage = new QPushButton(tr("&Add stage"), parent);
    auto *label = new QLabel(tr("&New stage:"), parent);
    label->setBuddy(m_newStage);
    auto *probabilityLabel = new QLabel(tr("pro&bability"), parent);
    probabilityLabel->setBuddy(m_newProbability);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_newStage, 1);
    row->addWidget(probabilityLabel);
    row->addWidget(m_newProbability);
    row->addWidget(m_addStage);
    connect(m_newStage, &QLineEdit::textChanged, this, &PipelineSettingsDialog::updateButtons);
    for (QWidget *field : {static_cast<QWidget *>(m_newStage), static_cast<QWidget *>(m_newProbability)})
        new EnterAdds(field, [this] { addStage(); });
    connect(m_addStage, &QPushButton::clicked, this, &PipelineSettingsDialog::addStage);
    return row;
}

QGroupBox *PipelineSettingsDialog::buildTaskBox()
{
    m_taskBox = new QGroupBox(tr("Follow-up tas&ks"), this);
    m_tasks = makeTable({tr("Task"), tr("Due")}, m_taskBox);
    m_tasks->setObjectName(u"taskTable"_s);
    m_tasks->setAccessibleName(tr("Tasks of the stage"));
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->verticalHeader()->hide();
    // A few rows are enough; the stages get the height the dialog is given beyond that.
    m_tasks->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_tasks->setMinimumHeight(m_tasks->horizontalHeader()->sizeHint().height()
        + 4 * m_tasks->verticalHeader()->defaultSectionSize() + 2 * m_tasks->frameWidth());
    m_removeTask = new QPushButton(tr("Remo&ve task"), m_taskBox);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_removeTask);
    buttons->addStretch(1);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_tasks, 1);
    tableRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(m_taskBox);
    layout->addWidget(makeNote(tr("When a deal enters this stage, each task below is created for the deal's "
                                  "owner, due the given number of days later."),
        m_taskBox));
    layout->addLayout(tableRow, 1);
    layout->addLayout(buildNewTaskRow(m_taskBox));

    connect(m_removeTask, &QPushButton::clicked, this, &PipelineSettingsDialog::removeTask);
    connect(m_tasks, &QTableWidget::currentCellChanged, this, &PipelineSettingsDialog::updateButtons);
    return m_taskBox;
}

QLayout *PipelineSettingsDialog::buildNewTaskRow(QWidget *parent)
{
    m_newTask = new QLineEdit(parent);
    m_newTask->setPlaceholderText(tr("e.g. Call about the proposal"));
    m_dueDays = new QSpinBox(parent);
    m_dueDays->setRange(0, 365);
    m_dueDays->setValue(1);
    m_dueDays->setAlignment(Qt::AlignRight);
    auto *unit = new QLabel(tr("day(s)", nullptr, m_dueDays->value()), parent);
    m_addTask = new QPushButton(tr("Add ta&sk"), parent);
    auto *label = new QLabel(tr("Ne&w task:"), parent);
    label->setBuddy(m_newTask);
    auto *dueLabel = new QLabel(tr("due a&fter"), parent);
    dueLabel->setBuddy(m_dueDays);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_newTask, 1);
    row->addWidget(dueLabel);
    row->addWidget(m_dueDays);
    row->addWidget(unit);
    row->addWidget(m_addTask);
    connect(m_dueDays, &QSpinBox::valueChanged, unit,
        [unit](int days) { unit->setText(tr("day(s)", nullptr, days)); });
    connect(m_newTask, &QLineEdit::textChanged, this, &PipelineSettingsDialog::updateButtons);
    for (QWidget *field : {static_cast<QWidget *>(m_newTask), static_cast<QWidget *>(m_dueDays)})
        new EnterAdds(field, [this] { addTask(); });
    connect(m_addTask, &QPushButton::clicked, this, &PipelineSettingsDialog::addTask);
    return row;
}

// ---- Showing what is stored ----

QString PipelineSettingsDialog::currentPipelineId() const
{
    return m_pipeline->currentData().toString();
}

void PipelineSettingsDialog::selectPipeline(const QString &id)
{
    const int index = m_pipeline->findData(id);
    if (index >= 0)
        m_pipeline->setCurrentIndex(index);
}

QString PipelineSettingsDialog::currentStageId() const
{
    const QTableWidgetItem *item = m_stages->item(m_stages->currentRow(), StageNameColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int PipelineSettingsDialog::stageRow(const QString &id) const
{
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        if (m_stages->item(row, StageNameColumn)->data(Qt::UserRole).toString() == id)
            return row;
    }
    return -1;
}

void PipelineSettingsDialog::selectStage(const QString &id)
{
    const int row = stageRow(id);
    if (row >= 0)
        m_stages->setCurrentCell(row, StageNameColumn);
}

void PipelineSettingsDialog::reloadPipelines(const QString &select)
{
    {
        const QSignalBlocker blocker(m_pipeline);
        m_pipeline->clear();
        for (const Pipeline &pipeline : PipelineStore(m_db).pipelines())
            m_pipeline->addItem(PipelineStore::displayName(pipeline), pipeline.id);
        m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(select)));
    }
    reloadStages({});
}

// The current pipeline's stages with their open deals (from the board's kept totals).
void PipelineSettingsDialog::reloadStages(const QString &select)
{
    BoardFilter filter;
    filter.pipelineId = currentPipelineId();
    BoardQuery query(m_db);
    query.setFilter(filter);
    const QList<BoardColumn> columns = filter.pipelineId.isEmpty() ? QList<BoardColumn>() : query.columns();
    const QHash<QString, qint64> closed = closedDeals();
    {
        const QScopedValueRollback loading(m_loading, true);
        m_stages->setRowCount(0);
        m_shownNames.clear();
        for (const BoardColumn &column : columns)
            addStageRow(column, closed.value(column.stage.id));
        const int row = stageRow(select);
        m_stages->setCurrentCell(row >= 0 ? row : (m_stages->rowCount() > 0 ? 0 : -1), StageNameColumn);
    }
    reloadTasks();
}

// Won and lost deals stay in the stage they closed in, which keeps it from being removed.
QHash<QString, qint64> PipelineSettingsDialog::closedDeals() const
{
    QSqlQuery q = m_db.run(u"SELECT stage_id, COUNT(*) FROM deals WHERE status <> 'open' AND stage_id IN "
                           "(SELECT id FROM deal_stages WHERE pipeline_id = ?) GROUP BY stage_id"_s,
        {currentPipelineId()});
    QHash<QString, qint64> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

void PipelineSettingsDialog::addStageRow(const BoardColumn &column, qint64 closed)
{
    const QLocale locale;
    const int row = m_stages->rowCount();
    const QString name = DealStore::stageDisplayName(column.stage);
    m_shownNames.insert(column.stage.id, name);
    m_stages->insertRow(row);
    m_stages->setVerticalHeaderItem(row, new QTableWidgetItem(locale.toString(row)));
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, column.stage.id);
    m_stages->setItem(row, StageNameColumn, nameItem);
    auto *probability = makeNumberItem({});
    probability->setData(Qt::EditRole, column.stage.probability);
    m_stages->setItem(row, ProbabilityColumn, probability);
    auto *deals = makeNumberItem(locale.toString(column.count));
    deals->setFlags(deals->flags() & ~Qt::ItemIsEditable);
    deals->setData(Qt::UserRole, closed);
    deals->setToolTip(tr("Open: %L1. Won or lost in this stage: %L2.").arg(column.count).arg(closed));
    m_stages->setItem(row, OpenDealsColumn, deals);
}

void PipelineSettingsDialog::reloadTasks()
{
    const QString stageId = currentStageId();
    m_taskBox->setEnabled(!stageId.isEmpty());
    m_taskBox->setTitle(stageId.isEmpty()
            ? tr("Follow-up tas&ks")
            : tr("Follow-up tas&ks for “%1”").arg(escapeMnemonic(m_shownNames.value(stageId))));
    m_tasks->setRowCount(0);
    const QList<StageTask> tasks
        = stageId.isEmpty() ? QList<StageTask>() : PipelineStore(m_db).stageTasks(stageId);
    for (const StageTask &task : tasks) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        auto *title = new QTableWidgetItem(task.title);
        title->setData(Qt::UserRole, task.id);
        m_tasks->setItem(row, TaskTitleColumn, title);
        auto *due = new QTableWidgetItem(dueText(task.dueDays));
        due->setData(Qt::UserRole, task.dueDays);
        m_tasks->setItem(row, TaskDueColumn, due);
    }
    if (m_tasks->rowCount() > 0)
        m_tasks->setCurrentCell(0, TaskTitleColumn);
    updateButtons();
}

void PipelineSettingsDialog::updateButtons()
{
    const int row = m_stages->currentRow();
    const bool hasStage = row >= 0;
    m_renamePipeline->setEnabled(m_pipeline->count() > 0);
    m_renameStage->setEnabled(hasStage);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(hasStage && row < m_stages->rowCount() - 1);
    m_removeStage->setEnabled(hasStage);
    m_addStage->setEnabled(!currentPipelineId().isEmpty() && !m_newStage->text().trimmed().isEmpty());
    m_addTask->setEnabled(hasStage && !m_newTask->text().trimmed().isEmpty());
    m_removeTask->setEnabled(hasStage && m_tasks->currentRow() >= 0);
}

// ---- Changes ----

bool PipelineSettingsDialog::apply(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StoreError &error) {
        showProblem(error.message());
        return false;
    }
    clearProblem();
    Q_EMIT changed();
    return true;
}

void PipelineSettingsDialog::renamePipeline()
{
    const QString id = currentPipelineId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename pipeline"), tr("&Name:"), QLineEdit::Normal, m_pipeline->currentText(), &ok);
    if (!ok || name.trimmed() == m_pipeline->currentText())
        return;
    if (apply([&] { PipelineStore(m_db).renamePipeline(id, name); }))
        reloadPipelines(id);
}

void PipelineSettingsDialog::newPipeline()
{
    NewPipelineDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString id;
    if (apply([&] { id = PipelineStore(m_db).addPipeline(dialog.name(), dialog.stageNames()); }))
        reloadPipelines(id);
}

void PipelineSettingsDialog::addStage()
{
    const QString pipelineId = currentPipelineId();
    if (pipelineId.isEmpty() || m_newStage->text().trimmed().isEmpty())
        return;
    QString id;
    if (!apply([&] {
            id = PipelineStore(m_db).addStage(pipelineId, m_newStage->text(), m_newProbability->value());
        }))
        return;
    m_newStage->clear();
    reloadStages(id);
    m_newStage->setFocus(Qt::OtherFocusReason); // ready for the next one
}

void PipelineSettingsDialog::renameStage()
{
    const int row = m_stages->currentRow();
    if (row < 0)
        return;
    m_stages->setFocus(Qt::OtherFocusReason);
    m_stages->setCurrentCell(row, StageNameColumn);
    m_stages->editItem(m_stages->item(row, StageNameColumn));
}

// A name or probability edited in the table is written at once.
void PipelineSettingsDialog::stageEdited(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const QString id = m_stages->item(item->row(), StageNameColumn)->data(Qt::UserRole).toString();
    if (item->column() == ProbabilityColumn) {
        if (!apply([&] { PipelineStore(m_db).setProbability(id, item->data(Qt::EditRole).toInt()); }))
            QTimer::singleShot(0, this, [this, id] { reloadStages(id); }); // not while the view commits
        return;
    }
    if (item->column() != StageNameColumn)
        return;
    const QString name = item->text().trimmed();
    // Unchanged, a built-in stage keeps its translated name rather than storing it.
    if (name != m_shownNames.value(id) && apply([&] { PipelineStore(m_db).renameStage(id, name); })) {
        DealStage renamed;
        renamed.id = id;
        renamed.name = name;
        m_shownNames.insert(id, DealStore::stageDisplayName(renamed));
    }
    const QScopedValueRollback loading(m_loading, true);
    item->setText(m_shownNames.value(id));
    if (id == currentStageId())
        reloadTasks(); // the task box names the stage
}

void PipelineSettingsDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_stages->rowCount())
        return;
    const QString id = currentStageId();
    if (apply([&] { PipelineStore(m_db).moveStage(id, to); }))
        reloadStages(id);
    m_stages->setFocus(Qt::OtherFocusReason); // so the next Alt+Up goes on moving it
}

void PipelineSettingsDialog::removeStage()
{
    const int row = m_stages->currentRow();
    const QString id = currentStageId();
    if (id.isEmpty())
        return;
    const int neighbour = row + 1 < m_stages->rowCount() ? row + 1 : row - 1;
    const QString next = neighbour >= 0
        ? m_stages->item(neighbour, StageNameColumn)->data(Qt::UserRole).toString()
        : QString();
    if (!apply([&] { PipelineStore(m_db).removeStage(id); })) {
        // The store counts every deal in the stage; the table shows the open ones.
        if (const qint64 closed = m_stages->item(row, OpenDealsColumn)->data(Qt::UserRole).toLongLong();
            closed > 0)
            showProblem(m_banner->text() + u' '
                + tr("%n of them are won or lost and stay in the stage they closed in; rename the stage "
                     "instead.",
                    nullptr, int(closed)));
        m_stages->setFocus(Qt::OtherFocusReason);
        return;
    }
    reloadStages(next);
    m_stages->setFocus(Qt::OtherFocusReason);
}

void PipelineSettingsDialog::addTask()
{
    const QString stageId = currentStageId();
    if (stageId.isEmpty() || m_newTask->text().trimmed().isEmpty())
        return;
    QString id;
    if (!apply(
            [&] { id = PipelineStore(m_db).addStageTask(stageId, m_newTask->text(), m_dueDays->value()); }))
        return;
    m_newTask->clear();
    reloadTasks();
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        if (m_tasks->item(row, TaskTitleColumn)->data(Qt::UserRole).toString() == id)
            m_tasks->setCurrentCell(row, TaskTitleColumn);
    }
    m_newTask->setFocus(Qt::OtherFocusReason);
}

void PipelineSettingsDialog::removeTask()
{
    const int row = m_tasks->currentRow();
    if (row < 0)
        return;
    const QString id = m_tasks->item(row, TaskTitleColumn)->data(Qt::UserRole).toString();
    if (!apply([&] { PipelineStore(m_db).removeStageTask(id); }))
        return;
    reloadTasks();
    if (m_tasks->rowCount() > 0) {
        m_tasks->setCurrentCell(std::min(row, m_tasks->rowCount() - 1), TaskTitleColumn);
        m_tasks->setFocus(Qt::OtherFocusReason);
    } else {
        m_newTask->setFocus(Qt::OtherFocusReason);
    }
}

// ---- Problems ----

void PipelineSettingsDialog::showProblem(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

void PipelineSettingsDialog::clearProblem()
{
    m_banner->hide();
    m_banner->clear();
}

void PipelineSettingsDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

// ---------------------------------------------------------------------------------------------
// NewPipelineDialog

NewPipelineDialog::NewPipelineDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_stages(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New pipeline"));
    m_name->setPlaceholderText(tr("e.g. Partners"));
    m_stages->setTabChangesFocus(true);
    m_stages->setPlaceholderText(tr("Needs assessment booked\nNeeds confirmed\nProposal received"));
    okButton()->setText(tr("&Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Stages:"), m_stages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(makeNote(tr("One stage per line, in order. Name each for what the buyer has done, in "
                                  "the past tense; the first is stage zero, where new deals start. "
                                  "Probabilities and follow-up tasks are set once the pipeline exists."),
        this));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewPipelineDialog::updateOk);
    connect(m_stages, &QPlainTextEdit::textChanged, this, &NewPipelineDialog::updateOk);
    updateOk();
    resize(420, sizeHint().height());
}

QString NewPipelineDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList NewPipelineDialog::stageNames() const
{
    QStringList names;
    const QStringList lines = m_stages->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            names << line.trimmed();
    }
    return names;
}

QPushButton *NewPipelineDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewPipelineDialog::updateOk()
{
    okButton()->setEnabled(!name().isEmpty() && !stageNames().isEmpty());
}

} // namespace loopline
