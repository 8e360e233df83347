#include "taskspage.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

enum Column { TitleColumn, SubjectColumn, DueColumn };
enum Role { IdRole = Qt::UserRole, EntityRole, EntityIdRole, DoneRole };

const QColor kOverdueRed(0xc6, 0x28, 0x28);

// The edit shows wall-clock time in the task's zone; it is kept in UTC so that the
// machine's own daylight-saving rules never shift what the user typed.
QDateTime wallClock(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

// The locale's short formats, without seconds, which a due time never has.
QString shortFormat(QString format)
{
    return format.remove(u":ss"_s).remove(u".ss"_s).trimmed();
}

QString formatTime(const QLocale &locale, const QTime &time)
{
    return locale.toString(time, shortFormat(locale.timeFormat(QLocale::ShortFormat)));
}

QString formatDateTime(const QLocale &locale, const QDateTime &at)
{
    return locale.toString(at, shortFormat(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString elapsed(qint64 secs, bool late)
{
    const qint64 minutes = std::max<qint64>(1, secs / 60);
    if (minutes < 60)
        return late ? TasksPage::tr("%Ln minute(s) late", nullptr, int(minutes))
                    : TasksPage::tr("in %Ln minute(s)", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return late ? TasksPage::tr("%Ln hour(s) late", nullptr, int(minutes / 60))
                    : TasksPage::tr("in %Ln hour(s)", nullptr, int(minutes / 60));
    return TasksPage::tr("%Ln day(s) late", nullptr, int(minutes / (24 * 60)));
}

} // namespace

TaskDialog::TaskDialog(
    const QDateTime &due, const QTimeZone &zone, const QString &fixedTitle, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
    , m_title(new QLineEdit(this))
    , m_due(new QDateTimeEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    const bool rescheduling = !fixedTitle.isEmpty();
    setWindowTitle(rescheduling ? tr("Reschedule task") : tr("Add task"));
    m_title->setObjectName(u"taskTitle"_s);
    m_title->setPlaceholderText(tr("What needs doing"));
    m_title->setText(fixedTitle);
    m_title->setReadOnly(rescheduling);
    m_due->setObjectName(u"taskDue"_s);
    m_due->setTimeSpec(Qt::UTC);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(shortFormat(QLocale().dateTimeFormat(QLocale::ShortFormat)));
    m_due->setDateTime(wallClock(due, zone));
    m_notes->setObjectName(u"taskNotes"_s);
    m_notes->setPlaceholderText(tr("Optional"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_notes->setVisible(!rescheduling);

    auto *form = new QFormLayout;
    form->addRow(tr("&Task:"), m_title);
    form->addRow(tr("&Due:"), m_due);
    if (!rescheduling)
        form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(rescheduling ? tr("Reschedule") : tr("Add"));
    ok->setEnabled(rescheduling);
    connect(m_title, &QLineEdit::textChanged, ok,
        [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (rescheduling ? static_cast<QWidget *>(m_due) : m_title)->setFocus();
    setMinimumWidth(420);
}

QString TaskDialog::title() const
{
    return m_title->text().trimmed();
}

QDateTime TaskDialog::dueAt() const
{
    const QDateTime wall = m_due->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone);
}

QString TaskDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

TasksPage::TasksPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_zone(QTimeZone::systemTimeZone())
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("&Add task…"), this))
    , m_reschedule(new QPushButton(tr("&Reschedule…"), this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_minuteTimer(new QTimer(this))
{
    m_heading->setObjectName(u"tasksHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setObjectName(u"tasksSummary"_s);
    m_add->setToolTip(tr("Add a task of your own"));
    m_reschedule->setToolTip(tr("Change when the selected task is due"));

    setUpTree();
    setUpEmptyState();
    m_hint->setObjectName(u"tasksHint"_s);
    m_hint->setText(tr("Space: done / not done · Enter: open the lead or deal · Del: delete"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    layOut();
    connectSignals();

    // A task due at 14:00 becomes overdue at 14:00 while the page is open.
    m_minuteTimer->setInterval(60'000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_minuteTimer->start();
    refresh();
}

void TasksPage::setUpTree()
{
    m_tree->setObjectName(u"tasksTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Task"), tr("About"), tr("Due")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(DueColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(SubjectColumn, 260);
    m_tree->header()->resizeSection(DueColumn, 250);
    m_tree->installEventFilter(this);
    createGroups();
}

void TasksPage::setUpEmptyState()
{
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(tr("Nothing to do."),
        tr("Tasks appear here when a lead is handed to you or a deal enters a stage with follow-up tasks. "
           "Add one of your own with <b>Add task…</b>.")));
    m_empty->setMinimumWidth(480);
    m_empty->setMaximumWidth(560);
    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addWidget(m_empty, 0, Qt::AlignCenter);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(emptyPage);
}

void TasksPage::layOut()
{
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_summary);
    top->addLayout(titles, 1);
    top->addWidget(m_reschedule, 0, Qt::AlignBottom);
    top->addWidget(m_add, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_hint);
}

void TasksPage::connectSignals()
{
    connect(m_add, &QPushButton::clicked, this, &TasksPage::addTask);
    connect(m_reschedule, &QPushButton::clicked, this, &TasksPage::rescheduleCurrent);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item == currentTaskItem())
            openCurrent();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &TasksPage::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TasksPage::updateButtons);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &TasksPage::showContextMenu);
    connect(m_tree, &QTreeWidget::itemExpanded, this,
        [this](QTreeWidgetItem *item) { rememberExpanded(item, true); });
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
        [this](QTreeWidgetItem *item) { rememberExpanded(item, false); });
}

void TasksPage::createGroups()
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = m_tree->font();
        font.setBold(true);
        group->setFont(TitleColumn, font);
        group->setFirstColumnSpanned(true);
        m_groups.at(i) = group;
    }
    m_groups.at(size_t(TaskBucket::Overdue))->setForeground(TitleColumn, kOverdueRed);
}

void TasksPage::rememberExpanded(QTreeWidgetItem *item, bool expanded)
{
    const auto group = std::find(m_groups.begin(), m_groups.end(), item);
    if (group != m_groups.end())
        m_expanded.at(size_t(group - m_groups.begin())) = expanded;
}

void TasksPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void TasksPage::refresh()
{
    const QString current = currentTaskId();
    QTreeWidgetItem *currentGroup
        = m_tree->currentItem() && !m_tree->currentItem()->parent() ? m_tree->currentItem() : nullptr;
    const QString user = m_db.currentUser();
    m_heading->setText(user.isEmpty() ? tr("My tasks") : tr("My tasks — %1").arg(user));
    QList<TaskListItem> items;
    try {
        items = TaskStore(m_db).myTasks(user, m_db.clock().now(), m_zone);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Cannot read the tasks"), error.message());
        return;
    }
    fill(items);
    restoreCurrent(current, currentGroup, items);
    m_stack->setCurrentIndex(items.isEmpty() ? 1 : 0);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_hint, m_summary, m_reschedule})
        widget->setVisible(!items.isEmpty());
    updateSummary(items);
    updateButtons();
}

// The same task as before, or the same group heading, or else the first open task.
void TasksPage::restoreCurrent(const QString &id, QTreeWidgetItem *group, const QList<TaskListItem> &items)
{
    if (selectTask(id))
        return;
    if (group && !group->isHidden())
        m_tree->setCurrentItem(group);
    else if (!items.isEmpty() && !items.first().task.isDone())
        selectTask(items.first().task.id);
}

void TasksPage::fill(const QList<TaskListItem> &items)
{
    const QSignalBlocker blocker(m_tree);
    for (QTreeWidgetItem *group : m_groups)
        qDeleteAll(group->takeChildren());
    const QDateTime now = m_db.clock().now();
    for (const TaskListItem &item : items)
        m_groups.at(size_t(item.bucket))->addChild(makeItem(item, now));
    updateGroups();
}

QTreeWidgetItem *TasksPage::makeItem(const TaskListItem &item, const QDateTime &now) const
{
    const Task &task = item.task;
    auto *row = new QTreeWidgetItem;
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    row->setData(TitleColumn, IdRole, task.id);
    row->setData(TitleColumn, EntityRole, task.entity);
    row->setData(TitleColumn, EntityIdRole, task.entityId);
    row->setData(TitleColumn, DoneRole, task.isDone());
    row->setCheckState(TitleColumn, task.isDone() ? Qt::Checked : Qt::Unchecked);
    row->setText(TitleColumn, task.title);
    row->setToolTip(TitleColumn, task.notes.isEmpty() ? task.title : task.title + u"\n\n"_s + task.notes);
    if (!item.subject.isEmpty())
        row->setText(SubjectColumn, item.subject);
    else if (!task.entity.isEmpty())
        row->setText(SubjectColumn, tr("(deleted)"));
    row->setText(DueColumn, dueText(task, now, m_zone, QLocale()));
    row->setToolTip(DueColumn, QLocale().toString(task.dueAt.toTimeZone(m_zone), QLocale::LongFormat));
    if (item.bucket == TaskBucket::Overdue)
        row->setForeground(DueColumn, kOverdueRed);
    if (task.isDone()) {
        const QBrush grey = m_tree->palette().brush(QPalette::PlaceholderText);
        for (int column : {TitleColumn, SubjectColumn, DueColumn})
            row->setForeground(column, grey);
    }
    return row;
}

void TasksPage::updateGroups()
{
    const std::array<QString, 4> names = {tr("Overdue"), tr("Today"), tr("Upcoming"), tr("Done")};
    for (size_t i = 0; i < m_groups.size(); ++i) {
        QTreeWidgetItem *group = m_groups.at(i);
        group->setText(TitleColumn, tr("%1 (%2)").arg(names.at(i), QLocale().toString(group->childCount())));
        group->setHidden(group->childCount() == 0);
        group->setExpanded(m_expanded.at(i));
    }
}

void TasksPage::updateSummary(const QList<TaskListItem> &items)
{
    std::array<int, 4> counts {};
    for (const TaskListItem &item : items)
        ++counts.at(size_t(item.bucket));
    QStringList parts;
    if (counts[0] > 0)
        parts << tr("%Ln overdue", nullptr, counts[0]);
    if (counts[1] > 0)
        parts << tr("%Ln due today", nullptr, counts[1]);
    if (counts[2] > 0)
        parts << tr("%Ln upcoming", nullptr, counts[2]);
    m_status = parts.isEmpty() ? tr("Nothing left to do.") : parts.join(u" · "_s);
    m_summary->setText(m_status);
    Q_EMIT statusChanged(m_status);
}

void TasksPage::updateButtons()
{
    m_reschedule->setEnabled(currentTaskItem() && !currentTaskItem()->data(TitleColumn, DoneRole).toBool());
}

bool TasksPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QTreeWidgetItem *TasksPage::currentTaskItem() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->parent() ? item : nullptr;
}

QString TasksPage::currentTaskId() const
{
    const QTreeWidgetItem *item = currentTaskItem();
    return item ? item->data(TitleColumn, IdRole).toString() : QString();
}

bool TasksPage::selectTask(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (QTreeWidgetItem *group : m_groups) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (item->data(TitleColumn, IdRole).toString() != id)
                continue;
            if (!group->isExpanded())
                group->setExpanded(true);
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

QString TasksPage::neighbourId() const
{
    QTreeWidgetItem *item = currentTaskItem();
    if (!item)
        return {};
    const QTreeWidgetItem *group = item->parent();
    const int index = group->indexOfChild(item);
    const QTreeWidgetItem *next = group->child(index + 1) ? group->child(index + 1) : group->child(index - 1);
    return next ? next->data(TitleColumn, IdRole).toString() : QString();
}

void TasksPage::selectAfterChange(const QString &neighbour, const QString &fallback)
{
    if (selectTask(neighbour) || selectTask(fallback))
        return;
    for (QTreeWidgetItem *group : m_groups) {
        if (group->childCount() > 0 && group != m_groups.back()) {
            m_tree->setCurrentItem(group->child(0));
            return;
        }
    }
}

bool TasksPage::run(const std::function<void()> &write)
{
    try {
        write();
        return true;
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Cannot change the task"), error.message());
        refresh();
        return false;
    }
}

bool TasksPage::toggleDone()
{
    const QTreeWidgetItem *item = currentTaskItem();
    if (!item)
        return false;
    const QString id = item->data(TitleColumn, IdRole).toString();
    const bool done = !item->data(TitleColumn, DoneRole).toBool();
    const QString neighbour = neighbourId();
    if (!run([&] { TaskStore(m_db).setDone(id, done); }))
        return false;
    refresh();
    // Work on down the list: the next task takes the place of the one just done.
    selectAfterChange(neighbour, id);
    return true;
}

bool TasksPage::openCurrent()
{
    const QTreeWidgetItem *item = currentTaskItem();
    if (!item || item->data(TitleColumn, EntityIdRole).toString().isEmpty())
        return false;
    Q_EMIT openRecord(
        item->data(TitleColumn, EntityRole).toString(), item->data(TitleColumn, EntityIdRole).toString());
    return true;
}

bool TasksPage::deleteCurrent()
{
    const QTreeWidgetItem *item = currentTaskItem();
    if (!item)
        return false;
    const QString id = item->data(TitleColumn, IdRole).toString();
    const auto answer = QMessageBox::question(this, tr("Delete task"),
        tr("Delete the task “%1”?").arg(item->text(TitleColumn)), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const QString neighbour = neighbourId();
    if (!run([&] { TaskStore(m_db).remove(id); }))
        return false;
    refresh();
    selectAfterChange(neighbour, QString());
    return true;
}

bool TasksPage::rescheduleCurrent()
{
    const QTreeWidgetItem *item = currentTaskItem();
    if (!item)
        return false;
    const QString id = item->data(TitleColumn, IdRole).toString();
    const std::optional<Task> task = TaskStore(m_db).get(id);
    if (!task) {
        refresh(); // deleted by someone else meanwhile
        return false;
    }
    TaskDialog dialog(task->dueAt, m_zone, task->title, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!run([&] { TaskStore(m_db).reschedule(id, dialog.dueAt()); }))
        return false;
    refresh();
    selectTask(id);
    return true;
}

bool TasksPage::addTask()
{
    // By default: the next full hour, or 9:00 tomorrow late in the day.
    const QDateTime now = m_db.clock().now().toTimeZone(m_zone);
    QDateTime due(now.date(), QTime(now.time().hour(), 0), m_zone);
    due = due.addSecs(2 * 3600);
    if (due.date() != now.date() || due.time().hour() >= 19)
        due = QDateTime(now.date().addDays(1), QTime(9, 0), m_zone);
    TaskDialog dialog(due, m_zone, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Task task;
    task.title = dialog.title();
    task.dueAt = dialog.dueAt();
    task.notes = dialog.notes();
    task.owner = m_db.currentUser();
    QString id;
    if (!run([&] { id = TaskStore(m_db).create(task); }))
        return false;
    refresh();
    selectTask(id);
    return true;
}

void TasksPage::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != TitleColumn || !item->parent())
        return;
    const bool checked = item->checkState(TitleColumn) == Qt::Checked;
    if (checked == item->data(TitleColumn, DoneRole).toBool())
        return;
    // The click that checked the box is still being handled: change the list afterwards.
    const QString id = item->data(TitleColumn, IdRole).toString();
    QTimer::singleShot(0, this, [this, id] {
        if (selectTask(id))
            toggleDone();
    });
}

void TasksPage::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item || !item->parent())
        return;
    m_tree->setCurrentItem(item);
    const bool done = item->data(TitleColumn, DoneRole).toBool();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open"), this, &TasksPage::openCurrent);
    open->setEnabled(!item->data(TitleColumn, EntityIdRole).toString().isEmpty());
    menu.addAction(done ? tr("Mark as &not done") : tr("Mark as &done"), this, &TasksPage::toggleDone);
    menu.addAction(tr("&Reschedule…"), this, &TasksPage::rescheduleCurrent)->setEnabled(!done);
    menu.addSeparator();
    menu.addAction(tr("De&lete…"), this, &TasksPage::deleteCurrent);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

bool TasksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!currentTaskItem())
        return QWidget::eventFilter(watched, event);
    if ((key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier)
        || (enter && key->modifiers().testFlag(Qt::ControlModifier)))
        return toggleDone() || true;
    if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier)
        return openCurrent() || true;
    if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace)
        return deleteCurrent() || true;
    return QWidget::eventFilter(watched, event);
}

void TasksPage::showEvent(QShowEvent *event)
{
    // Tasks are written elsewhere too (hand-offs, stage moves): read them again on each visit.
    refresh();
    QWidget::showEvent(event);
}

QString TasksPage::dueText(
    const Task &task, const QDateTime &now, const QTimeZone &zone, const QLocale &locale)
{
    if (task.isDone())
        return tr("done %1").arg(formatDateTime(locale, task.doneAt.toTimeZone(zone)));
    const QDateTime due = task.dueAt.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QString when = due.date() == today ? formatTime(locale, due.time()) : formatDateTime(locale, due);
    QString relative;
    if (task.dueAt < now)
        relative = elapsed(task.dueAt.secsTo(now), true);
    else if (due.date() == today)
        relative = elapsed(now.secsTo(task.dueAt), false);
    else if (today.daysTo(due.date()) == 1)
        relative = tr("tomorrow");
    else
        relative = tr("in %Ln day(s)", nullptr, int(today.daysTo(due.date())));
    return tr("%1 · %2", "due time · how far off").arg(when, relative);
}

} // namespace loopline
