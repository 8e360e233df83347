#include "importwizard.h"

#include "common/banner.h"
#include "exchange/vcardimport.h"
#include "leads/leadconversion.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kSampleValues = 3;
const QString kPresetGroup = u"import/presets"_s;

// A wizard page whose Next button follows a condition the wizard owns.
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void recheck() { Q_EMIT completeChanged(); }
};

// Stable names for the fields, as saved presets store them.
QString fieldKey(ImportField field)
{
    return QString::number(int(field));
}

const QStringList &regionCodes()
{
    static const QStringList codes = {u"RU"_s, u"UA"_s, u"BY"_s, u"KZ"_s, u"UZ"_s, u"GE"_s, u"AM"_s, u"PL"_s,
        u"DE"_s, u"AT"_s, u"CH"_s, u"FR"_s, u"IT"_s, u"ES"_s, u"NL"_s, u"GB"_s, u"IE"_s, u"US"_s, u"CA"_s,
        u"TR"_s, u"AE"_s, u"IL"_s, u"CN"_s, u"IN"_s};
    return codes;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportWizard::ImportWizard(Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(RunPage, createRunPage());
    resize(860, 600);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file exported from a spreadsheet or another CRM. The encoding and the "
                         "delimiter are detected; change them if the preview looks wrong."));
    page->complete = [this] { return !m_headers.isEmpty() && m_previewError.isEmpty(); };

    m_fileEdit = new QLineEdit;
    m_fileEdit->setPlaceholderText(tr("Path to a .csv file"));
    auto *browseButton = new QPushButton(tr("&Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_fileEdit->text() != m_fileName)
            setFileName(m_fileEdit->text());
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);

    m_encoding = new QComboBox;
    m_encoding->addItem(u"UTF-8"_s, int(CsvEncoding::Utf8));
    m_encoding->addItem(u"Windows-1251"_s, int(CsvEncoding::Windows1251));
    m_delimiter = new QComboBox;
    for (const char d : {',', ';', '\t', '|'})
        m_delimiter->addItem(CsvReader::delimiterName(d), int(d));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::readPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::readPreview);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);

    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_previewNote = new QLabel;
    m_previewNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage *ImportWizard::createColumnsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Choose what each column holds. A preset reads the export of a common CRM; save "
                         "your own for the next file from the same place."));
    page->setCommitPage(true);

    m_preset = new QComboBox;
    connect(m_preset, &QComboBox::activated, this, [this] { applyPreset(m_preset->currentText()); });
    auto *savePresetButton = new QPushButton(tr("Save as pre&set…"));
    connect(savePresetButton, &QPushButton::clicked, this, &ImportWizard::savePresetAs);
    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset:"));
    presetLabel->setBuddy(m_preset);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(savePresetButton);

    m_mapping = new QTableWidget(0, 3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Import as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mapping->setAccessibleName(tr("Columns of the file"));

    m_region = new QComboBox;
    for (const QString &code : regionCodes())
        m_region->addItem(
            u"%1 (%2)"_s.arg(QLocale::territoryToString(QLocale::codeToTerritory(code)), code), code);
    setDefaultRegion(LeadConversion::defaultRegion(m_db));
    m_slashDates = new QComboBox;
    m_slashDates->addItem(tr("day/month/year (31/03/2024)"), int(SlashDates::DayFirst));
    m_slashDates->addItem(tr("month/day/year (03/31/2024)"), int(SlashDates::MonthFirst));
    if (QLocale().territory() == QLocale::UnitedStates)
        m_slashDates->setCurrentIndex(1);
    m_source = new QLineEdit;
    m_source->setPlaceholderText(tr("For rows without a source"));
    m_consentVersion = new QLineEdit;
    m_consentVersion->setPlaceholderText(tr("The consent wording the file's “yes” refers to"));

    auto *options = new QFormLayout;
    options->addRow(tr("Phone &region:"), m_region);
    options->addRow(tr("Dates with &slashes:"), m_slashDates);
    options->addRow(tr("S&ource:"), m_source);
    options->addRow(tr("Consent &text version:"), m_consentVersion);

    auto *duplicates = new QGroupBox(tr("When a contact is already there (same email or phone)"));
    m_skip = new QRadioButton(tr("S&kip the row"));
    m_update = new QRadioButton(tr("&Update the contact with the row's values"));
    m_merge = new QRadioButton(tr("&Merge: fill only empty fields, add new emails and phones"));
    m_skip->setChecked(true);
    auto *group = new QButtonGroup(duplicates);
    auto *dupLayout = new QVBoxLayout(duplicates);
    for (QRadioButton *b : {m_skip, m_update, m_merge}) {
        group->addButton(b);
        dupLayout->addWidget(b);
    }

    auto *bottom = new QHBoxLayout;
    bottom->addLayout(options, 1);
    bottom->addWidget(duplicates, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(presetRow);
    layout->addWidget(m_mapping, 1);
    layout->addLayout(bottom);
    return page;
}

QWizardPage *ImportWizard::createRunPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Import"));
    page->complete = [this] { return m_done; };

    m_runStatus = new QLabel;
    m_runStatus->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancelImport = new QPushButton(tr("&Stop"));
    m_cancelImport->setToolTip(tr("Stop the import; nothing of it is kept"));
    connect(m_cancelImport, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImport);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTableWidget(0, 3);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Reason")});
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSortingEnabled(true);
    m_problems->setAccessibleName(tr("Rejected rows"));
    m_saveRejected = new QPushButton(tr("Save rejected &rows…"));
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportWizard::saveRejectedAs);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_runStatus);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_saveRejected, 0, Qt::AlignLeft);
    return page;
}

