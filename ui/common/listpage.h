#pragma once

#include "store/listquery.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QHBoxLayout;
class QUndoStack;

namespace loopline {

class RecordEditor;
class RecordListModel;

// One screen of the main window: a searchable, filterable, sortable list of
// records on the left (paged in SQL) and the record's form on the right.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString plural; // "Contacts"
        std::function<QString(int)> countText; // e.g. tr("%n contact(s)", nullptr, n)
        QString emptyTitle; // "No contacts yet"
        QString emptyHint; // what to do about it
    };
    ListPage(Database &db, ListSpec spec, RecordEditor *editor, Texts texts, QWidget *parent = nullptr);

    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordEditor *editor() const { return m_editor; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *filterField() const { return m_filterField; }
    QLineEdit *filterEdit() const { return m_filterValue; }
    QString title() const { return m_texts.plural; }
    QString entity() const;

    void newRecord();
    bool saveRecord();
    // Asks first; returns the command pushed, or false when cancelled or nothing selected.
    bool deleteRecord(QUndoStack *undoStack);
    // Reads the list again, keeping the selection where the record still exists.
    void refresh();
    void focusSearch();
    bool selectId(const QString &id);
    // Offers to save or discard unsaved edits; false when the user cancels.
    bool maybeSave();
    QString statusText() const { return m_status; }
    bool isShowingEmptyState() const;

    // Another way to show the same records (the deal board): a toggle in the list's bar
    // switches the left side to it. The view needs a `refresh()` slot.
    void addAlternativeView(QWidget *view, const QString &label);
    void showAlternative(bool show);
    bool isShowingAlternative() const;
    QToolButton *alternativeToggle() const { return m_alternativeToggle; }
    // Shows the record in the form (asking to save pending edits first).
    void showRecord(const QString &id);

    // Asks for a file name (CSV or XLSX), then exportTo().
    void exportList();
    // Writes what the list shows to fileName — every row of its search, field filter, sort
    // and condition, in the columns as arranged — as CSV or XLSX by the name's extension,
    // with a progress dialog that can cancel. Tells the outcome with statusMessage() or, on
    // an error, in a message box. True when the file was written.
    bool exportTo(const QString &fileName);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void statusChanged(const QString &text);
    // A passing message for the status bar, e.g. that an export is done.
    void statusMessage(const QString &text);

private:
    void applySearch();
    void fitEditor();
    void updateEmptyState();
    void onCurrentRowChanged(int row);
    void setUpLiveColumns();

    Database &m_db;
    RecordListModel *m_model;
    RecordEditor *m_editor;
    Texts m_texts;
    QLineEdit *m_search;
    QComboBox *m_filterField;
    QLineEdit *m_filterValue;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_listStack;
    QSplitter *m_splitter;
    QScrollArea *m_editorScroll = nullptr;
    bool m_splitterPlaced = false; // by the person (dragged, or restored): no longer fitted
    QTimer *m_searchTimer;
    QHBoxLayout *m_bar = nullptr;
    QWidget *m_alternative = nullptr;
    QToolButton *m_alternativeToggle = nullptr;
    QString m_status;
    QString m_shownId;
    bool m_reverting = false;
    bool m_searching = false;
    QPair<int, Qt::SortOrder> m_sortBeforeSearch {0, Qt::AscendingOrder};
};

} // namespace loopline
