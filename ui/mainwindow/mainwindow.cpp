#include "mainwindow.h"

#include "backup/backupcontroller.h"
#include "backup/restoredialog.h"
#include "booth/boothwindow.h"
#include "campaigns/campaigneditor.h"
#include "collateral/collateraldialog.h"
#include "common/icons.h"
#include "common/listpage.h"
#include "common/recordeditor.h"
#include "companies/companyeditor.h"
#include "connect/connectdialog.h"
#include "contacts/contacteditor.h"
#include "deals/currencyratesdialog.h"
#include "deals/dealeditor.h"
#include "deals/forecastdialog.h"
#include "deals/pipelineboard.h"
#include "deals/pipelinesettingsdialog.h"
#include "dedupe/duplicatesdialog.h"
#include "import/importwizard.h"
#include "leads/leadeditor.h"
#include "leads/leadfiguresdialog.h"
#include "leads/leadsettingsdialog.h"
#include "leads/leadstore.h"
#include "leads/questionnaireeditor.h"
#include "models/recordlistmodel.h"
#include "reports/recordsdialog.h"
#include "reports/reportspage.h"
#include "segments/segmentsdialog.h"
#include "server/serversetup.h"
#include "settings/settingsdialog.h"
#include "sync/conflictsdialog.h"
#include "sync/rejecteddialog.h"
#include "sync/synccontroller.h"
#include "tasks/taskspage.h"
#include "team/usersdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QString settingsKey(MainWindow::View view)
{
    switch (view) {
    case MainWindow::View::Contacts:
        return u"contacts"_s;
    case MainWindow::View::Companies:
        return u"companies"_s;
    case MainWindow::View::Deals:
        return u"deals"_s;
    case MainWindow::View::Leads:
        return u"leads"_s;
    case MainWindow::View::SdrQueue:
        return u"sdr-queue"_s;
    case MainWindow::View::Campaigns:
        return u"campaigns"_s;
    case MainWindow::View::Tasks:
        return u"tasks"_s;
    case MainWindow::View::Reports:
        return u"reports"_s;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusCount(new QLabel(this))
{
    setWindowTitle(tr("Loopline — %1").arg(db.spec().displayName()));
    setWindowIcon(QIcon(u":/loopline/icons/loopline.svg"_s));
    createPages();
    createActions();
    createMenus();
    addServerAdministration();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Screens"));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(u"QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
                             "QListWidget#sidebar::item { padding: 8px 6px; }"_s);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_statusCount);
    // Where the work is kept stays in the status bar; messages cover it for a moment. The
    // file's full path is in the tool tip.
    auto *where
        = new QLabel(db.isSqlite() ? tr("Local database: %1").arg(QFileInfo(db.spec().path).fileName())
                                   : tr("Team server: %1").arg(db.spec().displayName()),
            this);
    where->setObjectName(u"statusWhere"_s);
    where->setToolTip(db.spec().displayName());
    statusBar()->addWidget(where);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (ListPage *page = currentPage())
            m_statusCount->setText(page->statusText());
        if (currentView() == View::Reports)
            m_statusCount->clear();
        updateActions();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::refreshAll);
    readSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The undo stack is destroyed after the pages; it must not call back into them.
    disconnect(m_undo, nullptr, this, nullptr);
}