void ImportWizard::browse()
{
    QSettings settings;
    const QString folder
        = settings
              .value(u"import/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import contacts"), folder,
        tr("CSV and vCard files (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files "
           "(*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(u"import/folder"_s, QFileInfo(chosen).absolutePath());
    setFileName(chosen);
}

bool ImportWizard::setFileName(const QString &fileName)
{
    m_fileName = fileName;
    m_fileEdit->setText(QDir::toNativeSeparators(fileName));
    // A vCard file is turned into CSV rows with the importer's own headers, and goes
    // through the same import; its encoding and delimiter are then not the user's choice.
    m_vcardCsv.reset();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool vcard = suffix == u"vcf" || suffix == u"vcard";
    m_encoding->setEnabled(!vcard);
    m_delimiter->setEnabled(!vcard);
    QFile file(fileName);
    if (vcard && file.open(QIODevice::ReadOnly)) {
        m_vcardCsv = std::make_shared<QTemporaryFile>();
        if (file.size() > VCardReader::maxInputBytes || !m_vcardCsv->open()) {
            m_vcardCsv.reset();
        } else {
            m_vcardCards = VCardImport::toCsv(file.readAll(), m_vcardCsv.get()).cards;
            m_vcardCsv->flush();
        }
        setFormat(CsvFormat {});
    } else if (file.open(QIODevice::ReadOnly)) {
        const CsvFormat sniffed = CsvReader::sniff(&file);
        setFormat(sniffed); // reads the preview
    } else {
        readPreview();
    }
    if (m_source->text().isEmpty() || m_source->isModified() == false)
        m_source->setText(tr("Import: %1").arg(QFileInfo(fileName).fileName()));
    return !m_headers.isEmpty() && m_previewError.isEmpty();
}

QString ImportWizard::fileName() const
{
    return m_fileName;
}

QString ImportWizard::csvPath() const
{
    return m_vcardCsv ? m_vcardCsv->fileName() : m_fileName;
}

CsvFormat ImportWizard::format() const
{
    CsvFormat f;
    f.encoding = CsvEncoding(m_encoding->currentData().toInt());
    f.delimiter = char(m_delimiter->currentData().toInt());
    f.byteOrderMark = true; // skipped when present
    return f;
}

void ImportWizard::setFormat(const CsvFormat &format)
{
    {
        const QSignalBlocker a(m_encoding), b(m_delimiter);
        m_encoding->setCurrentIndex(m_encoding->findData(int(format.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(format.delimiter)));
    }
    readPreview();
}

void ImportWizard::readPreview()
{
    m_headers.clear();
    m_sampleRows.clear();
    m_previewError.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QFile file(csvPath());
    if (m_fileName.isEmpty()) {
        m_previewNote->setText(tr("Choose a file to see its first rows."));
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_previewError
            = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_fileName), file.errorString());
    } else {
        CsvReader reader(&file, format());
        QStringList fields;
        if (reader.next(fields))
            m_headers = fields;
        while (m_sampleRows.size() < kPreviewRows && reader.next(fields))
            m_sampleRows << fields;
        if (reader.hasError())
            m_previewError = reader.errorString();
        else if (m_headers.isEmpty())
            m_previewError = tr("The file is empty.");
        else if (m_sampleRows.isEmpty())
            m_previewError = tr("The file has a header but no rows.");
        else if (m_vcardCsv)
            m_previewNote->setText(tr("%n card(s) in %1; the first ones are shown.", "", m_vcardCards)
                                       .arg(QFileInfo(m_fileName).fileName()));
        else
            m_previewNote->setText(
                tr("The first rows of %1, read as %2 with a %3 between fields.")
                    .arg(QFileInfo(m_fileName).fileName(), CsvReader::encodingName(format().encoding),
                        CsvReader::delimiterName(format().delimiter)));
    }
    if (!m_previewError.isEmpty())
        m_previewNote->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
            tone::error().name(), m_previewError.toHtmlEscaped()));

    m_preview->setColumnCount(int(m_headers.size()));
    m_preview->setHorizontalHeaderLabels(m_headers);
    m_preview->setRowCount(int(m_sampleRows.size()));
    for (int r = 0; r < m_sampleRows.size(); ++r) {
        const QStringList &row = m_sampleRows.at(r);
        for (int c = 0; c < row.size() && c < m_headers.size(); ++c)
            m_preview->setItem(r, c, readOnlyItem(row.at(c)));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 240));
    static_cast<CheckedPage *>(page(FilePage))->recheck();
}

