#include "backup/restoredialog.h"
#include "collateral/collateraldialog.h"
#include "connect/connectdialog.h"
#include "deals/currencyratesdialog.h"
#include "deals/forecastdialog.h"
#include "deals/pipelinesettingsdialog.h"
#include "dedupe/duplicatesdialog.h"
#include "demo/demodata.h"
#include "import/importwizard.h"
#include "leads/leadfiguresdialog.h"
#include "leads/leadsettingsdialog.h"
#include "leads/questionnaireeditor.h"
#include "mainwindow/mainwindow.h"
#include "segments/segmentsdialog.h"
#include "settings/firstrunwizard.h"
#include "settings/settingsdialog.h"
#include "sync/conflictsdialog.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// What a screen reader and a keyboard user meet on each screen: every control that takes
// input has a name (its own, or the label that is its buddy), and can be reached with Tab.
class tst_Accessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    static QString describe(QWidget *widget)
    {
        QStringList path;
        for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget())
            path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                   : w->objectName());
        QString hint;
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            hint = edit->placeholderText().isEmpty() ? edit->text() : edit->placeholderText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            hint = button->toolTip();
        return path.join(u" > "_s) + (hint.isEmpty() ? QString() : u" (\""_s + hint + u"\")"_s);
    }
    // Controls that take input; item views' own viewport and scroll bars are left out.
    static bool takesInput(QWidget *widget)
    {
        if (!widget->isVisible() || !widget->isEnabled())
            return false;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            return false; // a spin box's own line edit: the spin box is named
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
            return false; // an editable combo box's line edit
        if (qobject_cast<QHeaderView *>(widget) || widget->inherits("QLineEditIconButton")
            || widget->inherits("QTableCornerButton"))
            return false; // parts of a table or of a line edit (its clear button)
        return qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QAbstractButton *>(widget);
    }
    static QStringList unnamed(QWidget *window)
    {
        QStringList found;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!takesInput(widget))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                found << describe(widget);
        }
        return found;
    }
    static QStringList outOfTabReach(QWidget *window)
    {
        QStringList found;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (takesInput(widget) && !(widget->focusPolicy() & Qt::TabFocus)
                && !qobject_cast<QAbstractButton *>(widget)) // buttons have shortcuts or mnemonics
                found << describe(widget);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QAccessible::setActive(true);
        m_db = Database::open(ConnectionSpec::sqlite(TestDatabase::temporaryDirectory() + u"/a11y.sqlite"_s));
        m_db->setCurrentUser(u"tester"_s);
        DemoDataGenerator(9).fill(*m_db, 80);
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyScreenNamesItsControls_data()
    {
        QTest::addColumn<int>("view");
        for (const MainWindow::View view : MainWindow::allViews())
            QTest::addRow("%d", int(view)) << int(view);
    }
    void everyScreenNamesItsControls()
    {
        QFETCH(int, view);
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::View(view));
        window.selectFirstRecord();
        QTest::qWait(100);
        const QStringList missing = unnamed(&window);
        if (!missing.isEmpty()) // the whole list (a failure message is cut at 1024 characters)
            qWarning("without an accessible name:\n  %s", qPrintable(missing.join(u"\n  "_s)));
        QVERIFY2(
            missing.isEmpty(), qPrintable(u"%1 control(s) without an accessible name"_s.arg(missing.size())));
        const QStringList unreachable = outOfTabReach(&window);
        QVERIFY2(unreachable.isEmpty(),
            qPrintable(u"not reachable with Tab:\n  "_s + unreachable.join(u"\n  "_s)));
    }

    // The dialogs of this computer's settings, backups and first start.
    void dialogsNameTheirControls()
    {
        const QString path = m_db->spec().path;
        Backups(QString(), path).create(*m_db, 3);
        SettingsDialog settings(path);
        RestoreDialog restore(Backups(QString(), path), path);
        FirstRunWizard wizard;
        for (QWidget *dialog : std::initializer_list<QWidget *> {&settings, &restore, &wizard}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (int page = 0; page < 3; ++page) {
                const QStringList missing = unnamed(dialog) + outOfTabReach(dialog);
                QVERIFY2(missing.isEmpty(),
                    qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u":\n  "_s
                        + missing.join(u"\n  "_s)));
                if (dialog != &wizard)
                    break;
                wizard.next();
            }
            dialog->hide();
        }
    }

    // Every other dialog of the window, as it opens.
    void otherDialogsNameTheirControls_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"lead settings", "pipelines", "questionnaires", "import", "connect",
            "conflicts", "currency rates", "segments", "collateral", "forecast", "SDR figures", "duplicates"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }
    void otherDialogsNameTheirControls()
    {
        QFETCH(int, which);
        QUndoStack undo;
        std::unique_ptr<QWidget> dialog;
        switch (which) {
        case 0:
            dialog = std::make_unique<LeadSettingsDialog>(*m_db);
            break;
        case 1:
            dialog = std::make_unique<PipelineSettingsDialog>(*m_db);
            break;
        case 2:
            dialog = std::make_unique<QuestionnaireEditorDialog>(*m_db);
            break;
        case 3:
            dialog = std::make_unique<ImportWizard>(*m_db);
            break;
        case 4:
            dialog = std::make_unique<ConnectDialog>();
            break;
        case 5:
            dialog = std::make_unique<ConflictsDialog>(*m_db);
            break;
        case 6:
            dialog = std::make_unique<CurrencyRatesDialog>(*m_db);
            break;
        case 7:
            dialog = std::make_unique<SegmentsDialog>(*m_db);
            break;
        case 8:
            dialog = std::make_unique<CollateralDialog>(*m_db);
            break;
        case 9:
            dialog = std::make_unique<ForecastDialog>(*m_db);
            break;
        case 10:
            dialog = std::make_unique<LeadFiguresDialog>(*m_db);
            break;
        default:
            dialog = std::make_unique<DuplicatesDialog>(*m_db, &undo);
            break;
        }
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(100);
        const QStringList missing = unnamed(dialog.get());
        if (!missing.isEmpty())
            qWarning("without an accessible name:\n  %s", qPrintable(missing.join(u"\n  "_s)));
        QVERIFY2(
            missing.isEmpty(), qPrintable(u"%1 control(s) without an accessible name"_s.arg(missing.size())));
        const QStringList unreachable = outOfTabReach(dialog.get());
        QVERIFY2(unreachable.isEmpty(),
            qPrintable(u"not reachable with Tab:\n  "_s + unreachable.join(u"\n  "_s)));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
