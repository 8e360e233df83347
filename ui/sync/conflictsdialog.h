#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace loopline {

class Database;

// The conflict list: fields two people changed without seeing each other's change.
// Each row shows the record, the field, the value that was kept (the later edit) and
// the other one, with who made each; a person keeps the value or takes the other.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Database &db, QWidget *parent = nullptr);

    int rowCount() const;
    void selectRow(int row);

Q_SIGNALS:
    // A record was changed by taking the other value.
    void recordsChanged();

private:
    void reload();
    void keepSelected();
    void useOtherSelected();
    void updateButtons();
    QString selectedId() const;

    Database &m_db;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_useOther = nullptr;
};

} // namespace loopline