QList<ImportPreset> ImportWizard::savedPresets() const
{
    QList<ImportPreset> presets;
    QSettings settings;
    settings.beginGroup(kPresetGroup);
    for (const QString &name : settings.childKeys()) {
        ImportPreset p;
        p.name = name;
        for (const QString &pair : settings.value(name).toStringList()) {
            const qsizetype eq = pair.lastIndexOf(u'=');
            if (eq > 0)
                p.fields.insert(pair.left(eq), ImportField(pair.mid(eq + 1).toInt()));
        }
        presets << p;
    }
    return presets;
}

QStringList ImportWizard::presetNames() const
{
    QStringList names;
    for (const ImportPreset &p : ContactImporter::builtInPresets())
        names << p.name;
    for (const ImportPreset &p : savedPresets())
        names << p.name;
    return names;
}

bool ImportWizard::applyPreset(const QString &name)
{
    QList<ImportPreset> presets = savedPresets() + ContactImporter::builtInPresets(); // saved ones win
    for (const ImportPreset &p : std::as_const(presets)) {
        if (p.name != name)
            continue;
        const QList<ImportField> fields = ContactImporter::mapHeaders(m_headers, p);
        for (int c = 0; c < fields.size(); ++c)
            setColumn(c, fields.at(c));
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentText(name);
        return true;
    }
    return false;
}

void ImportWizard::savePreset(const QString &name)
{
    QStringList pairs;
    const QList<ImportField> fields = columns();
    for (int c = 0; c < fields.size() && c < m_headers.size(); ++c)
        pairs << ContactImporter::headerKey(m_headers.at(c)) + u'=' + fieldKey(fields.at(c));
    QSettings settings;
    settings.beginGroup(kPresetGroup);
    settings.setValue(name, pairs);
    if (m_preset->findText(name) < 0)
        m_preset->addItem(name);
    m_preset->setCurrentText(name);
}

void ImportWizard::savePresetAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"),
        tr("Name of the preset (for example, the program the file comes from):"), QLineEdit::Normal,
        QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        savePreset(name);
}

