#include "leadstore.h"
