// Build tool: renders the application icon (SVG) to the PNG sizes of the freedesktop icon
// theme, for the package. Usage: loopline-iconrender ICON.svg OUTDIR SIZE...
// writes OUTDIR/<size>x<size>/apps/loopline.png.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: loopline-iconrender ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImageReader reader(args.at(1));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (image.isNull() || !QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/loopline.png"))) {
            std::fprintf(stderr, "loopline-iconrender: cannot render %s at %d: %s\n", qPrintable(args.at(1)),
                size, qPrintable(reader.errorString()));
            return 1;
        }
    }
    return 0;
}
