#include "leadfigures.h"
