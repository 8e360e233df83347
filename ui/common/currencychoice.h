#pragma once

#include "pipeline/pipelinestore.h"

#include <QComboBox>

namespace loopline {

// Fills a money field's currency box with what the team uses (CurrencyRates::choices: the
// base currency first) and selects the base currency, as a new record starts in it.
inline void offerCurrencies(QComboBox *box, Database &db)
{
    const CurrencyRates rates(db);
    box->clear();
    box->addItems(rates.choices());
    box->setCurrentText(rates.baseCurrency());
}

} // namespace loopline
