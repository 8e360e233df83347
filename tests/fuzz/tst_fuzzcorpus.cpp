#include "fuzztargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

// Feeds every file of every fuzz target's corpus to the target, as libFuzzer
// would, so that each input a fuzzer once choked on stays tested with any
// compiler. A crash ends the run (after naming the file); a slow input fails it.
//
//   tst_fuzzcorpus [corpus root]   (default: tests/fuzz/corpus in the sources)
int main(int argc, char **argv)
{
    const QString root = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString::fromUtf8(LOOPLINE_FUZZ_CORPUS);
    // Generous: a Debug build under sanitizers is slow, and a hang is far slower still.
    constexpr qint64 maxMillisecondsPerInput = 10'000;

    int inputs = 0;
    int failures = 0;
    for (const FuzzTarget &target : fuzzTargets()) {
        const QString name = QString::fromUtf8(target.name);
        const QDir dir(root + u'/' + name);
        const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        if (files.isEmpty()) {
            std::fprintf(stderr, "FAIL %s: no corpus in %s\n", target.name, qPrintable(dir.path()));
            ++failures;
            continue;
        }
        for (const QString &fileName : files) {
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "FAIL %s/%s: %s\n", target.name, qPrintable(fileName),
                    qPrintable(file.errorString()));
                ++failures;
                continue;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "%s/%s (%lld bytes)\n", target.name, qPrintable(fileName),
                static_cast<long long>(data.size()));
            std::fflush(stderr);
            QElapsedTimer timer;
            timer.start();
            target.testOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++inputs;
            if (timer.elapsed() > maxMillisecondsPerInput) {
                std::fprintf(stderr, "FAIL %s/%s: took %lld ms\n", target.name, qPrintable(fileName),
                    static_cast<long long>(timer.elapsed()));
                ++failures;
            }
        }
    }
    std::fprintf(stderr, "%d inputs replayed, %d failures\n", inputs, failures);
    return failures == 0 ? 0 : 1;
}
