#include "usersdialog.h"

#include "common/banner.h"
#include "server/serversetup.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QString roleLabel(const QString &key)
{
    if (key == "admin"_L1)
        return UsersDialog::tr("Administrator");
    if (key == "manager"_L1)
        return UsersDialog::tr("Manager");
    if (key == "sdr"_L1)
        return UsersDialog::tr("SDR");
    if (key == "sales"_L1)
        return UsersDialog::tr("Sales rep");
    if (key == "booth"_L1)
        return UsersDialog::tr("Booth staff");
    return key;
}

QComboBox *roleCombo(QWidget *parent, const QString &current = QString())
{
    auto *combo = new QComboBox(parent);
    for (const QString &key : ServerSetup::roleKeys())
        combo->addItem(roleLabel(key), key);
    const int at = combo->findData(current.isEmpty() ? u"sales"_s : current);
    combo->setCurrentIndex(std::max(at, 0));
    return combo;
}

} // namespace

UsersDialog::UsersDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Users of the team server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Who may log in to %1, and with which rights. The server enforces the rights: a "
                        "sales rep sees their own leads and deals, an SDR the lead queue, booth staff "
                        "can only add leads.")
                         .arg(db.spec().displayName().toHtmlEscaped()),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({tr("Team member"), tr("Role"), tr("Login")});
    m_list->setAccessibleName(tr("Users"));
    layout->addWidget(m_list, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(tone::textStyle(tone::error()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add user…"), QDialogButtonBox::ActionRole);
    m_role = buttons->addButton(tr("Change &role…"), QDialogButtonBox::ActionRole);
    m_password = buttons->addButton(tr("Set &password…"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Re&move login…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::askAdd);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::askRole);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::askPassword);
    connect(m_remove, &QPushButton::clicked, this, &UsersDialog::askRemove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    resize(640, 420);
    reload();
}

int UsersDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString UsersDialog::lastError() const
{
    return m_error->text();
}

void UsersDialog::reload()
{
    m_list->clear();
    QSqlQuery q = m_db.run(u"SELECT name, role, COALESCE(login, '') FROM team_members ORDER BY name"_s);
    while (q.next()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, q.value(0).toString());
        item->setText(1, roleLabel(q.value(1).toString()));
        item->setData(1, Qt::UserRole, q.value(1).toString());
        item->setText(2, q.value(2).toString().isEmpty() ? tr("(no login)") : q.value(2).toString());
        item->setData(2, Qt::UserRole, q.value(2).toString());
    }
    for (int i = 0; i < 3; ++i)
        m_list->resizeColumnToContents(i);
    updateButtons();
}

QString UsersDialog::selectedLogin() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(2, Qt::UserRole).toString() : QString();
}

void UsersDialog::updateButtons()
{
    const bool hasLogin = !selectedLogin().isEmpty();
    m_role->setEnabled(hasLogin);
    m_password->setEnabled(hasLogin);
    m_remove->setEnabled(hasLogin);
}

bool UsersDialog::run(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StoreError &error) {
        m_error->setText(error.message());
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    reload();
    return true;
}

bool UsersDialog::addUser(
    const QString &name, const QString &login, const QString &password, const QString &role)
{
    return run([&] { ServerSetup::addUser(m_db, login.trimmed(), password, role, name.trimmed()); });
}

bool UsersDialog::setRole(const QString &login, const QString &role)
{
    return run([&] { ServerSetup::setRole(m_db, login, role); });
}

bool UsersDialog::removeLogin(const QString &login)
{
    return run([&] { ServerSetup::removeUser(m_db, login); });
}

void UsersDialog::askAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add user"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *login = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    QComboBox *role = roleCombo(&dialog);
    form->addRow(tr("Team &member:"), name);
    form->addRow(tr("&Login:"), login);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("&Role:"), role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addUser(name->text(), login->text(), password->text(), role->currentData().toString());
}

void UsersDialog::askRole()
{
    const QString login = selectedLogin();
    const QStringList keys = ServerSetup::roleKeys();
    QStringList labels;
    for (const QString &key : keys)
        labels << roleLabel(key);
    bool ok = false;
    const QString current = m_list->currentItem()->data(1, Qt::UserRole).toString();
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(login),
        labels, std::max<int>(0, int(keys.indexOf(current))), false, &ok);
    if (ok)
        setRole(login, keys.value(labels.indexOf(chosen)));
}

void UsersDialog::askPassword()
{
    const QString login = selectedLogin();
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Set password"), tr("New password for %1:").arg(login), QLineEdit::Password, QString(), &ok);
    if (ok)
        run([&] { ServerSetup::setPassword(m_db, login, password); });
}

void UsersDialog::askRemove()
{
    const QString login = selectedLogin();
    if (QMessageBox::question(this, tr("Remove login"),
            tr("Remove the login %1? The team member and their records stay; they can no longer log in.")
                .arg(login))
        == QMessageBox::Yes)
        removeLogin(login);
}

} // namespace loopline
