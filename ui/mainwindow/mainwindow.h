#pragma once

#include "store/database.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace loopline {

class SyncController;
class BackupController;
class BoothWindow;
class ListPage;
class ContactEditor;
class CompanyEditor;
class DealEditor;
class LeadEditor;
class TasksPage;
class ReportsPage;

// The main window: a sidebar of screens (Contacts, Companies, Deals...), each a
// list with its form, the actions and shortcuts that work on the current screen,
// one undo stack, and the window layout remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The list screens first, in the order of their pages; Tasks and Reports are the pages after them.
    enum class View { Contacts, Companies, Deals, Leads, SdrQueue, Campaigns, Tasks, Reports };
    static QList<View> allViews();
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;
    static std::optional<View> viewFromName(const QString &name);
    // The list screen of a view; null for My tasks, which is not a list of records.
    ListPage *page(View view) const;
    ListPage *currentPage() const;
    TasksPage *tasksPage() const { return m_tasks; }
    ReportsPage *reportsPage() const { return m_reports; }
    QUndoStack *undoStack() const { return m_undo; }
    // Selects the first record of the current list, so screenshots show a filled form.
    void selectFirstRecord();

    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportListAction() const { return m_exportList; }
    QAction *importContactsAction() const { return m_importContacts; }
    QAction *boothModeAction() const { return m_boothMode; }
    // Hides the window and shows the full-screen booth form; the window comes back when
    // the booth is left with the PIN.
    BoothWindow *startBooth(const QString &event, const QString &consentTextVersion, const QString &pin);
    QAction *takeLeadAction() const { return m_takeLead; }
    // Takes the lead selected in the SDR queue and shows it under Leads.
    bool takeSelectedLead();
    // Asks for the name of a new lead source and adds it to the list every lead form offers.
    bool addLeadSource();

    // Replica mode: a Team menu (Sync now, F9; Conflicts…) and the sync state in the
    // status bar, kept current. The controller is not owned.
    void attachSync(SyncController *controller);
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *conflictsAction() const { return m_conflicts; }
    // The conflict list; a record changed there reloads the lists.
    void showConflicts();
    QMenu *teamMenu();
    // On a team server, for its administrator: Team > Users… (logins and their roles).
    void addServerAdministration();
    QAction *usersAction() const { return m_users; }
    // File > Connect to team server: the connection dialog, then the team database in a
    // window of its own.
    void connectToServer();

    // A local database: File > Back Up Now (Ctrl+Shift+B) and Restore from Backup…, the
    // backup state in the status bar, and a warning when the file check finds damage. The
    // controller is not owned.
    void attachBackups(BackupController *controller);
    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }
    // Lets the user pick a backup; once confirmed, it is remembered for pendingRestore() and
    // the window closes, so that the database can be closed and the file replaced.
    void restoreFromBackup();
    QString pendingRestore() const { return m_pendingRestore; }

    // Edit > Settings… (Ctrl+,): language and backups; a new language is shown after a
    // restart, which is offered.
    void showSettings();
    // Starts Loopline again in a new process with this one's arguments, less the options
    // named (each with its value); false when it could not be started.
    static bool startAgain(const QStringList &dropped);
    QAction *settingsAction() const { return m_settings; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void readSettings();
    void writeSettings() const;
    void openRecord(const QString &entity, const QString &id);
    void refreshAll();
    void updateActions();
    void about();
    void createLeadMenu();
    void createDealMenu();
    LeadEditor *leadEditor() const;
    // The lead an SDR may take: the one selected in the queue, or a new one selected under Leads.
    QString selectedLeadToTake() const;

    Database &m_db;
    QUndoStack *m_undo;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QList<ListPage *> m_listPages;
    TasksPage *m_tasks = nullptr;
    ReportsPage *m_reports = nullptr;
    QLabel *m_statusCount;
    QAction *m_new = nullptr;
    QAction *m_save = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_exportList = nullptr;
    QAction *m_importContacts = nullptr;
    QAction *m_boothMode = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_users = nullptr;
    QMenu *m_teamMenu = nullptr;
    QAction *m_conflicts = nullptr;
    QLabel *m_syncStatus = nullptr;
    SyncController *m_sync = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_connectServer = nullptr;
    QAction *m_backUp = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_restore = nullptr;
    BackupController *m_backups = nullptr;
    QString m_pendingRestore;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_takeLead = nullptr;
    QAction *m_moveLead = nullptr;
    QAction *m_convertLead = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace loopline
