#include "leads/questionnaire.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

Q_DECLARE_METATYPE(loopline::FieldType)

// Questionnaire (pure: JSON, answer and template checks) and QuestionnaireStore on both
// backends (the built-in BANT template, versioning, archive, choice by product).
class tst_Questionnaire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void fieldsJsonRoundTrip();
    void unknownFieldTypeReadsAsText();
    void answersJsonRoundTrip();
    void answersFromBadJson();
    void validate_data();
    void validate();
    void validateNamesTheLabel();
    void displayLabelTranslatesOnlyBuiltinTexts();
    void templateValidation_data();
    void templateValidation();

    void bantExistsAfterMigration();
    void createWritesVersionOne();
    void changedFieldsWriteNewVersion();
    void nameOnlyChangeWritesNoVersion();
    void staleVersionIsRefused();
    void invalidTemplateWritesNothing();
    void bantKeepsItsFieldsButTakesCustomOnes();
    void archivedTemplatesAreHidden();
    void forProduct();

private:
    static QuestionnaireTemplate demoTemplate(const QString &name, const QString &product = {})
    {
        QuestionnaireTemplate t;
        t.name = name;
        t.product = product;
        t.fields = {
            {u"seats"_s, u"Seats"_s, FieldType::Number, true, {}, {}},
            {u"modules"_s, u"Modules"_s, FieldType::SeveralChoices, false, u"Which modules"_s,
                {u"CRM"_s, u"Billing"_s, u"Reports"_s}},
        };
        return t;
    }
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {

constexpr qint64 kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z

QList<QuestionField> everyType()
{
    return {
        {u"comment"_s, u"Comment"_s, FieldType::Text, false, u"Anything else"_s, {}},
        {u"seats"_s, u"Seats"_s, FieldType::Number, true, {}, {}},
        {u"budget"_s, u"Budget"_s, FieldType::Money, true, {}, {}},
        {u"start"_s, u"Start date"_s, FieldType::Date, false, {}, {}},
        {u"pilot"_s, u"Pilot wanted"_s, FieldType::YesNo, true, {}, {}},
        {u"plan"_s, u"Plan"_s, FieldType::OneChoice, true, {}, {u"Basic"_s, u"Pro"_s}},
        {u"modules"_s, u"Modules"_s, FieldType::SeveralChoices, false, {},
            {u"CRM"_s, u"Billing"_s, u"Reports"_s}},
    };
}

// Answers "Budget" in another language, to see displayLabel() go through the translator.
class FakeTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) == "Questionnaire" && QByteArrayView(sourceText) == "Budget")
            return u"Бюджет"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_Questionnaire::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Questionnaire::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_Questionnaire::cleanup()
{
    m_db.reset();
}

void tst_Questionnaire::fieldsJsonRoundTrip()
{
    const QList<QuestionField> fields = everyType();
    const QJsonArray json = Questionnaire::fieldsToJson(fields);
    QCOMPARE(json.size(), fields.size());
    QCOMPARE(json.at(5).toObject().value(u"type"_s).toString(), u"choice"_s);
    QCOMPARE(json.at(6).toObject().value(u"type"_s).toString(), u"choices"_s);
    QCOMPARE(json.at(4).toObject().value(u"type"_s).toString(), u"yesno"_s);
    QVERIFY(!json.at(1).toObject().contains(u"choices"_s));
    QCOMPARE(Questionnaire::fieldsFromJson(json), fields);
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
    QCOMPARE(Questionnaire::fieldsFromJson(text), fields);

    for (FieldType type : {FieldType::Text, FieldType::Number, FieldType::Money, FieldType::Date,
             FieldType::YesNo, FieldType::OneChoice, FieldType::SeveralChoices})
        QVERIFY(fieldTypeFromKey(fieldTypeKey(type)) == type);
}

void tst_Questionnaire::unknownFieldTypeReadsAsText()
{
    const QList<QuestionField> fields
        = Questionnaire::fieldsFromJson(uR"([{"key":"x","label":"X","type":"signature","required":true}])"_s);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().type, FieldType::Text);
    QVERIFY(fields.first().required);
    QVERIFY(!fieldTypeFromKey(u"signature"_s).has_value());
}

