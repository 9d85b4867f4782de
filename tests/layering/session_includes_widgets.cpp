// Must not compile: the session layer, which the command-line tool links, has no widgets.
#include "session/accountsession.h"

#include <QWidget>

void probe()
{
    QWidget widget;
}
