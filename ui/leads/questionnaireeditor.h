#pragma once

#include "leads/questionnaire.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace loopline {

class QuestionnaireForm;

// Manages the questionnaire templates: a list of them on the left (archived ones
// greyed), the chosen one's name, product and fields on the right with a live preview.
// Saving a change of fields writes a new version (answers keep theirs); the four
// built-in BANT fields keep their key and type, and BANT takes custom fields too.
class QuestionnaireEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // The columns of fieldsTable().
    enum Column {
        KeyColumn,
        LabelColumn,
        TypeColumn,
        RequiredColumn,
        HelpColumn,
        ChoicesColumn,
        ColumnCount
    };

    explicit QuestionnaireEditorDialog(Database &db, QWidget *parent = nullptr);

    // Shows the template (asking first to save unsaved changes); false if refused or not found.
    bool selectTemplate(const QString &templateId);
    // Starts a new, unsaved template (asking first to save unsaved changes).
    void newTemplate();
    // Validates and writes the shown template; on failure shows why and writes nothing.
    bool save();
    // Archives or unarchives the shown template (never BANT).
    void toggleArchived();
    void addField();
    void removeField(); // the current row, unless a built-in BANT field
    void moveField(int delta); // the current row, -1 up, +1 down

    // Empty while a new template is not yet saved.
    QString currentTemplateId() const { return m_loaded.id; }
    // The template as the form shows it now (not yet saved).
    QuestionnaireTemplate editedTemplate() const;
    bool isModified() const;
    // True for the rows of BANT's built-in fields.
    bool isLockedRow(int row) const;

    QListWidget *templateList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *productEdit() const { return m_product; }
    QLabel *versionLabel() const { return m_version; }
    QTableWidget *fieldsTable() const { return m_table; }
    QuestionnaireForm *preview() const { return m_preview; }
    QLabel *errorLabel() const { return m_errors; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeFieldButton() const { return m_removeField; }
    QPushButton *archiveButton() const { return m_archive; }

    static QString typeName(FieldType type);

public Q_SLOTS:
    void reject() override; // Close / Esc: asks to save unsaved changes first

protected:
    void done(int result) override;

private:
    QWidget *createListPane();
    QWidget *createEditPane();
    QWidget *createPreviewPane();
    void fillList(const QString &selectId);
    void selectRowOf(const QString &templateId);
    void listRowChanged(int row);
    // Asks to save unsaved changes: true when the caller may go on (saved or discarded).
    bool settleChanges();
    void load(const QuestionnaireTemplate &tmpl);
    void setRow(int row, const QuestionField &field, bool locked);
    QuestionField fieldAt(int row) const;
    void styleRow(int row);
    void cellChanged(int row, int column);
    void formEdited();
    QList<QuestionField> previewFields() const;
    void updateState();
    void showErrors(const FieldErrors &errors);
    void clearErrors();
    QString uniqueKey(const QString &wanted, int exceptRow) const;

    Database &m_db;
    QuestionnaireTemplate m_loaded; // as last read from the store; empty id for a new one
    QSplitter *m_splitter;
    QListWidget *m_list;
    QPushButton *m_newTemplate;
    QPushButton *m_archive;
    QLabel *m_errors;
    QLineEdit *m_name;
    QLineEdit *m_product;
    QLabel *m_version;
    QTableWidget *m_table;
    QPushButton *m_addField;
    QPushButton *m_removeField;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QuestionnaireForm *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_filling = false;
};

} // namespace loopline
