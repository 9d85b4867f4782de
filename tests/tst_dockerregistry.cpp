#include "core/knowntags.h"
#include "registry/registryclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hci;

namespace {

const QString kRegistryBinary = QStringLiteral("/usr/bin/docker-registry");
const QString kImage = QStringLiteral("harness/ci-addon");
const QByteArray kSchema2 = QByteArrayLiteral("application/vnd.docker.distribution.manifest.v2+json");
const QByteArray kOciIndex = QByteArrayLiteral("application/vnd.oci.image.index.v1+json");

// 30 tags shaped like harness/ci-addon's on Docker Hub.
QStringList harnessTags()
{
    QStringList tags{QStringLiteral("latest"), QStringLiteral("dev")};
    for (int patch = 79; patch <= 92; ++patch) {
        tags.append(QStringLiteral("1.16.%1").arg(patch));
        tags.append(QStringLiteral("rootless-1.16.%1").arg(patch));
    }
    return tags;
}

QString digestOf(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

// The registry client against the CNCF distribution registry (Debian's docker-registry), started
// on a free loopback port with its own storage and filled through its HTTP API.
class TestDockerRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_registry;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_probe;
    bool m_up = false;
    QMap<QString, QString> m_digests; // tag -> manifest digest the registry gave
    std::unique_ptr<RegistryClient> m_client;

    QUrl url(const QString &path) const
    {
        QUrl result;
        result.setScheme(QStringLiteral("http"));
        result.setHost(QStringLiteral("127.0.0.1"));
        result.setPort(m_port);
        result.setPath(path);
        return result;
    }

    QString reference(const QString &tag) const
    {
        return QStringLiteral("127.0.0.1:%1/%2:%3").arg(m_port).arg(kImage, tag);
    }

    // One polling step for QTRY: a GET /v2/ is kept in flight until one answers 200.
    bool registryAnswers()
    {
        if (!m_up && !m_probe) {
            m_probe = m_network.get(QNetworkRequest(url(QStringLiteral("/v2/"))));
            connect(m_probe, &QNetworkReply::finished, this, [this, probe = m_probe.data()] {
                m_up = probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
                probe->deleteLater();
            });
        }
        return m_up;
    }

    // Sends one request of the registry's own API and waits for its answer through the signal.
    std::unique_ptr<QNetworkReply> call(const QByteArray &method, const QUrl &target, const QByteArray &body = {},
                                        const QByteArray &contentType = {})
    {
        QNetworkRequest request(target);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
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

    // POST /v2/<name>/blobs/uploads/, then PUT the bytes to the upload's Location with their digest.
    bool uploadBlob(const QByteArray &bytes)
    {
        const auto started = call("POST", url(QStringLiteral("/v2/%1/blobs/uploads/").arg(kImage)));
        if (status(started) != 202)
            return false;
        QUrl location = started->url().resolved(started->header(QNetworkRequest::LocationHeader).toUrl());
        QUrlQuery query(location);
        query.addQueryItem(QStringLiteral("digest"), digestOf(bytes));
        location.setQuery(query);
        return status(call("PUT", location, bytes, QByteArrayLiteral("application/octet-stream"))) == 201;
    }

    bool putManifest(const QString &tag, const QByteArray &manifest, const QByteArray &mediaType)
    {
        const auto put = call("PUT", url(QStringLiteral("/v2/%1/manifests/%2").arg(kImage, tag)), manifest, mediaType);
        m_digests.insert(tag, QString::fromLatin1(put->rawHeader(QByteArrayLiteral("Docker-Content-Digest"))));
        return status(put) == 201;
    }

    template<typename Reply>
    std::unique_ptr<Reply> await(Reply *reply)
    {
        reply->setAutoDelete(false);
        std::unique_ptr<Reply> owned(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &Reply::finished);
            finished.wait(10000);
        }
        return owned;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kRegistryBinary))
            QSKIP("Needs Debian's docker-registry package (.ci/install-deps installs it).");
        QVERIFY(m_dir.isValid());
        // A free port on 127.0.0.1, whatever else (a packaged service on 5000) runs on this machine.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_port = probe.serverPort();
        probe.close();

        const QString config = m_dir.filePath(QStringLiteral("config.yml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("version: 0.1\n"
                                  "log:\n  level: error\n  accesslog:\n    disabled: true\n"
                                  "storage:\n  filesystem:\n    rootdirectory: %1\n"
                                  "http:\n  addr: 127.0.0.1:%2\n")
                       .arg(m_dir.filePath(QStringLiteral("storage")))
                       .arg(m_port)
                       .toUtf8());
        file.close();

        m_registry.setProcessChannelMode(QProcess::MergedChannels);
        m_registry.start(kRegistryBinary, {QStringLiteral("serve"), config});
        QTRY_VERIFY2_WITH_TIMEOUT(registryAnswers() || m_registry.state() == QProcess::NotRunning,
                                  qPrintable(QString::fromUtf8(m_registry.readAll())), 20000);
        QVERIFY2(m_up, qPrintable(QString::fromUtf8(m_registry.readAll())));

