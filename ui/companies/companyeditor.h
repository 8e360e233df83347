#pragma once

#include "common/recordeditor.h"
#include "records/records.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace loopline {

class RecordListModel;

// The company page: its fields, and the contacts and deals that belong to it
// (double-click one to open it), and its timeline.
class CompanyEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit CompanyEditor(Database &db, QWidget *parent = nullptr);

    bool load(const QString &id) override;
    void startNew() override;
    std::unique_ptr<QUndoCommand> makeDeleteCommand(const QString &id) override;
    QString recordTitle() const override;

    QLineEdit *nameEdit() const { return m_name; }
    RecordListModel *contactsModel() const { return m_contacts; }
    RecordListModel *dealsModel() const { return m_deals; }

protected:
    FieldErrors write(QString &id) override;
    void setFormEnabled(bool enabled) override;

private:
    QTableView *makeRelatedView(RecordListModel *model, const QString &entity, const QString &name);
    void showRelated(const QString &id);

    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_domain;
    QLineEdit *m_industry;
    QSpinBox *m_employees;
    QLineEdit *m_address;
    QLineEdit *m_owner;
    QPlainTextEdit *m_notes;
    QTabWidget *m_tabs;
    RecordListModel *m_contacts;
    RecordListModel *m_deals;
    Company m_loaded;
};

} // namespace loopline
