#pragma once

#include "store/backups.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace loopline {

// Picks a backup to restore: the backups of the database, newest first, with what each
// holds (read when it is selected, checking the file), or another file. Restoring itself is
// the caller's: the database must be closed first.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const Backups &backups, const QString &databasePath, QWidget *parent = nullptr);

    // The backup chosen, checked; empty until accepted.
    QString chosen() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }
    QLabel *details() const { return m_details; }
    QPushButton *restoreButton() const { return m_restore; }

    // Asks whether to replace the database with the backup (its date and contents named),
    // saying the current file is kept beside it.
    // checked: what Backups::check found in the backup.
    static bool confirm(
        QWidget *parent, const QString &backup, const FileCheck &checked, const QString &databasePath);

private:
    void showSelected();
    void chooseOtherFile();
    void select(const QString &path);

    QString m_databasePath;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_chosen;
    QString m_checkedPath;
    FileCheck m_checked;
};

// Says what a checked file holds, in the user's locale: "412 contacts, 37 deals, 58 leads".
QString describeContents(const FileCheck &checked);

} // namespace loopline
