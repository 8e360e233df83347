#include "leads/questionnaireeditor.h"
#include "leads/questionnaireform.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;
using namespace loopline::test;

namespace {

using Dialog = QuestionnaireEditorDialog;

QList<QuestionField> everyType()
{
    return {
        {u"comment"_s, u"Comment"_s, FieldType::Text, false, u"Anything else"_s, {}},
        {u"seats"_s, u"Seats"_s, FieldType::Number, true, {}, {}},
        {u"budget"_s, u"Budget"_s, FieldType::Money, true,
            u"The budget the client has set aside for this purchase."_s, {}},
        {u"start"_s, u"Start date"_s, FieldType::Date, false, {}, {}},
        {u"pilot"_s, u"Pilot wanted"_s, FieldType::YesNo, true, {}, {}},
        {u"plan"_s, u"Plan"_s, FieldType::OneChoice, true, {}, {u"Basic"_s, u"Pro"_s}},
        {u"modules"_s, u"Modules"_s, FieldType::SeveralChoices, false, {},
            {u"CRM"_s, u"Billing"_s, u"Reports"_s}},
    };
}

template<typename T> T *input(const QuestionnaireForm &form, const QString &key)
{
    return form.findChild<T *>(u"q_"_s + key);
}

QLabel *labelFor(const QuestionnaireForm &form, QWidget *buddy)
{
    const QList<QLabel *> labels = form.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == buddy)
            return label;
    }
    return nullptr;
}

void showActive(QWidget &widget)
{
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

// Lets queued work run: item views commit an editor on Return through a queued call, and
// delete closed editors later.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// The open cell editor of the table.
template<typename Editor> Editor *cellEditor(QTableWidget *table)
{
    const QList<Editor *> editors = table->viewport()->findChildren<Editor *>();
    for (Editor *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

// Opens the cell's editor as F2 would, and returns it.
template<typename Editor> Editor *openCellEditor(QTableWidget *table, int row, int column)
{
    settle();
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    return cellEditor<Editor>(table);
}

void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *editor = openCellEditor<QLineEdit>(table, row, column);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    QCOMPARE(table->item(row, column)->text(), text);
}

void chooseType(QTableWidget *table, int row, FieldType type)
{
    auto *combo = openCellEditor<QComboBox>(table, row, Dialog::TypeColumn);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(type)));
    QTest::keyClick(combo, Qt::Key_Return);
    settle();
    QCOMPARE(table->item(row, Dialog::TypeColumn)->text(), Dialog::typeName(type));
}

bool isEditable(const QTableWidget *table, int row, int column)
{
    return table->item(row, column)->flags().testFlag(Qt::ItemIsEditable);
}

} // namespace

class TestQuestionnaireUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.reset();
    }

    // --- QuestionnaireForm ---

    void typesIntoEveryFieldType()
    {
        QuestionnaireForm form;
        form.setFields(everyType());
        showActive(form);
        QSignalSpy edited(&form, &QuestionnaireForm::edited);

        QTest::keyClicks(input<QLineEdit>(form, u"comment"_s), u"  Call after 10 "_s);
        QTest::keyClicks(input<QLineEdit>(form, u"seats"_s), u"1,200.5"_s);
        QTest::keyClicks(input<QLineEdit>(form, u"budget"_s), u"25,000.50"_s);
        auto *known = form.findChild<QCheckBox *>(u"q_start_known"_s);
        QVERIFY(known);
        auto *start = input<QDateEdit>(form, u"start"_s);
        QVERIFY(!start->isEnabled());
        known->setFocus(Qt::TabFocusReason);
        QTest::keyClick(known, Qt::Key_Space);
        QVERIFY(start->isEnabled());
        QCOMPARE(QApplication::focusWidget(), start); // tick, then type the date
        QTest::keyClicks(start, u"3152026"_s); // sections advance by themselves
        QTest::keyClicks(input<QComboBox>(form, u"pilot"_s), u"N"_s);
        QTest::keyClicks(input<QComboBox>(form, u"plan"_s), u"P"_s);
        auto *modules = input<QListWidget>(form, u"modules"_s);
        modules->setFocus(Qt::TabFocusReason);
        QTest::keyClick(modules, Qt::Key_Space); // the first choice is current
        QTest::keyClick(modules, Qt::Key_Down);
        QTest::keyClick(modules, Qt::Key_Down);
        QTest::keyClick(modules, Qt::Key_Space);

        const QVariantMap answers = form.answers();
        QCOMPARE(answers.value(u"comment"_s), QVariant(u"Call after 10"_s));
        QCOMPARE(answers.value(u"seats"_s), QVariant(1200.5));
        QCOMPARE(answers.value(u"budget"_s), QVariant(qint64(2'500'050)));
        QCOMPARE(answers.value(u"start"_s), QVariant(QDate(2026, 3, 15)));
        QCOMPARE(answers.value(u"pilot"_s), QVariant(false));
        QCOMPARE(answers.value(u"plan"_s), QVariant(u"Pro"_s));
        QCOMPARE(answers.value(u"modules"_s), QVariant(QStringList {u"CRM"_s, u"Reports"_s}));
        QCOMPARE(answers.value(u"seats"_s).typeId(), QMetaType::Double);
        QCOMPARE(answers.value(u"budget"_s).typeId(), QMetaType::LongLong);
        QVERIFY2(Questionnaire::isComplete(everyType(), answers),
            qPrintable(Validation::describe(Questionnaire::validate(everyType(), answers))));
        QVERIFY(edited.count() > 0);
    }

    void unansweredFieldsAreLeftOut()
    {
        QuestionnaireForm form;
        form.setFields(everyType());
        QVERIFY(form.answers().isEmpty());
        input<QLineEdit>(form, u"comment"_s)->setText(u"   "_s);
        input<QComboBox>(form, u"pilot"_s)->setCurrentIndex(2); // No: an answer
        QCOMPARE(form.answers(), (QVariantMap {{u"pilot"_s, false}}));
        // Unreadable text is given back as typed, so the check names the field.
        input<QLineEdit>(form, u"seats"_s)->setText(u"1e"_s);
        const FieldErrors errors = Questionnaire::validate(everyType(), form.answers());
        QVERIFY(std::any_of(
            errors.cbegin(), errors.cend(), [](const FieldError &e) { return e.field == u"seats"; }));
    }

    void moneyAndNumbersInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QuestionnaireForm form;
        form.setFields(everyType());
        QTest::keyClicks(input<QLineEdit>(form, u"budget"_s), u"1.234,56"_s);
        QTest::keyClicks(input<QLineEdit>(form, u"seats"_s), u"2,5"_s);
        QCOMPARE(form.answers().value(u"budget"_s), QVariant(qint64(123'456)));
        QCOMPARE(form.answers().value(u"seats"_s), QVariant(2.5));

        form.setAnswers({{u"budget"_s, qint64(9'900)}, {u"seats"_s, 1500.25}});
        QCOMPARE(input<QLineEdit>(form, u"budget"_s)->text(), u"99,00"_s);
        QCOMPARE(input<QLineEdit>(form, u"seats"_s)->text(), u"1.500,25"_s);
    }

    void setAnswersRoundTrip()
    {
        QuestionnaireForm form;
        form.setFields(everyType());
        QSignalSpy edited(&form, &QuestionnaireForm::edited);
        const QVariantMap answers {
            {u"comment"_s, u"Needs a CRM"_s},
            {u"seats"_s, 12.0},
            {u"budget"_s, qint64(9'000'000'000)},
            {u"start"_s, QDate(2026, 7, 1)},
            {u"pilot"_s, true},
            {u"plan"_s, u"Basic"_s},
            {u"modules"_s, QStringList {u"Billing"_s}},
        };
        form.setAnswers(answers);
        QCOMPARE(form.answers(), answers);
        QVERIFY(form.findChild<QCheckBox *>(u"q_start_known"_s)->isChecked());
        QCOMPARE(input<QLineEdit>(form, u"budget"_s)->text(), u"90,000,000.00"_s);

        // Answers as JSON gives them back read the same.
        form.setAnswers(Questionnaire::answersFromJson(Questionnaire::answersToJson(answers), everyType()));
        QCOMPARE(form.answers(), answers);

        // A choice the version no longer lists is shown, not lost.
        form.setAnswers({{u"plan"_s, u"Gold"_s}, {u"modules"_s, QStringList {u"CRM"_s, u"Payroll"_s}}});
        QCOMPARE(form.answers().value(u"plan"_s), QVariant(u"Gold"_s));
        QCOMPARE(form.answers().value(u"modules"_s), QVariant(QStringList {u"CRM"_s, u"Payroll"_s}));
        QVERIFY(!form.answers().contains(u"start"_s));
        form.setAnswers({});
        QVERIFY(form.answers().isEmpty());
        QCOMPARE(input<QComboBox>(form, u"plan"_s)->count(), 3);
        QCOMPARE(input<QListWidget>(form, u"modules"_s)->count(), 3);

        form.setFields(Questionnaire::bantFields());
        QCOMPARE(edited.count(), 0); // only the user's edits count
    }

    void requiredFieldsAndHelpAreShown()
    {
        QuestionnaireForm form;
        form.setFields(everyType());
        QCOMPARE(labelFor(form, form.fieldWidget(u"seats"_s))->text(), u"&Seats *:"_s);
        QCOMPARE(labelFor(form, form.fieldWidget(u"comment"_s))->text(), u"&Comment:"_s);
        // Mnemonics differ: "Start date" takes the next free letter.
        QCOMPARE(labelFor(form, form.findChild<QCheckBox *>(u"q_start_known"_s))->text(), u"S&tart date:"_s);
        QCOMPARE(form.fieldWidget(u"comment"_s)->toolTip(), u"Anything else"_s);
        const QList<QLabel *> labels = form.findChildren<QLabel *>();
        QVERIFY(std::any_of(
            labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text() == u"Anything else"_s; }));

        form.setFields(Questionnaire::bantFields());
        QCOMPARE(labelFor(form, form.fieldWidget(u"budget"_s))->text(), u"&Budget *:"_s);
        auto *timeframe = qobject_cast<QComboBox *>(form.fieldWidget(u"timeframe"_s));
        QVERIFY(timeframe);
        QCOMPARE(timeframe->count(), 5);
        QCOMPARE(timeframe->itemText(0), QString());
        QCOMPARE(timeframe->itemData(2).toString(), u"In 1–3 months"_s);
    }

    void showErrorsMarksTheRightWidget()
    {
        QuestionnaireForm form;
        form.setFields(everyType());
        form.setAnswers({{u"plan"_s, u"Pro"_s}});
        const FieldErrors errors = Questionnaire::validate(everyType(), form.answers());
        QCOMPARE(errors.size(), 3); // seats, budget, pilot
        form.showErrors(errors);

        auto *banner = form.findChild<QLabel *>(u"questionnaireErrors"_s);
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(u"\"Budget\" is required."_s));
        for (const QString &key : {u"seats"_s, u"budget"_s, u"pilot"_s}) {
            QVERIFY2(form.fieldWidget(key)->styleSheet().contains(u"#d93025"_s), qPrintable(key));
            QVERIFY(form.fieldWidget(key)->toolTip().contains(u"required"_s));
        }
        for (const QString &key : {u"comment"_s, u"plan"_s, u"start"_s, u"modules"_s})
            QVERIFY2(form.fieldWidget(key)->styleSheet().isEmpty(), qPrintable(key));

        form.clearErrors();
        QVERIFY(banner->isHidden());
        QVERIFY(form.fieldWidget(u"budget"_s)->styleSheet().isEmpty());
        QCOMPARE(form.fieldWidget(u"budget"_s)->toolTip(),
            u"The budget the client has set aside for this purchase."_s);
    }

    void tabOrderFollowsTheFields()
    {
        QuestionnaireForm form;
        form.setFields(everyType());
        showActive(form);
        const QList<QWidget *> order {form.fieldWidget(u"comment"_s), form.fieldWidget(u"seats"_s),
            form.fieldWidget(u"budget"_s), form.findChild<QCheckBox *>(u"q_start_known"_s),
            form.fieldWidget(u"start"_s), form.fieldWidget(u"pilot"_s), form.fieldWidget(u"plan"_s),
            form.fieldWidget(u"modules"_s)};
        order.first()->setFocus(Qt::TabFocusReason);
        for (qsizetype i = 1; i < order.size(); ++i) {
            if (i == 4) {
                // The date takes focus once it is known.
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            } else if (i == 5) {
                // Tab walks through the date's sections (month, day, year) before leaving it.
                for (int n = 0; n < 3 && QApplication::focusWidget() == order.at(4); ++n)
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            } else {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            QCOMPARE(QApplication::focusWidget(), order.at(i));
        }
        // Without a date, Tab passes the greyed date by.
        form.setAnswers({});
        order.at(3)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(order.at(3), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), order.at(5));
    }

    // --- QuestionnaireEditorDialog ---

    void savesANewTemplateAndThenANewVersion()
    {
        LOOPLINE_OPEN_TEST_DATABASE(m_db, QString::fromLatin1(TestDatabase::Sqlite));
        Dialog dialog(*m_db);
        showActive(dialog);
        QTableWidget *table = dialog.fieldsTable();
        dialog.newTemplate();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(dialog.versionLabel()->text().contains(u"version 1"_s));
        QTest::keyClicks(dialog.nameEdit(), u"Onboarding"_s);
        QTest::keyClicks(dialog.productEdit(), u"Onboarding package"_s);

        dialog.addField();
        QCOMPARE(table->rowCount(), 1);
        auto *labelEditor = cellEditor<QLineEdit>(table); // Add field opens the label
        QVERIFY(labelEditor);
        QTest::keyClicks(labelEditor, u"Plan size"_s);
        QTest::keyClick(labelEditor, Qt::Key_Return);
        settle();
        QCOMPARE(table->item(0, Dialog::KeyColumn)->text(), u"plan_size"_s); // follows the label
        chooseType(table, 0, FieldType::OneChoice);
        QVERIFY(isEditable(table, 0, Dialog::ChoicesColumn));
        typeIntoCell(table, 0, Dialog::ChoicesColumn, u"Small, Medium, Large"_s);
        table->item(0, Dialog::RequiredColumn)->setCheckState(Qt::Checked);

        // The preview shows the field as the lead form will.
        auto *preview = qobject_cast<QComboBox *>(dialog.preview()->fieldWidget(u"plan_size"_s));
        QVERIFY(preview);
        QCOMPARE(preview->count(), 4);
        QCOMPARE(preview->itemText(3), u"Large"_s);
        QVERIFY(dialog.isModified());

        dialog.saveButton()->click();
        QVERIFY2(dialog.errorLabel()->isHidden(), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.isModified());
        const QString id = dialog.currentTemplateId();
        QVERIFY(!id.isEmpty());
        QuestionnaireStore store(*m_db);
        const std::optional<QuestionnaireTemplate> v1 = store.get(id);
        QVERIFY(v1);
        QCOMPARE(v1->name, u"Onboarding"_s);
        QCOMPARE(v1->product, u"Onboarding package"_s);
        QCOMPARE(v1->version, 1);
        const QList<QuestionField> expected {{u"plan_size"_s, u"Plan size"_s, FieldType::OneChoice, true, {},
            {u"Small"_s, u"Medium"_s, u"Large"_s}}};
        QCOMPARE(v1->fields, expected);
        QCOMPARE(dialog.templateList()->currentItem()->text(), u"Onboarding"_s);
        QVERIFY(dialog.versionLabel()->text().startsWith(u"Version 1"_s));

        // Relabelling a field writes version 2; version 1 still reads as it was.
        typeIntoCell(table, 0, Dialog::LabelColumn, u"Plan"_s);
        QCOMPARE(table->item(0, Dialog::KeyColumn)->text(), u"plan_size"_s); // a saved key stays
        QVERIFY(dialog.versionLabel()->text().contains(u"saving writes version 2"_s));
        QVERIFY(dialog.save());
        const std::optional<QuestionnaireTemplate> v2 = store.get(id);
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->fields.first().label, u"Plan"_s);
        QCOMPARE(store.version(v1->versionId)->fields, expected);
        QVERIFY(dialog.versionLabel()->text().startsWith(u"Version 2"_s));
        QCOMPARE(dialog.findChild<QLabel *>(u"saveStatus"_s)->text(), u"Saved as version 2."_s);

        // A name change alone writes no version.
        dialog.nameEdit()->setText(u"Onboarding 2026"_s);
        QVERIFY(dialog.save());
        QCOMPARE(store.get(id)->version, 2);
        QCOMPARE(store.get(id)->name, u"Onboarding 2026"_s);
    }

    void invalidTemplateShowsTheErrorAndWritesNothing()
    {
        LOOPLINE_OPEN_TEST_DATABASE(m_db, QString::fromLatin1(TestDatabase::Sqlite));
        Dialog dialog(*m_db);
        showActive(dialog);
        dialog.newTemplate();
        dialog.nameEdit()->setText(u"Bad"_s);
        dialog.addField();
        QTableWidget *table = dialog.fieldsTable();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        table->item(0, Dialog::LabelColumn)->setText(u"Tier"_s);
        chooseType(table, 0, FieldType::OneChoice);
        table->item(0, Dialog::ChoicesColumn)->setText(u"Gold, Gold"_s);

        QVERIFY(!dialog.save());
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY2(
            dialog.errorLabel()->text().contains(u"\"Tier\""_s), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(table->item(0, Dialog::ChoicesColumn)->background().color() != QColor());
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(table->currentColumn(), int(Dialog::ChoicesColumn));
        QCOMPARE(count(u"questionnaire_templates"_s), 1);
        QCOMPARE(count(u"questionnaire_versions"_s), 1);

        table->item(0, Dialog::ChoicesColumn)->setText(u"Gold\nSilver, bronze"_s); // one per line
        table->item(0, Dialog::LabelColumn)->setText(QString());
        dialog.nameEdit()->clear();
        QVERIFY(!dialog.save());
        QVERIFY(dialog.errorLabel()->text().contains(u"Field 1 needs a label."_s));
        QVERIFY(dialog.nameEdit()->styleSheet().contains(u"#d93025"_s));
        QVERIFY(table->item(0, Dialog::ChoicesColumn)->background() == QBrush()); // that one is fixed
        QCOMPARE(count(u"questionnaire_templates"_s), 1);

        dialog.nameEdit()->setText(u"Good"_s);
        table->item(0, Dialog::LabelColumn)->setText(u"Tier"_s);
        QVERIFY(dialog.save());
        QVERIFY(dialog.errorLabel()->isHidden());
        QVERIFY(dialog.nameEdit()->styleSheet().isEmpty());
        QCOMPARE(QuestionnaireStore(*m_db).get(dialog.currentTemplateId())->fields.first().choices,
            (QStringList {u"Gold"_s, u"Silver, bronze"_s}));
        // Choices holding a comma come back one per line.
        QCOMPARE(table->item(0, Dialog::ChoicesColumn)->text(), u"Gold\nSilver, bronze"_s);
    }

    void bantKeepsItsBuiltinRows()
    {
        LOOPLINE_OPEN_TEST_DATABASE(m_db, QString::fromLatin1(TestDatabase::Sqlite));
        Dialog dialog(*m_db);
        showActive(dialog);
        QCOMPARE(dialog.currentTemplateId(), u"bant"_s); // shown first
        QTableWidget *table = dialog.fieldsTable();
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(!dialog.archiveButton()->isEnabled());
        for (int row = 0; row < 4; ++row) {
            QVERIFY(dialog.isLockedRow(row));
            table->setCurrentCell(row, Dialog::LabelColumn);
            QVERIFY(!dialog.removeFieldButton()->isEnabled());
            dialog.removeField();
            QVERIFY(!isEditable(table, row, Dialog::KeyColumn));
            QVERIFY(!isEditable(table, row, Dialog::TypeColumn));
            QVERIFY(!isEditable(table, row, Dialog::ChoicesColumn)); // timeframe's too
            QVERIFY(isEditable(table, row, Dialog::LabelColumn));
            QVERIFY(isEditable(table, row, Dialog::HelpColumn));
        }
        QCOMPARE(table->rowCount(), 4);

        // A custom field can be added to BANT, and removed again.
        dialog.addField();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        typeIntoCell(table, 4, Dialog::LabelColumn, u"Current vendor"_s);
        table->setCurrentCell(4, Dialog::LabelColumn);
        QVERIFY(dialog.removeFieldButton()->isEnabled());
        dialog.moveField(-1);
        QCOMPARE(table->item(3, Dialog::KeyColumn)->text(), u"current_vendor"_s);
        QVERIFY(dialog.isLockedRow(4));
        QVERIFY(dialog.save());
        const QuestionnaireTemplate bant = *QuestionnaireStore(*m_db).get(u"bant"_s);
        QCOMPARE(bant.version, 2);
        QCOMPARE(bant.fields.size(), 5);
        QCOMPARE(bant.fields.at(3).key, u"current_vendor"_s);
        QCOMPARE(bant.fields.at(4).choices, Questionnaire::bantTimeframeChoices());
        QVERIFY(!dialog.isLockedRow(3));
        QVERIFY(dialog.isLockedRow(4));
    }

    void archivesAndAsksBeforeDroppingChanges()
    {
        LOOPLINE_OPEN_TEST_DATABASE(m_db, QString::fromLatin1(TestDatabase::Sqlite));
        QuestionnaireTemplate tmpl;
        tmpl.name = u"Billing"_s;
        tmpl.fields = {{u"seats"_s, u"Seats"_s, FieldType::Number, true, {}, {}}};
        const QString id = QuestionnaireStore(*m_db).create(tmpl);

        Dialog dialog(*m_db);
        showActive(dialog);
        QCOMPARE(dialog.templateList()->count(), 2);
        QVERIFY(dialog.selectTemplate(id));
        QVERIFY(dialog.archiveButton()->isEnabled());
        dialog.archiveButton()->click();
        QVERIFY(QuestionnaireStore(*m_db).get(id)->archived);
        QCOMPARE(dialog.templateList()->currentItem()->text(), u"Billing (archived)"_s);
        QCOMPARE(dialog.archiveButton()->text(), u"Unarc&hive"_s);
        dialog.archiveButton()->click();
        QVERIFY(!QuestionnaireStore(*m_db).get(id)->archived);

        // Going to another template asks about unsaved changes; Cancel stays.
        dialog.fieldsTable()->item(0, Dialog::LabelColumn)->setText(u"Users"_s);
        QVERIFY(dialog.isModified());
        answerNextMessageBox(QMessageBox::Cancel);
        dialog.templateList()->setCurrentRow(0);
        QCOMPARE(dialog.currentTemplateId(), id);
        QCOMPARE(dialog.templateList()->currentRow(), 1);
        QVERIFY(dialog.isModified());
        // Save saves, then goes on.
        answerNextMessageBox(QMessageBox::Save);
        dialog.templateList()->setCurrentRow(0);
        QCOMPARE(dialog.currentTemplateId(), u"bant"_s);
        QCOMPARE(QuestionnaireStore(*m_db).get(id)->fields.first().label, u"Users"_s);

        // Close with changes: Discard closes without writing.
        dialog.nameEdit()->setText(u"Changed"_s);
        answerNextMessageBox(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(QuestionnaireStore(*m_db).get(u"bant"_s)->name, u"BANT"_s);
    }

    void remembersItsSize()
    {
        LOOPLINE_OPEN_TEST_DATABASE(m_db, QString::fromLatin1(TestDatabase::Sqlite));
        {
            Dialog dialog(*m_db);
            QCOMPARE(dialog.size(), QSize(1000, 650));
            dialog.show();
            dialog.resize(900, 600);
            dialog.reject();
        }
        QSettings settings;
        QVERIFY(settings.contains(u"QuestionnaireEditor/geometry"_s));
        Dialog again(*m_db);
        QCOMPARE(again.size(), QSize(900, 600));
    }

private:
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestQuestionnaireUi)
#include "tst_questionnaireui.moc"
