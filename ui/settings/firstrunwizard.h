#pragma once

#include <QTime>
#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QTimeEdit;

namespace loopline {

class Database;

// The assistant of the first start: where the data lives (this computer or the team's
// server), who is working (name and role) and, for a local database, the currency and the
// working hours the SDR response clock counts. Everything can be changed later.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Where { ThisComputer, TeamServer };
    enum PageId { WherePage, YouPage, WorkPage };
    struct Answers
    {
        Where where = Where::ThisComputer;
        QString name;
        QString role; // "sales", "sdr", "manager", "booth"
        QString currency;
        bool workingHours = true;
        QTime start {9, 0};
        QTime end {18, 0};
    };

    explicit FirstRunWizard(QWidget *parent = nullptr);
    Answers answers() const;

    // Whether to show it: no database named on the command line, the default file not made
    // yet, and the assistant not finished (or dismissed) before.
    static bool isDue(bool databaseNamed, const QString &defaultDatabasePath);
    static void markDone();
    // Keeps the name for the next starts and writes the local choices into db: the base
    // currency and the working hours of the response clock.
    static void apply(const Answers &answers, Database &db);
    // The name given in the assistant, for who writes records; empty when none.
    static QString savedName();
    static QString savedRole();

    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *currencyBox() const { return m_currency; }
    QCheckBox *workingHoursBox() const { return m_hours; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }

    int nextId() const override;
    bool validateCurrentPage() override;

private:
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_hours = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
};

} // namespace loopline
