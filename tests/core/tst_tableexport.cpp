#include "export/tableexport.h"
#include "store/storeerror.h"
#include "ziptesting.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::unzip;

class tst_TableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesWhatNeedsIt()
    {
        DataTable table;
        table.rows = {{u"Name"_s, u"Count"_s, u"Share"_s}, {u"Smith, Jones"_s, 3, 0.25},
            {u"The \"best\""_s, qint64(12), QVariant()}};
        QCOMPARE(TableExport::csv(table),
            u"Name,Count,Share\r\n\"Smith, Jones\",3,0.25\r\n\"The \"\"best\"\"\",12,\r\n"_s);
    }

    void sheetNamesFollowExcelsRules()
    {
        QCOMPARE(TableExport::sheetName(u"Won and lost deals: by month [all]"_s, {}),
            u"Won and lost deals by month all"_s);
        QVERIFY(TableExport::sheetName(u"A very long title that goes on and on and on"_s, {}).size() <= 31);
        QCOMPARE(TableExport::sheetName(u"Leads"_s, {u"leads"_s}), u"Leads (2)"_s);
        QCOMPARE(TableExport::sheetName(u"Воронка лидов"_s, {}), u"Воронка лидов"_s);
        QCOMPARE(TableExport::sheetName(u"???"_s, {}), u"Sheet"_s);
    }

    void xlsxHoldsTextAndNumbers()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(u"report.xlsx"_s);
        DataTable reasons {u"Why deals were lost"_s,
            {{u"Loss reason"_s, u"Lost deals"_s}, {u"Price"_s, 2}, {u"Цена"_s, qint64(7)}}};
        DataTable funnel {u"Lead funnel"_s, {{u"Step"_s, u"Leads"_s}, {u"New"_s, 1.5}}};
        TableExport::writeXlsx(fileName, {reasons, funnel});
        QVERIFY(!QFile::exists(fileName + u".part"_s));

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::map<QString, QByteArray> members = unzip(file.readAll());
        QVERIFY(members.count(u"xl/workbook.xml"_s));
        const QByteArray workbook = members.at(u"xl/workbook.xml"_s);
        QVERIFY(workbook.contains("name=\"Why deals were lost\""));
        QVERIFY(workbook.contains("name=\"Lead funnel\""));
        const QByteArray strings = members.at(u"xl/sharedStrings.xml"_s);
        QVERIFY(strings.contains("Price"));
        QVERIFY(strings.contains(u"Цена"_s.toUtf8()));
        // Numbers are numbers, not text.
        const QByteArray first = members.at(u"xl/worksheets/sheet1.xml"_s);
        QVERIFY2(first.contains("<v>2</v>"), first.constData());
        QVERIFY(first.contains("<v>7</v>"));
        QVERIFY(members.at(u"xl/worksheets/sheet2.xml"_s).contains("<v>1.5</v>"));
    }

    void aMissingFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(u"missing/report.xlsx"_s);
        try {
            TableExport::writeXlsx(fileName, {DataTable {u"T"_s, {{u"a"_s}}}});
            QFAIL("no error");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(u"report.xlsx"_s), qPrintable(error.message()));
            QVERIFY(error.message().contains(u"does not exist"_s));
        }
        QVERIFY(!QFile::exists(fileName));
    }
};

QTEST_GUILESS_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
