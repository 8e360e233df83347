#include "icons.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// Renders one SVG of the set with `currentColor` replaced by the colour of the icon's
// mode in the application palette: text for normal, highlighted text for a selected
// item, the disabled text colour for a disabled action.
class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(QString name)
        : m_name(std::move(name))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height()); // the drawings are square
        return {side, side};
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize pixels = actualSize(size, mode, state);
        if (pixels.isEmpty())
            return {};
        const QColor color = colorOf(mode);
        const QString key
            = u"loopline-icon/%1/%2/%3"_s.arg(m_name).arg(pixels.width()).arg(color.rgba(), 0, 16);
        QPixmap cached;
        if (QPixmapCache::find(key, &cached))
            return cached;
        QByteArray svg = source();
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(pixels);
        cached = QPixmap::fromImage(reader.read());
        QPixmapCache::insert(key, cached);
        return cached;
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {}; } // any size
    QString iconName() override { return m_name; }
    QString key() const override { return u"loopline-tinted-svg"_s; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_name); }
    bool isNull() override { return source().isEmpty(); }

private:
    QByteArray source() const
    {
        static QHash<QString, QByteArray> sources;
        auto found = sources.find(m_name);
        if (found == sources.end()) {
            QFile file(u":/loopline/icons/ui/%1.svg"_s.arg(m_name));
            found = sources.insert(m_name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return *found;
    }

    static QColor colorOf(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
};

} // namespace

QString iconName(Icon icon)
{
    switch (icon) {
    case Icon::Contacts:
        return u"contacts"_s;
    case Icon::Companies:
        return u"companies"_s;
    case Icon::Deals:
        return u"deals"_s;
    case Icon::Leads:
        return u"leads"_s;
    case Icon::Queue:
        return u"queue"_s;
    case Icon::Campaigns:
        return u"campaigns"_s;
    case Icon::Tasks:
        return u"tasks"_s;
    case Icon::Reports:
        return u"reports"_s;
    case Icon::New:
        return u"new"_s;
    case Icon::Save:
        return u"save"_s;
    case Icon::Delete:
        return u"delete"_s;
    case Icon::Undo:
        return u"undo"_s;
    case Icon::Redo:
        return u"redo"_s;
    case Icon::Refresh:
        return u"refresh"_s;
    case Icon::Sync:
        return u"sync"_s;
    case Icon::Find:
        return u"find"_s;
    case Icon::Import:
        return u"import"_s;
    case Icon::Export:
        return u"export"_s;
    case Icon::Booth:
        return u"booth"_s;
    case Icon::Backup:
        return u"backup"_s;
    case Icon::Settings:
        return u"settings"_s;
    case Icon::Take:
        return u"take"_s;
    case Icon::Note:
        return u"note"_s;
    case Icon::Call:
        return u"call"_s;
    case Icon::Email:
        return u"email"_s;
    case Icon::Meeting:
        return u"meeting"_s;
    case Icon::Created:
        return u"created"_s;
    case Icon::Handoff:
        return u"handoff"_s;
    case Icon::Converted:
        return u"converted"_s;
    case Icon::Changed:
        return u"changed"_s;
    }
    return {};
}

QList<Icon> allIcons()
{
    QList<Icon> icons;
    for (int i = 0; i <= int(Icon::Changed); ++i)
        icons << Icon(i);
    return icons;
}

QIcon themedIcon(Icon icon)
{
    return QIcon(new TintedSvgEngine(iconName(icon)));
}

} // namespace loopline
