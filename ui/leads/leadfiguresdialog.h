#pragma once

#include "leads/leadfigures.h"
#include "store/database.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace loopline {

// The SDR and funnel figures of a period, for one SDR or everyone: leads received and
// taken, first response and SLA breaches, the MQL/SQL/SAL marks, the funnel steps with
// their conversion, and the SDR bonus with its rates written out. Read-only; the
// figures are computed again whenever the period or the SDR changes.
class LeadFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    enum FunnelColumn { StepColumn, LeadsColumn, FromPreviousColumn, FromFirstColumn, FunnelColumnCount };

    explicit LeadFiguresDialog(Database &db, QWidget *parent = nullptr);

    // The period [from, to], both days included, in local time.
    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    // Empty = everyone.
    void setSdr(const QString &sdr);
    QString sdr() const;
    // The figures shown, as last computed.
    const LeadFigures &figures() const { return m_figures; }

    QDateEdit *fromDateEdit() const { return m_from; }
    QDateEdit *toDateEdit() const { return m_to; }
    QComboBox *sdrCombo() const { return m_sdr; }
    QPushButton *thisMonthButton() const { return m_thisMonth; }
    QPushButton *lastMonthButton() const { return m_lastMonth; }
    QPushButton *thisQuarterButton() const { return m_thisQuarter; }
    QTableWidget *funnelTable() const { return m_funnel; }
    // The value label of a figure by its object name ("leadsReceived", "bonus", ...).
    QLabel *figureLabel(const QString &name) const { return m_values.value(name); }

    // A working-time duration for the user: "45 s", "12 min", "2 h 5 min".
    static QString formatDuration(qint64 ms);

    void done(int result) override;

public Q_SLOTS:
    void recompute();

private:
    QWidget *buildInputs();
    QWidget *buildFigures();
    QWidget *buildFunnel();
    QLabel *addFigure(QFormLayout *form, const QString &label, const QString &name);
    void fillSdrs();
    QDate today() const;

    void showFigures();
    void showFunnel();
    void showBonus(const LeadFiguresQuery &query);
    void setValue(const QString &name, const QString &text);

    Database &m_db;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_thisMonth = nullptr;
    QPushButton *m_lastMonth = nullptr;
    QPushButton *m_thisQuarter = nullptr;
    QComboBox *m_sdr = nullptr;
    QLabel *m_problem = nullptr;
    QHash<QString, QLabel *> m_values;
    QLabel *m_bonusRates = nullptr;
    QTableWidget *m_funnel = nullptr;
    LeadFigures m_figures;
};

} // namespace loopline