void MainWindow::createPages()
{
    auto *contactEditor = new ContactEditor(m_db);
    connect(contactEditor, &ContactEditor::erased, this, &MainWindow::refreshAll);
    auto *companyEditor = new CompanyEditor(m_db);
    auto *dealEditor = new DealEditor(m_db);
    auto *leadEditor = new LeadEditor(m_db);
    auto *queueEditor = new LeadEditor(m_db);
    auto *campaignEditor = new CampaignEditor(m_db);
    m_listPages = {
        new ListPage(m_db, ListSpec::contacts(), contactEditor,
            {tr("Contacts"), [](int n) { return tr("%Ln contact(s)", nullptr, n); }, tr("No contacts yet"),
                tr("Add the first one with <b>New</b> (Ctrl+N).<br>To explore Loopline with sample data, "
                   "start it once with <code>--demo 1000</code>.")},
            m_pages),
        new ListPage(m_db, ListSpec::companies(), companyEditor,
            {tr("Companies"), [](int n) { return tr("%Ln company(-ies)", nullptr, n); },
                tr("No companies yet"),
                tr("Add one with <b>New</b> (Ctrl+N); then link contacts and deals to it.")},
            m_pages),
        new ListPage(m_db, ListSpec::deals(), dealEditor,
            {tr("Deals"), [](int n) { return tr("%Ln deal(s)", nullptr, n); }, tr("No deals yet"),
                tr("A deal is a prospect with a serious chance of business soon. Add one with <b>New</b> "
                   "(Ctrl+N).")},
            m_pages),
        new ListPage(m_db, ListSpec::leads(), leadEditor,
            {tr("Leads"), [](int n) { return tr("%Ln lead(s)", nullptr, n); }, tr("No leads yet"),
                tr("Leads arrive from the web site, campaigns and trade shows. Add one with <b>New</b> "
                   "(Ctrl+N); it waits in the SDR queue until someone takes it.")},
            m_pages),
        new ListPage(m_db, ListSpec::sdrQueue(), queueEditor,
            {tr("SDR queue"), [](int n) { return tr("%Ln lead(s) waiting", nullptr, n); },
                tr("The queue is empty"),
                tr("Every new lead lands here, the one due soonest first. Take it with <b>Take lead</b> "
                   "(Ctrl+T) to answer within the SLA.")},
            m_pages),
        new ListPage(m_db, ListSpec::campaigns(), campaignEditor,
            {tr("Campaigns"), [](int n) { return tr("%Ln campaign(s)", nullptr, n); }, tr("No campaigns yet"),
                tr("A campaign is a mailing, an ad or a trade show that brings leads: plan its budget and "
                   "reach, then see what it brought. Add one with <b>New</b> (Ctrl+N); leads are linked to "
                   "it "
                   "when their Campaign field names it.")},
            m_pages),
    };
    Q_ASSERT(m_listPages.size() == int(View::Tasks));
    // The deals screen also shows its open deals as a stage board.
    auto *board = new PipelineBoard(m_db, m_undo);
    ListPage *dealsPage = m_listPages.at(int(View::Deals));
    dealsPage->addAlternativeView(board, tr("&Board"));
    connect(board, &PipelineBoard::dealSelected, dealsPage, &ListPage::showRecord);
    connect(board, &PipelineBoard::dealActivated, dealsPage, &ListPage::showRecord);
    connect(dealEditor, &RecordEditor::saved, board, &PipelineBoard::refresh);
    for (LeadEditor *editor : {leadEditor, queueEditor})
        connect(editor, &LeadEditor::leadChanged, this, &MainWindow::refreshAll);
    const QList<Icon> icons
        = {Icon::Contacts, Icon::Companies, Icon::Deals, Icon::Leads, Icon::Queue, Icon::Campaigns};
    for (qsizetype i = 0; i < m_listPages.size(); ++i) {
        ListPage *page = m_listPages.at(i);
        m_pages->addWidget(page);
        new QListWidgetItem(themedIcon(icons.at(i)), page->title(), m_sidebar);
        connect(page, &ListPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
        connect(page, &ListPage::statusChanged, this, [this, page](const QString &text) {
            if (page == currentPage())
                m_statusCount->setText(text);
        });
        connect(page->editor(), &RecordEditor::openRecord, this, &MainWindow::openRecord);
        connect(page->editor(), &RecordEditor::modifiedChanged, this, &MainWindow::updateActions);
        connect(page->editor(), &RecordEditor::saved, this, [this] {
            statusBar()->showMessage(tr("Saved."), 3000);
            updateActions();
        });
        connect(page->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    }
    m_tasks = new TasksPage(m_db, m_pages);
    m_pages->addWidget(m_tasks);
    new QListWidgetItem(themedIcon(Icon::Tasks), tr("My tasks"), m_sidebar);
    connect(m_tasks, &TasksPage::openRecord, this, &MainWindow::openRecord);
    connect(m_tasks, &TasksPage::statusChanged, this, [this](const QString &text) {
        if (currentView() == View::Tasks)
            m_statusCount->setText(text);
    });
    m_reports = new ReportsPage(m_db, m_pages);
    m_pages->addWidget(m_reports);
    connect(
        m_reports, &ReportsPage::openRecords, this, [this](const QString &title, const DrillDown &records) {
            // Several lists may stay open side by side to compare them; each closes on its own.
            auto *dialog = new RecordsDialog(m_db, title, records, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &RecordsDialog::openRecord, this, &MainWindow::openRecord);
            dialog->show();
        });
    new QListWidgetItem(themedIcon(Icon::Reports), tr("Reports"), m_sidebar);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::createActions()
{
    m_new = new QAction(themedIcon(Icon::New), tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("New record (Ctrl+N)"));
    connect(m_new, &QAction::triggered, this, [this] {
        if (ListPage *page = currentPage())
            page->newRecord();
    });

    m_save = new QAction(themedIcon(Icon::Save), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the record (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, [this] {
        if (currentPage() && !currentPage()->saveRecord())
            statusBar()->showMessage(tr("Not saved: see the message above the form."), 5000);
    });

    m_delete = new QAction(themedIcon(Icon::Delete), tr("&Delete…"), this);
    m_delete->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Delete)});
    m_delete->setToolTip(tr("Delete the record (Ctrl+Del, or Del in the list)"));
    connect(m_delete, &QAction::triggered, this, [this] {
        if (ListPage *page = currentPage())
            page->deleteRecord(m_undo);
    });
    for (ListPage *page : std::as_const(m_listPages)) {
        auto *del = new QAction(page->view());
        del->setShortcut(QKeySequence::Delete);
        del->setShortcutContext(Qt::WidgetShortcut);
        page->view()->addAction(del);
        connect(del, &QAction::triggered, this, [this, page] { page->deleteRecord(m_undo); });
    }

    m_exportList = new QAction(themedIcon(Icon::Export), tr("&Export list…"), this);
    m_exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportList->setToolTip(tr("Save the list as it is shown, with its search and sort, as CSV or XLSX "
                                "(Ctrl+Shift+E)"));
    connect(m_exportList, &QAction::triggered, this, [this] {
        if (ListPage *page = currentPage())
            page->exportList();
    });

    m_importContacts = new QAction(themedIcon(Icon::Import), tr("&Import contacts…"), this);
    m_importContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importContacts->setToolTip(tr("Read contacts from a CSV file: another CRM's export or a spreadsheet "
                                    "(Ctrl+Shift+I)"));
    connect(m_importContacts, &QAction::triggered, this, [this] {
        ImportWizard wizard(m_db, this);
        connect(&wizard, &ImportWizard::imported, this, [this] {
            refreshAll();
            showView(View::Contacts);
        });
        wizard.exec();
    });

    m_boothMode = new QAction(themedIcon(Icon::Booth), tr("&Booth mode…"), this);
    m_boothMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_boothMode->setToolTip(
        tr("A full-screen form for capturing leads at a trade show; leaving it needs a PIN "
           "(Ctrl+Shift+B)"));
    connect(m_boothMode, &QAction::triggered, this, [this] {
        BoothStartDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            startBooth(dialog.event(), dialog.consentTextVersion(), dialog.pin());
    });

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(themedIcon(Icon::Undo));
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(themedIcon(Icon::Redo));

    m_find = new QAction(themedIcon(Icon::Find), tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (ListPage *page = currentPage())
            page->focusSearch();
    });

    m_refresh = new QAction(themedIcon(Icon::Refresh), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshAll);

    const QList<View> views = allViews();
    for (qsizetype i = 0; i < views.size(); ++i) {
        auto *action = new QAction(views.at(i) == View::Tasks ? tr("My tasks")
                : views.at(i) == View::Reports                ? tr("Reports")
                                                              : m_listPages.at(i)->title(),
            this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(i))));
        const View view = views.at(i);
        connect(action, &QAction::triggered, this, [this, view] { showView(view); });
        m_viewActions << action;
    }

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_new);
    toolbar->addAction(m_save);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_new);
    file->addAction(m_save);
    file->addSeparator();
    file->addAction(m_importContacts);
    file->addAction(m_boothMode);
    file->addAction(m_exportList);
    file->addSeparator();
    QAction *connectServer
        = file->addAction(tr("&Connect to team server…"), this, &MainWindow::connectToServer);
    m_connectServer = connectServer;
    connectServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectServer->setToolTip(tr("Open the team's database on its server, directly or as a replica on this "
                                 "computer that works offline (Ctrl+Shift+O)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_delete);
    edit->addAction(m_find);
    edit->addSeparator();
    QAction *duplicates = edit->addAction(tr("Find &duplicates…"), this, [this] {
        DuplicatesDialog dialog(m_db, m_undo, this);
        connect(&dialog, &DuplicatesDialog::merged, this, &MainWindow::refreshAll);
        dialog.exec();
    });
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    duplicates->setToolTip(tr("Contacts and companies that are probably the same, to merge (Ctrl+Shift+D)"));
    edit->addSeparator();
    m_settings
        = edit->addAction(themedIcon(Icon::Settings), tr("Se&ttings…"), this, &MainWindow::showSettings);
    m_settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setToolTip(tr("Language and backups of this computer (Ctrl+,)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions);
    view->addSeparator();
    view->addAction(m_refresh);

    createLeadMenu();
    createDealMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Loopline"), this, &MainWindow::about);
}

void MainWindow::attachBackups(BackupController *controller)
{
    m_backups = controller;
    m_backUp = new QAction(themedIcon(Icon::Backup), tr("&Back Up Now"), this);
    m_backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_backUp->setToolTip(tr("Save a copy of the whole database to the backup folder (Ctrl+Shift+S)"));
    connect(m_backUp, &QAction::triggered, controller, &BackupController::backUpNow);
    m_restore = new QAction(tr("&Restore from Backup…"), this);
    m_restore->setToolTip(tr("Replace the database with one of its backups"));
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    m_fileMenu->insertAction(m_connectServer, m_backUp);
    m_fileMenu->insertAction(m_connectServer, m_restore);
    m_fileMenu->insertSeparator(m_connectServer);

    connect(controller, &BackupController::backupStarted, this, [this] {
        m_backUp->setEnabled(false);
        statusBar()->showMessage(tr("Backing up…"));
    });
    connect(controller, &BackupController::backupFinished, this, [this](bool ok, const QString &message) {
        m_backUp->setEnabled(true);
        statusBar()->showMessage(message, ok ? 10'000 : 0);
        if (!ok)
            QMessageBox::warning(this, tr("Backup"), message);
    });
    connect(controller, &BackupController::damaged, this, [this](const QString &problem) {
        QMessageBox box(QMessageBox::Critical, tr("The database is damaged"),
            tr("SQLite found damage in the database file."), QMessageBox::NoButton, this);
        box.setInformativeText(tr("%1\n\nRestore a backup to go on from a sound copy. You may keep working, "
                                  "but what you change may be lost or make the damage worse.")
                                   .arg(problem));
        QPushButton *restore = box.addButton(tr("&Restore from Backup…"), QMessageBox::AcceptRole);
        box.addButton(tr("&Keep Working"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore)
            restoreFromBackup();
    });
}

bool MainWindow::startAgain(const QStringList &dropped)
{
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (const QString &option : dropped) {
        if (const qsizetype at = arguments.indexOf(option); at >= 0)
            arguments.remove(at, qMin<qsizetype>(2, arguments.size() - at));
    }
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db.isSqlite() ? m_db.spec().path : QString(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.languageChanged())
        return;
    const auto answer = QMessageBox::question(this, tr("Settings"),
        tr("Start Loopline again now to show it in the new language or look? Your work is saved."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // The same database again, in the language and look of the settings (not the command line's).
    if (startAgain({u"--lang"_s, u"--theme"_s, u"--demo"_s}))
        close();
}

void MainWindow::restoreFromBackup()
{
    if (!m_backups)
        return;
    RestoreDialog dialog(m_backups->backups(), m_db.spec().path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    m_pendingRestore = dialog.chosen();
    close();
}

void MainWindow::attachSync(SyncController *controller)
{
    m_sync = controller;
    m_syncNow = new QAction(themedIcon(Icon::Sync), tr("&Sync now"), this);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncNow->setToolTip(tr("Send your changes to the team server and bring its changes here (F9)."));
    connect(m_syncNow, &QAction::triggered, controller, &SyncController::syncNow);
    m_conflicts = new QAction(tr("&Conflicts…"), this);
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_conflicts, &QAction::triggered, this, &MainWindow::showConflicts);
    QMenu *team = teamMenu();
    team->addAction(m_syncNow);
    team->addAction(m_conflicts);
    team->addAction(tr("&Refused changes…"), this, [this] {
        RejectedDialog dialog(m_db, this);
        dialog.exec();
    });

    statusBar()->showMessage(tr("Replica of the team server %1, on this computer: %2")
                                 .arg(controller->serverName(), m_db.spec().displayName()));
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(u"syncStatus"_s);
    m_syncStatus->setAccessibleName(tr("Sync status"));
    statusBar()->addPermanentWidget(m_syncStatus);
    const auto update = [this] {
        m_syncStatus->setText(m_sync->statusText());
        m_syncStatus->setToolTip(m_sync->lastError().isEmpty()
                ? tr("Team server: %1").arg(m_sync->serverName())
                : tr("Team server: %1\nLast attempt: %2").arg(m_sync->serverName(), m_sync->lastError()));
        m_syncNow->setEnabled(m_sync->state() != SyncController::State::Syncing);
    };
    connect(controller, &SyncController::statusChanged, this, update);
    connect(controller, &SyncController::dataChanged, this, &MainWindow::refreshAll);
    connect(controller, &SyncController::finished, this,
        [this](bool, const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(controller, &SyncController::progress, this,
        [this](SyncSession::Progress::Step step, qint64 done, qint64 total) {
            const QString what = step == SyncSession::Progress::Step::Download ? tr("Downloading")
                : step == SyncSession::Progress::Step::Push                    ? tr("Sending changes")
                                                                               : tr("Receiving changes");
            statusBar()->showMessage(total > 0
                    ? tr("%1: %2 of %3").arg(what, QLocale().toString(done), QLocale().toString(total))
                    : what);
        });
    // Edits change the count of changes waiting to be sent.
    connect(m_undo, &QUndoStack::indexChanged, this, update);
    update();
}

QMenu *MainWindow::teamMenu()
{
    if (!m_teamMenu) {
        m_teamMenu = new QMenu(tr("&Team"), this);
        const QList<QAction *> menus = menuBar()->actions();
        menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_teamMenu); // before Help
    }
    return m_teamMenu;
}

void MainWindow::addServerAdministration()
{
    // Only the server's administrator manages its logins; the server would refuse others.
    if (m_db.isSqlite() || !ServerSetup::isInitialised(m_db)
        || ServerSetup::identity(m_db).role != "admin"_L1)
        return;
    m_users = teamMenu()->addAction(tr("&Users…"), this, [this] {
        UsersDialog dialog(m_db, this);
        dialog.exec();
    });
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The team database opens in a window of its own; this one stays on its database.
    const ConnectionSpec spec = dialog.spec();
    QStringList arguments {u"--server"_s, spec.toUrl()};
    if (dialog.workOffline())
        arguments << u"--replica"_s << dialog.replicaPath();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QMessageBox::warning(this, tr("Connect to team server"), tr("Loopline could not be started again."));
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_db, this);
    connect(&dialog, &ConflictsDialog::recordsChanged, this, &MainWindow::refreshAll);
    dialog.exec();
    if (m_sync)
        Q_EMIT m_sync->statusChanged();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Loopline"),
        tr("<h3>Loopline %1</h3><p>One record from the first touch to the won or lost deal, "
           "shared by marketing and sales.</p><p>Database: %2 (schema %3)</p>")
            .arg(QApplication::applicationVersion(), m_db.spec().displayName().toHtmlEscaped())
            .arg(m_db.schemaVersion()));
}

ListPage *MainWindow::page(View view) const
{
    return int(view) < m_listPages.size() ? m_listPages.at(int(view)) : nullptr;
}

ListPage *MainWindow::currentPage() const
{
    const int index = std::max(0, m_pages->currentIndex());
    return index < m_listPages.size() ? m_listPages.at(index) : nullptr;
}

MainWindow::View MainWindow::currentView() const
{
    return View(std::max(0, m_pages->currentIndex()));
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString &name)
{
    for (View view : allViews()) {
        if (settingsKey(view) == name)
            return view;
    }
    return std::nullopt;
}

void MainWindow::showView(View view)
{
    if (currentPage() && currentPage() != page(view) && !currentPage()->maybeSave())
        return;
    m_sidebar->setCurrentRow(int(view));
}

void MainWindow::selectFirstRecord()
{
    ListPage *page = currentPage();
    if (page && page->model()->rowCount() > 0) {
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        page->view()->setFocus();
    }
}

void MainWindow::openRecord(const QString &entity, const QString &id)
{
    for (qsizetype i = 0; i < m_listPages.size(); ++i) {
        ListPage *target = m_listPages.at(i);
        if (target->entity() != entity)
            continue;
        showView(View(i));
        if (currentPage() != target)
            return;
        // Selected in the list when it is loaded there; shown in the form either way.
        target->selectId(id);
        target->editor()->load(id);
        return;
    }
}

BoothWindow *MainWindow::startBooth(
    const QString &event, const QString &consentTextVersion, const QString &pin)
{
    // The booth replaces the window: nothing of the database stays on the screen.
    auto *booth = new BoothWindow(m_db, event, consentTextVersion, pin);
    booth->setAttribute(Qt::WA_DeleteOnClose);
    connect(booth, &BoothWindow::left, this, [this] {
        show();
        refreshAll();
    });
    hide();
    booth->showFullScreen();
    return booth;
}

void MainWindow::refreshAll()
{
    for (ListPage *page : std::as_const(m_listPages))
        page->refresh();
    // My tasks and the reports are read again when next shown, not after every edit.
    if (m_tasks && m_tasks->isVisible())
        m_tasks->refresh();
    if (m_reports && m_reports->isVisible())
        m_reports->refresh();
    updateActions();
}

void MainWindow::updateActions()
{
    ListPage *page = currentPage();
    m_save->setEnabled(page && page->editor()->isEditing());
    m_delete->setEnabled(
        page && (!page->editor()->currentId().isEmpty() || page->view()->currentIndex().isValid()));
    m_new->setEnabled(page != nullptr);
    m_exportList->setEnabled(page != nullptr);
    if (m_takeLead) {
        m_takeLead->setEnabled(!selectedLeadToTake().isEmpty());
        LeadEditor *lead = leadEditor();
        m_moveLead->setEnabled(lead && lead->moveButton()->isEnabled());
        m_convertLead->setEnabled(lead && lead->convertButton()->isEnabled());
    }
}

QList<MainWindow::View> MainWindow::allViews()
{
    return {View::Contacts, View::Companies, View::Deals, View::Leads, View::SdrQueue, View::Campaigns,
        View::Tasks, View::Reports};
}

LeadEditor *MainWindow::leadEditor() const
{
    return currentPage() ? qobject_cast<LeadEditor *>(currentPage()->editor()) : nullptr;
}

void MainWindow::createDealMenu()
{
    QMenu *deals = menuBar()->addMenu(tr("&Deals"));
    QAction *board = deals->addAction(tr("Show as &board"), this, [this] {
        showView(View::Deals);
        if (currentView() == View::Deals)
            page(View::Deals)->showAlternative(!page(View::Deals)->isShowingAlternative());
    });
    board->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    deals->addSeparator();
    deals->addAction(tr("&Forecast…"), this, [this] {
        ForecastDialog dialog(m_db, this);
        dialog.exec();
    });
    deals->addSeparator();
    deals->addAction(tr("&Pipelines and stages…"), this, [this] {
        PipelineSettingsDialog dialog(m_db, this);
        connect(&dialog, &PipelineSettingsDialog::changed, this, &MainWindow::refreshAll);
        dialog.exec();
        if (auto *editor = qobject_cast<DealEditor *>(page(View::Deals)->editor()))
            editor->reloadStages();
        refreshAll();
    });
    deals->addAction(tr("Currency &rates…"), this, [this] {
        CurrencyRatesDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshAll();
    });
    deals->addSeparator();
    deals->addAction(tr("Se&gments…"), this, [this] {
        SegmentsDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshAll(); // a renamed segment is renamed on every record
    });
    deals->addAction(tr("Co&llateral…"), this, [this] {
        CollateralDialog dialog(m_db, this);
        dialog.exec();
    });
}

void MainWindow::createLeadMenu()
{
    m_takeLead = new QAction(themedIcon(Icon::Take), tr("&Take lead"), this);
    m_takeLead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_takeLead->setToolTip(tr("Take the selected lead from the SDR queue (Ctrl+T)"));
    connect(m_takeLead, &QAction::triggered, this, &MainWindow::takeSelectedLead);
    m_moveLead = new QAction(tr("&Move to…"), this);
    m_moveLead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_moveLead, &QAction::triggered, this, [this] {
        if (LeadEditor *lead = leadEditor())
            lead->moveButton()->showMenu();
    });
    m_convertLead = new QAction(tr("&Convert…"), this);
    m_convertLead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_convertLead, &QAction::triggered, this, [this] {
        if (LeadEditor *lead = leadEditor())
            lead->convertButton()->click();
    });

    QMenu *leads = menuBar()->addMenu(tr("&Leads"));
    leads->addAction(m_takeLead);
    leads->addAction(m_moveLead);
    leads->addAction(m_convertLead);
    leads->addSeparator();
    leads->addAction(tr("&Questionnaires…"), this, [this] {
        QuestionnaireEditorDialog dialog(m_db, this);
        dialog.exec();
        refreshAll();
    });
    leads->addAction(tr("Add lead s&ource…"), this, &MainWindow::addLeadSource);
    leads->addAction(tr("SDR &figures…"), this, [this] {
        LeadFiguresDialog dialog(m_db, this);
        dialog.exec();
    });
    leads->addAction(tr("Lead &settings…"), this, [this] {
        LeadSettingsDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshAll();
    });
    if (QToolBar *toolbar = findChild<QToolBar *>(u"mainToolbar"_s)) {
        toolbar->addSeparator();
        toolbar->addAction(m_takeLead);
    }
}

bool MainWindow::addLeadSource()
{
    QStringList names;
    for (const LeadSource &source : LeadStore(m_db).sources())
        names << LeadStore::sourceDisplayName(source);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add lead source"),
        tr("Where leads come from besides %1:").arg(QLocale().createSeparatedList(names)), QLineEdit::Normal,
        {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return false;
    try {
        LeadStore(m_db).addSource(name);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Not added"), error.message());
        return false;
    }
    refreshAll();
    statusBar()->showMessage(tr("Lead source \"%1\" added.").arg(name.trimmed()), 5000);
    return true;
}

QString MainWindow::selectedLeadToTake() const
{
    if (currentView() != View::SdrQueue && currentView() != View::Leads)
        return {};
    const QModelIndex current = currentPage()->view()->currentIndex();
    if (!current.isValid())
        return {};
    const QString id = currentPage()->model()->idAt(current.row());
    if (currentView() == View::SdrQueue)
        return id;
    const std::optional<Lead> lead = LeadStore(m_db).get(id);
    return lead && lead->status == LeadStatus::New && !lead->firstResponseAt.isValid() ? id : QString();
}

bool MainWindow::takeSelectedLead()
{
    const QString id = selectedLeadToTake();
    if (id.isEmpty() || !currentPage()->maybeSave())
        return false;
    try {
        LeadStore(m_db).take(id);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Not taken"), error.message());
        refreshAll();
        return false;
    }
    refreshAll();
    openRecord(u"lead"_s, id);
    statusBar()->showMessage(tr("The lead is yours: it moved to \"%1\".")
                                 .arg(LeadLifecycle::displayName(LeadStatus::ReceivedBySdr)),
        5000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (ListPage *page : std::as_const(m_listPages)) {
        if (!page->maybeSave()) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"state"_s).toByteArray());
    for (ListPage *list : std::as_const(m_listPages)) {
        settings.beginGroup(settingsKey(View(m_listPages.indexOf(list))));
        list->restoreState(settings);
        settings.endGroup();
    }
    // The view by name; older versions stored its row, from before Campaigns came before Tasks.
    const QVariant stored = settings.value(u"view"_s, 0);
    const std::optional<View> named = viewFromName(stored.toString());
    const int row = stored.toInt();
    const int current = named ? int(*named) : row >= int(View::Campaigns) ? int(View::Tasks) : row;
    m_sidebar->setCurrentRow(std::clamp(current, 0, m_sidebar->count() - 1));
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"view"_s, settingsKey(currentView()));
    for (ListPage *list : std::as_const(m_listPages)) {
        settings.beginGroup(settingsKey(View(m_listPages.indexOf(list))));
        list->saveState(settings);
        settings.endGroup();
    }
    settings.endGroup();
}

} // namespace loopline
