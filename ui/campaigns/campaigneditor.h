#pragma once

#include "campaigns/campaignstore.h"
#include "common/recordeditor.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace loopline {

// The campaign page: what was planned and spent, what was reached, and below it the
// plan against the actual result, the leads and deals counted from the leads that
// name the campaign.
class CampaignEditor : public RecordEditor
{
    Q_OBJECT

public:
    // The rows of the figures table, top to bottom.
    enum FigureRow {
        CostRow,
        ReachRow,
        VisitsRow,
        LeadsRow,
        MqlRow,
        SqlRow,
        WonRow,
        RevenueRow,
        PerContactRow,
        PerVisitRow,
        PerLeadRow,
        PerMqlRow,
        PerWonRow,
        RoiRow,
        FigureRowCount
    };

    explicit CampaignEditor(Database &db, QWidget *parent = nullptr);

    bool load(const QString &id) override;
    void startNew() override;
    std::unique_ptr<QUndoCommand> makeDeleteCommand(const QString &id) override;
    QString recordTitle() const override;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *currencyBox() const { return m_currency; }
    QDoubleSpinBox *budgetEdit() const { return m_budget; }
    QSpinBox *planReachEdit() const { return m_planReach; }
    QSpinBox *planVisitsEdit() const { return m_planVisits; }
    QSpinBox *actualReachEdit() const { return m_actualReach; }
    QSpinBox *actualVisitsEdit() const { return m_actualVisits; }
    QTableWidget *figuresTable() const { return m_figures; }
    // The text of a cell of the figures table: column 0 is the plan, 1 the actual.
    QString figure(FigureRow row, int column) const;

protected:
    FieldErrors write(QString &id) override;
    void setFormEnabled(bool enabled) override;

private:
    QWidget *buildForm();
    QSpinBox *countBox();
    QList<QSpinBox *> countBoxes() const;
    QDoubleSpinBox *moneyBox();
    Campaign fromForm() const;
    // Plan and actual from the form, with the counts from the leads as last loaded.
    void showFigures();

    QWidget *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_channel;
    QCheckBox *m_hasStart;
    QDateEdit *m_startsOn;
    QCheckBox *m_hasEnd;
    QDateEdit *m_endsOn;
    QComboBox *m_currency;
    QDoubleSpinBox *m_budget;
    QCheckBox *m_costDiffers;
    QDoubleSpinBox *m_actualCost;
    QSpinBox *m_planReach;
    QSpinBox *m_planVisits;
    QSpinBox *m_planLeads;
    QSpinBox *m_planMql;
    QSpinBox *m_planSql;
    QSpinBox *m_planWon;
    QDoubleSpinBox *m_planRevenue;
    QSpinBox *m_actualReach;
    QSpinBox *m_actualVisits;
    QPlainTextEdit *m_notes;
    QTabWidget *m_tabs;
    QTableWidget *m_figures;
    QLabel *m_figuresHint;
    Campaign m_loaded;
    CampaignFigures m_stored; // as last read from the database
};

} // namespace loopline
