#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace loopline {

// The timeline under a record's form: its notes, logged calls, meetings and e-mails
// and its recorded changes, newest first, and a line to log another.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    TimelineWidget(Database &db, const QString &entity, QWidget *parent = nullptr);
    // createdAt stands in for a "created" entry for records written in bulk (demo data, imports).
    void setRecord(const QString &id, const QDateTime &createdAt = {});
    void refresh();
    int entryCount() const;
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    void addNote();

    Database &m_db;
    QString m_entity;
    QString m_id;
    QDateTime m_createdAt;
    QListWidget *m_list;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QPushButton *m_add;
};

} // namespace loopline
