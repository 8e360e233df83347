#pragma once

#include "store/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace loopline {

// A person's data rights for one contact: the consent history (with consent given or
// withdrawn recorded here), a copy of everything held about them as JSON and vCard,
// and erasure after a clear warning.
class PrivacyDialog : public QDialog
{
    Q_OBJECT

public:
    PrivacyDialog(Database &db, const QString &contactId, const QString &name, QWidget *parent = nullptr);

    QTableWidget *historyTable() const { return m_history; }
    // Writes <name>.json and <name>.vcf into folder; the paths written, or empty on error.
    QStringList exportTo(const QString &folder, QString *error = nullptr);
    // Erases without asking (the button asks first).
    bool eraseNow(const QString &reason, QString *error = nullptr);
    bool recordConsent(
        bool given, const QString &source, const QString &textVersion, QString *error = nullptr);

Q_SIGNALS:
    void consentChanged();
    void erased();

private:
    void reload();
    void askToRecord(bool given);
    void askToExport();
    void askToErase();

    Database &m_db;
    QString m_contactId;
    QString m_name;
    QTableWidget *m_history;
    QLabel *m_state;
};

} // namespace loopline
