#include "records/phone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

// Phone numbers as people type them in Russia, Ukraine and Germany, brought to E.164.
class tst_Phone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toE164_data();
    void toE164();
    void normalizedForMatching_data();
    void normalizedForMatching();
};

void tst_Phone::toE164_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    QTest::newRow("RU trunk 8 mobile") << u"8 916 123-45-67"_s << u"RU"_s << u"+79161234567"_s;
    QTest::newRow("RU trunk 8 brackets") << u"8 (495) 123-45-67"_s << u"RU"_s << u"+74951234567"_s;
    QTest::newRow("RU +7") << u"+7 (916) 123-45-67"_s << u"RU"_s << u"+79161234567"_s;
    QTest::newRow("RU digits only") << u"89161234567"_s << u"RU"_s << u"+79161234567"_s;
    QTest::newRow("RU without trunk") << u"916 123 45 67"_s << u"RU"_s << u"+79161234567"_s;
    QTest::newRow("RU number, German region") << u"+7 916 123 45 67"_s << u"DE"_s << u"+79161234567"_s;
    QTest::newRow("RU 00 abroad") << u"0049 30 1234567"_s << u"RU"_s << u"+49301234567"_s;
    QTest::newRow("RU 8 10 abroad") << u"8 10 49 30 1234567"_s << u"RU"_s << u"+49301234567"_s;

    QTest::newRow("UA old trunk 8") << u"8 (044) 123-45-67"_s << u"UA"_s << u"+380441234567"_s;
    QTest::newRow("UA old trunk 8 mobile") << u"8 050 123 45 67"_s << u"UA"_s << u"+380501234567"_s;
    QTest::newRow("UA national") << u"044 123 45 67"_s << u"UA"_s << u"+380441234567"_s;
    QTest::newRow("UA +38 (0..)") << u"+38 (044) 123-45-67"_s << u"UA"_s << u"+380441234567"_s;
    QTest::newRow("UA +380") << u"+380 50 123 4567"_s << u"UA"_s << u"+380501234567"_s;
    QTest::newRow("UA 00380") << u"00380441234567"_s << u"UA"_s << u"+380441234567"_s;
    QTest::newRow("UA 8 10 abroad") << u"8 10 49 30 1234567"_s << u"UA"_s << u"+49301234567"_s;
    QTest::newRow("UA lower-case region") << u"8 (044) 123-45-67"_s << u"ua"_s << u"+380441234567"_s;

    QTest::newRow("KZ trunk 8") << u"8 701 123 4567"_s << u"KZ"_s << u"+77011234567"_s;

    QTest::newRow("DE national") << u"030 1234567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE slash") << u"030/123 4567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE dots") << u"030.123.4567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE +49") << u"+49 (30) 123-4567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE 0049") << u"0049 30 1234567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE mobile") << u"0151 23456789"_s << u"DE"_s << u"+4915123456789"_s;
    // No old trunk prefix in Germany: 08044 is an area code in Bavaria.
    QTest::newRow("DE leading 8 is a digit") << u"8 (044) 123-45-67"_s << u"DE"_s << u"+4980441234567"_s;
    QTest::newRow("UA number, German region") << u"+38 044 123 45 67"_s << u"DE"_s << u"+380441234567"_s;
    QTest::newRow("no region, international") << u"+49 30 1234567"_s << QString() << u"+49301234567"_s;
    QTest::newRow("no region, national") << u"030 1234567"_s << QString() << QString();

    QTest::newRow("empty") << QString() << u"RU"_s << QString();
    QTest::newRow("spaces") << u"   "_s << u"RU"_s << QString();
    QTest::newRow("words") << u"call me maybe"_s << u"RU"_s << QString();
    QTest::newRow("letters among digits") << u"8 916 CALL-NOW"_s << u"RU"_s << QString();
    QTest::newRow("too short") << u"12-34"_s << u"DE"_s << QString();
    QTest::newRow("too long") << u"+7 916 123 45 67 89 01"_s << u"RU"_s << QString();
    QTest::newRow("plus alone") << u"+"_s << u"UA"_s << QString();
    QTest::newRow("plus in the middle") << u"8 916+1234567"_s << u"RU"_s << QString();
    QTest::newRow("UA too short after trunk") << u"8 (044) 123"_s << u"UA"_s << QString();
}

void tst_Phone::toE164()
{
    QFETCH(QString, number);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(phone::toE164(number, region), expected);
}

void tst_Phone::normalizedForMatching_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    QTest::newRow("valid") << u"8 (044) 123-45-67"_s << u"UA"_s << u"+380441234567"_s;
    QTest::newRow("same number, other spelling") << u"+38 044 1234567"_s << u"UA"_s << u"+380441234567"_s;
    QTest::newRow("invalid keeps digits") << u"(12) 34-5"_s << u"DE"_s << u"12345"_s;
    QTest::newRow("letters dropped") << u"ext. 42"_s << u"DE"_s << u"42"_s;
    QTest::newRow("empty") << QString() << u"DE"_s << QString();
}

void tst_Phone::normalizedForMatching()
{
    QFETCH(QString, number);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(phone::normalizedForMatching(number, region), expected);
}

QTEST_GUILESS_MAIN(tst_Phone)
#include "tst_phone.moc"
