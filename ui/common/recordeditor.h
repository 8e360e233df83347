#pragma once

#include "records/validation.h"
#include "store/database.h"

#include <QHash>
#include <QUndoCommand>
#include <QWidget>
#include <memory>

class QLabel;
class QVBoxLayout;

namespace loopline {

class RecordPicker;
class TimelineWidget;

// Base of the detail forms on the right of each list: shows one record, edits
// it, validates before saving and says what is wrong and where. Subclasses build
// their fields and map validation field keys to widgets.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    RecordEditor(Database &db, const QString &entity, QWidget *parent = nullptr);

    // Shows the record; returns false if it no longer exists.
    virtual bool load(const QString &id) = 0;
    // Clears the form for a new record.
    virtual void startNew() = 0;
    // Validates and writes the form; on success emits saved() and returns true.
    bool save();
    // A command that deletes the record when pushed and puts it back on undo;
    // null when the record no longer exists.
    virtual std::unique_ptr<QUndoCommand> makeDeleteCommand(const QString &id) = 0;
    // Short human name of the record being edited ("Anna Smith").
    virtual QString recordTitle() const = 0;

    QString currentId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty() && m_editing; }
    bool isEditing() const { return m_editing; }
    bool isModified() const { return m_modified; }
    QString entity() const { return m_entity; }
    void clear();

Q_SIGNALS:
    void saved(const QString &id);
    void modifiedChanged(bool modified);
    // Asks the window to show another record (e.g. a contact from a company page).
    void openRecord(const QString &entity, const QString &id);

protected:
    // Returns errors, or writes the record and sets id. May throw StoreError.
    virtual FieldErrors write(QString &id) = 0;
    virtual void setFormEnabled(bool enabled) = 0;

    // Creates or updates the record with its store, then shows it again from the database.
    template<typename Store, typename Record> void storeRecord(const Record &record, QString &id)
    {
        Store store(m_db);
        if (id.isEmpty())
            id = store.create(record);
        else
            store.update(record);
        load(id);
    }
    // Adds an error when the picker holds a name that matches no company.
    static void checkCompanyPicker(const RecordPicker *picker, FieldErrors &errors);

    void setCurrent(const QString &id, const QDateTime &createdAt = {});
    void setModified(bool modified);
    void watch(QWidget *field); // marks the form modified when the field is edited
    void mapField(const QString &key, QWidget *widget) { m_fieldWidgets.insert(key, widget); }
    void showErrors(const FieldErrors &errors);
    // Shows a message box for an error outside the form (an undo step that failed).
    void reportError(const QString &message);
    void clearErrors();
    QVBoxLayout *mainLayout() const { return m_layout; }
    QLabel *headerLabel() const { return m_header; }
    TimelineWidget *timeline() const { return m_timeline; }
    Database &db() const { return m_db; }

private:
    Database &m_db;
    QString m_entity;
    QString m_id;
    bool m_editing = false;
    bool m_modified = false;
    bool m_loading = false;
    QVBoxLayout *m_layout;
    QLabel *m_header;
    QLabel *m_errors;
    TimelineWidget *m_timeline;
    QHash<QString, QWidget *> m_fieldWidgets;
    friend class LoadGuard;

protected:
    // While alive, edits made by the program do not count as user modifications.
    class LoadGuard
    {
    public:
        explicit LoadGuard(RecordEditor *editor)
            : m_editor(editor)
        {
            m_editor->m_loading = true;
        }
        ~LoadGuard()
        {
            m_editor->m_loading = false;
            m_editor->setModified(false);
        }

    private:
        RecordEditor *m_editor;
    };
};

} // namespace loopline
