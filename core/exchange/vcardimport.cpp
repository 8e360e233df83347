#include "vcardimport.h"

#include "export/tableexport.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

bool hasType(const QStringList &types, const QString &type)
{
    return types.contains(type, Qt::CaseInsensitive);
}

} // namespace

QStringList VCardImport::headers()
{
    return {u"First name"_s, u"Last name"_s, u"Email"_s, u"Other email"_s, u"Phone"_s, u"Mobile phone"_s,
        u"Job title"_s, u"Company"_s, u"Notes"_s, u"Tags"_s};
}

VCardImport::Result VCardImport::toCsv(const QByteArray &vcf, QIODevice *csv)
{
    const VCardReader::Result read = VCardReader::read(vcf);
    Result result;
    result.problems = read.problems;
    auto writeRow = [csv](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << TableExport::csvField(f);
        csv->write((quoted.join(u',') + u"\r\n"_s).toUtf8());
    };
    writeRow(headers());
    for (const VCard &card : read.cards) {
        // The name as toContact() reads it (patronymic with the first name, FN split
        // when there is no N); emails and phones by their types, several to a cell.
        const Contact contact = toContact(card, QString());
        QStringList emails, otherEmails, phones, mobiles;
        for (const VCardEmail &e : card.emails)
            (hasType(e.types, u"home"_s) || hasType(e.types, u"personal"_s) ? otherEmails : emails)
                << e.address;
        if (emails.isEmpty() && !otherEmails.isEmpty())
            emails << otherEmails.takeFirst();
        for (const VCardPhone &p : card.phones)
            (hasType(p.types, u"cell"_s) || hasType(p.types, u"mobile"_s) ? mobiles : phones) << p.number;
        QString notes = card.note;
        // What the contact has no field for stays readable in the notes.
        for (const VCardAddress &a : card.addresses) {
            const QStringList parts = {a.street, a.locality, a.region, a.postcode, a.country};
            QStringList present;
            for (const QString &part : parts) {
                if (!part.trimmed().isEmpty())
                    present << part.trimmed();
            }
            if (!present.isEmpty())
                notes += (notes.isEmpty() ? QString() : u"\n"_s) + present.join(u", "_s);
        }
        // A card's web addresses are often a profile, not the company's site: kept as notes.
        for (const QString &url : card.urls)
            notes += (notes.isEmpty() ? QString() : u"\n"_s) + url;
        writeRow({contact.firstName, contact.lastName, emails.join(u"; "_s), otherEmails.join(u"; "_s),
            phones.join(u"; "_s), mobiles.join(u"; "_s), card.title, card.organization, notes,
            card.categories.join(u", "_s)});
        ++result.cards;
    }
    return result;
}

} // namespace loopline