void tst_Questionnaire::answersJsonRoundTrip()
{
    const QVariantMap answers {
        {u"comment"_s, u"Call after 10"_s},
        {u"seats"_s, 12.5},
        {u"budget"_s, qint64(9'000'000'000'000)},
        {u"start"_s, QDate(2026, 3, 1)},
        {u"pilot"_s, false},
        {u"plan"_s, u"Pro"_s},
        {u"modules"_s, QStringList {u"CRM"_s, u"Reports"_s}},
    };
    const QString json = Questionnaire::answersToJson(answers);
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(object.value(u"start"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(object.value(u"budget"_s).toInteger(), Q_INT64_C(9'000'000'000'000));
    QVERIFY(object.value(u"pilot"_s).isBool());
    QVERIFY(object.value(u"modules"_s).isArray());

    const QVariantMap back = Questionnaire::answersFromJson(json, everyType());
    QCOMPARE(back, answers);
    QCOMPARE(back.value(u"budget"_s).typeId(), QMetaType::LongLong);
    QCOMPARE(back.value(u"seats"_s).typeId(), QMetaType::Double);
    QCOMPARE(back.value(u"start"_s).typeId(), QMetaType::QDate);
    QCOMPARE(back.value(u"pilot"_s).typeId(), QMetaType::Bool);
    QCOMPARE(back.value(u"modules"_s).typeId(), QMetaType::QStringList);
    QVERIFY(Questionnaire::isComplete(everyType(), back));

    // Without the fields: as JSON gave it; a field no longer in the template is kept.
    const QVariantMap raw = Questionnaire::answersFromJson(json);
    QCOMPARE(raw.value(u"start"_s), QVariant(u"2026-03-01"_s));
    QCOMPARE(raw.value(u"plan"_s), QVariant(u"Pro"_s));
    QCOMPARE(Questionnaire::answersFromJson(json, {everyType().first()}).size(), answers.size());

    // Empty answers are left out.
    const QVariantMap sparse {
        {u"comment"_s, u"  "_s}, {u"modules"_s, QStringList()}, {u"seats"_s, QVariant()}, {u"pilot"_s, true}};
    QCOMPARE(Questionnaire::answersToJson(sparse), uR"({"pilot":true})"_s);
}

void tst_Questionnaire::answersFromBadJson()
{
    QVERIFY(Questionnaire::answersFromJson(QString()).isEmpty());
    QVERIFY(Questionnaire::answersFromJson(u"{not json"_s, everyType()).isEmpty());
    QVERIFY(Questionnaire::answersFromJson(u"[1, 2]"_s).isEmpty());
    // A value of the wrong type is kept as it is, for validate() to report.
    const QVariantMap answers
        = Questionnaire::answersFromJson(uR"({"budget":"lots","start":"soon"})"_s, everyType());
    QCOMPARE(answers.value(u"budget"_s), QVariant(u"lots"_s));
    QCOMPARE(answers.value(u"start"_s), QVariant(u"soon"_s));
    const FieldErrors errors = Questionnaire::validate(everyType(), answers);
    QVERIFY(std::any_of(
        errors.cbegin(), errors.cend(), [](const FieldError &e) { return e.field == u"budget"; }));
    QVERIFY(
        std::any_of(errors.cbegin(), errors.cend(), [](const FieldError &e) { return e.field == u"start"; }));
}

void tst_Questionnaire::validate_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");

    const auto row = [](const char *name, FieldType type, bool required, const QVariant &value, bool valid) {
        QTest::newRow(name) << type << required << value << valid;
    };
    row("text given", FieldType::Text, true, u"Needs a CRM"_s, true);
    row("text required, missing", FieldType::Text, true, QVariant(), false);
    row("text required, blank", FieldType::Text, true, u"   "_s, false);
    row("text optional, missing", FieldType::Text, false, QVariant(), true);
    row("text, a list", FieldType::Text, false, QStringList {u"a"_s}, false);
    row("number, double", FieldType::Number, true, 12.5, true);
    row("number, int", FieldType::Number, true, 3, true);
    row("number, numeric text", FieldType::Number, true, u"42"_s, true);
    row("number, words", FieldType::Number, true, u"forty"_s, false);
    row("number, bool", FieldType::Number, true, true, false);
    row("number optional, missing", FieldType::Number, false, QVariant(), true);
    row("money, positive", FieldType::Money, true, qint64(250'000), true);
    row("money, zero", FieldType::Money, true, qint64(0), true);
    row("money, negative", FieldType::Money, true, qint64(-1), false);
    row("money, fraction of a minor unit", FieldType::Money, true, 10.5, false);
    row("money, text", FieldType::Money, true, u"much"_s, false);
    row("money required, missing", FieldType::Money, true, QVariant(), false);
    row("date, QDate", FieldType::Date, true, QDate(2026, 2, 28), true);
    row("date, ISO text", FieldType::Date, true, u"2026-02-28"_s, true);
    row("date, 30 February", FieldType::Date, true, u"2026-02-30"_s, false);
    row("date, words", FieldType::Date, true, u"next week"_s, false);
    row("yes/no, no is an answer", FieldType::YesNo, true, false, true);
    row("yes/no, yes", FieldType::YesNo, true, true, true);
    row("yes/no, text", FieldType::YesNo, true, u"maybe"_s, false);
    row("yes/no required, missing", FieldType::YesNo, true, QVariant(), false);
    row("choice, listed", FieldType::OneChoice, true, u"Pro"_s, true);
    row("choice, not listed", FieldType::OneChoice, true, u"Enterprise"_s, false);
    row("choice, wrong case", FieldType::OneChoice, true, u"pro"_s, false);
    row("choice optional, missing", FieldType::OneChoice, false, QString(), true);
    row("choices, listed", FieldType::SeveralChoices, true, QStringList {u"Basic"_s, u"Pro"_s}, true);
    row("choices, variant list", FieldType::SeveralChoices, true, QVariantList {u"Pro"_s}, true);
    row("choices, one not listed", FieldType::SeveralChoices, true, QStringList {u"Pro"_s, u"Gold"_s}, false);
    row("choices required, empty", FieldType::SeveralChoices, true, QStringList(), false);
    row("choices optional, empty", FieldType::SeveralChoices, false, QStringList(), true);
    row("choices, a single string", FieldType::SeveralChoices, true, u"Pro"_s, false);
}

void tst_Questionnaire::validate()
{
    QFETCH(FieldType, type);
    QFETCH(bool, required);
    QFETCH(QVariant, value);
    QFETCH(bool, valid);

    QuestionField field {u"answer"_s, u"Answer"_s, type, required, {}, {}};
    if (type == FieldType::OneChoice || type == FieldType::SeveralChoices)
        field.choices = {u"Basic"_s, u"Pro"_s};
    QVariantMap answers {{u"other"_s, 1}};
    if (value.isValid())
        answers.insert(u"answer"_s, value);
    const FieldErrors errors = Questionnaire::validate({field}, answers);
    QCOMPARE(errors.isEmpty(), valid);
    QCOMPARE(Questionnaire::isComplete({field}, answers), valid);
    if (!valid) {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"answer"_s);
        QVERIFY2(errors.first().message.contains(u"\"Answer\""_s), qPrintable(errors.first().message));
    }
}

void tst_Questionnaire::validateNamesTheLabel()
{
    const QList<QuestionField> fields = Questionnaire::bantFields();
    const FieldErrors missing = Questionnaire::validate(fields, {});
    QCOMPARE(missing.size(), 4);
    QCOMPARE(missing.at(0).field, u"budget"_s);
    QCOMPARE(missing.at(0).message, u"\"Budget\" is required."_s);
    QCOMPARE(missing.at(3).field, u"timeframe"_s);

    const FieldErrors wrong = Questionnaire::validate(fields,
        {{u"budget"_s, qint64(-500)}, {u"authority"_s, true}, {u"need"_s, u"CRM"_s},
            {u"timeframe"_s, u"Never"_s}});
    QCOMPARE(wrong.size(), 2);
    QCOMPARE(wrong.at(0).message, u"\"Budget\" cannot be negative."_s);
    QCOMPARE(wrong.at(1).message, u"\"Never\" is not one of the choices of \"Timeframe\"."_s);

    QVERIFY(Questionnaire::isComplete(fields,
        {{u"budget"_s, qint64(0)}, {u"authority"_s, false}, {u"need"_s, u"CRM"_s},
            {u"timeframe"_s, u"Later or unknown"_s}}));
}

void tst_Questionnaire::displayLabelTranslatesOnlyBuiltinTexts()
{
    QCOMPARE(Questionnaire::displayLabel(u"Budget"_s), u"Budget"_s);
    QCOMPARE(Questionnaire::displayLabel(u"In 1–3 months"_s), u"In 1–3 months"_s);

    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString budget = Questionnaire::displayLabel(u"Budget"_s);
    const QString custom = Questionnaire::displayLabel(u"Seats"_s);
    const FieldErrors errors = Questionnaire::validate(Questionnaire::bantFields(), {});
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(budget, u"Бюджет"_s);
    QCOMPARE(custom, u"Seats"_s);
    QVERIFY2(errors.first().message.contains(u"Бюджет"_s), qPrintable(errors.first().message));
    // Without a translation the English text stays.
    QCOMPARE(Questionnaire::displayLabel(u"Decision maker"_s), u"Decision maker"_s);
}

void tst_Questionnaire::templateValidation_data()
{
    QTest::addColumn<QuestionnaireTemplate>("tmpl");
    QTest::addColumn<QString>("errorField"); // empty: valid

    const QuestionnaireTemplate good = demoTemplate(u"Billing"_s);
    QTest::newRow("valid") << good << QString();

    QuestionnaireTemplate t = good;
    t.name = u"  "_s;
    QTest::newRow("no name") << t << u"name"_s;

    t = good;
    t.fields[1].key = QString();
    QTest::newRow("empty key") << t << u"fields.1.key"_s;

    t = good;
    t.fields[1].key = u"Modules"_s;
    QTest::newRow("capital in key") << t << u"fields.1.key"_s;

    t = good;
    t.fields[1].key = u"mod-ules"_s;
    QTest::newRow("dash in key") << t << u"fields.1.key"_s;

    t = good;
    t.fields[1].key = u"seats"_s;
    QTest::newRow("duplicate key") << t << u"fields.1.key"_s;

    t = good;
    t.fields[0].label = u" "_s;
    QTest::newRow("empty label") << t << u"fields.0.label"_s;

    t = good;
    t.fields[1].choices = {u"CRM"_s};
    QTest::newRow("one choice") << t << u"fields.1.choices"_s;

    t = good;
    t.fields[1].choices = {u"CRM"_s, u"CRM"_s};
    QTest::newRow("two equal choices") << t << u"fields.1.choices"_s;

    t = good;
    t.fields[1].choices = {u"CRM"_s, u"Billing"_s, u""_s};
    QTest::newRow("an empty choice") << t << u"fields.1.choices"_s;

    t = good;
    t.fields[1].type = FieldType::OneChoice;
    t.fields[1].choices.clear();
    QTest::newRow("choice without choices") << t << u"fields.1.choices"_s;

    QuestionnaireTemplate bant;
    bant.id = u"bant"_s;
    bant.name = u"BANT"_s;
    bant.fields = Questionnaire::bantFields();
    QTest::newRow("BANT as built") << bant << QString();

    t = bant;
    t.fields.append({u"seats"_s, u"Seats"_s, FieldType::Number, false, {}, {}});
    QTest::newRow("BANT plus a custom field") << t << QString();

    t = bant;
    t.fields.removeAt(1);
    QTest::newRow("BANT without authority") << t << u"fields"_s;

    t = bant;
    t.fields[0].type = FieldType::Number;
    QTest::newRow("BANT budget as number") << t << u"fields"_s;

    t = bant;
    t.fields[3].choices.swapItemsAt(0, 1);
    QTest::newRow("BANT timeframe choices reordered") << t << u"fields.3.choices"_s;

    t = bant;
    t.fields[3].choices[3] = u"Never"_s;
    QTest::newRow("BANT timeframe choice renamed") << t << u"fields.3.choices"_s;

    t = bant;
    t.fields[3].choices.append(u"In a year"_s);
    QTest::newRow("BANT timeframe choice added") << t << u"fields.3.choices"_s;

    t = bant;
    t.fields.move(3, 0);
    t.fields[0].label = u"When"_s;
    QTest::newRow("BANT timeframe moved and relabelled") << t << QString();

    t = bant;
    t.fields[2].label = u"Pain"_s;
    t.fields[2].required = false;
    QTest::newRow("BANT relabelled") << t << QString();
}

void tst_Questionnaire::templateValidation()
{
    QFETCH(QuestionnaireTemplate, tmpl);
    QFETCH(QString, errorField);

    const FieldErrors errors = Questionnaire::validateTemplate(tmpl);
    if (errorField.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(Validation::describe(errors)));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, errorField);
    QVERIFY(!errors.first().message.isEmpty());
}

void tst_Questionnaire::bantExistsAfterMigration()
{
    QuestionnaireStore store(*m_db);
    const std::optional<QuestionnaireTemplate> bant = store.get(u"bant"_s);
    QVERIFY(bant.has_value());
    QVERIFY(bant->isBuiltin());
    QCOMPARE(bant->name, u"BANT"_s);
    QCOMPARE(bant->version, 1);
    QCOMPARE(bant->versionId, u"bant-1"_s);
    QCOMPARE(bant->fields.size(), 4);
    QCOMPARE(bant->fields, Questionnaire::bantFields());
    QCOMPARE(bant->fields.at(3).choices.at(1), u"In 1–3 months"_s);
    QVERIFY(!bant->archived);

    QCOMPARE(store.templates().size(), 1);
    QCOMPARE(store.version(u"bant-1"_s)->fields, bant->fields);
    QVERIFY(!store.get(u"nope"_s).has_value());
    QVERIFY(!store.version(u"nope"_s).has_value());
}

void tst_Questionnaire::createWritesVersionOne()
{
    QuestionnaireStore store(*m_db);
    QuestionnaireTemplate t = demoTemplate(u"  Billing module  "_s, u"Billing"_s);
    t.fields[0].label = u" Seats "_s;
    const QString id = store.create(t);
    QVERIFY(!id.isEmpty());

    const std::optional<QuestionnaireTemplate> read = store.get(id);
    QVERIFY(read.has_value());
    QCOMPARE(read->name, u"Billing module"_s);
    QCOMPARE(read->product, u"Billing"_s);
    QCOMPARE(read->version, 1);
    QCOMPARE(read->fields.at(0).label, u"Seats"_s);
    QCOMPARE(read->fields.size(), 2);
    QCOMPARE(read->fields.at(1).choices, t.fields.at(1).choices);
    QVERIFY(!read->isBuiltin());
    QCOMPARE(m_db->scalar(u"SELECT author FROM questionnaire_versions WHERE id = ?"_s, {read->versionId})
                 .toString(),
        u"tester"_s);
    QCOMPARE(m_db->scalar(u"SELECT created_at FROM questionnaire_versions WHERE id = ?"_s, {read->versionId})
                 .toLongLong(),
        kStart);
    QCOMPARE(store.templates().size(), 2);
    QCOMPARE(store.templates().at(0).id, u"bant"_s);

    // A chosen id is kept; a taken one refused.
    QuestionnaireTemplate withId = demoTemplate(u"Named"_s);
    withId.id = u"named"_s;
    QCOMPARE(store.create(withId), u"named"_s);
    const auto taken = storeErrorFrom([&] { store.create(withId); });
    QVERIFY(taken.has_value());
    QVERIFY(taken->message().contains(u"named"_s));
}

void tst_Questionnaire::changedFieldsWriteNewVersion()
{
    QuestionnaireStore store(*m_db);
    const QString id = store.create(demoTemplate(u"Billing"_s));
    const QuestionnaireTemplate v1 = *store.get(id);

    m_clock->advanceMs(60'000);
    QuestionnaireTemplate edited = v1;
    edited.fields.append({u"go_live"_s, u"Go-live date"_s, FieldType::Date, false, {}, {}});
    edited.fields[1].choices.append(u"Payroll"_s);
    QCOMPARE(store.save(edited), 2);

    const QuestionnaireTemplate v2 = *store.get(id);
    QCOMPARE(v2.version, 2);
    QVERIFY(v2.versionId != v1.versionId);
    QCOMPARE(v2.fields.size(), 3);
    QCOMPARE(v2.fields.at(1).choices.size(), 4);

    // The old version is untouched: answers given under it still read with its fields.
    const std::optional<QuestionnaireTemplate> old = store.version(v1.versionId);
    QVERIFY(old.has_value());
    QCOMPARE(old->version, 1);
    QCOMPARE(old->fields, v1.fields);
    QCOMPARE(old->id, id);
    QCOMPARE(store.version(v2.versionId)->fields, v2.fields);
    QCOMPARE(
        m_db->scalar(u"SELECT COUNT(*) FROM questionnaire_versions WHERE template_id = ?"_s, {id}).toInt(),
        2);
    QCOMPARE(m_db->scalar(u"SELECT created_at FROM questionnaire_versions WHERE id = ?"_s, {v2.versionId})
                 .toLongLong(),
        kStart + 60'000);

    // Saving version 2 again unchanged writes nothing.
    QCOMPARE(store.save(v2), 2);
    QCOMPARE(count(u"questionnaire_versions"_s), 3); // bant-1 and two of this one
    // And a third change makes version 3.
    QuestionnaireTemplate again = v2;
    again.fields = v1.fields;
    QCOMPARE(store.save(again), 3);
    QCOMPARE(store.get(id)->fields, v1.fields);
}

void tst_Questionnaire::nameOnlyChangeWritesNoVersion()
{
    QuestionnaireStore store(*m_db);
    const QString id = store.create(demoTemplate(u"Billing"_s));
    QuestionnaireTemplate t = *store.get(id);
    t.name = u"Billing and invoicing"_s;
    t.product = u"Invoicing"_s;
    QCOMPARE(store.save(t), 1);

    const QuestionnaireTemplate read = *store.get(id);
    QCOMPARE(read.name, u"Billing and invoicing"_s);
    QCOMPARE(read.product, u"Invoicing"_s);
    QCOMPARE(read.version, 1);
    QCOMPARE(read.versionId, t.versionId);
    QCOMPARE(count(u"questionnaire_versions"_s), 2);
}

void tst_Questionnaire::staleVersionIsRefused()
{
    QuestionnaireStore store(*m_db);
    const QString id = store.create(demoTemplate(u"Billing"_s));
    QuestionnaireTemplate mine = *store.get(id);
    QuestionnaireTemplate theirs = mine;
    theirs.fields[0].required = false;
    QCOMPARE(store.save(theirs), 2);

    mine.name = u"Mine"_s;
    const auto error = storeErrorFrom([&] { store.save(mine); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"someone else"_s), qPrintable(error->message()));
    QCOMPARE(store.get(id)->name, u"Billing"_s);

    QuestionnaireTemplate missing = demoTemplate(u"Ghost"_s);
    missing.id = u"ghost"_s;
    QVERIFY(storeErrorFrom([&] { store.save(missing); }).has_value());
}

void tst_Questionnaire::invalidTemplateWritesNothing()
{
    QuestionnaireStore store(*m_db);
    QuestionnaireTemplate t = demoTemplate(u"Billing"_s);
    t.fields[1].key = u"seats"_s;
    const auto error = storeErrorFrom([&] { store.create(t); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"seats"_s), qPrintable(error->message()));
    QCOMPARE(count(u"questionnaire_templates"_s), 1);
    QCOMPARE(count(u"questionnaire_versions"_s), 1);

    const QString id = store.create(demoTemplate(u"Billing"_s));
    QuestionnaireTemplate edited = *store.get(id);
    edited.name.clear();
    edited.fields.append({u"x"_s, u"X"_s, FieldType::Text, false, {}, {}});
    QVERIFY(storeErrorFrom([&] { store.save(edited); }).has_value());
    QCOMPARE(store.get(id)->version, 1);
    QCOMPARE(count(u"questionnaire_versions"_s), 2);
}

void tst_Questionnaire::bantKeepsItsFieldsButTakesCustomOnes()
{
    QuestionnaireStore store(*m_db);
    QuestionnaireTemplate bant = *store.get(u"bant"_s);

    QuestionnaireTemplate removed = bant;
    removed.fields.removeFirst();
    const auto error = storeErrorFrom([&] { store.save(removed); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"Budget"_s), qPrintable(error->message()));

    QuestionnaireTemplate retyped = bant;
    retyped.fields[3].type = FieldType::Text;
    QVERIFY(storeErrorFrom([&] { store.save(retyped); }).has_value());
    QCOMPARE(store.get(u"bant"_s)->version, 1);

    // The scoring reads the timeframe answer by its text and order: its choices stay.
    QuestionnaireTemplate rechosen = bant;
    rechosen.fields[3].choices = {u"Soon"_s, u"Later"_s};
    const auto choicesError = storeErrorFrom([&] { store.save(rechosen); });
    QVERIFY(choicesError.has_value());
    QVERIFY2(choicesError->message().contains(u"Timeframe"_s), qPrintable(choicesError->message()));
    QCOMPARE(store.get(u"bant"_s)->version, 1);
    QCOMPARE(store.get(u"bant"_s)->fields.at(3).choices, Questionnaire::bantTimeframeChoices());

    QuestionnaireTemplate extended = bant;
    extended.fields.append({u"competitor"_s, u"Current vendor"_s, FieldType::Text, false, {}, {}});
    QCOMPARE(store.save(extended), 2);
    QCOMPARE(store.get(u"bant"_s)->fields.size(), 5);
    QCOMPARE(store.version(u"bant-1"_s)->fields, Questionnaire::bantFields());
}

void tst_Questionnaire::archivedTemplatesAreHidden()
{
    QuestionnaireStore store(*m_db);
    const QString id = store.create(demoTemplate(u"Billing"_s, u"Billing"_s));
    const QString versionId = store.get(id)->versionId;
    store.setArchived(id, true);

    QCOMPARE(store.templates().size(), 1);
    QCOMPARE(store.templates(true).size(), 2);
    QVERIFY(store.get(id)->archived);
    QVERIFY(store.version(versionId).has_value()); // old answers still read
    QCOMPARE(store.forProduct(u"Billing"_s)->id, u"bant"_s);

    store.setArchived(id, false);
    QCOMPARE(store.templates().size(), 2);
    QCOMPARE(store.forProduct(u"Billing"_s)->id, id);

    QVERIFY(storeErrorFrom([&] { store.setArchived(u"bant"_s, true); }).has_value());
    QVERIFY(!store.get(u"bant"_s)->archived);
    QVERIFY(storeErrorFrom([&] { store.setArchived(u"nope"_s, true); }).has_value());
}

void tst_Questionnaire::forProduct()
{
    QuestionnaireStore store(*m_db);
    const QString billing = store.create(demoTemplate(u"Billing"_s, u"Billing Suite"_s));
    store.create(demoTemplate(u"Billing, newer"_s, u"billing suite"_s));
    const QString analytics = store.create(demoTemplate(u"Analytics"_s, u"Analytics"_s));

    QCOMPARE(store.forProduct(u"Billing Suite"_s)->id, billing); // the oldest match
    QCOMPARE(store.forProduct(u"  BILLING SUITE "_s)->id, billing);
    QCOMPARE(store.forProduct(u"analytics"_s)->id, analytics);
    QCOMPARE(store.forProduct(u"Analytics"_s)->version, 1);
    QCOMPARE(store.forProduct(u"Payroll"_s)->id, u"bant"_s);
    QCOMPARE(store.forProduct(QString())->id, u"bant"_s);
    QCOMPARE(store.forProduct(u"Billing"_s)->id, u"bant"_s); // no partial matches
}

QTEST_GUILESS_MAIN(tst_Questionnaire)
#include "tst_questionnaire.moc"
