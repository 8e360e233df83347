#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Where the sources, the .ts files and the compiled .qm files are. The
// environment variables let a copy of the tree be checked instead, e.g. to see
// the test fail on a mutated copy of translations/ without touching the real one.
QString sourceDir()
{
    return qEnvironmentVariable("LOOPLINE_TR_SOURCE_DIR", QString::fromUtf8(LOOPLINE_SOURCE_DIR));
}
QString translationsDir()
{
    return qEnvironmentVariable("LOOPLINE_TR_TS_DIR", QString::fromUtf8(LOOPLINE_TRANSLATIONS_DIR));
}
QString qmDir()
{
    return qEnvironmentVariable("LOOPLINE_TR_QM_DIR", QString::fromUtf8(LOOPLINE_QM_DIR));
}
QString lupdateProgram()
{
    return QString::fromUtf8(LOOPLINE_LUPDATE);
}

// The folders app/CMakeLists.txt feeds to lupdate.
const QStringList sourceFolders {u"core"_s, u"ui"_s, u"app"_s};

// Plural forms Qt uses per language: one/few/many for Russian and Ukrainian,
// singular/plural for English.
int pluralFormCount(const QString &language)
{
    if (language == "en"_L1)
        return 2;
    return 3;
}

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString type; // type attribute of <translation>: empty, "unfinished", "vanished" or "obsolete"
    QString translation; // text of a message without plural forms
    QStringList forms; // <numerusform>s of a numerus message
    qint64 line = 0; // line of the <message> in the file

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    // The texts that must be translated: the plural forms or the one translation.
    QStringList texts() const { return numerus ? forms : QStringList {translation}; }
};

struct TsFile
{
    QString path;
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    const TsMessage *find(const QString &context, const QString &source, const QString &comment = {}) const
    {
        for (const TsMessage &message : messages) {
            if (message.context == context && message.source == source && message.comment == comment)
                return &message;
        }
        return nullptr;
    }
};

// Text of the current element up to its end tag. <byte value="…"/> stands for
// a control character; of <lengthvariant>s only the first (longest) counts.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    bool inLaterVariant = false;
    bool seenVariant = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            if (!inLaterVariant)
                text += xml.text();
        } else if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == "byte"_L1) {
                const QString value = xml.attributes().value("value"_L1).toString();
                bool ok = false;
                const uint code = value.startsWith(u'x') ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok);
                if (ok && !inLaterVariant)
                    text += QChar(char16_t(code));
            } else if (xml.name() == "lengthvariant"_L1) {
                inLaterVariant = seenVariant;
                seenVariant = true;
            }
        } else if (xml.isEndElement()) {
            if (depth == 0)
                break;
            --depth;
            if (xml.name() == "lengthvariant"_L1)
                inLaterVariant = false;
        }
    }
    return text;
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value("type"_L1).toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            break;
        if (xml.isCharacters() && !message.numerus) {
            message.translation += xml.text();
        } else if (xml.isStartElement()) {
            if (xml.name() == "numerusform"_L1)
                message.forms.append(readText(xml));
            else if (!message.numerus)
                message.translation += readText(xml); // <byte>, <lengthvariant>
            else
                xml.skipCurrentElement();
        }
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.line = xml.lineNumber();
    message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1)
            message.source = readText(xml);
        else if (xml.name() == "comment"_L1)
            message.comment = readText(xml);
        else if (xml.name() == "translation"_L1)
            readTranslation(xml, message);
        else // <location>, <oldsource>, <extracomment>, <translatorcomment>, …
            xml.skipCurrentElement();
    }
    return message;
}

TsFile parseTsFile(const QString &path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"%1: cannot open: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    bool seenTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "TS"_L1) {
            seenTs = true;
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (xml.name() == "context"_L1) {
            context.clear();
        } else if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            ts.messages.append(readMessage(xml, context));
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2:%3: not a valid .ts file: %4"_s.arg(path)
                       .arg(xml.lineNumber())
                       .arg(xml.columnNumber())
                       .arg(xml.errorString());
    else if (!seenTs)
        ts.error = u"%1: no <TS> element; not a .ts file"_s.arg(path);
    return ts;
}

// A message that fails a check, and why.
struct Problem
{
    TsMessage message;
    QString reason;
};

QString oneLine(QString text)
{
    text.replace(u'\n', "\\n"_L1);
    if (text.size() > 160)
        text = text.left(157) + "..."_L1;
    return text;
}

