#pragma once

#include "leads/leadconversion.h"
#include "leads/leadlifecycle.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace loopline {

// Asks what a status move needs — a comment when moving back, the reason to
// disqualify, the partner and its commission — and lets OK through only when
// LeadLifecycle::check() agrees.
class MoveLeadDialog : public QDialog
{
    Q_OBJECT

public:
    MoveLeadDialog(LeadStatus from, LeadStatus to, bool questionnaireComplete, QWidget *parent = nullptr);
    LeadLifecycle::Context context() const;
    // Whether the move needs anything typed (otherwise the caller may skip the dialog).
    static bool needsInput(LeadStatus from, LeadStatus to);

    QPlainTextEdit *commentEdit() const { return m_comment; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *partnerEdit() const { return m_partner; }
    QDoubleSpinBox *commissionEdit() const { return m_commission; }

private:
    void recheck();
    LeadStatus m_from;
    LeadStatus m_to;
    bool m_questionnaireComplete;
    QPlainTextEdit *m_comment;
    QComboBox *m_reason;
    QLineEdit *m_partner;
    QDoubleSpinBox *m_commission;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Shows what converting a lead will create and what it will reuse (and why), and
// asks for the deal's title, value and stage.
class ConvertLeadDialog : public QDialog
{
    Q_OBJECT

public:
    ConvertLeadDialog(Database &db, const Lead &lead, QWidget *parent = nullptr);
    LeadConversion::Request request() const;

    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *valueEdit() const { return m_value; }

private:
    QLineEdit *m_title;
    QDoubleSpinBox *m_value;
    QComboBox *m_currency;
    QComboBox *m_stage;
};

// Records the amount of the deal a partner made with a routed lead.
class PartnerDealDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerDealDialog(const Lead &lead, QWidget *parent = nullptr);
    qint64 amountMinor() const;
    QString currency() const;
    QDoubleSpinBox *amountEdit() const { return m_amount; }

private:
    QDoubleSpinBox *m_amount;
    QComboBox *m_currency;
};

} // namespace loopline
