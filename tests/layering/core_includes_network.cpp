// Must not compile: the core links Qt Core only, so no network header is in its reach.
#include "core/configdocument.h"

#include <QNetworkAccessManager>

void probe()
{
    QNetworkAccessManager manager;
}
