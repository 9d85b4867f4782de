// Must not compile: the core has neither Qt Gui nor Qt Widgets.
#include "core/configdocument.h"

#include <QUndoStack>

void probe()
{
    QUndoStack stack;
}