void ImportWizard::fillMapping()
{
    m_preset->clear();
    m_preset->addItems(presetNames());
    m_mapping->setRowCount(int(m_headers.size()));
    for (int c = 0; c < m_headers.size(); ++c) {
        m_mapping->setItem(c, 0, readOnlyItem(m_headers.at(c)));
        QStringList values;
        for (const QStringList &row : std::as_const(m_sampleRows)) {
            if (c < row.size() && !row.at(c).trimmed().isEmpty())
                values << row.at(c).simplified();
            if (values.size() == kSampleValues)
                break;
        }
        m_mapping->setItem(c, 1, readOnlyItem(values.join(u"  ·  "_s)));
        auto *combo = new QComboBox;
        for (const ImportField f : ContactImporter::allFields())
            combo->addItem(ContactImporter::fieldName(f), int(f));
        combo->setAccessibleName(tr("Import column %1 as").arg(m_headers.at(c)));
        m_mapping->setCellWidget(c, 2, combo);
    }
    applyPreset(m_preset->itemText(0));
}

QList<ImportField> ImportWizard::columns() const
{
    QList<ImportField> fields;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 2));
        fields << (combo ? ImportField(combo->currentData().toInt()) : ImportField::Ignore);
    }
    return fields;
}

void ImportWizard::setColumn(int column, ImportField field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 2)))
        combo->setCurrentIndex(combo->findData(int(field)));
}

void ImportWizard::setDuplicatePolicy(DuplicatePolicy policy)
{
    (policy == DuplicatePolicy::Skip            ? m_skip
            : policy == DuplicatePolicy::Update ? m_update
                                                : m_merge)
        ->setChecked(true);
}

void ImportWizard::setDefaultRegion(const QString &region)
{
    int at = m_region->findData(region.toUpper());
    if (at < 0) {
        m_region->addItem(region.toUpper(), region.toUpper());
        at = m_region->count() - 1;
    }
    m_region->setCurrentIndex(at);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.columns = columns();
    o.duplicates = m_update->isChecked() ? DuplicatePolicy::Update
        : m_merge->isChecked()           ? DuplicatePolicy::Merge
                                         : DuplicatePolicy::Skip;
    o.defaultRegion = m_region->currentData().toString();
    o.slashDates = SlashDates(m_slashDates->currentData().toInt());
    o.source = m_source->text().trimmed();
    o.owner = m_db.currentUser();
    o.consentTextVersion = m_consentVersion->text().trimmed();
    o.fileLabel = QFileInfo(m_fileName).fileName();
    return o;
}

