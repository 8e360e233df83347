#pragma once

#include "common/recordeditor.h"
#include "records/records.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace loopline {

class RecordPicker;

// The deal form: title, company, contacts, value and currency, stage, status,
// owner and expected close date.
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

    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *valueEdit() const { return m_value; }

protected:
    FieldErrors write(QString &id) override;
    void setFormEnabled(bool enabled) override;

private:
    void addContact(const QString &id, const QString &label);

    QWidget *m_form;
    QLineEdit *m_title;
    RecordPicker *m_company;
    QListWidget *m_contacts;
    RecordPicker *m_contactPicker;
    QDoubleSpinBox *m_value;
    QComboBox *m_currency;
    QComboBox *m_stage;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QCheckBox *m_hasClose;
    QDateEdit *m_close;
    QPlainTextEdit *m_notes;
    Deal m_loaded;
};

} // namespace loopline
