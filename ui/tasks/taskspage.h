#pragma once

#include "store/taskstore.h"

#include <QDialog>
#include <QTimeZone>
#include <QWidget>
#include <array>
#include <functional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace loopline {

// Asks for a new personal task (title, due time, notes), or for a task's new due time.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    // With a fixed title the dialog only reschedules: the title is shown, not edited.
    TaskDialog(const QDateTime &due, const QTimeZone &zone, const QString &fixedTitle = {},
        QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QString title() const;
    QDateTime dueAt() const; // in the dialog's zone
    QString notes() const;

private:
    QTimeZone m_zone;
    QLineEdit *m_title;
    QDateTimeEdit *m_due;
    QPlainTextEdit *m_notes;
};

// "My tasks": the current user's tasks grouped into overdue, today, upcoming and
// recently done, worked through from the keyboard (Space: done, Enter: open the
// lead or deal, Del: delete).
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPage(Database &db, QWidget *parent = nullptr);

    QString title() const { return tr("My tasks"); }
    // The zone whose calendar days make "today"; the system's unless set.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // Reads the tasks again, keeping the current task when it is still there.
    void refresh();

    QTreeWidget *tree() const { return m_tree; }
    // The group's heading row; hidden while the group is empty.
    QTreeWidgetItem *group(TaskBucket bucket) const { return m_groups.at(size_t(bucket)); }
    QPushButton *addButton() const { return m_add; }
    bool isShowingEmptyState() const;
    QString statusText() const { return m_status; }
    QString currentTaskId() const;
    bool selectTask(const QString &id);

    // What the keys and buttons do to the current task; false when nothing happened.
    bool toggleDone();
    bool openCurrent();
    bool deleteCurrent(); // asks first
    bool rescheduleCurrent(); // asks for the new due time
    bool addTask(); // asks for the title and due time

    // "14:00 · in 2 hours", "05.01.2026 09:00 · 3 days late", "done 04.01.2026 10:12".
    static QString dueText(
        const Task &task, const QDateTime &now, const QTimeZone &zone, const QLocale &locale);

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);
    void statusChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setUpTree();
    void setUpEmptyState();
    void layOut();
    void connectSignals();
    void createGroups();
    void rememberExpanded(QTreeWidgetItem *item, bool expanded);
    void fill(const QList<TaskListItem> &items);
    void restoreCurrent(const QString &id, QTreeWidgetItem *group, const QList<TaskListItem> &items);
    QTreeWidgetItem *makeItem(const TaskListItem &item, const QDateTime &now) const;
    void updateGroups();
    void updateSummary(const QList<TaskListItem> &items);
    void updateButtons();
    QTreeWidgetItem *currentTaskItem() const;
    // The task to move to once the current one leaves its place (below it, else above it).
    QString neighbourId() const;
    void selectAfterChange(const QString &neighbour, const QString &fallback);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void showContextMenu(const QPoint &pos);
    bool run(const std::function<void()> &write);

    Database &m_db;
    QTimeZone m_zone;
    QLabel *m_heading;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_reschedule;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QLabel *m_hint;
    QStackedWidget *m_stack;
    QTimer *m_minuteTimer;
    std::array<QTreeWidgetItem *, 4> m_groups {};
    std::array<bool, 4> m_expanded {true, true, true, false};
    QString m_status;
};

} // namespace loopline