void ImportWizard::initializePage(int id)
{
    if (id == ColumnsPage)
        fillMapping();
    else if (id == RunPage)
        startImport();
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ColumnsPage) {
        const QList<ImportField> fields = columns();
        const bool hasName = std::any_of(fields.cbegin(), fields.cend(), [](ImportField f) {
            return f == ImportField::FullName || f == ImportField::FirstName || f == ImportField::LastName;
        });
        if (!hasName) {
            QMessageBox::warning(this, tr("Import contacts"),
                tr("Choose the column that holds the full name, or the first or last name: every "
                   "contact needs a name."));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::startImport()
{
    m_done = false;
    m_result = ImportResult();
    m_summary->clear();
    m_problems->setRowCount(0);
    m_saveRejected->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelImport->show();
    m_cancelImport->setEnabled(true);
    m_runStatus->setText(tr("Importing %1…").arg(QFileInfo(m_fileName).fileName()));

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_rejected = std::make_shared<QTemporaryFile>();
    m_rejected->open();
    const ConnectionSpec spec = m_db.spec();
    const QString user = m_db.currentUser();
    const QString fileName = csvPath();
    const CsvFormat csvFormat = format();
    const ImportOptions importOptions = options();
    const qint64 size = std::max<qint64>(1, QFileInfo(fileName).size());
    auto cancel = m_cancel;
    auto rejected = m_rejected;
    QPointer<QProgressBar> bar = m_progress;

    // The worker opens its own connection: a QSqlDatabase belongs to its thread, and the
    // window keeps reading (WAL lets it) while the import writes.
    m_thread = QThread::create([this, spec, user, fileName, csvFormat, importOptions, size, cancel, rejected,
                                   bar, keepAlive = m_vcardCsv] {
        ImportResult result;
        try {
            std::unique_ptr<Database> db = Database::open(spec);
            db->setCurrentUser(user);
            QFile file(fileName);
            if (!file.open(QIODevice::ReadOnly)) {
                result.error
                    = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
            } else {
                result = ContactImporter(*db).run(
                    &file, csvFormat, importOptions,
                    [&](qint64 bytes) {
                        const int value = int(bytes * 1000 / size);
                        QMetaObject::invokeMethod(
                            bar, [bar, value] { bar->setValue(value); }, Qt::QueuedConnection);
                        return !cancel->load();
                    },
                    rejected.get());
            }
        } catch (const StoreError &error) {
            result.error = error.message();
        }
        rejected->flush();
        QMetaObject::invokeMethod(
            this, [this, result] { importFinished(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportWizard::cancelImport()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_cancelImport->setEnabled(false);
    m_runStatus->setText(tr("Stopping; nothing of this import is kept…"));
}

void ImportWizard::importFinished(const ImportResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_result = result;
    m_done = true;
    showResult();
    static_cast<CheckedPage *>(page(RunPage))->recheck();
    if (result.committed())
        Q_EMIT imported();
}

void ImportWizard::showResult()
{
    m_progress->hide();
    m_cancelImport->hide();
    const ImportResult &r = m_result;
    const QLocale locale;
    if (r.cancelled) {
        m_runStatus->setText(tr("The import was stopped. Nothing was imported."));
    } else if (!r.error.isEmpty()) {
        m_runStatus->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
            tone::error().name(), tr("Nothing was imported: %1").arg(r.error).toHtmlEscaped()));
    } else {
        m_runStatus->setText(tr("%1 was imported.").arg(QFileInfo(m_fileName).fileName()));
    }
    QStringList lines;
    if (r.committed()) {
        lines << tr("%n new contact(s)", "", int(r.created))
              << tr("%n contact(s) updated", "", int(r.updated))
              << tr("%n duplicate(s) skipped", "", int(r.skipped))
              << tr("%n compan(y/ies) created", "", int(r.companiesCreated));
    }
    lines << tr("%n row(s) rejected", "", int(r.rejected));
    if (r.rejected > r.problems.size())
        lines << tr("The first %1 rejected rows are shown; save them to see all.")
                     .arg(locale.toString(r.problems.size()));
    m_summary->setText(lines.join(u'\n'));

    m_problems->setSortingEnabled(false);
    m_problems->setHorizontalHeaderLabels({m_vcardCsv ? tr("Card") : tr("Row"), tr("Field"), tr("Reason")});
    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        auto *rowItem = new QTableWidgetItem;
        // A vCard's rows are its cards, after the header the import gave them.
        rowItem->setData(Qt::DisplayRole, qlonglong(m_vcardCsv ? p.row - 1 : p.row));
        rowItem->setFlags(rowItem->flags() & ~Qt::ItemIsEditable);
        m_problems->setItem(i, 0, rowItem);
        m_problems->setItem(i, 1, readOnlyItem(p.field));
        m_problems->setItem(i, 2, readOnlyItem(p.reason));
    }
    m_problems->setSortingEnabled(true);
    m_problems->setVisible(r.rejected > 0);
    m_saveRejected->setVisible(r.rejected > 0);
    m_saveRejected->setEnabled(r.rejected > 0);
}

bool ImportWizard::saveRejectedRows(const QString &fileName, QString *error) const
{
    QSaveFile out(fileName);
    if (!m_rejected || !m_rejected->seek(0) || !out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), out.errorString());
        return false;
    }
    while (!m_rejected->atEnd())
        out.write(m_rejected->read(1 << 20));
    if (!out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), out.errorString());
        return false;
    }
    return true;
}

void ImportWizard::saveRejectedAs()
{
    const QFileInfo source(m_fileName);
    const QString suggested
        = source.absoluteDir().filePath(tr("%1 - rejected rows.csv").arg(source.completeBaseName()));
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (chosen.isEmpty())
        return;
    QString error;
    if (!saveRejectedRows(chosen, &error))
        QMessageBox::warning(this, tr("Save rejected rows"), error);
}

void ImportWizard::reject()
{
    if (m_thread) {
        // Closing while importing stops the import; it rolls back before the wizard goes.
        cancelImport();
        m_thread->wait();
        return; // importFinished() arrives and shows that nothing was imported
    }
    QWizard::reject();
}

} // namespace loopline
