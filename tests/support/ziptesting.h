#pragma once

#include <QByteArray>
#include <QString>
#include <map>

namespace loopline::test {

// The members of a zip file (what an .xlsx is), read through its central directory and
// inflated, so a test can look inside a workbook libxlsxwriter wrote. Empty when the
// data is not a zip file.
std::map<QString, QByteArray> unzip(const QByteArray &zip);

// The same for a file; empty when it cannot be read.
std::map<QString, QByteArray> unzipFile(const QString &fileName);

} // namespace loopline::test
