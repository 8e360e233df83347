#include "leadfiguresdialog.h"
