#include "teamstore.h"
