// The lead lifecycle rules: which moves are allowed, what each needs, where the
// MQL/SQL/SAL marks fall. Pure rules, no database.
#include "leads/leadlifecycle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using S = LeadStatus;

Q_DECLARE_METATYPE(loopline::LeadStatus)

class tst_LeadLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        const QList<S> all = LeadLifecycle::allStatuses();
        QCOMPARE(all.size(), 12);
        QSet<QString> keys;
        for (S status : all) {
            const QString key = LeadLifecycle::key(status);
            keys.insert(key);
            QCOMPARE(LeadLifecycle::fromKey(key), std::optional<S>(status));
            QVERIFY(!LeadLifecycle::displayName(status).isEmpty());
        }
        QCOMPARE(keys.size(), 12);
        QVERIFY(!LeadLifecycle::fromKey(u"won"_s).has_value());
    }

    void stepsFollowTheSource()
    {
        // Nine steps from New to Converted, in the seed's order.
        const QList<S> path
            = {S::New, S::ReceivedBySdr, S::AwaitingAssignment, S::ReceivedBySales, S::DiscussingNeeds,
                S::BriefFilled, S::ProposalInPreparation, S::ContractAndPayment, S::Converted};
        for (qsizetype i = 0; i < path.size(); ++i)
            QCOMPARE(LeadLifecycle::step(path.at(i)), int(i) + 1);
        for (S end : {S::Disqualified, S::RoutedToPartner, S::Lost}) {
            QCOMPARE(LeadLifecycle::step(end), 0);
            QVERIFY(LeadLifecycle::isEnd(end));
        }
        QVERIFY(LeadLifecycle::isEnd(S::Converted));
        QVERIFY(!LeadLifecycle::isEnd(S::ContractAndPayment));
    }

    void funnelMarks()
    {
        QCOMPARE(LeadLifecycle::markAt(S::AwaitingAssignment), FunnelMark::Mql);
        QCOMPARE(LeadLifecycle::markAt(S::DiscussingNeeds), FunnelMark::Sql);
        QCOMPARE(LeadLifecycle::markAt(S::BriefFilled), FunnelMark::Sal);
        QCOMPARE(LeadLifecycle::markAt(S::New), FunnelMark::None);
        QVERIFY(!LeadLifecycle::hasReached(S::ReceivedBySdr, FunnelMark::Mql));
        QVERIFY(LeadLifecycle::hasReached(S::AwaitingAssignment, FunnelMark::Mql));
        QVERIFY(!LeadLifecycle::hasReached(S::AwaitingAssignment, FunnelMark::Sql));
        QVERIFY(LeadLifecycle::hasReached(S::Converted, FunnelMark::Sal));
        QVERIFY(!LeadLifecycle::hasReached(S::Converted, FunnelMark::None));
    }

    void allowedTargets_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<QList<S>>("targets");
        QTest::addRow("new") << S::New << QList<S> {S::ReceivedBySdr, S::Disqualified, S::RoutedToPartner};
        QTest::addRow("sdr") << S::ReceivedBySdr
                             << QList<S> {S::New, S::AwaitingAssignment, S::Disqualified, S::RoutedToPartner};
        QTest::addRow("mql") << S::AwaitingAssignment
                             << QList<S> {S::ReceivedBySdr, S::ReceivedBySales, S::Disqualified,
                                    S::RoutedToPartner};
        QTest::addRow("sales") << S::ReceivedBySales
                               << QList<S> {
                                      S::AwaitingAssignment, S::DiscussingNeeds, S::Disqualified, S::Lost};
        QTest::addRow("contract") << S::ContractAndPayment
                                  << QList<S> {
                                         S::ProposalInPreparation, S::Converted, S::Disqualified, S::Lost};
        QTest::addRow("converted") << S::Converted << QList<S> {};
        QTest::addRow("lost") << S::Lost << QList<S> {};
        QTest::addRow("disqualified") << S::Disqualified << QList<S> {};
        QTest::addRow("partner") << S::RoutedToPartner << QList<S> {};
    }

    void allowedTargets()
    {
        QFETCH(S, from);
        QFETCH(QList<S>, targets);
        QCOMPARE(LeadLifecycle::allowedTargets(from), targets);
    }

    void check_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("questionnaire");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("partner");
        QTest::addColumn<double>("commission");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("message"); // part of the refusal

        const QString none;
        QTest::addRow("forward one step")
            << S::New << S::ReceivedBySdr << false << none << none << none << 0.0 << true << none;
        QTest::addRow("skipping a step") << S::New << S::AwaitingAssignment << true << none << none << none
                                         << 0.0 << false << u"cannot move"_s;
        QTest::addRow("MQL without questionnaire")
            << S::ReceivedBySdr << S::AwaitingAssignment << false << none << none << none << 0.0 << false
            << u"questionnaire"_s;
        QTest::addRow("MQL with questionnaire") << S::ReceivedBySdr << S::AwaitingAssignment << true << none
                                                << none << none << 0.0 << true << none;
        QTest::addRow("back without comment") << S::DiscussingNeeds << S::ReceivedBySales << true << none
                                              << none << none << 0.0 << false << u"comment"_s;
        QTest::addRow("back with comment") << S::DiscussingNeeds << S::ReceivedBySales << true
                                           << u"Client postponed"_s << none << none << 0.0 << true << none;
        QTest::addRow("back to MQL keeps questionnaire rule out")
            << S::ReceivedBySales << S::AwaitingAssignment << false << u"Wrong rep"_s << none << none << 0.0
            << true << none;
        QTest::addRow("back two steps") << S::BriefFilled << S::ReceivedBySales << true << u"x"_s << none
                                        << none << 0.0 << false << u"cannot move"_s;
        QTest::addRow("disqualify without reason")
            << S::New << S::Disqualified << false << none << none << none << 0.0 << false << u"reason"_s;
        QTest::addRow("disqualify with reason")
            << S::New << S::Disqualified << false << none << u"Student"_s << none << 0.0 << true << none;
        QTest::addRow("partner without name") << S::ReceivedBySdr << S::RoutedToPartner << false << none
                                              << none << none << 10.0 << false << u"partner"_s;
        QTest::addRow("partner without rate")
            << S::ReceivedBySdr << S::RoutedToPartner << false << none << none << u"Acme Partners"_s << 0.0
            << false << u"commission"_s;
        QTest::addRow("partner over a hundred percent")
            << S::ReceivedBySdr << S::RoutedToPartner << false << none << none << u"Acme Partners"_s << 120.0
            << false << u"commission"_s;
        QTest::addRow("partner ok") << S::ReceivedBySdr << S::RoutedToPartner << false << none << none
                                    << u"Acme Partners"_s << 15.0 << true << none;
        QTest::addRow("partner after sales took it")
            << S::ReceivedBySales << S::RoutedToPartner << true << none << none << u"Acme Partners"_s << 15.0
            << false << u"cannot move"_s;
        QTest::addRow("lost before sales")
            << S::New << S::Lost << false << none << none << none << 0.0 << false << u"cannot move"_s;
        QTest::addRow("lost in sales")
            << S::ProposalInPreparation << S::Lost << true << none << none << none << 0.0 << true << none;
        QTest::addRow("converted") << S::ContractAndPayment << S::Converted << true << none << none << none
                                   << 0.0 << true << none;
        QTest::addRow("from an end") << S::Converted << S::ContractAndPayment << true << u"undo"_s << none
                                     << none << 0.0 << false << u"closed"_s;
    }

    void check()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, questionnaire);
        QFETCH(QString, comment);
        QFETCH(QString, reason);
        QFETCH(QString, partner);
        QFETCH(double, commission);
        QFETCH(bool, allowed);
        QFETCH(QString, message);
        const LeadLifecycle::Decision decision
            = LeadLifecycle::check(from, to, {questionnaire, comment, reason, partner, commission});
        QCOMPARE(decision.allowed, allowed);
        if (allowed)
            QVERIFY(decision.reason.isEmpty());
        else
            QVERIFY2(decision.reason.contains(message), qPrintable(decision.reason));
    }
};

QTEST_GUILESS_MAIN(tst_LeadLifecycle)
#include "tst_leadlifecycle.moc"