QString quoted(const QString &text)
{
    return u'"' + oneLine(text) + u'"';
}

// "loopline_ru.ts:123: loopline::MainWindow: "&File" — reason". The line is
// looked up in `committed`, the file in the repository, because the checks run
// on a copy refreshed by lupdate whose lines may differ. A message that is not
// in the committed file yet is new in the code.
QString describe(const Problem &problem, const TsFile &committed)
{
    const TsMessage &m = problem.message;
    const QString fileName = QFileInfo(committed.path).fileName();
    const TsMessage *inRepository = committed.find(m.context, m.source, m.comment);
    const QString where = inRepository ? u"%1:%2"_s.arg(fileName).arg(inRepository->line)
                                       : u"%1 (string not in the file yet)"_s.arg(fileName);
    QString what = m.context + u": "_s + quoted(m.source);
    if (!m.comment.isEmpty())
        what += u" [%1]"_s.arg(m.comment);
    return u"%1: %2 — %3"_s.arg(where, what, problem.reason);
}

QString listProblems(const QList<Problem> &problems, const TsFile &committed, int limit)
{
    QStringList lines;
    for (const Problem &problem : problems.first(std::min<qsizetype>(limit, problems.size())))
        lines.append(u"    "_s + describe(problem, committed));
    if (problems.size() > limit)
        lines.append(u"    … and %1 more"_s.arg(problems.size() - limit));
    return lines.join(u'\n');
}

// Messages that would show up in English: unfinished, obsolete or empty.
QList<Problem> untranslatedMessages(const TsFile &ts)
{
    QList<Problem> problems;
    for (const TsMessage &m : ts.messages) {
        QStringList reasons;
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            reasons.append(u"obsolete (type=\"%1\"), the code no longer has it"_s.arg(m.type));
        else if (m.type == "unfinished"_L1)
            reasons.append(u"unfinished"_s);
        else if (!m.type.isEmpty())
            reasons.append(u"unknown translation type \"%1\""_s.arg(m.type));
        if (m.numerus) {
            if (m.forms.isEmpty())
                reasons.append(u"no plural forms"_s);
            for (qsizetype i = 0; i < m.forms.size(); ++i) {
                if (m.forms.at(i).isEmpty())
                    reasons.append(u"plural form %1 is empty"_s.arg(i));
            }
        } else if (m.translation.isEmpty()) {
            reasons.append(u"empty translation"_s);
        }
        if (!reasons.isEmpty())
            problems.append({m, reasons.join(", "_L1)});
    }
    return problems;
}

QList<Problem> pluralFormProblems(const TsFile &ts, int expectedForms)
{
    QList<Problem> problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        QStringList reasons;
        if (m.forms.size() != expectedForms)
            reasons.append(u"has %1 plural form(s), \"%2\" needs %3"_s.arg(m.forms.size())
                               .arg(ts.language)
                               .arg(expectedForms));
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            if (m.forms.at(i).isEmpty())
                reasons.append(u"plural form %1 is empty"_s.arg(i));
        }
        if (!reasons.isEmpty())
            problems.append({m, reasons.join(", "_L1)});
    }
    return problems;
}

// The numbers of the %1…%99 (and %L1…) placeholders QString::arg() replaces.
QSet<int> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9][0-9]?)"_s);
    QSet<int> numbers;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        numbers.insert(match.captured(1).toInt());
    return numbers;
}

QString placeholderList(const QSet<int> &numbers)
{
    QList<int> sorted(numbers.cbegin(), numbers.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (int number : sorted)
        names.append(u"%"_s + QString::number(number));
    return names.isEmpty() ? u"none"_s : names.join(", "_L1);
}

bool hasCountPlaceholder(const QString &text)
{
    static const QRegularExpression pattern(u"%L?n"_s);
    return pattern.match(text).hasMatch();
}

// Mnemonic ampersands: "&File", "Sa&ve". "&&" is a literal ampersand and an
// ampersand followed by a space (or at the end) is plain text.
int mnemonicCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

// Translations (each plural form) whose %1…%99 differ from the source's, and
// plural forms without %n. Empty translations are left to untranslatedMessages().
QList<Problem> placeholderProblems(const TsFile &ts)
{
    QList<Problem> problems;
    for (const TsMessage &m : ts.messages) {
        const QSet<int> expected = placeholders(m.source);
        // Every plural form of a "%n …" source must show the count. This holds
        // for all forms in the current ru, uk and en files: Russian and
        // Ukrainian use the "one" form for 21, 31, … too, so it cannot say
        // "one" instead of %n, and the English forms keep %n as well.
        const bool needsCount = m.numerus && hasCountPlaceholder(m.source);
        const QStringList texts = m.texts();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString &text = texts.at(i);
            if (text.isEmpty())
                continue;
            const QString which = m.numerus ? u"plural form %1 "_s.arg(i) : QString();
            const QSet<int> found = placeholders(text);
            if (found != expected)
                problems.append({m,
                    u"%1%2 has placeholders %3, the source has %4"_s.arg(
                        which, quoted(text), placeholderList(found), placeholderList(expected))});
            if (needsCount && !hasCountPlaceholder(text))
                problems.append({m, u"%1%2 lacks %n"_s.arg(which, quoted(text))});
        }
    }
    return problems;
}

