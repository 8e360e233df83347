#pragma once

#include "common/recordeditor.h"
#include "records/records.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace loopline {

class EntryListEditor;
class RecordPicker;
class SegmentComboBox;

// The contact form: name, emails and phones with their kinds, company, owner,
// source, segment, tags, notes and the marketing consent with its date, source and text version.
class ContactEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit ContactEditor(Database &db, QWidget *parent = nullptr);

    bool load(const QString &id) override;
    void startNew() override;
    std::unique_ptr<QUndoCommand> makeDeleteCommand(const QString &id) override;
    QString recordTitle() const override;

    // For tests and keyboard-driven entry.
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *lastNameEdit() const { return m_lastName; }
    EntryListEditor *emailsEditor() const { return m_emails; }
    EntryListEditor *phonesEditor() const { return m_phones; }
    RecordPicker *companyPicker() const { return m_company; }
    SegmentComboBox *segmentBox() const { return m_segment; }

    QPushButton *privacyButton() const { return m_privacy; }

Q_SIGNALS:
    // The person was erased at their request: lists must read again.
    void erased(const QString &id);

protected:
    FieldErrors write(QString &id) override;
    void setFormEnabled(bool enabled) override;

private:
    Contact formContact() const;
    void updateConsentLabel();
    void openPrivacy();

    QWidget *m_form;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_jobTitle;
    RecordPicker *m_company;
    EntryListEditor *m_emails;
    EntryListEditor *m_phones;
    QLineEdit *m_owner;
    QComboBox *m_source;
    SegmentComboBox *m_segment;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QCheckBox *m_consent;
    QLabel *m_consentAt;
    QLineEdit *m_consentSource;
    QLineEdit *m_consentVersion;
    QPushButton *m_privacy = nullptr;
    Contact m_loaded;
};

} // namespace loopline
