#include "questionnaire.h"

#include "store/sqlvalues.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

struct TypeKey
{
    FieldType type;
    QString key;
};

const QList<TypeKey> &typeKeys()
{
    static const QList<TypeKey> keys = {
        {FieldType::Text, u"text"_s},
        {FieldType::Number, u"number"_s},
        {FieldType::Money, u"money"_s},
        {FieldType::Date, u"date"_s},
        {FieldType::YesNo, u"yesno"_s},
        {FieldType::OneChoice, u"choice"_s},
        {FieldType::SeveralChoices, u"choices"_s},
    };
    return keys;
}

// The English texts of the built-in BANT template, exactly as the migration stores them.
const char *const kBantTexts[] = {
    QT_TRANSLATE_NOOP("Questionnaire", "Budget"),
    QT_TRANSLATE_NOOP("Questionnaire", "The budget the client has set aside for this purchase."),
    QT_TRANSLATE_NOOP("Questionnaire", "Decision maker"),
    QT_TRANSLATE_NOOP(
        "Questionnaire", "Does this person decide on the purchase, or have the decision maker's mandate?"),
    QT_TRANSLATE_NOOP("Questionnaire", "Need"),
    QT_TRANSLATE_NOOP("Questionnaire", "The problem the client wants solved, in their words."),
    QT_TRANSLATE_NOOP("Questionnaire", "Timeframe"),
    QT_TRANSLATE_NOOP("Questionnaire", "When the client means to buy."),
    QT_TRANSLATE_NOOP("Questionnaire", "Within a month"),
    QT_TRANSLATE_NOOP("Questionnaire", "In 1–3 months"),
    QT_TRANSLATE_NOOP("Questionnaire", "In 3–6 months"),
    QT_TRANSLATE_NOOP("Questionnaire", "Later or unknown"),
    QT_TRANSLATE_NOOP("Questionnaire", "BANT"),
};

bool isChoiceType(FieldType type)
{
    return type == FieldType::OneChoice || type == FieldType::SeveralChoices;
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList;
}

std::optional<double> asNumber(const QVariant &value)
{
    double number = 0;
    bool ok = false;
    if (isNumeric(value)) {
        number = value.toDouble(&ok);
    } else if (value.typeId() == QMetaType::QString) {
        number = value.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// Minor units: integral numbers, or integral text.
std::optional<qint64> asMoney(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        bool ok = false;
        const qint64 minor = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(minor) : std::nullopt;
    }
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }
    if (isNumeric(value))
        return value.toLongLong();
    return std::nullopt;
}

QDate asDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QString)
        return QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    return {};
}

std::optional<QStringList> asStringList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    if (value.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    QStringList list;
    for (const QVariant &item : value.toList()) {
        if (item.typeId() != QMetaType::QString)
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

QJsonValue answerToJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    return QJsonValue::fromVariant(value);
}

QVariant typedAnswer(FieldType type, const QJsonValue &json)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::OneChoice:
        if (json.isString())
            return json.toString();
        break;
    case FieldType::Number:
        if (json.isDouble())
            return json.toDouble();
        break;
    case FieldType::Money:
        if (json.isDouble()) {
            if (const std::optional<qint64> minor = asMoney(json.toVariant()))
                return *minor;
        }
        break;
    case FieldType::Date:
        if (json.isString()) {
            const QDate date = QDate::fromString(json.toString(), Qt::ISODate);
            if (date.isValid())
                return date;
        }
        break;
    case FieldType::YesNo:
        if (json.isBool())
            return json.toBool();
        break;
    case FieldType::SeveralChoices:
        if (json.isArray()) {
            if (const std::optional<QStringList> list = asStringList(json.toVariant()))
                return *list;
        }
        break;
    }
    // Not of its field's type: kept as it is, for validate() to name.
    return json.toVariant();
}

QuestionField field(const QString &key, const QString &label, FieldType type, const QString &help,
    const QStringList &choices = {})
{
    return {key, label, type, true, help, choices};
}

} // namespace

QString fieldTypeKey(FieldType type)
{
    for (const TypeKey &entry : typeKeys()) {
        if (entry.type == type)
            return entry.key;
    }
    return u"text"_s;
}

