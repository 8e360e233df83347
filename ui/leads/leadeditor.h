#pragma once

#include "common/recordeditor.h"
#include "leads/lead.h"
#include "leads/questionnaire.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace loopline {

class QuestionnaireForm;
class SegmentComboBox;

// The lead form: where it stands (status, SLA, score and why), what we know of the
// person (details), what qualification found (questionnaire and behaviour signals),
// and every status move with who, when and why. Moves offer only what the lifecycle
// allows; converting creates or links contact, company and deal.
class LeadEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit LeadEditor(Database &db, QWidget *parent = nullptr);

    bool load(const QString &id) override;
    void startNew() override;
    std::unique_ptr<QUndoCommand> makeDeleteCommand(const QString &id) override;
    QString recordTitle() const override;

    QLineEdit *lastNameEdit() const { return m_lastName; }
    QToolButton *moveButton() const { return m_move; }
    QPushButton *convertButton() const { return m_convert; }
    QuestionnaireForm *questionnaire() const { return m_questionnaire; }
    QTabWidget *tabs() const { return m_tabs; }
    SegmentComboBox *segmentBox() const { return m_segment; }
    // Moves the shown lead, asking for what the move needs; false when refused or cancelled.
    bool moveTo(LeadStatus status);
    // Converts the shown lead after the user confirmed in a dialog.
    void convert();
    // Records the deal a partner made with a routed lead (the commission follows).
    void reportPartnerDeal();

Q_SIGNALS:
    // The lead changed outside the form's Save (moved, taken, converted, signal added).
    void leadChanged(const QString &id);

protected:
    FieldErrors write(QString &id) override;
    void setFormEnabled(bool enabled) override;

private:
    QWidget *createDetailsTab();
    QWidget *createQualificationTab();
    void showState(const Lead &lead);
    void showHistory();
    void showSignals();
    void chooseTemplate(const QString &versionOrTemplateId);
    void addSignal();
    void afterChange();
    void reloadSources();

    QTabWidget *m_tabs;
    QLabel *m_state;
    QToolButton *m_move;
    QPushButton *m_convert;
    QWidget *m_details;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_jobTitle;
    QLineEdit *m_company;
    QComboBox *m_source;
    QLineEdit *m_campaign;
    QLineEdit *m_interest;
    QLineEdit *m_territory;
    SegmentComboBox *m_segment;
    QLineEdit *m_owner;
    QComboBox *m_rating;
    QPlainTextEdit *m_notes;
    QComboBox *m_template;
    QuestionnaireForm *m_questionnaire;
    QLabel *m_score;
    QListWidget *m_signals;
    QComboBox *m_signalKind;
    QSpinBox *m_signalShare;
    QPushButton *m_addSignal;
    QTreeWidget *m_history;
    Lead m_loaded;
    QList<QuestionField> m_shownFields;
    QString m_shownVersionId;
    bool m_answersModified = false;
};

} // namespace loopline
