#include "phone.h"
