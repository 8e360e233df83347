#include "questionnaire.h"