// A source with one mnemonic (&File) needs exactly one in the translation,
// or the shortcut is lost or ambiguous.
QList<Problem> mnemonicProblems(const TsFile &ts)
{
    QList<Problem> problems;
    for (const TsMessage &m : ts.messages) {
        if (mnemonicCount(m.source) != 1)
            continue;
        const QStringList texts = m.texts();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString &text = texts.at(i);
            const int count = text.isEmpty() ? 1 : mnemonicCount(text);
            if (count != 1) {
                const QString which = m.numerus ? u"plural form %1 "_s.arg(i) : QString();
                problems.append({m,
                    u"the source has one & mnemonic, %1%2 has %3"_s.arg(
                        which, quoted(text), QString::number(count))});
            }
        }
    }
    return problems;
}

// Messages lupdate added to (new or changed strings in the code) and removed
// from (strings the code no longer has) the committed file.
struct TsDiff
{
    QList<TsMessage> added;
    QList<TsMessage> removed;
};

TsDiff diffMessages(const TsFile &committed, const TsFile &updated)
{
    QHash<QString, const TsMessage *> before;
    for (const TsMessage &m : committed.messages)
        before.insert(m.key(), &m);
    QSet<QString> after;
    TsDiff diff;
    for (const TsMessage &m : updated.messages) {
        after.insert(m.key());
        const TsMessage *old = before.value(m.key());
        if (!old || old->numerus != m.numerus)
            diff.added.append(m);
    }
    for (const TsMessage &m : committed.messages) {
        if (!after.contains(m.key()))
            diff.removed.append(m);
    }
    return diff;
}

QString listMessages(const QList<TsMessage> &messages, int limit)
{
    QStringList lines;
    for (const TsMessage &m : messages.first(std::min<qsizetype>(limit, messages.size())))
        lines.append(u"    %1: %2%3"_s.arg(
            m.context, quoted(m.source), m.comment.isEmpty() ? QString() : u" [%1]"_s.arg(m.comment)));
    if (messages.size() > limit)
        lines.append(u"    … and %1 more"_s.arg(messages.size() - limit));
    return lines.join(u'\n');
}

// Runs lupdate as update_translations does (app/CMakeLists.txt), updating `tsPath` in place.
bool runLupdate(const QStringList &folders, const QString &tsPath, bool pluralOnly, QString *output)
{
    QStringList arguments;
    if (pluralOnly)
        arguments.append(u"-pluralonly"_s);
    arguments << u"-no-obsolete"_s << u"-locations"_s << u"none"_s << folders << u"-ts"_s << tsPath;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(lupdateProgram(), arguments);
    const QString commandLine = lupdateProgram() + u' ' + arguments.join(u' ');
    if (!lupdate.waitForStarted()) {
        *output = u"cannot start %1: %2"_s.arg(commandLine, lupdate.errorString());
        return false;
    }
    if (!lupdate.waitForFinished(180'000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        *output = u"%1 did not finish in 3 minutes"_s.arg(commandLine);
        return false;
    }
    *output = u"$ %1\n%2"_s.arg(commandLine, QString::fromLocal8Bit(lupdate.readAll()));
    return lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

// Line number (1-based) of the first difference between two texts, with both lines.
QString firstDifference(const QByteArray &committed, const QByteArray &updated)
{
    const QList<QByteArray> a = committed.split('\n');
    const QList<QByteArray> b = updated.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray lineA = a.value(i);
        const QByteArray lineB = b.value(i);
        if (lineA != lineB)
            return u"line %1: the file has \"%2\", lupdate writes \"%3\""_s.arg(i + 1).arg(
                QString::fromUtf8(lineA.trimmed()), QString::fromUtf8(lineB.trimmed()));
    }
    return u"no line differs"_s;
}

const QString updateHint = u"Run `cmake --build build --target update_translations`, then translate the new "
                           "strings in translations/loopline_ru.ts and loopline_uk.ts (Qt Linguist) and, for "
                           "plural strings, loopline_en.ts."_s;

void addLanguageRows(const QStringList &languages)
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

} // namespace

