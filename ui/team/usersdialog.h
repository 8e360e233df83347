#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace loopline {

class Database;

// Team → Users… on a team server, for its administrator: who may log in, as which team
// member and with which role (admin, manager, SDR, sales, booth). Adding a user makes
// the login and gives it the role's rights on the server; a role change or a removed
// login takes effect at the person's next connection.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);

    int rowCount() const;
    // The dialog's actions without their input dialogs, for tests and scripts; each shows
    // the server's refusal in the dialog and returns false.
    bool addUser(const QString &name, const QString &login, const QString &password, const QString &role);
    bool setRole(const QString &login, const QString &role);
    bool removeLogin(const QString &login);
    QString lastError() const;

private:
    void reload();
    void askAdd();
    void askRole();
    void askPassword();
    void askRemove();
    QString selectedLogin() const;
    void updateButtons();
    bool run(const std::function<void()> &change);

    Database &m_db;
    QTreeWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace loopline
