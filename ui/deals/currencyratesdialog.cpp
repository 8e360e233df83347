#include "currencyratesdialog.h"

#include "common/banner.h"
#include "common/celldelegate.h"
#include "common/windowsize.h"
#include "pipeline/pipelinestore.h"
#include "records/validation.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"CurrencyRatesDialog"_s;
constexpr int kBaseRow = -2; // m_failedRow when the base currency was refused
constexpr int kStoredRole = Qt::UserRole; // on the currency cell: the code has a stored rate
const QColor kMissingBackground(0xff, 0xf4, 0xce);
const QColor kMissingText(0x6b, 0x4a, 0x00);

const QStringList kCommonCurrencies
    = {u"AUD"_s, u"BRL"_s, u"CAD"_s, u"CHF"_s, u"CNY"_s, u"CZK"_s, u"DKK"_s, u"EUR"_s, u"GBP"_s, u"HUF"_s,
        u"INR"_s, u"JPY"_s, u"KZT"_s, u"NOK"_s, u"PLN"_s, u"RUB"_s, u"SEK"_s, u"TRY"_s, u"UAH"_s, u"USD"_s};

QString formatRate(double rate)
{
    return QLocale().toString(rate, 'f', QLocale::FloatingPointShortest);
}

// Six significant digits: enough for any rate, and no 0.30000000000000004 after converting.
double roundRate(double rate)
{
    return QString::number(rate, 'g', 6).toDouble();
}

// A new row's currency: three letters, shown in capitals.
class CurrencyDelegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(3);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), edit));
        edit->setPlaceholderText(CurrencyRatesDialog::tr("e.g. USD"));
        return edit;
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text().trimmed().toUpper(), Qt::EditRole);
    }
};

// Shows a rate's decimals as typed (0.92, not 0.92000000).
class RateSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        return locale().toString(value, 'f', QLocale::FloatingPointShortest);
    }
};

// "1 USD = 0.92 EUR" in the user's locale; a currency without a rate says what that means.
class RateDelegate : public CellDelegate
{
public:
    RateDelegate(const CurrencyRatesDialog *dialog, QObject *parent)
        : CellDelegate(parent)
        , m_dialog(dialog)
    {
    }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *spin = new RateSpinBox(parent);
        spin->setFrame(false);
        spin->setDecimals(8);
        spin->setRange(0, 1e9);
        spin->setGroupSeparatorShown(true);
        spin->setPrefix(CurrencyRatesDialog::tr("1 %1 = ").arg(m_dialog->currencyAt(index.row())));
        spin->setSuffix(u" "_s + m_dialog->baseCurrency());
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *spin = static_cast<RateSpinBox *>(editor);
        spin->setValue(index.data(Qt::EditRole).toDouble());
        spin->selectAll();
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<RateSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString currency = m_dialog->currencyAt(index.row());
        const std::optional<double> rate = m_dialog->rateAt(index.row());
        if (!currency.isEmpty() && currency == m_dialog->baseCurrency()) {
            option->text = CurrencyRatesDialog::tr("the base currency");
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        } else if (rate) {
            option->text = CurrencyRatesDialog::tr("1 %1 = %2 %3")
                               .arg(currency.isEmpty() ? u"?"_s : currency, formatRate(*rate),
                                   m_dialog->baseCurrency());
        } else if (m_dialog->lacksRate(index.row())) {
            option->text = CurrencyRatesDialog::tr("no rate: not in the totals");
            option->font.setItalic(true);
        } else {
            option->text = CurrencyRatesDialog::tr("enter a rate");
            option->font.setItalic(true);
        }
    }

private:
    const CurrencyRatesDialog *m_dialog;
};

QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString formatUpdated(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

CurrencyRatesDialog::CurrencyRatesDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Currency rates"));
    m_banner->setObjectName(u"ratesProblem"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(problemBannerStyle());
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(
        makeNote(tr("Board and forecast totals are shown in the base currency. Deals keep their "
                    "own currency; a deal in a currency without a rate is counted but left out "
                    "of the totals."),
            this));
    layout->addLayout(buildBaseRow());
    layout->addWidget(buildTable(), 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load();
    restoreWindowSize(this, kSettingsGroup, QSize(560, 440));
}

// ---- Building ----

QLayout *CurrencyRatesDialog::buildBaseRow()
{
    m_base = new QComboBox(this);
    m_base->setEditable(true);
    m_base->setInsertPolicy(QComboBox::NoInsert);
    m_base->setMaxVisibleItems(20);
    m_base->lineEdit()->setMaxLength(3);
    m_base->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_base->lineEdit()));
    m_base->setToolTip(tr("The ISO 4217 code of the currency totals are shown in, e.g. EUR"));
    auto *label = new QLabel(tr("&Base currency:"), this);
    label->setBuddy(m_base);
    m_baseNote = new QLabel(this);
    m_baseNote->setObjectName(u"baseNote"_s);
    m_baseNote->setWordWrap(true);
    m_convert = new QPushButton(this);

    auto *baseRow = new QHBoxLayout;
    baseRow->addWidget(label);
    baseRow->addWidget(m_base);
    baseRow->addStretch(1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_baseNote, 1);
    noteRow->addWidget(m_convert, 0, Qt::AlignTop);
    auto *rows = new QVBoxLayout;
    rows->addLayout(baseRow);
    rows->addLayout(noteRow);
    // Codes are capitals; what is typed becomes them at once.
    connect(m_base->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper()) {
            const int cursor = m_base->lineEdit()->cursorPosition();
            m_base->lineEdit()->setText(text.toUpper());
            m_base->lineEdit()->setCursorPosition(cursor);
        }
    });
    connect(m_base, &QComboBox::currentTextChanged, this, &CurrencyRatesDialog::baseChanged);
    connect(m_convert, &QPushButton::clicked, this, &CurrencyRatesDialog::convertRates);
    return rows;
}

QWidget *CurrencyRatesDialog::buildTable()
{
    auto *page = new QWidget(this);
    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(u"ratesTable"_s);
    m_table->setAccessibleName(tr("Exchange rates"));
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Rate"), tr("Last updated")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RateColumn, QHeaderView::Stretch);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->setItemDelegateForColumn(CurrencyColumn, new CurrencyDelegate(m_table));
    m_table->setItemDelegateForColumn(RateColumn, new RateDelegate(this, m_table));
    auto *label = new QLabel(tr("Exchange &rates (F2 or double click to change one):"), page);
    label->setBuddy(m_table);

    m_add = new QPushButton(tr("&Add"), page);
    m_add->setToolTip(tr("Add a currency and its rate"));
    m_remove = new QPushButton(tr("Re&move"), page);
    m_remove->setToolTip(tr("Remove the rate; deals in that currency are then left out of the totals"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addLayout(tableRow, 1);

    connect(m_add, &QPushButton::clicked, this, &CurrencyRatesDialog::addCurrency);
    connect(m_remove, &QPushButton::clicked, this, &CurrencyRatesDialog::removeCurrency);
    connect(m_table, &QTableWidget::itemChanged, this, &CurrencyRatesDialog::itemEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CurrencyRatesDialog::updateButtons);
    return page;
}

// ---- Showing what is stored ----

// Currencies deals use without a rate first, then the stored rates, each in code order.
void CurrencyRatesDialog::load()
{
    const CurrencyRates rates(m_db);
    const QString base = rates.baseCurrency();
    m_ratesBase = base;
    m_storedRates = rates.rates();
    QHash<QString, qint64> updated;
    QSqlQuery q = m_db.run(u"SELECT currency, updated_at FROM currency_rates"_s);
    while (q.next())
        updated.insert(q.value(0).toString(), q.value(1).toLongLong());
    m_usedCurrencies.clear();
    QSqlQuery used = m_db.run(u"SELECT DISTINCT currency FROM deals"_s);
    while (used.next())
        m_usedCurrencies.insert(used.value(0).toString());

    {
        const QScopedValueRollback loading(m_loading, true);
        m_table->setRowCount(0);
        QStringList missing(m_usedCurrencies.cbegin(), m_usedCurrencies.cend());
        missing.removeIf([&](const QString &code) { return code == base || m_storedRates.contains(code); });
        missing.sort();
        for (const QString &code : std::as_const(missing))
            addRow(code, std::nullopt, u"—"_s, false);
        for (auto it = m_storedRates.cbegin(); it != m_storedRates.cend(); ++it)
            addRow(it.key(), it.value(), formatUpdated(updated.value(it.key())), true);

        const QSignalBlocker blocker(m_base);
        QStringList codes = kCommonCurrencies;
        codes << QStringList(m_usedCurrencies.cbegin(), m_usedCurrencies.cend()) << m_storedRates.keys()
              << base;
        codes.sort();
        codes.removeDuplicates();
        m_base->clear();
        m_base->addItems(codes);
        m_base->setCurrentText(base);
    }
    baseChanged();
    updateButtons();
}

void CurrencyRatesDialog::addRow(
    const QString &currency, std::optional<double> rate, const QString &updated, bool stored)
{
    const QScopedValueRollback loading(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *code = new QTableWidgetItem(currency);
    code->setData(kStoredRole, stored);
    if (stored || !currency.isEmpty())
        code->setFlags(code->flags() & ~Qt::ItemIsEditable); // a listed currency is removed, not renamed
    m_table->setItem(row, CurrencyColumn, code);
    auto *value = new QTableWidgetItem;
    value->setData(Qt::EditRole, rate ? QVariant(*rate) : QVariant());
    m_table->setItem(row, RateColumn, value);
    auto *when = new QTableWidgetItem(updated);
    when->setFlags(when->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, UpdatedColumn, when);
    updateRow(row);
}

QString CurrencyRatesDialog::baseCurrency() const
{
    return m_base->currentText().trimmed().toUpper();
}

int CurrencyRatesDialog::rowOf(const QString &currency) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (currencyAt(row) == currency)
            return row;
    }
    return -1;
}

QString CurrencyRatesDialog::currencyAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, CurrencyColumn);
    return item ? item->text().trimmed().toUpper() : QString();
}

