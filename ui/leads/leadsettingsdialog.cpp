#include "leadsettingsdialog.h"