// The translations in translations/ are complete and consistent with the code.
// Every check runs on a copy of each .ts file refreshed by lupdate over the
// current sources, so a string added to the code and not translated fails too.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tsFilesAreCurrent_data();
    void tsFilesAreCurrent();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void pluralFormsAreComplete_data();
    void pluralFormsAreComplete();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void qmFilesLoad_data();
    void qmFilesLoad();

    void detectsProblems();

private:
    struct Language
    {
        TsFile committed; // translations/loopline_<language>.ts as it is
        TsFile updated; // a copy of it after lupdate
        QByteArray committedBytes;
        QByteArray updatedBytes;
        bool lupdateOk = false;
        QString lupdateOutput;
    };
    static QString unusable(const Language &entry);

    QTemporaryDir m_dir;
    QHash<QString, Language> m_languages;
};

void tst_Translations::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QStringList folders;
    for (const QString &folder : sourceFolders) {
        const QString path = QDir(sourceDir()).filePath(folder);
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(u"source folder %1 is missing"_s.arg(path)));
        folders.append(path);
    }
    QVERIFY2(QFileInfo(lupdateProgram()).isExecutable(),
        qPrintable(u"lupdate is not at %1 (Qt6::lupdate's IMPORTED_LOCATION)"_s.arg(lupdateProgram())));

    for (const QString &language : {u"ru"_s, u"uk"_s, u"en"_s}) {
        const QString fileName = u"loopline_%1.ts"_s.arg(language);
        const QString committedPath = QDir(translationsDir()).filePath(fileName);
        const QString copyPath = m_dir.filePath(fileName);
        QFile committedFile(committedPath);
        QVERIFY2(committedFile.open(QIODevice::ReadOnly),
            qPrintable(u"%1: cannot open: %2"_s.arg(committedPath, committedFile.errorString())));
        Language &entry = m_languages[language];
        entry.committedBytes = committedFile.readAll();
        QFile copy(copyPath);
        QVERIFY2(copy.open(QIODevice::WriteOnly)
                && copy.write(entry.committedBytes) == entry.committedBytes.size(),
            qPrintable(u"%1: cannot write: %2"_s.arg(copyPath, copy.errorString())));
        copy.close();

        entry.committed = parseTsFile(committedPath);
        entry.lupdateOk = runLupdate(folders, copyPath, language == "en"_L1, &entry.lupdateOutput);
        if (entry.lupdateOk) {
            entry.updated = parseTsFile(copyPath);
            QFile updated(copyPath);
            QVERIFY(updated.open(QIODevice::ReadOnly));
            entry.updatedBytes = updated.readAll();
        }
    }
}

// Why the checks cannot run on `language`: its file cannot be read or lupdate
// failed on it. Empty when they can. (Reported with QFAIL: QVERIFY2 cuts long
// messages such as lupdate's output.)
QString tst_Translations::unusable(const Language &entry)
{
    if (!entry.committed.error.isEmpty())
        return entry.committed.error;
    if (!entry.lupdateOk)
        return u"lupdate failed on a copy of %1:\n%2"_s.arg(entry.committed.path, entry.lupdateOutput);
    return entry.updated.error;
}

void tst_Translations::tsFilesAreCurrent_data()
{
    addLanguageRows({u"ru"_s, u"uk"_s, u"en"_s});
}

