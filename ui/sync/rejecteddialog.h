#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace loopline {

class Database;

// Team → Refused changes…: local changes the team server did not take (the role's
// rights, a rule), with its reason. The records themselves are already back as the server
// has them; the list is for knowing what did not go through, and can be cleared.
class RejectedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RejectedDialog(Database &db, QWidget *parent = nullptr);
    int rowCount() const;
    // Empties the list after asking (ask = false: without asking).
    void clearList(bool ask = true);

private:
    void reload();

    Database &m_db;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace loopline
