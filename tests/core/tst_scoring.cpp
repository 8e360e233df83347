#include "leads/questionnaire.h"
#include "leads/scoring.h"
#include "store/settingsstore.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// LeadScoring with hand-worked figures, and ScoringConfig's checks and its round trip
// through the settings table on both backends.
class tst_Scoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void everythingFullIsHot();
    void partialAnswersAndHalfDemoAreWarm();
    void nothingIsCold();
    void timeframeChoices_data();
    void timeframeChoices();
    void repeatedSignalsAreCapped();
    void thresholdsAreInclusive_data();
    void thresholdsAreInclusive();
    void customWeightsChangeTheOutcome();
    void ratingWins();
    void answersReadBackFromJson();
    void validateRefuses_data();
    void validateRefuses();
    void configRoundTrip();
    void configDefaultsWhenNotStored();
    void invalidConfigIsNotSaved();

private:
    std::unique_ptr<Database> m_db; // the pure tests leave it alone
};

namespace {

QVariantMap bantAnswers(int timeframeIndex = 0)
{
    return {
        {u"budget"_s, qint64(5'000'000)},
        {u"authority"_s, true},
        {u"need"_s, u"Replace spreadsheets"_s},
        {u"timeframe"_s, Questionnaire::bantTimeframeChoices().at(timeframeIndex)},
    };
}

LeadSignal leadSignal(SignalKind kind, int share = 100)
{
    LeadSignal s;
    s.id = Database::newId();
    s.kind = kind;
    s.sharePercent = share;
    return s;
}

} // namespace

void tst_Scoring::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Scoring::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
}

void tst_Scoring::cleanup()
{
    m_db.reset();
}