std::optional<double> CurrencyRatesDialog::rateAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, RateColumn);
    const QVariant value = item ? item->data(Qt::EditRole) : QVariant();
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

bool CurrencyRatesDialog::lacksRate(int row) const
{
    const QString currency = currencyAt(row);
    return !rateAt(row) && currency != baseCurrency() && m_usedCurrencies.contains(currency);
}

// Highlights a currency deals use that has no rate.
void CurrencyRatesDialog::updateRow(int row)
{
    const bool missing = lacksRate(row);
    const QString currency = currencyAt(row);
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item)
            continue;
        item->setBackground(missing ? QBrush(kMissingBackground) : QBrush());
        item->setForeground(missing ? QBrush(kMissingText) : QBrush());
        item->setToolTip(missing
                ? tr("Deals in %1 are left out of the totals until it has a rate.").arg(currency)
                : QString());
    }
}

void CurrencyRatesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    // A currency deals use stays listed; removing takes its rate away.
    m_remove->setEnabled(row >= 0 && !(m_usedCurrencies.contains(currencyAt(row)) && !rateAt(row)));
}

// ---- Editing ----

void CurrencyRatesDialog::setRate(int row, std::optional<double> rate)
{
    {
        const QScopedValueRollback loading(m_loading, true);
        m_table->item(row, RateColumn)->setData(Qt::EditRole, rate ? QVariant(*rate) : QVariant());
        m_table->item(row, UpdatedColumn)->setText(tr("not saved yet"));
    }
    updateRow(row);
}

void CurrencyRatesDialog::itemEdited(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const int row = item->row();
    if (item->column() == RateColumn) {
        const QScopedValueRollback loading(m_loading, true);
        m_table->item(row, UpdatedColumn)->setText(tr("not saved yet"));
    } else if (item->column() == CurrencyColumn && !item->text().isEmpty() && !rateAt(row)) {
        // A new currency goes straight on to its rate (once the view has closed the code's editor).
        const QPersistentModelIndex rate = m_table->model()->index(row, RateColumn);
        QTimer::singleShot(0, this, [this, rate] {
            if (!rate.isValid())
                return;
            m_table->setCurrentIndex(rate);
            m_table->edit(rate);
        });
    }
    updateRow(row);
    updateButtons();
    baseChanged(); // a rate for the new base makes converting possible
}

void CurrencyRatesDialog::addCurrency()
{
    clearProblem();
    addRow(QString(), std::nullopt, u"—"_s, false);
    const int row = m_table->rowCount() - 1;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, CurrencyColumn);
    m_table->editItem(m_table->item(row, CurrencyColumn));
}

void CurrencyRatesDialog::removeCurrency()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    clearProblem();
    if (m_usedCurrencies.contains(currencyAt(row)) && currencyAt(row) != baseCurrency())
        setRate(row, std::nullopt); // stays listed as lacking a rate
    else
        m_table->removeRow(row);
    updateButtons();
    baseChanged();
}