std::optional<FieldType> fieldTypeFromKey(const QString &key)
{
    for (const TypeKey &entry : typeKeys()) {
        if (entry.key == key)
            return entry.type;
    }
    return std::nullopt;
}

bool QuestionnaireTemplate::isBuiltin() const
{
    return id == Questionnaire::builtinId();
}

QString Questionnaire::builtinId()
{
    return u"bant"_s;
}

QStringList Questionnaire::bantTimeframeChoices()
{
    return {u"Within a month"_s, u"In 1–3 months"_s, u"In 3–6 months"_s, u"Later or unknown"_s};
}

QList<QuestionField> Questionnaire::bantFields()
{
    return {
        field(u"budget"_s, u"Budget"_s, FieldType::Money,
            u"The budget the client has set aside for this purchase."_s),
        field(u"authority"_s, u"Decision maker"_s, FieldType::YesNo,
            u"Does this person decide on the purchase, or have the decision maker's mandate?"_s),
        field(
            u"need"_s, u"Need"_s, FieldType::Text, u"The problem the client wants solved, in their words."_s),
        field(u"timeframe"_s, u"Timeframe"_s, FieldType::OneChoice, u"When the client means to buy."_s,
            bantTimeframeChoices()),
    };
}

QJsonArray Questionnaire::fieldsToJson(const QList<QuestionField> &fields)
{
    QJsonArray array;
    for (const QuestionField &f : fields) {
        QJsonObject object {
            {u"key"_s, f.key},
            {u"label"_s, f.label},
            {u"type"_s, fieldTypeKey(f.type)},
            {u"required"_s, f.required},
        };
        if (!f.help.isEmpty())
            object.insert(u"help"_s, f.help);
        if (!f.choices.isEmpty())
            object.insert(u"choices"_s, QJsonArray::fromStringList(f.choices));
        array.append(object);
    }
    return array;
}

QList<QuestionField> Questionnaire::fieldsFromJson(const QJsonArray &array)
{
    QList<QuestionField> fields;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QuestionField f;
        f.key = object.value(u"key"_s).toString();
        f.label = object.value(u"label"_s).toString();
        f.type = fieldTypeFromKey(object.value(u"type"_s).toString()).value_or(FieldType::Text);
        f.required = object.value(u"required"_s).toBool();
        f.help = object.value(u"help"_s).toString();
        for (const QJsonValue &choice : object.value(u"choices"_s).toArray())
            f.choices << choice.toString();
        fields << f;
    }
    return fields;
}

