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

// The file of each icon, in the order of the enum.
constexpr QStringView kNames[] = {u"contacts", u"companies", u"deals", u"leads", u"queue", u"campaigns",
    u"tasks", u"reports", u"new", u"save", u"delete", u"undo", u"redo", u"refresh", u"sync", u"find",
    u"import", u"export", u"booth", u"backup", u"settings", u"take", u"note", u"call", u"email", u"meeting",
    u"created", u"handoff", u"converted", u"changed"};
static_assert(std::size(kNames) == std::size_t(Icon::Changed) + 1, "one file per icon");

} // namespace

QString iconName(Icon icon)
{
    return kNames[std::size_t(icon)].toString();
}

QList<Icon> allIcons()
{
    QList<Icon> icons;
    for (std::size_t i = 0; i < std::size(kNames); ++i)
        icons << Icon(i);
    return icons;
}

QIcon themedIcon(Icon icon)
{
    return QIcon(new TintedSvgEngine(iconName(icon)));
}

} // namespace loopline
