#include "secretstore.h"

#include "logging.h"

#include <QPointer>
#include <QTimer>

namespace hci {

struct SecretStore::Request
{
    SecretOperation operation = SecretOperation::Read;
    QString profileId;
    QString secret; // a write's key, until the write settles
    bool guarded = false;
    QPointer<QObject> context;
    Callback done;
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
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
        start(request);
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
        start(request);
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
        start(request);
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

void SecretStore::start(const std::shared_ptr<Request> &request)
{
    runBackend(request->operation, request->profileId, request->secret, [this, request](const SecretResult &result) {
        if (result.ok() && request->operation == SecretOperation::Write)
            m_memory.remove(request->profileId); // the backend has it now
        finish(request, result);
    });
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
