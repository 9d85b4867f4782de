#pragma once

#include <QStringList>
#include <QtGlobal>

#include <functional>

class QNetworkReply;
class QObject;

namespace hci {

// What went wrong below HTTP, in the terms every client of ours reports.
enum class TransportFailure {
    None,    // an answer came, with an HTTP status to judge
    Tls,     // a certificate or handshake problem: never ignored
    Timeout, // the transfer timeout (our clients never abort a request they still want)
    Network  // refused, unreachable, reset, proxy trouble, ...
};

// Watches a reply as soon as it is sent: keeps the reasons of any TLS error (the reply then fails;
// they are never ignored), and calls tooLarge once when the answer announces or reaches more than
// maxBytes. The connections live as long as the reply and the context.
void guardReply(QNetworkReply *reply, QObject *context, qint64 maxBytes, std::function<void()> tooLarge);

// The TLS reasons guardReply() kept for this reply, in the order they came.
QStringList tlsErrorsOf(const QNetworkReply *reply);

// How a finished reply failed below HTTP; None when it carries an HTTP answer.
TransportFailure transportFailureOf(const QNetworkReply *reply);

} // namespace hci