// lupdate over the code does not change the committed file: no string was
// added or changed in the code without updating the translations.
void tst_Translations::tsFilesAreCurrent()
{
    QFETCH(QString, language);
    const Language &entry = m_languages[language];
    if (const QString error = unusable(entry); !error.isEmpty())
        QFAIL(qPrintable(error));
    if (entry.updatedBytes == entry.committedBytes)
        return;

    const TsDiff diff = diffMessages(entry.committed, entry.updated);
    QString message
        = u"%1 is out of date with the code (lupdate%2 -no-obsolete -locations none over %3 changes it).\n"_s
              .arg(entry.committed.path, language == "en"_L1 ? u" -pluralonly"_s : QString(),
                  sourceFolders.join(u' '));
    if (!diff.added.isEmpty())
        message += u"  %1 new or changed source string(s) in the code:\n%2\n"_s.arg(diff.added.size())
                       .arg(listMessages(diff.added, 20));
    if (!diff.removed.isEmpty())
        message += u"  %1 string(s) in the file that the code no longer has:\n%2\n"_s.arg(diff.removed.size())
                       .arg(listMessages(diff.removed, 20));
    if (diff.added.isEmpty() && diff.removed.isEmpty())
        message
            += u"  The messages are the same but lupdate writes the file differently; first difference at %1\n"_s
                   .arg(firstDifference(entry.committedBytes, entry.updatedBytes));
    message += updateHint;
    QFAIL(qPrintable(message));
}

void tst_Translations::everyStringIsTranslated_data()
{
    addLanguageRows({u"ru"_s, u"uk"_s});
}

void tst_Translations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const Language &entry = m_languages[language];
    if (const QString error = unusable(entry); !error.isEmpty())
        QFAIL(qPrintable(error));
    const QList<Problem> problems = untranslatedMessages(entry.updated);
    if (!problems.isEmpty())
        QFAIL(
            qPrintable(u"%1: %2 string(s) without a finished translation:\n%3\n%4"_s.arg(entry.committed.path)
                           .arg(problems.size())
                           .arg(listProblems(problems, entry.committed, 30), updateHint)));
}

void tst_Translations::pluralFormsAreComplete_data()
{
    addLanguageRows({u"ru"_s, u"uk"_s, u"en"_s});
}

void tst_Translations::pluralFormsAreComplete()
{
    QFETCH(QString, language);
    const Language &entry = m_languages[language];
    if (const QString error = unusable(entry); !error.isEmpty())
        QFAIL(qPrintable(error));
    QVERIFY2(entry.committed.language == language || entry.committed.language.startsWith(language + u'_'),
        qPrintable(
            u"%1: <TS language=\"%2\">, expected \"%3\"; the number of plural forms depends on it"_s.arg(
                entry.committed.path, entry.committed.language, language)));
    // The committed file as it is (lupdate pads missing forms with empty ones,
    // hiding how many there were), plus the plural strings new in the code.
    TsFile newStrings = entry.updated;
    newStrings.messages = diffMessages(entry.committed, entry.updated).added;
    const QList<Problem> problems = pluralFormProblems(entry.committed, pluralFormCount(language))
        + pluralFormProblems(newStrings, pluralFormCount(language));
    if (!problems.isEmpty())
        QFAIL(qPrintable(
            u"%1: %2 plural message(s) without exactly %3 non-empty forms:\n%4"_s.arg(entry.committed.path)
                .arg(problems.size())
                .arg(pluralFormCount(language))
                .arg(listProblems(problems, entry.committed, 30))));
}

void tst_Translations::placeholdersMatch_data()
{
    addLanguageRows({u"ru"_s, u"uk"_s, u"en"_s});
}

void tst_Translations::placeholdersMatch()
{
    QFETCH(QString, language);
    const Language &entry = m_languages[language];
    if (const QString error = unusable(entry); !error.isEmpty())
        QFAIL(qPrintable(error));
    const QList<Problem> problems = placeholderProblems(entry.updated) + mnemonicProblems(entry.updated);
    if (!problems.isEmpty())
        QFAIL(qPrintable(u"%1: %2 translation(s) whose %3 or & mnemonic do not match the source:\n%4"_s
                             .arg(entry.committed.path)
                             .arg(problems.size())
                             .arg(u"%1…%99/%n placeholders"_s, listProblems(problems, entry.committed, 30))));
}

void tst_Translations::qmFilesLoad_data()
{
    addLanguageRows({u"ru"_s, u"uk"_s});
}