        // One tiny image: a config blob and a layer blob, and a schema 2 manifest per tag.
        const QByteArray imageConfig = QByteArrayLiteral(
            "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}");
        const QByteArray layer = QByteArrayLiteral("a layer of harness/ci-addon");
        QVERIFY(uploadBlob(imageConfig));
        QVERIFY(uploadBlob(layer));
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(kSchema2)},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.container.image.v1+json")},
                         {QStringLiteral("size"), imageConfig.size()},
                         {QStringLiteral("digest"), digestOf(imageConfig)}}},
            {QStringLiteral("layers"),
             QJsonArray{QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip")},
                                    {QStringLiteral("size"), layer.size()},
                                    {QStringLiteral("digest"), digestOf(layer)}}}}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        const QStringList tags = harnessTags();
        for (const QString &tag : tags)
            QVERIFY2(putManifest(tag, manifestBytes, kSchema2), qPrintable(tag));

        // A multi-platform tag, as Harness publishes its newer images: an OCI index over the image.
        const QJsonObject index{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(kOciIndex)},
            {QStringLiteral("manifests"),
             QJsonArray{QJsonObject{{QStringLiteral("mediaType"), QString::fromLatin1(kSchema2)},
                                    {QStringLiteral("size"), manifestBytes.size()},
                                    {QStringLiteral("digest"), digestOf(manifestBytes)},
                                    {QStringLiteral("platform"), QJsonObject{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                                                                             {QStringLiteral("os"), QStringLiteral("linux")}}}}}}};
        QVERIFY(putManifest(QStringLiteral("1.16.93-multiarch"), QJsonDocument(index).toJson(QJsonDocument::Compact), kOciIndex));
    }

    void init()
    {
        m_client = std::make_unique<RegistryClient>();
        RegistryClient::Limits limits;
        limits.pageSize = 10;
        m_client->setLimits(limits);
    }

    void cleanup() { m_client.reset(); }

    void cleanupTestCase()
    {
        if (m_registry.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&m_registry, &QProcess::finished);
        m_registry.terminate();
        if (!finished.wait(5000))
            m_registry.kill();
    }

    void everyTagOfAnImageIsListed()
    {
        const auto reply = await(m_client->listTags(reference(QStringLiteral("1.16.92"))));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QStringList expected = harnessTags() << QStringLiteral("1.16.93-multiarch");
        QStringList listed = reply->tags();
        expected.sort();
        listed.sort();
        QCOMPARE(listed, expected);
        QVERIFY(!reply->isTruncated());
        QCOMPARE(reply->location().origin.scheme(), QStringLiteral("http")); // loopback only
    }

    void harnessImagesAreLookedUpInTheMirror()
    {
        m_client->setMirror(*RegistryMirror::parse(QStringLiteral("127.0.0.1:%1").arg(m_port)));
        const auto reply = await(m_client->listTags(QStringLiteral("harness/ci-addon:1.16.92")));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QVERIFY(reply->location().viaMirror);
        QCOMPARE(reply->tags().size(), 31);

        // What the table then says about overrides of that image.
        KnownTags known;
        known.setTags(QStringLiteral("harness/ci-addon:1.16.92"), reply->tags());
        QCOMPARE(known.entry(QStringLiteral("harness/ci-addon")).tags.first(), QStringLiteral("1.16.93-multiarch"));
        QCOMPARE(known.ageOf(QStringLiteral("harness/ci-addon:rootless-1.16.90"))->releasesBehind, 2);
        QVERIFY(known.ageOf(QStringLiteral("harness/ci-addon:1.16.89"))->isOutsideWindow());
    }

    void aTagThatExistsIsFound()
    {
        const auto reply = await(m_client->checkTag(reference(QStringLiteral("rootless-1.16.92"))));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->presence(), RegistryReply::Presence::Present);
        QCOMPARE(reply->digest(), m_digests.value(QStringLiteral("rootless-1.16.92")));
    }

    void aMultiPlatformTagIsFound()
    {
        // Found only when the check accepts OCI indexes: the registry would not convert one.
        const auto reply = await(m_client->checkTag(reference(QStringLiteral("1.16.93-multiarch"))));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->presence(), RegistryReply::Presence::Present);
        QCOMPARE(reply->digest(), m_digests.value(QStringLiteral("1.16.93-multiarch")));
    }

    void aMissingTagIsReportedMissing()
    {
        const auto reply = await(m_client->checkTag(reference(QStringLiteral("1.16.99"))));
        QVERIFY(reply->isOk());
        QCOMPARE(reply->presence(), RegistryReply::Presence::Missing);

        const auto image = await(m_client->checkTag(QStringLiteral("127.0.0.1:%1/harness/no-such-image:1.0.0").arg(m_port)));
        QCOMPARE(image->presence(), RegistryReply::Presence::Missing);
    }

    void anUnknownImageHasNoTagList()
    {
        const auto reply = await(m_client->listTags(QStringLiteral("127.0.0.1:%1/harness/no-such-image:1.0.0").arg(m_port)));
        QCOMPARE(reply->error().kind, RegistryError::Kind::NotFound);
        QCOMPARE(reply->error().code, QStringLiteral("NAME_UNKNOWN"));
    }
};

QTEST_GUILESS_MAIN(TestDockerRegistry)
#include "tst_dockerregistry.moc"