QList<QuestionField> Questionnaire::fieldsFromJson(const QString &json)
{
    return fieldsFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

QString Questionnaire::answersToJson(const QVariantMap &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (isAnswered(it.value()))
            object.insert(it.key(), answerToJson(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap Questionnaire::answersFromJson(const QString &json, const QList<QuestionField> &fields)
{
    QHash<QString, FieldType> types;
    for (const QuestionField &f : fields)
        types.insert(f.key, f.type);
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QVariantMap answers;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto type = types.constFind(it.key());
        answers.insert(it.key(),
            type != types.constEnd() ? typedAnswer(type.value(), it.value()) : it.value().toVariant());
    }
    return answers;
}

bool Questionnaire::isAnswered(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    if (value.typeId() == QMetaType::QString)
        return !value.toString().trimmed().isEmpty();
    if (isList(value))
        return !value.toList().isEmpty();
    return true;
}

FieldErrors Questionnaire::validate(const QList<QuestionField> &fields, const QVariantMap &answers)
{
    FieldErrors errors;
    for (const QuestionField &f : fields) {
        const QVariant value = answers.value(f.key);
        const QString label = displayLabel(f.label);
        if (!isAnswered(value)) {
            if (f.required)
                errors.append({f.key, tr("\"%1\" is required.").arg(label)});
            continue;
        }
        const auto fail = [&](const QString &message) { errors.append({f.key, message}); };
        switch (f.type) {
        case FieldType::Text:
            if (isList(value) || !value.canConvert<QString>())
                fail(tr("\"%1\" must be text.").arg(label));
            break;
        case FieldType::Number:
            if (!asNumber(value))
                fail(tr("\"%1\" must be a number.").arg(label));
            break;
        case FieldType::Money:
            if (const std::optional<qint64> minor = asMoney(value); !minor)
                fail(tr("\"%1\" must be an amount of money.").arg(label));
            else if (*minor < 0)
                fail(tr("\"%1\" cannot be negative.").arg(label));
            break;
        case FieldType::Date:
            if (!asDate(value).isValid())
                fail(tr("\"%1\" is not a valid date (expected YYYY-MM-DD).").arg(label));
            break;
        case FieldType::YesNo:
            if (value.typeId() != QMetaType::Bool)
                fail(tr("\"%1\" must be yes or no.").arg(label));
            break;
        case FieldType::OneChoice:
            if (value.typeId() != QMetaType::QString || !f.choices.contains(value.toString()))
                fail(tr("\"%1\" is not one of the choices of \"%2\".").arg(value.toString(), label));
            break;
        case FieldType::SeveralChoices: {
            const std::optional<QStringList> chosen = asStringList(value);
            if (!chosen) {
                fail(tr("\"%1\" must be a list of its choices.").arg(label));
                break;
            }
            for (const QString &choice : *chosen) {
                if (!f.choices.contains(choice))
                    fail(tr("\"%1\" is not one of the choices of \"%2\".").arg(choice, label));
            }
            break;
        }
        }
    }
    return errors;
}

bool Questionnaire::isComplete(const QList<QuestionField> &fields, const QVariantMap &answers)
{
    return validate(fields, answers).isEmpty();
}

QString Questionnaire::displayLabel(const QString &label)
{
    for (const char *text : kBantTexts) {
        if (label == QString::fromUtf8(text))
            return QCoreApplication::translate("Questionnaire", text);
    }
    return label;
}

FieldErrors Questionnaire::validateTemplate(const QuestionnaireTemplate &tmpl)
{
    static const QRegularExpression keyPattern(u"^[a-z0-9_]+$"_s);
    FieldErrors errors;
    if (tmpl.name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("Enter a name for the questionnaire.")});
    QSet<QString> keys;
    for (qsizetype i = 0; i < tmpl.fields.size(); ++i) {
        const QuestionField &f = tmpl.fields.at(i);
        const QString where = u"fields.%1"_s.arg(i);
        const QString label = f.label.trimmed().isEmpty() ? tr("Field %1").arg(i + 1) : displayLabel(f.label);
        if (f.label.trimmed().isEmpty())
            errors.append({where + u".label"_s, tr("Field %1 needs a label.").arg(i + 1)});
        if (f.key.isEmpty())
            errors.append({where + u".key"_s, tr("\"%1\" needs a key.").arg(label)});
        else if (!keyPattern.match(f.key).hasMatch())
            errors.append({where + u".key"_s,
                tr("The key \"%1\" of \"%2\" may only hold small letters a–z, digits and _.")
                    .arg(f.key, label)});
        else if (keys.contains(f.key))
            errors.append({where + u".key"_s, tr("The key \"%1\" is used by two fields.").arg(f.key)});
        keys.insert(f.key);
        if (isChoiceType(f.type)) {
            QSet<QString> distinct;
            for (const QString &choice : f.choices) {
                if (!choice.trimmed().isEmpty())
                    distinct.insert(choice.trimmed());
            }
            if (distinct.size() < 2)
                errors.append(
                    {where + u".choices"_s, tr("\"%1\" needs at least two different choices.").arg(label)});
            else if (distinct.size() != f.choices.size())
                errors.append(
                    {where + u".choices"_s, tr("\"%1\" has an empty or repeated choice.").arg(label)});
        }
    }
    if (tmpl.isBuiltin()) {
        for (const QuestionField &builtin : bantFields()) {
            const auto same = std::find_if(tmpl.fields.cbegin(), tmpl.fields.cend(),
                [&](const QuestionField &f) { return f.key == builtin.key; });
            if (same == tmpl.fields.cend())
                errors.append({u"fields"_s,
                    tr("The built-in field \"%1\" cannot be removed from BANT.")
                        .arg(displayLabel(builtin.label))});
            else if (same->type != builtin.type)
                errors.append({u"fields"_s,
                    tr("The built-in field \"%1\" of BANT cannot change its type.")
                        .arg(displayLabel(builtin.label))});
            else if (builtin.key == u"timeframe" && same->choices != builtin.choices)
                // The lead score reads the timeframe answer by its text and its place in the list.
                errors.append({u"fields.%1.choices"_s.arg(same - tmpl.fields.cbegin()),
                    tr("The choices of the built-in field \"%1\" cannot be changed: the lead score "
                       "reads them.")
                        .arg(displayLabel(builtin.label))});
        }
    }
    return errors;
}

// --- QuestionnaireStore ----------------------------------------------------------

namespace {

QuestionnaireTemplate normalized(QuestionnaireTemplate tmpl)
{
    tmpl.name = tmpl.name.trimmed();
    tmpl.product = tmpl.product.trimmed();
    for (QuestionField &f : tmpl.fields) {
        f.key = f.key.trimmed();
        f.label = f.label.trimmed();
        f.help = f.help.trimmed();
        if (isChoiceType(f.type)) {
            for (QString &choice : f.choices)
                choice = choice.trimmed();
        } else {
            f.choices.clear();
        }
    }
    return tmpl;
}

void throwIfInvalid(const QuestionnaireTemplate &tmpl)
{
    const FieldErrors errors = Questionnaire::validateTemplate(tmpl);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
}

QString fieldsText(const QList<QuestionField> &fields)
{
    return QString::fromUtf8(
        QJsonDocument(Questionnaire::fieldsToJson(fields)).toJson(QJsonDocument::Compact));
}

} // namespace

QList<QuestionnaireTemplate> QuestionnaireStore::select(
    const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.run(u"SELECT t.id, t.name, t.product, t.archived, v.version, v.id, v.fields "
                           "FROM questionnaire_templates t "
                           "JOIN questionnaire_versions v ON v.template_id = t.id "
                           "WHERE "_s
            + where + u" ORDER BY t.seq"_s,
        values);
    QList<QuestionnaireTemplate> result;
    while (q.next()) {
        QuestionnaireTemplate t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.product = q.value(2).toString();
        t.archived = q.value(3).toInt() != 0;
        t.version = q.value(4).toInt();
        t.versionId = q.value(5).toString();
        t.fields = Questionnaire::fieldsFromJson(q.value(6).toString());
        result << t;
    }
    return result;
}

QList<QuestionnaireTemplate> QuestionnaireStore::templates(bool includeArchived) const
{
    return select(includeArchived ? u"v.version = t.current_version"_s
                                  : u"v.version = t.current_version AND t.archived = 0"_s,
        {});
}

std::optional<QuestionnaireTemplate> QuestionnaireStore::get(const QString &templateId) const
{
    const QList<QuestionnaireTemplate> found
        = select(u"v.version = t.current_version AND t.id = ?"_s, {templateId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<QuestionnaireTemplate> QuestionnaireStore::version(const QString &versionId) const
{
    const QList<QuestionnaireTemplate> found = select(u"v.id = ?"_s, {versionId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

void QuestionnaireStore::insertVersion(
    const QString &templateId, int version, const QList<QuestionField> &fields)
{
    m_db.run(u"INSERT INTO questionnaire_versions (id, template_id, version, fields, created_at, author) "
             "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {Database::newId(), templateId, version, fieldsText(fields), m_db.clock().nowMs(),
            sql::text(m_db.currentUser())});
}

QString QuestionnaireStore::create(QuestionnaireTemplate tmpl)
{
    tmpl = normalized(std::move(tmpl));
    throwIfInvalid(tmpl);
    Transaction tx(m_db);
    if (tmpl.id.isEmpty())
        tmpl.id = Database::newId();
    else if (m_db.scalar(u"SELECT 1 FROM questionnaire_templates WHERE id = ?"_s, {tmpl.id}).isValid())
        throw StoreError(tr("A questionnaire with the id \"%1\" already exists.").arg(tmpl.id));
    const qint64 now = m_db.clock().nowMs();
    m_db.run(
        u"INSERT INTO questionnaire_templates (id, name, product, current_version, archived, created_at, "
        "updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)"_s,
        {tmpl.id, tmpl.name, sql::text(tmpl.product), tmpl.archived ? 1 : 0, now, now});
    insertVersion(tmpl.id, 1, tmpl.fields);
    tx.commit();
    return tmpl.id;
}

int QuestionnaireStore::save(const QuestionnaireTemplate &edited)
{
    const QuestionnaireTemplate tmpl = normalized(edited);
    throwIfInvalid(tmpl);
    Transaction tx(m_db);
    const std::optional<QuestionnaireTemplate> current = get(tmpl.id);
    if (!current)
        throw StoreError(tr("The questionnaire \"%1\" was deleted; it cannot be saved.").arg(tmpl.name));
    if (tmpl.version != 0 && tmpl.version != current->version)
        throw StoreError(
            tr("The questionnaire \"%1\" was changed by someone else meanwhile (now version %2). "
               "Reopen it and make your changes again.")
                .arg(tmpl.name)
                .arg(current->version));
    const bool fieldsChanged = fieldsText(tmpl.fields) != fieldsText(current->fields);
    if (!fieldsChanged && tmpl.name == current->name && tmpl.product == current->product) {
        tx.commit(); // nothing written; an abandoned inner transaction would roll back the outer one
        return current->version;
    }
    int version = current->version;
    if (fieldsChanged) {
        version = m_db.scalar(u"SELECT MAX(version) FROM questionnaire_versions WHERE template_id = ?"_s,
                          {tmpl.id})
                      .toInt()
            + 1;
        insertVersion(tmpl.id, version, tmpl.fields);
    }
    m_db.run(u"UPDATE questionnaire_templates SET name = ?, product = ?, current_version = ?, updated_at = ? "
             "WHERE id = ?"_s,
        {tmpl.name, sql::text(tmpl.product), version, m_db.clock().nowMs(), tmpl.id});
    tx.commit();
    return version;
}

void QuestionnaireStore::setArchived(const QString &templateId, bool archived)
{
    if (archived && templateId == Questionnaire::builtinId())
        throw StoreError(
            tr("The built-in BANT questionnaire cannot be archived; it is used when no other fits."));
    Transaction tx(m_db);
    QSqlQuery q = m_db.run(u"UPDATE questionnaire_templates SET archived = ?, updated_at = ? WHERE id = ?"_s,
        {archived ? 1 : 0, m_db.clock().nowMs(), templateId});
    if (q.numRowsAffected() == 0)
        throw StoreError(tr("There is no questionnaire \"%1\".").arg(templateId));
    tx.commit();
}

std::optional<QuestionnaireTemplate> QuestionnaireStore::forProduct(const QString &product) const
{
    const QString wanted = product.trimmed();
    if (!wanted.isEmpty()) {
        for (const QuestionnaireTemplate &t : templates()) {
            if (!t.product.isEmpty() && t.product.compare(wanted, Qt::CaseInsensitive) == 0)
                return t;
        }
    }
    return get(Questionnaire::builtinId());
}

QString Questionnaire::answerText(const QuestionField &field, const QVariant &value)
{
    const QLocale locale;
    switch (field.type) {
    case FieldType::YesNo:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::Money:
        return locale.toString(double(value.toLongLong()) / 100.0, 'f', 2);
    case FieldType::Number:
        return locale.toString(value.toDouble());
    case FieldType::Date: {
        const QDate date = value.typeId() == QMetaType::QDate
            ? value.toDate()
            : QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : value.toString();
    }
    case FieldType::OneChoice:
        return displayLabel(value.toString());
    case FieldType::SeveralChoices: {
        QStringList shown;
        for (const QString &choice : value.toStringList())
            shown << displayLabel(choice);
        return locale.createSeparatedList(shown);
    }
    case FieldType::Text:
        break;
    }
    return value.toString();
}

} // namespace loopline
