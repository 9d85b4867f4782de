#pragma once

// A Debian docker-registry (the CNCF distribution registry) for the mirror tests: started on a
// free loopback port with its own configuration and storage, filled through its HTTP API.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace mirrortest {

const QString kRegistryBinary = QStringLiteral("/usr/bin/docker-registry");

inline QString digestOf(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

class LocalRegistry : public QObject
{
public:
    ~LocalRegistry() override { stop(); }

    quint16 port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString log() { return QString::fromUtf8(m_process.readAll()); }

    // Starts the server and waits (through signals) until GET /v2/ answers 200.
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        probe.close();
        const QString config = m_dir.filePath(QStringLiteral("config.yml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("version: 0.1\n"
                                  "log:\n  level: error\n  accesslog:\n    disabled: true\n"
                                  "storage:\n  filesystem:\n    rootdirectory: %1\n"
                                  "http:\n  addr: 127.0.0.1:%2\n")
                       .arg(m_dir.filePath(QStringLiteral("storage")))
                       .arg(m_port)
                       .toUtf8());
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(kRegistryBinary, {QStringLiteral("serve"), config});
        for (int attempt = 0; attempt < 100 && m_process.state() != QProcess::NotRunning; ++attempt) {
            const auto reply = call("GET", url(QStringLiteral("/v2/")));
            if (status(reply) == 200)
                return true;
            QSignalSpy pause(&m_process, &QProcess::finished);
            pause.wait(200); // the server is starting: try again shortly
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&m_process, &QProcess::finished);
        m_process.terminate();
        if (!finished.wait(5000))
            m_process.kill();
    }

    // A tiny image under repository:tag: a config blob, one layer and a schema 2 manifest.
    bool push(const QString &repository, const QString &tag)
    {
        const QByteArray imageConfig = QByteArrayLiteral(
            "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}");
        const QByteArray layer = QByteArrayLiteral("a layer of ") + repository.toUtf8();
        if (!uploadBlob(repository, imageConfig) || !uploadBlob(repository, layer))
            return false;
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.distribution.manifest.v2+json")},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.container.image.v1+json")},
                         {QStringLiteral("size"), imageConfig.size()},
                         {QStringLiteral("digest"), digestOf(imageConfig)}}},
            {QStringLiteral("layers"),
             QJsonArray{QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip")},
                                    {QStringLiteral("size"), layer.size()},
                                    {QStringLiteral("digest"), digestOf(layer)}}}}};
        const auto put = call("PUT", url(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tag)),
                              QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                              QByteArrayLiteral("application/vnd.docker.distribution.manifest.v2+json"));
        return status(put) == 201;
    }

    // The status of a manifest HEAD, as a check by hand.
    int manifestStatus(const QString &repository, const QString &tag)
    {
        return status(call("HEAD", url(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tag)), {}, {},
                           QByteArrayLiteral("application/vnd.docker.distribution.manifest.v2+json, "
                                             "application/vnd.oci.image.index.v1+json")));
    }

private:
    QUrl url(const QString &path) const
    {
        QUrl result;
        result.setScheme(QStringLiteral("http"));
        result.setHost(QStringLiteral("127.0.0.1"));
        result.setPort(m_port);
        result.setPath(path);
        return result;
    }

    std::unique_ptr<QNetworkReply> call(const QByteArray &method, const QUrl &target, const QByteArray &body = {},
                                        const QByteArray &contentType = {}, const QByteArray &accept = {})
    {
        QNetworkRequest request(target);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!accept.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Accept"), accept);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        return reply;
    }

    static int status(const std::unique_ptr<QNetworkReply> &reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    bool uploadBlob(const QString &repository, const QByteArray &bytes)
    {
        const auto started = call("POST", url(QStringLiteral("/v2/%1/blobs/uploads/").arg(repository)));
        if (status(started) != 202)
            return false;
        QUrl location = started->url().resolved(started->header(QNetworkRequest::LocationHeader).toUrl());
        QUrlQuery query(location);
        query.addQueryItem(QStringLiteral("digest"), digestOf(bytes));
        location.setQuery(query);
        return status(call("PUT", location, bytes, QByteArrayLiteral("application/octet-stream"))) == 201;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

} // namespace mirrortest
