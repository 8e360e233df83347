#pragma once

#include "exchange/vcard.h"

#include <QIODevice>

namespace loopline {

// Turns the cards of a vCard file into CSV rows with the importer's own headers
// (First name, Last name, Email, Other email, Phone, Mobile phone, Job title, Company,
// Notes, Tags), so a vCard file goes through the same import as a CSV file:
// the same phone and email checks, duplicate policy, one transaction and list of
// rejected rows. Row N + 1 of the CSV is card N.
class VCardImport
{
public:
    struct Result
    {
        int cards = 0;
        QList<VCardProblem> problems; // what the reader skipped or guessed
    };

    static Result toCsv(const QByteArray &vcf, QIODevice *csv);
    static QStringList headers();
};

} // namespace loopline
