#include "replyguard.h"

#include <QNetworkReply>
#include <QVariant>

#include <memory>

namespace hci {

namespace {

const char *const kTlsErrors = "hciTlsErrors";

} // namespace

void guardReply(QNetworkReply *reply, QObject *context, qint64 maxBytes, std::function<void()> tooLarge)
{
#if QT_CONFIG(ssl)
    QObject::connect(reply, &QNetworkReply::sslErrors, context, [reply](const QList<QSslError> &errors) {
        QStringList reasons = tlsErrorsOf(reply);
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        reply->setProperty(kTlsErrors, reasons);
    });
#endif
    auto refused = std::make_shared<bool>(false);
    auto check = [maxBytes, refused, tooLarge = std::move(tooLarge)](qint64 size) {
        if (size > maxBytes && !*refused) {
            *refused = true;
            tooLarge();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [reply, check] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            check(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, context,
                     [check](qint64 received, qint64 total) { check(qMax(received, total)); });
}

QStringList tlsErrorsOf(const QNetworkReply *reply)
{
    return reply->property(kTlsErrors).toStringList();
}

TransportFailure transportFailureOf(const QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt numbers network-layer and proxy errors below 200; above are answers with an HTTP status.
    const bool belowHttp = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
    if (!belowHttp && !(status == 0 && error != QNetworkReply::NoError))
        return TransportFailure::None;
    if (!tlsErrorsOf(reply).isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
        return TransportFailure::Tls;
    if (error == QNetworkReply::TimeoutError || error == QNetworkReply::ProxyTimeoutError
        || error == QNetworkReply::OperationCanceledError)
        return TransportFailure::Timeout;
    return TransportFailure::Network;
}

} // namespace hci
