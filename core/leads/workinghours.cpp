#include "workinghours.h"
