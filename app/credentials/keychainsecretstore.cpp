#include "keychainsecretstore.h"

#include "keychainerror.h"
#include "logging.h"

#include <QTimer>

namespace hci {

namespace {

const char *operationName(SecretOperation operation)
{
    switch (operation) {
    case SecretOperation::Read:
        return "read";
    case SecretOperation::Write:
        return "write";
    case SecretOperation::Remove:
        return "remove";
    }
    return "?";
}

const char *statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return "ok";
    case SecretResult::Status::NotFound:
        return "not found";
    case SecretResult::Status::Unavailable:
        return "unavailable";
    case SecretResult::Status::Locked:
        return "locked";
    case SecretResult::Status::Denied:
        return "denied";
    case SecretResult::Status::Failed:
        return "failed";
    }
    return "?";
}

} // namespace

struct KeychainSecretStore::Job
{
    SecretOperation operation = SecretOperation::Read;
    QString profileId;
    QString secret; // a write's key, until the write settles
    std::function<void(const SecretResult &)> settled;
    int attempts = 0;
};

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::runBackend(SecretOperation operation, const QString &profileId, const QString &secret,
                                     std::function<void(const SecretResult &)> settled)
{
    auto job = std::make_shared<Job>();
    job->operation = operation;
    job->profileId = profileId;
    job->secret = secret;
    job->settled = std::move(settled);
    startJob(job);
}

void KeychainSecretStore::startJob(const std::shared_ptr<Job> &request)
{
    ++request->attempts;
    // No parent: a job must outlive this store until the keychain answers it, then deletes itself.
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case SecretOperation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case SecretOperation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(request->secret);
        job = writeJob;
        break;
    }
    case SecretOperation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(request->profileId);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        SecretResult result = secretResultFor(request->operation, finished->error(), finished->errorString());
        result.attempts = request->attempts;
        if (result.ok() && request->operation == SecretOperation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        const QString why = result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.detail);
        qCInfo(lcCredentials).noquote().nospace() << "keychain " << operationName(request->operation)
                                                  << " of profile " << request->profileId << ": "
                                                  << statusName(result.status) << why;
        // A keychain that is starting with the session may not answer yet: one more try, later.
        if (result.offersMemory() && request->attempts == 1) {
            QTimer::singleShot(m_retryDelay, this, [this, request] { startJob(request); });
            return;
        }
        request->secret.clear();
        const auto settled = std::move(request->settled);
        request->settled = nullptr;
        settled(result);
    });
    job->start();
}

} // namespace hci