void tst_Scoring::everythingFullIsHot()
{
    const Score s = LeadScoring::score(ScoringConfig(), bantAnswers(), {leadSignal(SignalKind::DemoWatched)});
    QCOMPARE(s.points, 25 + 20 + 15 + 20 + 15);
    QCOMPARE(s.points, 95);
    QCOMPARE(s.temperature, Temperature::Hot);
    QVERIFY(!s.setByHand);
    QCOMPARE(s.reasons.size(), 5);
    QCOMPARE(s.reasons.at(0).points, 25);
    QCOMPARE(s.reasons.at(4).points, 15);

    const QStringList lines = s.explanation().split(u'\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), u"Budget stated: +25"_s);
    QCOMPARE(lines.at(1), u"Talks to the decision maker: +20"_s);
    QCOMPARE(lines.at(2), u"Need described: +15"_s);
    QCOMPARE(lines.at(3), u"Buys within 3 months: +20"_s);
    QCOMPARE(lines.at(4), u"Demo watched: +15"_s);
    QCOMPARE(lines.at(5), u"Score 95 ≥ 60: hot"_s);
}

void tst_Scoring::partialAnswersAndHalfDemoAreWarm()
{
    QVariantMap answers = bantAnswers(2);
    answers.insert(u"authority"_s, false);
    const Score s = LeadScoring::score(ScoringConfig(), answers, {leadSignal(SignalKind::DemoWatched, 50)});
    // 25 budget + 15 need + 10 (half of 20 for 3–6 months) + 7 (15 × 50 %, rounded down)
    QCOMPARE(s.points, 57);
    QCOMPARE(s.temperature, Temperature::Warm);
    const QString text = s.explanation();
    QVERIFY2(text.contains(u"Buys in 3–6 months: +10"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Demo watched (50%): +7"_s), qPrintable(text));
    QVERIFY2(text.endsWith(u"Score 57 ≥ 30: warm"_s), qPrintable(text));
    QVERIFY(!text.contains(u"decision maker"_s));
}

void tst_Scoring::nothingIsCold()
{
    const Score s = LeadScoring::score(ScoringConfig(), {}, {});
    QCOMPARE(s.points, 0);
    QCOMPARE(s.temperature, Temperature::Cold);
    QVERIFY(s.reasons.isEmpty());
    QCOMPARE(s.explanation(), u"Score 0 < 30: cold"_s);

    // Answers that say nothing earn nothing either.
    const QVariantMap empty {{u"budget"_s, qint64(0)}, {u"authority"_s, false}, {u"need"_s, u"  "_s},
        {u"timeframe"_s, u"Later or unknown"_s}};
    QCOMPARE(LeadScoring::score(ScoringConfig(), empty, {}).points, 0);
}

void tst_Scoring::timeframeChoices_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("weight");
    QTest::addColumn<int>("points");

    QTest::newRow("within a month") << u"Within a month"_s << 20 << 20;
    QTest::newRow("1–3 months") << u"In 1–3 months"_s << 20 << 20;
    QTest::newRow("3–6 months") << u"In 3–6 months"_s << 20 << 10;
    QTest::newRow("3–6 months, odd weight rounds down") << u"In 3–6 months"_s << 15 << 7;
    QTest::newRow("later") << u"Later or unknown"_s << 20 << 0;
    QTest::newRow("not a BANT choice") << u"Tomorrow"_s << 20 << 0;
    QTest::newRow("no answer") << QString() << 20 << 0;
}

void tst_Scoring::timeframeChoices()
{
    QFETCH(QString, answer);
    QFETCH(int, weight);
    QFETCH(int, points);

    ScoringConfig config;
    config.timeframe = weight;
    QCOMPARE(LeadScoring::score(config, {{u"timeframe"_s, answer}}, {}).points, points);
}

void tst_Scoring::repeatedSignalsAreCapped()
{
    const ScoringConfig config;
    const auto points = [&](const QList<LeadSignal> &signalList) {
        return LeadScoring::score(config, {}, signalList).points;
    };
    QCOMPARE(points({leadSignal(SignalKind::SiteVisit)}), 5);
    QCOMPARE(points({leadSignal(SignalKind::SiteVisit), leadSignal(SignalKind::SiteVisit)}), 5);
    QCOMPARE(points({leadSignal(SignalKind::SiteVisit, 30), leadSignal(SignalKind::SiteVisit, 30)}),
        3); // 5 × 60 %
    QCOMPARE(points({leadSignal(SignalKind::EmailClick, 50)}), 2); // 2.5 rounded down
    QCOMPARE(points({leadSignal(SignalKind::DemoWatched, 60), leadSignal(SignalKind::DemoWatched, 60)}), 15);
    // Each kind counts on its own: 5 + 10 + 5 + 15 + 20.
    QList<LeadSignal> all;
    for (SignalKind kind : allSignalKinds())
        all << leadSignal(kind) << leadSignal(kind);
    QCOMPARE(points(all), 55);

    const Score twice = LeadScoring::score(
        config, {}, {leadSignal(SignalKind::SiteVisit), leadSignal(SignalKind::SiteVisit)});
    QCOMPARE(twice.reasons.size(), 1);
    QVERIFY2(twice.explanation().startsWith(u"Site visit ×2: +5"_s), qPrintable(twice.explanation()));
}

void tst_Scoring::thresholdsAreInclusive_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<Temperature>("expected");

    QTest::newRow("60 is hot") << 60 << Temperature::Hot;
    QTest::newRow("59 is warm") << 59 << Temperature::Warm;
    QTest::newRow("30 is warm") << 30 << Temperature::Warm;
    QTest::newRow("29 is cold") << 29 << Temperature::Cold;
}

void tst_Scoring::thresholdsAreInclusive()
{
    QFETCH(int, budget);
    QFETCH(Temperature, expected);

    ScoringConfig config;
    config.budget = budget;
    const Score s = LeadScoring::score(config, {{u"budget"_s, qint64(100)}}, {});
    QCOMPARE(s.points, budget);
    QCOMPARE(s.temperature, expected);
}

void tst_Scoring::customWeightsChangeTheOutcome()
{
    const QVariantMap answers {{u"budget"_s, qint64(100)}, {u"need"_s, u"CRM"_s}};
    const QList<LeadSignal> signalList {leadSignal(SignalKind::BoothConversation)};

    const Score byDefault = LeadScoring::score(ScoringConfig(), answers, signalList);
    QCOMPARE(byDefault.points, 25 + 15 + 20);
    QCOMPARE(byDefault.temperature, Temperature::Hot);

    ScoringConfig config;
    config.budget = 10;
    config.signalWeights[SignalKind::BoothConversation] = 0;
    config.hotAt = 80;
    config.warmAt = 40;
    const Score custom = LeadScoring::score(config, answers, signalList);
    QCOMPARE(custom.points, 10 + 15);
    QCOMPARE(custom.temperature, Temperature::Cold);
    QVERIFY2(custom.explanation().contains(u"Budget stated: +10"_s), qPrintable(custom.explanation()));
    QVERIFY(!custom.explanation().contains(u"booth"_s));
    QVERIFY2(custom.explanation().endsWith(u"Score 25 < 40: cold"_s), qPrintable(custom.explanation()));

    config.warmAt = 20;
    QCOMPARE(LeadScoring::score(config, answers, signalList).temperature, Temperature::Warm);
}

void tst_Scoring::ratingWins()
{
    const Score cooled = LeadScoring::score(
        ScoringConfig(), bantAnswers(), {leadSignal(SignalKind::DemoWatched)}, Temperature::Cold);
    QCOMPARE(cooled.points, 95);
    QCOMPARE(cooled.temperature, Temperature::Cold);
    QCOMPARE(cooled.byPoints, Temperature::Hot);
    QVERIFY(cooled.setByHand);
    QVERIFY2(cooled.explanation().endsWith(u"Score 95 ≥ 60: hot\nSet by hand: cold"_s),
        qPrintable(cooled.explanation()));

    const Score booth = LeadScoring::score(ScoringConfig(), {}, {}, Temperature::Hot);
    QCOMPARE(booth.points, 0);
    QCOMPARE(booth.temperature, Temperature::Hot);
    QCOMPARE(booth.explanation(), u"Score 0 < 30: cold\nSet by hand: hot"_s);
}

void tst_Scoring::answersReadBackFromJson()
{
    // As LeadStore would hand them over: stored JSON, read back with or without the fields.
    const QString json = Questionnaire::answersToJson(bantAnswers(1));
    const QVariantMap typed = Questionnaire::answersFromJson(json, Questionnaire::bantFields());
    const QVariantMap raw = Questionnaire::answersFromJson(json);
    QCOMPARE(LeadScoring::score(ScoringConfig(), typed, {}).points, 80);
    QCOMPARE(LeadScoring::score(ScoringConfig(), raw, {}).points, 80);
}

void tst_Scoring::validateRefuses_data()
{
    QTest::addColumn<ScoringConfig>("config");
    QTest::addColumn<QString>("mentions"); // empty: valid

    QTest::newRow("defaults") << ScoringConfig() << QString();
    ScoringConfig c;
    c.budget = 0;
    c.signalWeights[SignalKind::SiteVisit] = 0;
    QTest::newRow("zero weights") << c << QString();

    c = ScoringConfig();
    c.budget = -1;
    QTest::newRow("negative budget") << c << u"\"Budget\""_s;
    c = ScoringConfig();
    c.timeframe = -5;
    QTest::newRow("negative timeframe") << c << u"\"Timeframe\""_s;
    c = ScoringConfig();
    c.signalWeights[SignalKind::DemoWatched] = -15;
    QTest::newRow("negative demo") << c << u"\"Demo watched\""_s;
    c = ScoringConfig();
    c.warmAt = 0;
    QTest::newRow("warm at 0") << c << u"warm threshold"_s;
    c = ScoringConfig();
    c.warmAt = 60;
    QTest::newRow("warm equals hot") << c << u"hot threshold (60)"_s;
    c = ScoringConfig();
    c.hotAt = 20;
    QTest::newRow("hot below warm") << c << u"hot threshold (20)"_s;
}

void tst_Scoring::validateRefuses()
{
    QFETCH(ScoringConfig, config);
    QFETCH(QString, mentions);

    const QString problem = config.validate();
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QCOMPARE(problem.count(u'\n'), 0); // one problem, one line
}

void tst_Scoring::configRoundTrip()
{
    ScoringConfig config;
    config.budget = 30;
    config.authority = 0;
    config.need = 12;
    config.timeframe = 18;
    config.signalWeights[SignalKind::CaseStudyDownload] = 7;
    config.signalWeights[SignalKind::BoothConversation] = 40;
    config.hotAt = 75;
    config.warmAt = 35;
    QVERIFY_THROWS_NO_EXCEPTION(config.save(*m_db));

    const ScoringConfig read = ScoringConfig::load(*m_db);
    QVERIFY(read == config);
    QCOMPARE(read.signalWeights.value(SignalKind::BoothConversation), 40);
    QCOMPARE(read.hotAt, 75);
    const QJsonObject stored = SettingsStore(*m_db).object(u"scoring"_s);
    QCOMPARE(stored.value(u"signals"_s).toObject().value(u"case_study_download"_s).toInt(), 7);

    // Saving again replaces, never adds.
    ScoringConfig().save(*m_db);
    QVERIFY(ScoringConfig::load(*m_db) == ScoringConfig());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM settings WHERE key = 'scoring'"_s).toInt(), 1);
}

void tst_Scoring::configDefaultsWhenNotStored()
{
    QVERIFY(ScoringConfig::load(*m_db) == ScoringConfig());
    const ScoringConfig defaults;
    QCOMPARE(defaults.signalWeights.value(SignalKind::SiteVisit), 5);
    QCOMPARE(defaults.signalWeights.value(SignalKind::CaseStudyDownload), 10);
    QCOMPARE(defaults.signalWeights.value(SignalKind::EmailClick), 5);
    QCOMPARE(defaults.signalWeights.value(SignalKind::DemoWatched), 15);
    QCOMPARE(defaults.signalWeights.value(SignalKind::BoothConversation), 20);

    // A partial object (e.g. written by an older build) keeps defaults for the rest.
    SettingsStore(*m_db).setObject(
        u"scoring"_s, QJsonObject {{u"budget"_s, 40}, {u"signals"_s, QJsonObject {{u"email_click"_s, 1}}}});
    const ScoringConfig read = ScoringConfig::load(*m_db);
    QCOMPARE(read.budget, 40);
    QCOMPARE(read.need, 15);
    QCOMPARE(read.signalWeights.value(SignalKind::EmailClick), 1);
    QCOMPARE(read.signalWeights.value(SignalKind::DemoWatched), 15);
    QCOMPARE(read.hotAt, 60);
}

void tst_Scoring::invalidConfigIsNotSaved()
{
    ScoringConfig good;
    good.budget = 33;
    good.save(*m_db);

    ScoringConfig bad;
    bad.warmAt = 90;
    const auto error = storeErrorFrom([&] { bad.save(*m_db); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"threshold"_s), qPrintable(error->message()));
    QCOMPARE(ScoringConfig::load(*m_db).budget, 33);
    QCOMPARE(ScoringConfig::load(*m_db).warmAt, 30);
}

QTEST_GUILESS_MAIN(tst_Scoring)
#include "tst_scoring.moc"