// The .qm files the app ships load, and translate what the .ts files say.
void tst_Translations::qmFilesLoad()
{
    QFETCH(QString, language);
    const Language &entry = m_languages[language];
    QVERIFY2(entry.committed.error.isEmpty(), qPrintable(entry.committed.error));
    const TsFile &ts = entry.committed;

    const QString qmPath = QDir(qmDir()).filePath(u"loopline_%1.qm"_s.arg(language));
    QVERIFY2(QFileInfo::exists(qmPath),
        qPrintable(u"%1 is missing; it is built by the loopline_lrelease target"_s.arg(qmPath)));
    QTranslator translator;
    QVERIFY2(translator.load(qmPath), qPrintable(u"QTranslator cannot load %1"_s.arg(qmPath)));
    QVERIFY2(!translator.isEmpty(), qPrintable(u"%1 holds no translations"_s.arg(qmPath)));
    QCOMPARE(translator.language(), language);

    // Two real strings of the main window.
    const auto translate = [&](const TsMessage &m, int n = -1) {
        return translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
            m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), n);
    };
    for (const QString &source : {u"Contacts"_s, u"Deals"_s}) {
        const QString context = u"loopline::MainWindow"_s;
        const TsMessage *m = ts.find(context, source);
        QVERIFY2(m,
            qPrintable(u"%1: %2: \"%3\" is gone; pick another string of the main window for this check"_s.arg(
                ts.path, context, source)));
        const QString translated = translate(*m);
        QVERIFY2(!translated.isEmpty() && translated != source && translated == m->translation,
            qPrintable(u"%1: %2: \"%3\" translates to \"%4\", the .ts file says \"%5\""_s.arg(
                qmPath, context, source, translated, m->translation)));
    }

    // One plural message: n = 1, 3 and 5 take the one, few and many forms.
    const QString pluralContext = u"ChartBuilder"_s;
    const QString pluralSource = u"%1: %n deal(s)"_s;
    const TsMessage *plural = ts.find(pluralContext, pluralSource);
    QVERIFY2(plural && plural->numerus && plural->forms.size() == 3,
        qPrintable(u"%1: %2: \"%3\" is gone or has not 3 plural forms; pick another plural string"_s.arg(
            ts.path, pluralContext, pluralSource)));
    const QString one = translate(*plural, 1);
    const QString few = translate(*plural, 3);
    const QString many = translate(*plural, 5);
    QVERIFY2(!one.isEmpty() && one != few && few != many && one != many,
        qPrintable(
            u"%1: %2: \"%3\" has no distinct plural forms for 1, 3 and 5: \"%4\", \"%5\", \"%6\""_s.arg(
                qmPath, pluralContext, pluralSource, one, few, many)));
    QCOMPARE(QStringList({one, few, many}), plural->forms);
    // Through the application, %n is replaced by the count.
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString five = QCoreApplication::translate("ChartBuilder", "%1: %n deal(s)", nullptr, 5);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(five, QString(plural->forms.at(2)).replace("%n"_L1, "5"_L1));

    // Every finished message of the .ts file is in the .qm file as it is.
    QList<Problem> problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            continue;
        if (!m.numerus) {
            if (!m.translation.isEmpty() && translate(m) != m.translation)
                problems.append({m, u"the .qm file gives %1"_s.arg(quoted(translate(m)))});
            continue;
        }
        if (m.forms.size() != 3)
            continue; // reported by pluralFormsAreComplete
        const int counts[] = {1, 3, 5};
        for (int form = 0; form < 3; ++form) {
            const QString translated = translate(m, counts[form]);
            if (!m.forms.at(form).isEmpty() && translated != m.forms.at(form))
                problems.append({m,
                    u"n=%1: the .qm file gives %2, plural form %3 is %4"_s.arg(QString::number(counts[form]),
                        quoted(translated), QString::number(form), quoted(m.forms.at(form)))});
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(u"%1 does not match the .ts file (stale? rebuild loopline_lrelease):\n%2"_s.arg(
            qmPath, listProblems(problems, ts, 30))));
}

