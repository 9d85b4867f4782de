#include "secretstore.h"

#include "keychainerror.h"
#include "logging.h"

#include <QPointer>
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

struct SecretStore::Request
{
    SecretOperation operation = SecretOperation::Read;
    QString profileId;
    QString secret; // a write's key, until the write settles
    bool guarded = false;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
};

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<SecretResult>();
}

SecretStore::~SecretStore() = default;

QString SecretStore::defaultService()
{
    return QStringLiteral("harness-ci-images");
}

void SecretStore::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    qCInfo(lcCredentials) << "keys are now kept in" << (mode == Mode::Keychain ? "the keychain" : "memory for this run");
    Q_EMIT modeChanged(mode);
}

void SecretStore::read(const QString &profileId, QObject *context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->operation = SecretOperation::Read;
    request->profileId = profileId;
    request->guarded = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    ++m_inFlight;
    if (m_memory.contains(profileId) || m_mode == Mode::MemoryOnly)
        QTimer::singleShot(0, this, [this, request] { settleInMemory(request); });
    else
        startJob(request);
}

void SecretStore::write(const QString &profileId, const QString &secret, QObject *context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->operation = SecretOperation::Write;
    request->profileId = profileId;
    request->secret = secret;
    request->guarded = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    ++m_inFlight;
    if (m_mode == Mode::MemoryOnly)
        QTimer::singleShot(0, this, [this, request] { settleInMemory(request); });
    else
        startJob(request);
}

void SecretStore::remove(const QString &profileId, QObject *context, Callback done)
{
    auto request = std::make_shared<Request>();
    request->operation = SecretOperation::Remove;
    request->profileId = profileId;
    request->guarded = context != nullptr;
    request->context = context;
    request->done = std::move(done);
    ++m_inFlight;
    m_memory.remove(profileId);
    if (m_mode == Mode::MemoryOnly)
        QTimer::singleShot(0, this, [this, request] { settleInMemory(request); });
    else
        startJob(request);
}

void SecretStore::settleInMemory(const std::shared_ptr<Request> &request)
{
    SecretResult result;
    result.operation = request->operation;
    switch (request->operation) {
    case SecretOperation::Read:
        if (m_memory.contains(request->profileId)) {
            result.secret = m_memory.value(request->profileId);
        } else {
            result.status = SecretResult::Status::NotFound;
            result.message = secretMessage(request->operation, result.status);
        }
        break;
    case SecretOperation::Write:
        m_memory.insert(request->profileId, request->secret);
        break;
    case SecretOperation::Remove:
        break; // already gone from memory
    }
    finish(request, result);
}

void SecretStore::startJob(const std::shared_ptr<Request> &request)
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
        if (result.ok() && request->operation == SecretOperation::Write)
            m_memory.remove(request->profileId);
        finish(request, result);
    });
    job->start();
}

void SecretStore::finish(const std::shared_ptr<Request> &request, const SecretResult &result)
{
    --m_inFlight;
    request->secret.clear();
    const Callback done = std::move(request->done);
    request->done = nullptr;
    if (done && (!request->guarded || request->context))
        done(result);
}

} // namespace hci
