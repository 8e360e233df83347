#pragma once

#include "exchange/contactimport.h"
#include "store/database.h"

#include <QWizard>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTemporaryFile;
class QThread;

namespace loopline {

// Imports contacts from a CSV file in three steps: the file (encoding and delimiter
// detected, both can be changed, a preview of the first rows), the columns (a field
// for each, from a preset of a common CRM's export or one the user saved, with the
// first values of each column; duplicates, phone region, date order, source), and the
// import itself, on a worker thread with its own connection, with progress and
// Cancel; it lands whole or not at all, and lists every rejected row, which can be
// saved as a file.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, RunPage };

    explicit ImportWizard(Database &db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and for opening a file passed in: chooses the file and reads its start.
    bool setFileName(const QString &fileName);
    QString fileName() const;
    CsvFormat format() const;
    void setFormat(const CsvFormat &format);
    QStringList headers() const { return m_headers; }
    QList<ImportField> columns() const;
    void setColumn(int column, ImportField field);
    // Applies a preset by name: a built-in one or one saved by the user.
    bool applyPreset(const QString &name);
    QStringList presetNames() const;
    // Saves the current mapping under a name, for the next file from the same program.
    void savePreset(const QString &name);
    ImportOptions options() const;
    void setDuplicatePolicy(DuplicatePolicy policy);
    void setDefaultRegion(const QString &region);

    bool isImporting() const { return m_thread != nullptr; }
    void cancelImport();
    const ImportResult &result() const { return m_result; }
    // Writes the rejected rows (row, field, reason, the row's fields) as CSV.
    bool saveRejectedRows(const QString &fileName, QString *error = nullptr) const;
    // The preview of the file's first rows, and the rejected-rows table: for tests.
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *problemsTable() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // Contacts were imported: lists showing them should read them again.
    void imported();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createRunPage();
    void browse();
    void readPreview();
    void fillMapping();
    void startImport();
    void importFinished(const ImportResult &result);
    void showResult();
    void savePresetAs();
    void saveRejectedAs();
    QList<ImportPreset> savedPresets() const;
    // The CSV the import reads: the file, or the rows made from a vCard file.
    QString csvPath() const;

    Database &m_db;
    QString m_fileName;
    QStringList m_headers;
    QList<QStringList> m_sampleRows;
    QString m_previewError;
    std::shared_ptr<QTemporaryFile> m_vcardCsv;
    int m_vcardCards = 0;

    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;

    QComboBox *m_preset = nullptr;
    QTableWidget *m_mapping = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_slashDates = nullptr;
    QRadioButton *m_skip = nullptr;
    QRadioButton *m_update = nullptr;
    QRadioButton *m_merge = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_consentVersion = nullptr;

    QLabel *m_runStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelImport = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_saveRejected = nullptr;

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<QTemporaryFile> m_rejected;
    ImportResult m_result;
    bool m_done = false;
};

} // namespace loopline