// The checkers find what they are meant to find, in a small hand-written file.
void tst_Translations::detectsProblems()
{
    const QByteArray bad = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Good</name>
    <message>
        <source>&amp;Save %1 of %2</source>
        <translation>&amp;Сохранить %2 из %L1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Tom &amp; Jerry &amp;&amp; co</source>
        <translation>Том и Джерри</translation>
    </message>
</context>
<context>
    <name>Bad</name>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Не закончено</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Пропало</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform></numerusform>
            <numerusform>задач</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>page</comment>
        <translation>%1 из %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Правка</translation>
    </message>
</context>
</TS>
)";
    const QString path = m_dir.filePath(u"detects_ru.ts"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bad), bad.size());
    }
    const TsFile ts = parseTsFile(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, u"ru"_s);
    QCOMPARE(ts.messages.size(), 10);
    QCOMPARE(ts.find(u"Bad"_s, u"%1 of %2"_s, u"page"_s)->line, 52);

    const auto offenders = [](const QList<Problem> &problems) {
        QStringList labels;
        for (const Problem &problem : problems)
            labels.append(problem.message.context + u": "_s + problem.message.source);
        return labels;
    };

    QCOMPARE(offenders(untranslatedMessages(ts)),
        QStringList({u"Bad: Unfinished"_s, u"Bad: Empty"_s, u"Bad: Gone"_s, u"Bad: %n task(s)"_s}));
    QCOMPARE(offenders(pluralFormProblems(ts, 3)), QStringList({u"Bad: %n lead(s)"_s, u"Bad: %n task(s)"_s}));
    // The same file read as English: every plural message has the wrong number of forms.
    QCOMPARE(
        offenders(pluralFormProblems(ts, 2)), QStringList({u"Good: %n deal(s)"_s, u"Bad: %n task(s)"_s}));
    // The empty form of "%n task(s)" is untranslatedMessages()' business; its
    // third form lacks %n.
    QCOMPARE(offenders(placeholderProblems(ts)), QStringList({u"Bad: %n task(s)"_s, u"Bad: %1 of %2"_s}));
    QVERIFY(placeholderProblems(ts).at(1).reason.contains("has placeholders %1, the source has %1, %2"_L1));
    QCOMPARE(offenders(mnemonicProblems(ts)), QStringList({u"Bad: &Edit"_s}));

    // The report says where: file and line, context, source.
    const QString report = listProblems(untranslatedMessages(ts), ts, 2);
    QVERIFY2(report.contains(u"detects_ru.ts:25: Bad: \"Unfinished\" — unfinished"_s), qPrintable(report));
    QVERIFY2(report.contains(u"… and 2 more"_s), qPrintable(report));

    QCOMPARE(mnemonicCount(u"&File"_s), 1);
    QCOMPARE(mnemonicCount(u"Sa&ve && close"_s), 1);
    QCOMPARE(mnemonicCount(u"A & B&"_s), 0);
    QCOMPARE(placeholders(u"%1 of %L2, %10 and %1"_s), QSet<int>({1, 2, 10}));

    // A broken file is reported, not read as empty.
    const QString brokenPath = m_dir.filePath(u"broken_ru.ts"_s);
    {
        QFile file(brokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bad.left(bad.indexOf("</message>")));
    }
    QVERIFY(!parseTsFile(brokenPath).error.isEmpty());
    QVERIFY(!parseTsFile(m_dir.filePath(u"missing.ts"_s)).error.isEmpty());

    // End to end with lupdate: a string added to the code shows up as new and
    // unfinished, one removed from the code as gone.
    const QString sources = m_dir.filePath(u"detects_src"_s);
    QVERIFY(QDir().mkpath(sources));
    {
        QFile code(sources + u"/widget.cpp"_s);
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write(R"(#include <QCoreApplication>
QString kept() { return QCoreApplication::translate("Widget", "Kept string"); }
QString added() { return QCoreApplication::translate("Widget", "Brand new string"); }
)");
    }
    const QByteArray before = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Widget</name>
    <message>
        <source>Kept string</source>
        <translation>Оставленная строка</translation>
    </message>
    <message>
        <source>Removed string</source>
        <translation>Удалённая строка</translation>
    </message>
</context>
</TS>
)";
    const QString committedPath = m_dir.filePath(u"widget_committed_ru.ts"_s);
    const QString updatedPath = m_dir.filePath(u"widget_ru.ts"_s);
    for (const QString &target : {committedPath, updatedPath}) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    QString output;
    QVERIFY2(runLupdate({sources}, updatedPath, false, &output), qPrintable(output));
    const TsFile committed = parseTsFile(committedPath);
    const TsFile updated = parseTsFile(updatedPath);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    const TsDiff diff = diffMessages(committed, updated);
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.added.first().source, u"Brand new string"_s);
    QCOMPARE(diff.removed.size(), 1);
    QCOMPARE(diff.removed.first().source, u"Removed string"_s);
    QCOMPARE(offenders(untranslatedMessages(updated)), QStringList({u"Widget: Brand new string"_s}));
    QVERIFY(
        describe(untranslatedMessages(updated).first(), committed).contains("string not in the file yet"_L1));
    QVERIFY(diffMessages(updated, updated).added.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
