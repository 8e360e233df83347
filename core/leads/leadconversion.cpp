#include "leadconversion.h"
