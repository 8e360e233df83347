#pragma once

#include "common/recordeditor.h"
#include "deals/closedealdialog.h"
#include "records/records.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace loopline {

class RecordPicker;
class SegmentComboBox;

// The deal form: title, company, contacts, value and currency, stage, owner, segment,
// expected close date, the competitors it is up against and the collateral sent to it. The status is shown,
// not edited: Won… and Lost… close the deal through CloseDealDialog, Reopen… opens it again.
class DealEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit DealEditor(Database &db, QWidget *parent = nullptr);

    bool load(const QString &id) override;
    void startNew() override;
    std::unique_ptr<QUndoCommand> makeDeleteCommand(const QString &id) override;
    QString recordTitle() const override;
    // Refreshes the stage list after stages were configured.
    void reloadStages();

    // Close or reopen the shown deal (saving the form first when it was edited); true when done.
    bool closeAsWon();
    bool closeAsLost();
    bool reopenDeal();

    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *valueEdit() const { return m_value; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *fromLeadLabel() const { return m_fromLead; }
    QLabel *lossReasonLabel() const { return m_lossReason; }
    QPushButton *wonButton() const { return m_won; }
    QPushButton *lostButton() const { return m_lost; }
    QPushButton *reopenButton() const { return m_reopen; }
    QListWidget *competitorsList() const { return m_competitors; }
    CompetitorPicker *competitorPicker() const { return m_competitorPicker; }
    QPushButton *addCompetitorButton() const { return m_addCompetitor; }
    QPushButton *removeCompetitorButton() const { return m_removeCompetitor; }
    SegmentComboBox *segmentBox() const { return m_segment; }
    QListWidget *collateralList() const { return m_collateral; }
    QPushButton *sendCollateralButton() const { return m_sendCollateral; }
    QPushButton *removeCollateralButton() const { return m_unsendCollateral; }

    // Asks which pieces of collateral were sent and records them now; true when some were.
    bool sendCollateral();
    // Forgets, after asking, that the selected piece was sent; true when it was removed.
    bool removeSentCollateral();

protected:
    FieldErrors write(QString &id) override;
    void setFormEnabled(bool enabled) override;

private:
    void showLead(const QString &dealId);
    void addContact(const QString &id, const QString &label);
    QLayout *buildStatusRow();
    QLayout *buildCompetitorsBox();
    QLayout *buildCollateralBox();
    void loadCollateral(const QString &dealId);
    void showStatus(const Deal &deal);
    QString lossText(const Deal &deal) const;
    void loadCompetitors(const QString &dealId);
    void addCompetitor(const QString &id, const QString &name);
    void addTypedCompetitor();
    QStringList saveCompetitors();
    bool saveBeforeClosing();
    bool closeWith(CloseDealDialog::Mode mode);

    QWidget *m_form;
    QLineEdit *m_title;
    RecordPicker *m_company;
    QListWidget *m_contacts;
    RecordPicker *m_contactPicker;
    QDoubleSpinBox *m_value;
    QComboBox *m_currency;
    QComboBox *m_stage;
    QLabel *m_statusLabel;
    QLabel *m_lossReason;
    QPushButton *m_won;
    QPushButton *m_lost;
    QPushButton *m_reopen;
    QListWidget *m_competitors;
    CompetitorPicker *m_competitorPicker;
    QPushButton *m_addCompetitor;
    QPushButton *m_removeCompetitor;
    QLineEdit *m_owner;
    SegmentComboBox *m_segment;
    QListWidget *m_collateral;
    QPushButton *m_sendCollateral;
    QPushButton *m_unsendCollateral;
    QCheckBox *m_hasClose;
    QDateEdit *m_close;
    QPlainTextEdit *m_notes;
    QLabel *m_fromLead;
    Deal m_loaded;
};

} // namespace loopline
