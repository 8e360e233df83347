#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace loopline {

// A brochure, case study or piece of research that sales send to support their claims
// (DOMAIN.md, "Collateral"): where it is (a file or a link), and the deal stage and segment
// it serves (both optional).
struct Collateral
{
    enum class Kind { Brochure, CaseStudy, Research, Other };
    QString id;
    QString title;
    Kind kind = Kind::Brochure;
    QString location; // a file path or a URL
    QString stageId; // deal_stages.id, or empty for any stage
    QString segment; // a segment's name, or empty for every segment
    bool archived = false; // no longer offered; deals it was sent to keep it
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One piece of collateral as sent to a deal.
struct SentCollateral
{
    QString collateralId;
    QString title;
    Collateral::Kind kind = Collateral::Kind::Other;
    QString location;
    QDateTime sentAt;
    QString sentBy;
};

class CollateralStore
{
    Q_DECLARE_TR_FUNCTIONS(CollateralStore)

public:
    explicit CollateralStore(Database &db)
        : m_db(db)
    {
    }

    // By title; only what is not archived unless asked.
    QList<Collateral> list(bool includeArchived = false) const;
    std::optional<Collateral> get(const QString &id) const;
    // The title is required; a stage must exist. Returns the new id.
    QString create(Collateral collateral);
    void update(const Collateral &collateral);
    void setArchived(const QString &id, bool archived);
    // Deletes it and forgets which deals it was sent to (the deals' timelines keep it).
    void remove(const QString &id);

    // Records that the collateral was sent to the deal now, by the current user; sending it
    // again changes nothing. Returns true when it was recorded now.
    bool send(const QString &dealId, const QString &collateralId);
    // Forgets that it was sent (a mistake); true when it had been recorded.
    bool unsend(const QString &dealId, const QString &collateralId);
    // What was sent to the deal, the earliest first.
    QList<SentCollateral> sentTo(const QString &dealId) const;
    // How many deals it was sent to.
    qint64 sentCount(const QString &collateralId) const;

    static QList<Collateral::Kind> kinds();
    static QString kindKey(Collateral::Kind kind);
    static Collateral::Kind kindFromKey(const QString &key);
    static QString kindDisplayName(Collateral::Kind kind);

private:
    Collateral checked(const Collateral &collateral) const;
    Database &m_db;
};

} // namespace loopline
