#pragma once

#include "store/database.h"

#include <QDialog>
#include <QMap>
#include <QSet>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace loopline {

// The base currency and the exchange rates board and forecast totals are converted
// with. Currencies deals use that have no rate come first, highlighted: their deals are
// left out of the totals. OK checks and writes everything in one transaction (nothing
// is written when one part is refused, and the problem is shown in a banner); Cancel
// discards.
class CurrencyRatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { CurrencyColumn, RateColumn, UpdatedColumn, ColumnCount };

    explicit CurrencyRatesDialog(Database &db, QWidget *parent = nullptr);

    // Checks and writes everything; false (with the problem shown) when nothing was written.
    bool save();

    // The base currency as typed (trimmed, in capitals).
    QString baseCurrency() const;
    // The row of a currency, or -1.
    int rowOf(const QString &currency) const;
    QString currencyAt(int row) const;
    // The rate the row gives (one unit of its currency in the base currency), if any.
    std::optional<double> rateAt(int row) const;
    // A currency deals use that has no rate.
    bool lacksRate(int row) const;

    QLabel *problemBanner() const { return m_banner; }
    QComboBox *baseCombo() const { return m_base; }
    QLabel *baseNote() const { return m_baseNote; }
    QPushButton *convertButton() const { return m_convert; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void done(int result) override;

private:
    QLayout *buildBaseRow();
    QWidget *buildTable();

    void load();
    void addRow(const QString &currency, std::optional<double> rate, const QString &updated, bool stored);
    void setRate(int row, std::optional<double> rate);
    void itemEdited(QTableWidgetItem *item);
    void addCurrency();
    void removeCurrency();
    void baseChanged();
    void convertRates();
    void updateRow(int row);
    void updateButtons();

    bool checkForm();
    void writeAll();
    void showProblem(int row, const QString &message);
    void clearProblem();

    Database &m_db;
    QLabel *m_banner;
    QDialogButtonBox *m_buttons;
    QComboBox *m_base = nullptr;
    QLabel *m_baseNote = nullptr;
    QPushButton *m_convert = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;

    bool m_loading = false;
    QString m_ratesBase; // the currency the rates in the table are in (the stored base until converted)
    QMap<QString, double> m_storedRates;
    QSet<QString> m_usedCurrencies; // by deals
    int m_failedRow = -1; // the row being written when the store refused it
};

} // namespace loopline
