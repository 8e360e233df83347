#include "sdrqueuemodel.h"
