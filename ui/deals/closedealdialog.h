#pragma once

#include "records/records.h"

#include <QComboBox>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;

namespace loopline {

class Database;

// An editable combo of the known competitors: pick one, or type a name. A name that matches
// no competitor (ignoring case) is a new one, which the caller creates when it saves.
class CompetitorPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit CompetitorPicker(Database &db, QWidget *parent = nullptr);

    // Re-reads the competitors, keeping what is typed.
    void reload();
    // The trimmed text.
    QString typedName() const;
    // The competitor the text names, or empty (nothing typed, or a new name).
    QString competitorId() const;
    // The stored name of that competitor, or the typed name when it is a new one.
    QString competitorName() const;
    bool isNewName() const { return !typedName().isEmpty() && competitorId().isEmpty(); }
    void clearChoice();

Q_SIGNALS:
    void choiceChanged();

private:
    Database &m_db;
};

// Asks what closing a deal needs. Won: the final amount (in the deal's currency) and the day
// it was won. Lost: the reason, the competitor that won when the reason needs one (an
// existing one or a new name), and a comment. OK stays disabled, saying why, until it is
// complete; apply() then closes the deal with DealClosing.
class CloseDealDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Won, Lost };

    CloseDealDialog(Database &db, const Deal &deal, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 finalAmountMinor() const;
    QDate closedOn() const;
    QString reasonId() const;
    bool reasonNeedsCompetitor() const;
    QString comment() const;
    // Why OK is disabled, or empty when the dialog is complete.
    QString problem() const;
    // Closes the deal as asked, creating a new competitor first, in one transaction.
    // Throws StoreError.
    void apply();

    QDoubleSpinBox *amountEdit() const { return m_amount; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *reasonBox() const { return m_reason; }
    CompetitorPicker *competitorPicker() const { return m_competitor; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

private:
    void buildWon(QFormLayout *form);
    void buildLost(QFormLayout *form);
    void recheck();

    Database &m_db;
    Deal m_deal;
    Mode m_mode;
    QDoubleSpinBox *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    CompetitorPicker *m_competitor = nullptr;
    QLabel *m_newCompetitor = nullptr;
    QLayout *m_competitorRow = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace loopline
