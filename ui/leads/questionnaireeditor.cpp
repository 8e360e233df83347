#include "questionnaireeditor.h"