// The rates say what a unit is worth in the base currency: changing the base leaves them
// in the old one until they are converted (through the new base's own rate) or retyped.
void CurrencyRatesDialog::baseChanged()
{
    const QString base = baseCurrency();
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    m_table->viewport()->update();

    bool anyRate = false;
    for (int row = 0; row < m_table->rowCount() && !anyRate; ++row)
        anyRate = rateAt(row) && currencyAt(row) != base;
    const bool stale = Validation::isValidCurrency(base) && base != m_ratesBase && anyRate;
    const std::optional<double> via = rateAt(rowOf(base));
    const bool convertible = stale && via && *via > 0;
    m_baseNote->setVisible(stale);
    m_convert->setVisible(convertible);
    if (convertible) {
        m_baseNote->setText(tr("The rates are in %1. Convert them to %2 (1 %2 = %3 %1), or change each one.")
                                .arg(m_ratesBase, base, formatRate(*via)));
        m_convert->setText(tr("Con&vert to %1").arg(base));
    } else if (stale) {
        m_baseNote->setText(tr("The rates are in %1: change each one to %2.").arg(m_ratesBase, base));
    }
}

void CurrencyRatesDialog::convertRates()
{
    const QString base = baseCurrency();
    const int baseRow = rowOf(base);
    const std::optional<double> via = rateAt(baseRow);
    if (!via || *via <= 0)
        return;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const std::optional<double> rate = rateAt(row); rate && row != baseRow)
            setRate(row, roundRate(*rate / *via));
    }
    m_table->removeRow(baseRow); // the base needs no rate
    const int oldBase = rowOf(m_ratesBase);
    if (oldBase >= 0)
        setRate(oldBase, roundRate(1.0 / *via));
    else
        addRow(m_ratesBase, roundRate(1.0 / *via), tr("not saved yet"), false);
    m_ratesBase = base;
    baseChanged();
    updateButtons();
}

// ---- Saving ----

bool CurrencyRatesDialog::save()
{
    clearProblem();
    if (!checkForm())
        return false;
    try {
        writeAll();
    } catch (const StoreError &error) {
        showProblem(m_failedRow, error.message());
        return false;
    }
    load(); // the stored rates with their new dates
    return true;
}

// What the store cannot see row by row: a currency listed twice, or one left without a rate.
bool CurrencyRatesDialog::checkForm()
{
    QHash<QString, int> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString currency = currencyAt(row);
        if (currency.isEmpty() && !rateAt(row))
            continue; // an empty row added by mistake
        if (seen.contains(currency)) {
            showProblem(row, tr("%1 is listed twice.").arg(currency));
            return false;
        }
        seen.insert(currency, row);
        if (!rateAt(row) && currency != baseCurrency() && !m_usedCurrencies.contains(currency)) {
            showProblem(row, tr("Enter the rate for %1, or remove it.").arg(currency));
            return false;
        }
    }
    return true;
}

// One transaction: the base, the rates taken away, then the new and changed ones. The
// store checks codes and rates; m_failedRow names the row it refused.
void CurrencyRatesDialog::writeAll()
{
    const QString base = baseCurrency();
    CurrencyRates rates(m_db);
    Transaction tx(m_db);
    m_failedRow = kBaseRow;
    rates.setBaseCurrency(base);
    QMap<QString, double> kept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const std::optional<double> rate = rateAt(row); rate && currencyAt(row) != base)
            kept.insert(currencyAt(row), *rate);
    }
    m_failedRow = -1;
    for (auto it = m_storedRates.cbegin(); it != m_storedRates.cend(); ++it) {
        if (!kept.contains(it.key()))
            rates.removeRate(it.key());
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString currency = currencyAt(row);
        const std::optional<double> rate = rateAt(row);
        if (!rate || currency == base || m_storedRates.value(currency, -1) == *rate)
            continue; // unchanged rates keep their date
        m_failedRow = row;
        rates.setRate(currency, *rate);
    }
    m_failedRow = -1;
    tx.commit();
}

void CurrencyRatesDialog::showProblem(int row, const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
    if (row == kBaseRow) {
        m_base->setFocus(Qt::OtherFocusReason);
        m_base->lineEdit()->selectAll();
    } else if (row >= 0) {
        m_table->setCurrentCell(row, RateColumn);
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void CurrencyRatesDialog::clearProblem()
{
    m_banner->hide();
    m_banner->clear();
}

void CurrencyRatesDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

} // namespace loopline
