#pragma once

#include "records/validation.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace loopline {

// What kind of answer a questionnaire field takes. JSON keys: "text", "number",
// "money", "date", "yesno", "choice", "choices".
enum class FieldType { Text, Number, Money, Date, YesNo, OneChoice, SeveralChoices };

QString fieldTypeKey(FieldType type);
std::optional<FieldType> fieldTypeFromKey(const QString &key);

struct QuestionField
{
    QString key; // stable, [a-z0-9_]; the answer's key on the lead
    QString label; // as entered; show it through Questionnaire::displayLabel()
    FieldType type = FieldType::Text;
    bool required = false;
    QString help;
    QStringList choices; // OneChoice and SeveralChoices only

    bool operator==(const QuestionField &) const = default;
};

struct QuestionnaireTemplate
{
    QString id;
    QString name;
    QString product; // the interest it is used for; empty for none
    int version = 0; // of the fields below
    QString versionId; // the questionnaire_versions row of those fields
    QList<QuestionField> fields;
    bool archived = false;

    bool isBuiltin() const;
};

// The pure rules of questionnaires: JSON forms, answer checks, template checks.
class Questionnaire
{
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)

public:
    static QString builtinId(); // "bant"
    // The four fields of the built-in BANT template, as the migration writes them.
    static QList<QuestionField> bantFields();
    // The BANT timeframe choices, soonest first (the scoring reads their order).
    static QStringList bantTimeframeChoices();

    static QJsonArray fieldsToJson(const QList<QuestionField> &fields);
    // Unknown types read as Text, so a newer build's templates still open.
    static QList<QuestionField> fieldsFromJson(const QJsonArray &array);
    static QList<QuestionField> fieldsFromJson(const QString &json);

    // Compact JSON as stored in leads.answers. Money is an integer of minor units,
    // dates ISO text, several choices an array; empty answers are left out.
    static QString answersToJson(const QVariantMap &answers);
    // With the fields, values come back typed: Text and OneChoice QString, Number
    // double, Money qint64, Date QDate, YesNo bool, SeveralChoices QStringList.
    // Without them, as JSON gave them. Empty or broken JSON gives an empty map.
    static QVariantMap answersFromJson(const QString &json, const QList<QuestionField> &fields = {});

    // What is wrong with the answers, keyed by field key. An answer is "given"
    // unless absent, null, an empty string or an empty list (false is a YesNo answer).
    static FieldErrors validate(const QList<QuestionField> &fields, const QVariantMap &answers);
    static bool isComplete(const QList<QuestionField> &fields, const QVariantMap &answers);
    static bool isAnswered(const QVariant &value);

    // The translated text of a built-in BANT label, help text or choice (stored in
    // English by the migration); any other text unchanged.
    static QString displayLabel(const QString &label);
    // An answer as the user reads it, in the user's locale ("Yes", "1 500,00", "12 March 2026").
    static QString answerText(const QuestionField &field, const QVariant &value);

    // What is wrong with a template: a name, unique [a-z0-9_] keys, labels, at least
    // two distinct choices for choice fields, and BANT keeps its four built-in fields.
    static FieldErrors validateTemplate(const QuestionnaireTemplate &tmpl);
};

// Reads and writes questionnaire templates. Fields are versioned: a change of
// fields adds a questionnaire_versions row, and rows once written are never
// changed, so a lead's answers keep the version they were given under.
class QuestionnaireStore
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireStore)

public:
    explicit QuestionnaireStore(Database &db)
        : m_db(db)
    {
    }

    // Oldest first (the built-in BANT first of all).
    QList<QuestionnaireTemplate> templates(bool includeArchived = false) const;
    // The template with its current version.
    std::optional<QuestionnaireTemplate> get(const QString &templateId) const;
    // The template with exactly this version's fields.
    std::optional<QuestionnaireTemplate> version(const QString &versionId) const;
    // Writes version 1; returns the template id (tmpl.id if set and free, else a new one).
    QString create(QuestionnaireTemplate tmpl);
    // Writes a new version when the fields changed, otherwise only the name and product.
    // Refuses a template whose version is set and no longer current (someone else saved
    // meanwhile). Returns the current version number.
    int save(const QuestionnaireTemplate &tmpl);
    // The built-in BANT template cannot be archived: it is the fallback.
    void setArchived(const QString &templateId, bool archived);
    // The oldest non-archived template whose product matches (ignoring case and
    // surrounding spaces), else BANT.
    std::optional<QuestionnaireTemplate> forProduct(const QString &product) const;

private:
    QList<QuestionnaireTemplate> select(const QString &where, const QVariantList &values) const;
    void insertVersion(const QString &templateId, int version, const QList<QuestionField> &fields);

    Database &m_db;
};

} // namespace loopline
